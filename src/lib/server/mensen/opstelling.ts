import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { insertOrder } from '../db/order';
import { betrokkene, tafelOpstelling } from '../db/schema';
import type { OpstellingWijziging } from '../../mensen/opstelling';
import type { OpstellingKaart } from '../db/schema';
import { newId } from '../ids';

/** The keukentafel's memory: the whole board after every change ("zo zat de tafel in maart"). */

export interface Actor {
	id: string;
	name: string;
}

/** Keeps the board as it is now, with what just changed. Call inside the transaction that changed it. */
export function keepOpstelling(gezinId: string, wijziging: OpstellingWijziging, actor: Actor, at = new Date()): void {
	const kaarten: OpstellingKaart[] = getDb()
		.select({ betrokkeneId: betrokkene.id, naam: betrokkene.naam, soort: betrokkene.soort, plek: betrokkene.plek, rol: betrokkene.rol, bijdrage: betrokkene.bijdrage })
		.from(betrokkene)
		.where(and(eq(betrokkene.gezinId, gezinId), isNull(betrokkene.verwijderdAt)))
		.orderBy(asc(betrokkene.createdAt), insertOrder)
		.all();
	getDb().insert(tafelOpstelling).values({ id: newId(), gezinId, at, door: actor.id, doorNaam: actor.name, wijziging, kaarten }).run();
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
		.select({ id: tafelOpstelling.id, at: tafelOpstelling.at, doorNaam: tafelOpstelling.doorNaam, wijziging: tafelOpstelling.wijziging })
		.from(tafelOpstelling)
		.where(eq(tafelOpstelling.gezinId, gezinId))
		.orderBy(desc(tafelOpstelling.at), desc(tafelOpstelling.id))
		.limit(limit)
		.all();
}

export function getOpstelling(gezinId: string, id: string) {
	if (!id || id.length > 64) return undefined;
	return getDb()
		.select()
		.from(tafelOpstelling)
		.where(and(eq(tafelOpstelling.id, id), eq(tafelOpstelling.gezinId, gezinId)))
		.get();
}

