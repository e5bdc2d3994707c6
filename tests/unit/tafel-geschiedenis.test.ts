import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { closeDatabase, getHandle, migrationsPath, useDatabase } from '$lib/server/db';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '$lib/server/db/schema';
import { runMigrations } from '$lib/server/db/migrate';
import { createGezin } from '$lib/server/gezinnen';
import {
	addBetrokkene,
	BetrokkenenVol,
	listBetrokkenen,
	MAX_BETROKKENEN,
	removeBetrokkene,
	ruimteVoorBetrokkene,
	updateBetrokkene,
	type Betrokkene
} from '$lib/server/mensen/betrokkenen';
import { CHECKPOINT_EVERY, getOpstelling, listOpstellingen } from '$lib/server/mensen/opstelling';
import { applyDelta, boardDelta } from '$lib/server/mensen/opstelling-delta';
import { placeKaart } from '$lib/server/mensen/tafel';
import type { OpstellingKaart } from '$lib/server/db/schema';
import { tafelPlekken } from '$lib/domain';
import { WriteLimiter } from '$lib/server/write-limit';
import { seededRandom } from '../random';
import { betrokkeneInput } from './betrokkene-input';
import { freshDatabase, makeAccount, MINUTE } from './helpers';

let prof: string;
let gezinId: string;
const actor = () => ({ id: prof, name: 'Karin' });

/** The whole board now, as the old code kept it after every change. */
const fullBoard = (): OpstellingKaart[] =>
	listBetrokkenen(gezinId).map((b) => ({
		betrokkeneId: b.id,
		naam: b.naam,
		soort: b.soort,
		plek: b.plek,
		rol: b.rol,
		bijdrage: b.bijdrage
	}));

afterEach(() => closeDatabase());

describe('the keukentafel history (changes with checkpoints)', () => {
	beforeEach(() => {
		freshDatabase();
		prof = makeAccount('Karin', ['professional']);
		gezinId = createGezin('Familie Test', prof, 'gezinscoach');
	});

	for (const seed of [1, 7, 42, 2026]) {
		it(`rebuilds every earlier board exactly as a full snapshot would have kept it (seed ${seed})`, () => {
			const random = seededRandom(seed);
			const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
			/** What the old code stored per change: the full board, by the row made for that change. */
			const snapshots: OpstellingKaart[][] = [];
			let t = Date.UTC(2026, 0, 1);
			const at = () => new Date((t += Math.floor(random() * 3) * MINUTE)); // sometimes the same millisecond
			for (let step = 0; step < 260; step++) {
				const people: Betrokkene[] = listBetrokkenen(gezinId);
				const r = random();
				if (people.length < 3 || r < 0.2) {
					addBetrokkene(gezinId, betrokkeneInput({ naam: `Kaart ${step}` }), actor(), at(), pick(tafelPlekken));
				} else if (r < 0.3) {
					const b = pick(people);
					removeBetrokkene(gezinId, b.id, b.versie, actor(), at());
				} else if (r < 0.38) {
					// A new name is no board change of its own: the next change's board shows it.
					const b = pick(people);
					updateBetrokkene(gezinId, b.id, b.versie, betrokkeneInput({ naam: `${b.naam}'` }), actor(), at());
					continue;
				} else {
					const b = pick(people);
					const plek = random() < 0.6 ? pick(tafelPlekken) : b.plek;
					placeKaart(
						gezinId,
						b.id,
						b.tafelVersie,
						{
							plek,
							rol: random() < 0.5 ? b.rol : `rol ${step}`,
							bijdrage: random() < 0.7 ? b.bijdrage : `bijdrage ${step}`
						},
						actor(),
						at()
					);
				}
				if (listOpstellingen(gezinId, 10_000).length > snapshots.length) snapshots.push(fullBoard());
			}
			const rows = getHandle()
				.sqlite.prepare(
					'SELECT id, volgnummer, kaarten IS NOT NULL AS checkpoint FROM tafel_opstelling WHERE gezin_id = ? ORDER BY volgnummer'
				)
				.all(gezinId) as Array<{ id: string; volgnummer: number; checkpoint: number }>;
			expect(rows).toHaveLength(snapshots.length);
			expect(rows.map((r) => r.volgnummer)).toEqual(rows.map((_, i) => i + 1));
			rows.forEach((row, i) =>
				expect(getOpstelling(gezinId, row.id)!.kaarten, `board after change ${i + 1}`).toEqual(snapshots[i])
			);
			// Mostly changes: a checkpoint at the start and then at least every CHECKPOINT_EVERY rows.
			const checkpoints = rows.filter((r) => r.checkpoint).map((r) => r.volgnummer);
			expect(checkpoints[0]).toBe(1);
			for (let i = 1; i < checkpoints.length; i++)
				expect(checkpoints[i]! - checkpoints[i - 1]!).toBeLessThanOrEqual(CHECKPOINT_EVERY);
			expect(rows.at(-1)!.volgnummer - checkpoints.at(-1)!).toBeLessThan(CHECKPOINT_EVERY);
			expect(checkpoints.length).toBeLessThan(rows.length / 4);
		});
	}

	it('keeps a change small: a move stores one card, not the board', () => {
		for (let i = 0; i < 30; i++) addBetrokkene(gezinId, betrokkeneInput({ naam: `Kaart ${i}` }), actor());
		const b = listBetrokkenen(gezinId)[5]!;
		placeKaart(gezinId, b.id, b.tafelVersie, { plek: 'aan-tafel', rol: 'r', bijdrage: '' }, actor());
		const last = getHandle()
			.sqlite.prepare('SELECT kaarten, delta FROM tafel_opstelling WHERE gezin_id = ? ORDER BY volgnummer DESC LIMIT 1')
			.get(gezinId) as { kaarten: string | null; delta: string };
		expect(last.kaarten).toBeNull();
		expect(JSON.parse(last.delta)).toEqual({
			kaarten: [{ betrokkeneId: b.id, naam: 'Kaart 5', soort: b.soort, plek: 'aan-tafel', rol: 'r', bijdrage: '' }],
			weg: []
		});
	});

	it('delta and apply are each other’s inverse, also for removals and new cards', () => {
		const k = (id: string, plek: OpstellingKaart['plek'] = 'achtergrond'): OpstellingKaart => ({
			betrokkeneId: id,
			naam: id,
			soort: 'familie',
			plek,
			rol: '',
			bijdrage: ''
		});
		const before = [k('a'), k('b'), k('c')];
		const after = [k('a', 'aan-tafel'), k('c'), k('d')];
		expect(applyDelta(before, boardDelta(before, after))).toEqual(after);
		expect(boardDelta(before, after)).toEqual({ kaarten: [k('a', 'aan-tafel'), k('d')], weg: ['b'] });
	});
});

describe('migration 0012: the full snapshots kept before stay readable', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'tafel-migratie-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('numbers the old rows in order and rebuilds them, and new changes follow on', () => {
		// A database as it was before this migration: migrations up to 0011.
		const before = join(dir, 'drizzle');
		cpSync(migrationsPath(), before, { recursive: true });
		rmSync(join(before, '0012_tafel_wijzigingen.sql'));
		const journalPath = join(before, 'meta', '_journal.json');
		const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
		journal.entries = journal.entries.filter((e) => !e.tag.startsWith('0012_'));
		writeFileSync(journalPath, JSON.stringify(journal));
		const sqlite = new Database(':memory:');
		sqlite.pragma('foreign_keys = ON');
		runMigrations(sqlite, before);
		useDatabase({ sqlite, db: drizzle(sqlite, { schema }) });
		prof = makeAccount('Karin', ['professional']);
		const g = createGezin('Familie Oud', prof, 'gezinscoach');
		const kaart = (id: string, plek: string) => ({
			betrokkeneId: id,
			naam: id,
			soort: 'familie',
			plek,
			rol: '',
			bijdrage: ''
		});
		const old = [
			{ id: 'z3', at: 3000, kaarten: [kaart('oma', 'aan-tafel'), kaart('opa', 'achtergrond')] },
			{ id: 'a1', at: 1000, kaarten: [kaart('oma', 'achtergrond')] },
			{ id: 'm2', at: 2000, kaarten: [kaart('oma', 'achtergrond'), kaart('opa', 'achtergrond')] }
		];
		const insert = sqlite.prepare(
			'INSERT INTO tafel_opstelling (id, gezin_id, at, door, door_naam, wijziging, kaarten) VALUES (?, ?, ?, ?, \'Karin\', \'{"soort":"begin"}\', ?)'
		);
		for (const o of old) insert.run(o.id, g, o.at, prof, JSON.stringify(o.kaarten));
		for (const [id, naam, plek, created] of [
			['oma', 'oma', 'aan-tafel', 1000],
			['opa', 'opa', 'achtergrond', 2000]
		] as const) {
			sqlite
				.prepare(
					"INSERT INTO betrokkene (id, gezin_id, naam, soort, nabijheid, plek, created_at, updated_at) VALUES (?, ?, ?, 'familie', 'dichtbij', ?, ?, ?)"
				)
				.run(id, g, naam, plek, created, created);
		}

		runMigrations(sqlite, migrationsPath());
		const numbers = sqlite.prepare('SELECT id, volgnummer FROM tafel_opstelling ORDER BY volgnummer').all();
		expect(numbers).toEqual([
			{ id: 'a1', volgnummer: 1 },
			{ id: 'm2', volgnummer: 2 },
			{ id: 'z3', volgnummer: 3 }
		]);
		for (const o of old) expect(getOpstelling(g, o.id)!.kaarten).toEqual(o.kaarten);

		const opa = listBetrokkenen(g).find((b) => b.id === 'opa')!;
		placeKaart(g, 'opa', opa.tafelVersie, { plek: 'niet-nodig', rol: '', bijdrage: '' }, actor(), new Date(4000));
		const newest = listOpstellingen(g)[0]!;
		expect(getOpstelling(g, newest.id)).toMatchObject({
			volgnummer: 4,
			kaarten: [kaart('oma', 'aan-tafel'), kaart('opa', 'niet-nodig')]
		});
		expect(
			(sqlite.prepare('SELECT kaarten FROM tafel_opstelling WHERE volgnummer = 4').get() as { kaarten: string | null })
				.kaarten
		).toBeNull();
	});
});

describe('limits on the people around a gezin', () => {
	beforeEach(() => {
		freshDatabase();
		prof = makeAccount('Karin', ['professional']);
		gezinId = createGezin('Familie Test', prof, 'gezinscoach');
	});

	it(`takes at most ${MAX_BETROKKENEN} people per gezin; removing one makes room again`, () => {
		for (let i = 0; i < MAX_BETROKKENEN; i++) addBetrokkene(gezinId, betrokkeneInput({ naam: `Kaart ${i}` }), actor());
		expect(ruimteVoorBetrokkene(gezinId)).toBe(false);
		expect(() => addBetrokkene(gezinId, betrokkeneInput({ naam: 'Eén te veel' }), actor())).toThrow(BetrokkenenVol);
		expect(listBetrokkenen(gezinId)).toHaveLength(MAX_BETROKKENEN);
		const first = listBetrokkenen(gezinId)[0]!;
		removeBetrokkene(gezinId, first.id, first.versie, actor());
		expect(ruimteVoorBetrokkene(gezinId)).toBe(true);
		expect(addBetrokkene(gezinId, betrokkeneInput({ naam: 'Nu wel' }), actor()).naam).toBe('Nu wel');
	});

	it('refuses writes over the limit per minute and per hour, per account, and counts no refused write', () => {
		const limiter = new WriteLimiter({ perMinute: 3, perHour: 5 });
		const t0 = 1_000_000;
		expect([1, 2, 3, 4].map((i) => limiter.take('sanne', t0 + i))).toEqual([true, true, true, false]);
		expect(limiter.take('karin', t0 + 5)).toBe(true);
		// A minute later the minute is free again, but the hour has room for only two more.
		expect([1, 2, 3].map((i) => limiter.take('sanne', t0 + MINUTE + i))).toEqual([true, true, false]);
		expect(limiter.take('sanne', t0 + 2 * MINUTE + 10)).toBe(false);
		expect(limiter.take('sanne', t0 + 60 * MINUTE + 10)).toBe(true);
	});
});
