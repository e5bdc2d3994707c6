import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { IDS_PER_QUERY, inChunks } from '$lib/server/db/chunked';
import { createGezin } from '$lib/server/gezinnen';
import { addItem, groeiplanOf, listItems, updateItem } from '$lib/server/groeiplan/items';
import { freshDatabase, makeAccount } from './helpers';

describe('inChunks', () => {
	it('asks for each id once, never more than IDS_PER_QUERY at a time', () => {
		const ids = Array.from({ length: IDS_PER_QUERY * 2 + 7 }, (_, i) => `id-${i}`);
		const sizes: number[] = [];
		const out = inChunks([...ids, ...ids], (chunk) => {
			sizes.push(chunk.length);
			return chunk;
		});
		expect(out).toEqual(ids);
		expect(sizes).toEqual([IDS_PER_QUERY, IDS_PER_QUERY, 7]);
	});

	it('asks nothing for no ids', () => {
		expect(inChunks([], () => ['x'])).toEqual([]);
	});
});

describe('a groeiplan item linked to very many doel ids', () => {
	let planId: string;
	let prof: string;
	beforeEach(() => {
		freshDatabase();
		prof = makeAccount('Karin', ['professional']);
		planId = groeiplanOf(createGezin('Familie De Boer', prof, 'gezinscoach'))!.id;
	});
	afterEach(() => closeDatabase());

	it('is saved without running into SQLite’s limit on bound values: only real doelen are kept', () => {
		const actor = { id: prof, name: 'Karin' };
		const doel = addItem(
			planId,
			'doel',
			{ tekst: 'Rust in huis', zichtbaarheid: 'iedereen', status: 'nog-niet-begonnen' },
			actor
		);
		const flood = [...Array.from({ length: 40_000 }, (_, i) => `nep-${i}`), doel.id];
		const plan = addItem(
			planId,
			'plan',
			{ tekst: 'Hulp', zichtbaarheid: 'iedereen', details: { organisatie: 'Wijkteam' }, doelIds: flood },
			actor
		);
		expect(plan.doelIds).toEqual([doel.id]);
		const changed = updateItem(
			planId,
			plan.id,
			plan.versie,
			{ tekst: 'Hulp', zichtbaarheid: 'iedereen', details: { organisatie: 'Wijkteam' }, doelIds: flood },
			actor
		);
		expect(changed).toMatchObject({ ok: true, item: { doelIds: [doel.id] } });
		expect(listItems(planId, () => true, 'plan')[0]!.doelIds).toEqual([doel.id]);
	});
});
