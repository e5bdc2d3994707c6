import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { closeDatabase, getDb } from '$lib/server/db';
import { gesprek } from '$lib/server/db/schema';
import { createGezin, membershipOf } from '$lib/server/gezinnen';
import { acceptInvite, createInvite } from '$lib/server/invites';
import { visibilityFilter, type GezinFacts } from '$lib/server/access';
import { leesbaarNu } from '$lib/server/versies';
import { addItem, getItem, groeiplanOf, removeItem, updateItem, type ItemInput } from '$lib/server/groeiplan/items';
import { keepHiddenDoelen, readItemInput } from '$lib/server/groeiplan/form';
import { FormInput } from '$lib/server/forms';
import { diffPlan, listPlanmomenten, planAt } from '$lib/server/groeiplan/history';
import {
	addGebeurtenis,
	listVersies,
	removeGebeurtenis,
	toViews,
	updateGebeurtenis,
	type GebeurtenisInput
} from '$lib/server/tijdlijn/gebeurtenissen';
import { createGesprek, getGesprek } from '$lib/server/gesprek/gesprekken';
import {
	addAfspraak,
	addNotitie,
	beginGesprek,
	listNotities,
	makeVerslag,
	removeNotitie,
	updateNotitie
} from '$lib/server/gesprek/verloop';
import { verslagVoorLezer } from '$lib/server/gesprek/verslag-lezen';
import type { Verslag } from '$lib/gesprek/verslag';
import type { MemberRole } from '$lib/domain';
import { zichtbaarheden, type Zichtbaarheid } from '$lib/zichtbaarheid';
import { freshDatabase, makeAccount } from './helpers';

/**
 * Older versions follow what an item is NOW: when the family makes something *alleen gezin*, its
 * earlier shared versions close too, for the network, the professionals and whoever joins later,
 * in every history (groeiplan planmomenten, plan at a moment, comparison; a moment's versions; a
 * verslag's lines). And a note at the table someone may not see cannot be written to either.
 */

let prof: string;
let moeder: string;
let oma: string;
let gezinId: string;
let planId: string;

function join(role: MemberRole, name: string): string {
	const id = makeAccount(name, role === 'professional' ? ['professional'] : []);
	const inv = createInvite({
		gezinId,
		role,
		gezinsrol: role === 'gezin' ? 'ouder' : null,
		relatie: name,
		naam: name,
		createdBy: role === 'gezin' ? prof : moeder
	});
	expect(acceptInvite(inv.id, id)).toMatchObject({ ok: true, status: 'actief' });
	return id;
}

function seeAs(accountId: string) {
	const m = membershipOf(gezinId, accountId);
	const facts: GezinFacts = { membership: m ? { accountId, role: m.role, status: m.status } : null };
	return visibilityFilter({ id: accountId, roles: [] }, facts);
}

const who = (id: string) => ({ id, name: id });
const text = (tekst: string, extra: Partial<ItemInput> = {}): ItemInput => ({
	tekst,
	zichtbaarheid: 'iedereen',
	...extra
});
const SECRET = 'Mama drinkt weer';

beforeEach(() => {
	freshDatabase();
	prof = makeAccount('Karin', ['professional']);
	gezinId = createGezin('Familie De Boer', prof, 'gezinscoach');
	planId = groeiplanOf(gezinId)!.id;
	moeder = join('gezin', 'Sanne');
	oma = join('netwerk', 'Ria');
});

afterEach(() => closeDatabase());

describe('leesbaarNu: the one rule for older versions', () => {
	const readers: Record<MemberRole, Zichtbaarheid[]> = {
		gezin: [...zichtbaarheden],
		professional: ['iedereen', 'gezin-en-professionals'],
		netwerk: ['iedereen']
	};
	const rows = zichtbaarheden.flatMap((toen) => zichtbaarheden.map((nu) => ({ toen, nu })));

	it.each(Object.keys(readers) as MemberRole[])(
		'a %s reads a version only when it may see the item now AND could see that version then',
		(role) => {
			const canSee = (z: Zichtbaarheid) => readers[role].includes(z);
			for (const { toen, nu } of rows) {
				const history = [
					{ key: 'x', zichtbaarheid: toen },
					{ key: 'x', zichtbaarheid: nu }
				];
				expect(leesbaarNu(history, canSee)(history[0]!), `${toen} → ${nu}`).toBe(canSee(toen) && canSee(nu));
			}
		}
	);

	it('the item as it is now wins over its last version, and an unknown key falls back to the version itself', () => {
		const history = [{ key: 'x', zichtbaarheid: 'iedereen' as Zichtbaarheid }];
		const netwerk = (z: Zichtbaarheid) => z === 'iedereen';
		expect(leesbaarNu(history, netwerk)(history[0]!)).toBe(true);
		expect(leesbaarNu(history, netwerk, new Map([['x', 'alleen-gezin' as Zichtbaarheid]]))(history[0]!)).toBe(false);
		expect(leesbaarNu([], netwerk)({ key: 'y', zichtbaarheid: 'iedereen' })).toBe(true);
	});
});

describe('groeiplan history follows the item now', () => {
	function madePrivate() {
		const item = addItem(planId, 'zorg', text(SECRET), who(moeder));
		const first = listPlanmomenten(planId, seeAs(moeder)).at(-1)!.seq;
		const saved = updateItem(
			planId,
			item.id,
			1,
			text('Het gaat niet goed met mama', { zichtbaarheid: 'alleen-gezin' }),
			who(moeder)
		);
		if (!saved.ok) throw new Error('not saved');
		addItem(planId, 'goed', text('Daan sport weer'), who(moeder));
		const last = listPlanmomenten(planId, seeAs(moeder)).at(-1)!.seq;
		return { item: saved.item, first, last };
	}

	function expectNothingOf(viewer: string, first: number, last: number) {
		const canSee = seeAs(viewer);
		const momenten = listPlanmomenten(planId, canSee);
		expect(momenten.map((m) => m.tekst)).toEqual(['Daan sport weer']);
		expect(JSON.stringify(momenten)).not.toContain(SECRET);
		// The plan right after the first (then shared) moment: the item is not there for them.
		expect(planAt(planId, first, canSee).size).toBe(0);
		const diff =
			JSON.stringify(diffPlan(planId, first, last, canSee)) + JSON.stringify(diffPlan(planId, 0, first, canSee));
		expect(diff).not.toContain(SECRET);
		expect(diff).not.toContain('niet goed met mama');
	}

	it('shows the network and the professionals no version of an item made family-only', () => {
		const { first, last } = madePrivate();
		expectNothingOf(oma, first, last);
		expectNothingOf(prof, first, last);
		// The family still reads the whole history.
		expect(listPlanmomenten(planId, seeAs(moeder)).map((m) => m.tekst)).toEqual([
			SECRET,
			'Het gaat niet goed met mama',
			'Daan sport weer'
		]);
		expect(planAt(planId, first, seeAs(moeder)).size).toBe(1);
	});

	it('also not to someone who joined after it was made private, nor after it was removed', () => {
		const { item, first, last } = madePrivate();
		const later = join('netwerk', 'Buurman');
		expectNothingOf(later, first, last);
		expect(removeItem(planId, item.id, item.versie, who(moeder)).ok).toBe(true);
		const evenLater = join('netwerk', 'Tante');
		const end = listPlanmomenten(planId, seeAs(moeder)).at(-1)!.seq;
		for (const viewer of [oma, prof, later, evenLater]) {
			expectNothingOf(viewer, first, end);
			expect(JSON.stringify(diffPlan(planId, first, end, seeAs(viewer)))).not.toContain(SECRET);
		}
	});

	it('an item shared later opens its shared versions only, not what was private then', () => {
		const item = addItem(planId, 'zorg', text(SECRET, { zichtbaarheid: 'alleen-gezin' }), who(moeder));
		updateItem(planId, item.id, 1, text('Mama heeft steun nodig'), who(moeder));
		const forOma = listPlanmomenten(planId, seeAs(oma));
		expect(forOma.map((m) => m.tekst)).toEqual(['Mama heeft steun nodig']);
		const last = forOma.at(-1)!.seq;
		expect(JSON.stringify(diffPlan(planId, 0, last, seeAs(oma)))).not.toContain(SECRET);
	});

	it('a removed item keeps the visibility it had last: removed while shared, it stays in the shared history', () => {
		const item = addItem(planId, 'zorg', text('Schoolreis betalen'), who(moeder));
		removeItem(planId, item.id, 1, who(moeder));
		expect(listPlanmomenten(planId, seeAs(oma)).map((m) => [m.tekst, m.soort])).toEqual([
			['Schoolreis betalen', 'aangemaakt'],
			['Schoolreis betalen', 'verwijderd']
		]);
	});
});

describe('tijdlijn versions follow the moment now', () => {
	const input = (titel: string, verhaal: string, zichtbaarheid: Zichtbaarheid): GebeurtenisInput => ({
		baan: 'gezin',
		titel,
		verhaal,
		moment: 'moeilijk',
		wanneer: { van: '2020', tot: null, nogBezig: false, ongeveer: false },
		verhaalVan: null,
		namensGezin: false,
		organisatie: '',
		soortHulp: '',
		zichtbaarheid
	});

	it('hides every version of a moment made family-only, also once it is removed', () => {
		const g = addGebeurtenis(gezinId, input('Papa weg', SECRET, 'iedereen'), who(moeder));
		updateGebeurtenis(gezinId, g.id, 1, input('Papa weg', 'Moeilijke tijd', 'alleen-gezin'), who(moeder));
		const later = join('netwerk', 'Buurman');
		for (const viewer of [oma, prof, later]) expect(listVersies(gezinId, g.id, seeAs(viewer))).toEqual([]);
		expect(listVersies(gezinId, g.id, seeAs(moeder))).toHaveLength(2);
		removeGebeurtenis(gezinId, g.id, 2, who(moeder));
		for (const viewer of [oma, prof, later]) expect(listVersies(gezinId, g.id, seeAs(viewer))).toEqual([]);
	});
});

describe('a verslag line follows what it points at now', () => {
	const lines = (v: Verslag) => v.punten.flatMap((p) => p.regels.map((r) => r.tekst));

	function verslagMet() {
		const g = createGesprek(
			gezinId,
			{ soort: 'afstemming', datum: '2026-12-02', tijd: '10:00', plaats: 'Thuis' },
			[{ titel: 'Wie doet wat', uitleg: '', minuten: 5 }],
			[],
			who(prof)
		);
		expect(beginGesprek(gezinId, g.id)).toEqual({ ok: true });
		const punt = getGesprek(gezinId, g.id)!.huidigPunt;
		const gedeeld = addAfspraak(gezinId, g.id, punt, text('Oma haalt Daan op'), 'gesprek', who(prof));
		const geheim = addAfspraak(gezinId, g.id, punt, text(SECRET), 'gesprek', who(prof));
		addNotitie(
			gezinId,
			g.id,
			{ puntId: punt, soort: 'notitie', tekst: 'Fijn gesprek', zichtbaarheid: 'iedereen' },
			who(prof)
		);
		if (!gedeeld.ok || !geheim.ok) throw new Error('afspraak not made');
		expect(makeVerslag(gezinId, g.id, '2026-12-09', who(prof))).toEqual({ ok: true });
		return { id: g.id, geheim: geheim.item };
	}
	const read = (id: string, viewer: string) =>
		lines(verslagVoorLezer(id, getGesprek(gezinId, id)!.verslag!, seeAs(viewer), false));

	it('an afspraak made family-only in the groeiplan leaves the verslag for the network and professionals, also once removed', () => {
		const { id, geheim } = verslagMet();
		expect(read(id, oma)).toEqual(['Oma haalt Daan op', SECRET, 'Fijn gesprek']);
		const saved = updateItem(
			planId,
			geheim.id,
			geheim.versie,
			text('Iets voor ons', { zichtbaarheid: 'alleen-gezin' }),
			who(moeder)
		);
		if (!saved.ok) throw new Error('not saved');
		expect(read(id, oma)).toEqual(['Oma haalt Daan op', 'Fijn gesprek']);
		expect(read(id, prof)).toEqual(['Oma haalt Daan op', 'Fijn gesprek']);
		// The text stays as it was made: the family still reads the old words.
		expect(read(id, moeder)).toEqual(['Oma haalt Daan op', SECRET, 'Fijn gesprek']);
		removeItem(planId, geheim.id, saved.item.versie, who(moeder));
		expect(read(id, oma)).toEqual(['Oma haalt Daan op', 'Fijn gesprek']);
		expect(read(id, join('netwerk', 'Buurman'))).toEqual(['Oma haalt Daan op', 'Fijn gesprek']);
	});

	it('a verslag made before lines kept their item is matched by order, and an unmatched line stays closed', () => {
		const { id, geheim } = verslagMet();
		const stored = getGesprek(gezinId, id)!.verslag!;
		const legacy: Verslag = {
			...stored,
			punten: stored.punten.map((p) => ({ ...p, regels: p.regels.map(({ itemId: _itemId, ...r }) => r) }))
		};
		getDb().update(gesprek).set({ verslag: legacy }).where(eq(gesprek.id, id)).run();
		updateItem(planId, geheim.id, geheim.versie, text('Iets voor ons', { zichtbaarheid: 'alleen-gezin' }), who(moeder));
		expect(read(id, oma)).toEqual(['Oma haalt Daan op', 'Fijn gesprek']);
		expect(read(id, moeder)).toEqual(['Oma haalt Daan op', SECRET, 'Fijn gesprek']);

		// A line no note explains any more: the network does not get it.
		const extra: Verslag = {
			...legacy,
			punten: legacy.punten.map((p) => ({
				...p,
				regels: [...p.regels, { soort: 'afspraak', tekst: 'Onbekend', zichtbaarheid: 'iedereen' }]
			}))
		};
		getDb().update(gesprek).set({ verslag: extra }).where(eq(gesprek.id, id)).run();
		expect(read(id, oma)).toEqual(['Fijn gesprek']);
		expect(read(id, moeder)).toContain('Onbekend');
	});
});

describe('writing at the table to a note one may not see', () => {
	it('answers "not found" to a professional changing or removing an alleen-gezin note, and leaves it as it was', () => {
		const g = createGesprek(
			gezinId,
			{ soort: 'afstemming', datum: '2026-12-02', tijd: '10:00', plaats: 'Thuis' },
			[{ titel: 'Zorgen', uitleg: '', minuten: 5 }],
			[],
			who(prof)
		);
		beginGesprek(gezinId, g.id);
		addNotitie(
			gezinId,
			g.id,
			{ puntId: null, soort: 'besluit', tekst: SECRET, zichtbaarheid: 'alleen-gezin' },
			who(moeder)
		);
		const [n] = listNotities(g.id);
		expect(updateNotitie(gezinId, g.id, n!.id, 'overschreven', seeAs(prof))).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(removeNotitie(gezinId, g.id, n!.id, who(prof), seeAs(prof))).toEqual({ ok: false, reason: 'not_found' });
		expect(listNotities(g.id).map((x) => x.tekst)).toEqual([SECRET]);
		// The same answer as for a note that does not exist.
		expect(updateNotitie(gezinId, g.id, 'bestaat-niet', 'x', seeAs(prof))).toEqual({ ok: false, reason: 'not_found' });
		expect(updateNotitie(gezinId, g.id, n!.id, 'Ons besluit', seeAs(moeder))).toEqual({ ok: true, soort: 'besluit' });
	});

	it('an afspraak note whose item became family-only cannot be taken back by a professional', () => {
		const g = createGesprek(
			gezinId,
			{ soort: 'afstemming', datum: '2026-12-02', tijd: '10:00', plaats: 'Thuis' },
			[{ titel: 'Zorgen', uitleg: '', minuten: 5 }],
			[],
			who(prof)
		);
		beginGesprek(gezinId, g.id);
		const made = addAfspraak(gezinId, g.id, null, text('Sanne belt'), 'gesprek', who(prof));
		if (!made.ok) throw new Error('not made');
		updateItem(planId, made.item.id, 1, text('Sanne belt', { zichtbaarheid: 'alleen-gezin' }), who(moeder));
		const [n] = listNotities(g.id);
		expect(removeNotitie(gezinId, g.id, n!.id, who(prof), seeAs(prof))).toEqual({ ok: false, reason: 'not_found' });
		expect(listNotities(g.id)).toHaveLength(1);
	});
});

describe('who typed a story in is shown whenever it is not the teller', () => {
	const story = (verhaalVan: string | null, verhaal = 'Zo ging het', namensGezin = false): GebeurtenisInput => ({
		baan: 'gezin',
		titel: 'Verhuisd',
		verhaal,
		moment: 'gewoon',
		wanneer: { van: '2020', tot: null, nogBezig: false, ongeveer: false },
		verhaalVan,
		namensGezin,
		organisatie: '',
		soortHulp: '',
		zichtbaarheid: 'iedereen'
	});

	it('names the typist of a story attributed to someone else, also after a change of words by another', () => {
		const eigen = addGebeurtenis(gezinId, story(moeder), who(moeder));
		expect(toViews([eigen])[0]).toMatchObject({ verhaalVan: 'Sanne', ingevoerdDoor: '' });
		// A professional puts words in Sanne's mouth: the page says who typed them.
		const karin = { id: prof, name: 'Karin' };
		const namens = addGebeurtenis(gezinId, story(moeder), karin);
		expect(toViews([namens])[0]).toMatchObject({ verhaalVan: 'Sanne', ingevoerdDoor: 'Karin' });
		const changed = updateGebeurtenis(gezinId, eigen.id, 1, story(moeder, 'Andere woorden'), karin);
		if (!changed.ok) throw new Error('not saved');
		expect(toViews([changed.gebeurtenis])[0]).toMatchObject({ verhaalVan: 'Sanne', ingevoerdDoor: 'Karin' });
		// Only a change of words or teller makes someone the typist; Sanne fixing it back takes it back.
		const back = updateGebeurtenis(gezinId, eigen.id, 2, story(moeder, 'Zo ging het echt'), {
			id: moeder,
			name: 'Sanne'
		});
		if (!back.ok) throw new Error('not saved');
		expect(toViews([back.gebeurtenis])[0]).toMatchObject({ ingevoerdDoor: '' });
	});

	it('a story of the family typed by the family needs no note; typed by a professional or the network it gets one', () => {
		expect(toViews([addGebeurtenis(gezinId, story(null), who(moeder))])[0]).toMatchObject({
			verhaalVan: '',
			ingevoerdDoor: ''
		});
		expect(toViews([addGebeurtenis(gezinId, story(null, 'x', true), { id: prof, name: 'Karin' })])[0]).toMatchObject({
			ingevoerdDoor: 'Karin'
		});
		expect(toViews([addGebeurtenis(gezinId, story(null), { id: prof, name: 'Karin' })])[0]).toMatchObject({
			ingevoerdDoor: 'Karin'
		});
		expect(toViews([addGebeurtenis(gezinId, story(moeder), { id: oma, name: 'Ria' })])[0]).toMatchObject({
			verhaalVan: 'Sanne',
			ingevoerdDoor: 'Ria'
		});
	});
});

describe('links to doelen one may not see', () => {
	function formOf(fields: Array<[string, string]>): FormInput {
		const data = new FormData();
		for (const [k, v] of fields) data.append(k, v);
		return new FormInput(data);
	}

	it('are dropped as missing ones when written, and kept as they were when someone else saves the item', () => {
		const open = addItem(planId, 'doel', text('Daan naar school'), who(moeder));
		const geheim = addItem(planId, 'doel', text(SECRET, { zichtbaarheid: 'alleen-gezin' }), who(moeder));
		const doelen = new Set([open.id]);
		const ctx = { members: new Set<string>(), mayChoose: seeAs(prof), doelen };
		const input = readItemInput(
			formOf([
				['tekst', 'Schoolmaatschappelijk werk'],
				['organisatie', 'School'],
				['doelen', open.id],
				['doelen', geheim.id],
				['zichtbaarheid', 'iedereen']
			]),
			'plan',
			ctx
		);
		expect(input.doelIds).toEqual([open.id]);

		// The family linked the plan to its private doel too; Karin's save keeps that link.
		const plan = addItem(planId, 'plan', { ...input, doelIds: [open.id, geheim.id] }, who(moeder));
		const current = getItem(planId, plan.id, seeAs(prof))!;
		const mine = readItemInput(
			formOf([
				['tekst', 'Schoolmaatschappelijk werk, elke week'],
				['organisatie', 'School'],
				['zichtbaarheid', 'iedereen']
			]),
			'plan',
			ctx
		);
		const saved = updateItem(planId, plan.id, 1, keepHiddenDoelen(mine, current, doelen), who(prof));
		expect(saved).toMatchObject({ ok: true, item: { doelIds: [geheim.id] } });

		const afspraak = readItemInput(
			formOf([
				['tekst', 'Bellen'],
				['wieTekst', 'Karin'],
				['doel', geheim.id],
				['zichtbaarheid', 'iedereen']
			]),
			'afspraak',
			ctx
		);
		expect(afspraak.doelId).toBeNull();
		expect(keepHiddenDoelen({ ...afspraak, doelId: null }, { doelId: geheim.id, doelIds: [] }, doelen).doelId).toBe(
			geheim.id
		);
	});
});
