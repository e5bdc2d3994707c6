/**
 * How much the keukentafel's history costs on disk (issue 11, point 8): on a fresh demo database
 * (own temp dir, no server), someone puts 300 quick cards from the deck on the board of De Boer, one
 * by one, and moves each once (600 changes), through the real data layer (`addBetrokkene`,
 * `placeKaart`). The app stops at `MAX_BETROKKENEN` people per gezin; to measure the storage itself
 * the cap is lifted here (`max`), so this is the worst board the old code could grow.
 *
 * Figures: the database file's growth (after a WAL checkpoint and VACUUM, so free pages do not
 * count), the bytes the history rows hold, and what full snapshots of the same 600 boards would
 * hold (the old way: the whole board per change), for comparison within one run.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDemoDatabase } from '../../../src/cli/seed-demo';
import { closeDatabase, openDatabase, useDatabase } from '../../../src/lib/server/db';
import { addBetrokkene } from '../../../src/lib/server/mensen/betrokkenen';
import { getOpstelling } from '../../../src/lib/server/mensen/opstelling';
import { placeKaart } from '../../../src/lib/server/mensen/tafel';
import { stapel } from '../../../src/lib/mensen/stapel';
import { tafelPlekken } from '../../../src/lib/domain';
import type { RunResult } from './scenario-kinds';

export interface TafelOpslagOptions {
	name: string;
	description: string;
	cards: number;
	/** PASS when the database grows by at most this many bytes. */
	maxBytes: number;
}

const fileBytes = (path: string) => statSync(path).size;

export async function tafelOpslag(options: TafelOpslagOptions, log: (line: string) => void): Promise<RunResult> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-tafel-'));
	try {
		const path = join(dir, 'tafel.db');
		const ids = await freshDemoDatabase(path);
		const handle = openDatabase(path);
		useDatabase(handle);
		const compact = () => {
			handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
			handle.sqlite.exec('VACUUM');
			return fileBytes(path);
		};
		const before = compact();
		const rowsBefore = (handle.sqlite.prepare('SELECT count(*) AS n FROM tafel_opstelling').get() as { n: number }).n;
		const actor = { id: ids.accounts.ouder, name: 'Sanne' };
		const gezinId = ids.deBoer;
		const started = performance.now();
		let t = Date.now();
		for (let i = 0; i < options.cards; i++) {
			const kaart = stapel[i % stapel.length]!;
			const b = addBetrokkene(
				gezinId,
				{
					naam: kaart.id,
					soort: kaart.soort,
					organisatie: '',
					functie: '',
					opdracht: '',
					contact: '',
					accountId: null,
					nabijheid: kaart.nabijheid,
					steun: [],
					nietVeilig: false,
					nietVeiligToelichting: ''
				},
				actor,
				new Date((t += 1000)),
				'achtergrond',
				{ max: Infinity }
			);
			const placed = placeKaart(
				gezinId,
				b.id,
				b.tafelVersie,
				{ plek: tafelPlekken[i % 2 === 0 ? 0 : 2]!, rol: '', bijdrage: '' },
				actor,
				new Date((t += 1000))
			);
			if (!placed.ok) throw new Error(`Could not move card ${i}: ${placed.reason}.`);
		}
		const writeMs = performance.now() - started;
		const after = compact();
		const rows = handle.sqlite
			.prepare(
				"SELECT id, length(coalesce(kaarten, '')) + length(coalesce(delta, '')) + length(wijziging) AS bytes, kaarten IS NOT NULL AS checkpoint FROM tafel_opstelling WHERE gezin_id = ?"
			)
			.all(gezinId) as Array<{ id: string; bytes: number; checkpoint: number }>;
		const historyBytes = rows.reduce((sum, r) => sum + r.bytes, 0);
		const readStarted = performance.now();
		let fullSnapshotBytes = 0;
		for (const row of rows) fullSnapshotBytes += JSON.stringify(getOpstelling(gezinId, row.id)!.kaarten).length;
		const readMs = (performance.now() - readStarted) / rows.length;
		closeDatabase();

		const changes = rows.length - rowsBefore;
		const grown = after - before;
		const data = {
			cards: options.cards,
			changes,
			historyRows: rows.length,
			checkpoints: rows.filter((r) => r.checkpoint).length,
			databaseBytesBefore: before,
			databaseBytesAfter: after,
			databaseBytesGrown: grown,
			historyBytes,
			fullSnapshotBytes,
			writeMs: Math.round(writeMs),
			readOneBoardMs: Number(readMs.toFixed(2))
		};
		log(`  ${options.cards} cards, ${changes} changes: database +${grown.toLocaleString('en')} bytes`);
		const lines = [
			`${options.name}: ${options.description}`,
			`  cards added and moved        ${options.cards} (${changes} changes, ${data.checkpoints} checkpoints of ${rows.length} history rows)`,
			`  database file                ${before.toLocaleString('en')} → ${after.toLocaleString('en')} bytes (+${grown.toLocaleString('en')})`,
			`  history rows hold            ${historyBytes.toLocaleString('en')} bytes`,
			`  full snapshots would hold    ${fullSnapshotBytes.toLocaleString('en')} bytes (the old way, same boards)`,
			`  writing all changes          ${data.writeMs} ms; rebuilding one earlier board ${data.readOneBoardMs} ms (mean)`
		];
		const pass = grown <= options.maxBytes;
		const check = {
			name: 'database growth',
			value: grown,
			max: options.maxBytes,
			pass,
			line: `${pass ? 'PASS' : 'FAIL'}  ${options.name}: database grew ${grown.toLocaleString('en')} bytes (limit ${options.maxBytes.toLocaleString('en')})`
		};
		return { table: lines.join('\n'), data, checks: [check] };
	} finally {
		closeDatabase();
		rmSync(dir, { recursive: true, force: true });
	}
}
