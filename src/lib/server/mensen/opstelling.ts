import { and, asc, desc, eq, gte, isNotNull, isNull, lte, max } from 'drizzle-orm';
import { getDb } from '../db';
import { insertOrder } from '../db/order';
import { betrokkene, tafelOpstelling } from '../db/schema';
import type { OpstellingWijziging } from '../../mensen/opstelling';
import type { OpstellingKaart } from '../db/schema';
import { newId } from '../ids';
import { applyDelta, boardDelta, sameBoard } from './opstelling-delta';

/**
 * The keukentafel's memory ("zo zat de tafel in maart"): a row per change with what changed, and
 * every `CHECKPOINT_EVERY` changes the whole board. Any earlier set-up is the last checkpoint at or
 * before it, with the changes after that applied in order.
 */

export interface Actor {
	id: string;
	name: string;
}

/** At most this many rows from a checkpoint to the next (so a board is rebuilt from ≤ this many rows). */
export const CHECKPOINT_EVERY = 50;

/** The board as it is now, in the order the page shows it. */
function boardNow(gezinId: string): OpstellingKaart[] {
	return getDb()
		.select({
			betrokkeneId: betrokkene.id,
			naam: betrokkene.naam,
			soort: betrokkene.soort,
			plek: betrokkene.plek,
			rol: betrokkene.rol,
			bijdrage: betrokkene.bijdrage
		})
		.from(betrokkene)
		.where(and(eq(betrokkene.gezinId, gezinId), isNull(betrokkene.verwijderdAt)))
		.orderBy(asc(betrokkene.createdAt), insertOrder)
		.all();
}

/** The board after row `volgnummer`, and the volgnummer of the checkpoint it was rebuilt from. */
function boardAt(gezinId: string, volgnummer: number): { kaarten: OpstellingKaart[]; checkpoint: number } | undefined {
	const db = getDb();
	const checkpoint = db
		.select({ v: max(tafelOpstelling.volgnummer) })
		.from(tafelOpstelling)
		.where(
			and(
				eq(tafelOpstelling.gezinId, gezinId),
				lte(tafelOpstelling.volgnummer, volgnummer),
				isNotNull(tafelOpstelling.kaarten)
			)
		)
		.get()?.v;
	if (checkpoint == null) return undefined;
	const rows = db
		.select({ kaarten: tafelOpstelling.kaarten, delta: tafelOpstelling.delta })
		.from(tafelOpstelling)
		.where(
			and(
				eq(tafelOpstelling.gezinId, gezinId),
				gte(tafelOpstelling.volgnummer, checkpoint),
				lte(tafelOpstelling.volgnummer, volgnummer)
			)
		)
		.orderBy(asc(tafelOpstelling.volgnummer))
		.all();
	let kaarten: OpstellingKaart[] = [];
	for (const row of rows) kaarten = row.kaarten ?? (row.delta ? applyDelta(kaarten, row.delta) : kaarten);
	return { kaarten, checkpoint };
}

/** Keeps the board as it is now, with what just changed. Call inside the transaction that changed it. */
export function keepOpstelling(gezinId: string, wijziging: OpstellingWijziging, actor: Actor, at = new Date()): void {
	const db = getDb();
	const kaarten = boardNow(gezinId);
	const last = db
		.select({ v: max(tafelOpstelling.volgnummer) })
		.from(tafelOpstelling)
		.where(eq(tafelOpstelling.gezinId, gezinId))
		.get()?.v;
	const volgnummer = (last ?? 0) + 1;
	const before = last == null ? undefined : boardAt(gezinId, last);
	let row: { kaarten: OpstellingKaart[]; delta: null } | { kaarten: null; delta: ReturnType<typeof boardDelta> } = {
		kaarten,
		delta: null
	};
	if (before && volgnummer - before.checkpoint < CHECKPOINT_EVERY) {
		const delta = boardDelta(before.kaarten, kaarten);
		// Only when the change rebuilds this very board (a card order it cannot say gets a checkpoint).
		if (sameBoard(applyDelta(before.kaarten, delta), kaarten)) row = { kaarten: null, delta };
	}
	db.insert(tafelOpstelling)
		.values({ id: newId(), gezinId, volgnummer, at, door: actor.id, doorNaam: actor.name, wijziging, ...row })
		.run();
}

export interface OpstellingSummary {
	id: string;
	at: Date;
	doorNaam: string;
	wijziging: OpstellingWijziging;
}

/** Earlier set-ups of the board, newest first. */
export function listOpstellingen(gezinId: string, limit = 500): OpstellingSummary[] {
	return getDb()
		.select({
			id: tafelOpstelling.id,
			at: tafelOpstelling.at,
			doorNaam: tafelOpstelling.doorNaam,
			wijziging: tafelOpstelling.wijziging
		})
		.from(tafelOpstelling)
		.where(eq(tafelOpstelling.gezinId, gezinId))
		.orderBy(desc(tafelOpstelling.at), desc(tafelOpstelling.volgnummer))
		.limit(limit)
		.all();
}

export interface Opstelling extends OpstellingSummary {
	volgnummer: number;
	/** The whole board as it was right after this change. */
	kaarten: OpstellingKaart[];
}

/** One earlier set-up, the whole board as it was. */
export function getOpstelling(gezinId: string, id: string): Opstelling | undefined {
	if (!id || id.length > 64) return undefined;
	const row = getDb()
		.select({
			id: tafelOpstelling.id,
			at: tafelOpstelling.at,
			doorNaam: tafelOpstelling.doorNaam,
			wijziging: tafelOpstelling.wijziging,
			volgnummer: tafelOpstelling.volgnummer
		})
		.from(tafelOpstelling)
		.where(and(eq(tafelOpstelling.id, id), eq(tafelOpstelling.gezinId, gezinId)))
		.get();
	if (!row) return undefined;
	const board = boardAt(gezinId, row.volgnummer);
	return board ? { ...row, kaarten: board.kaarten } : undefined;
}
