import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '../db';
import { netwerkStap, netwerkTipPoging } from '../db/schema';
import type { NetwerkStap } from '../../domain';
import { newId } from '../ids';
import type { Actor } from './betrokkenen';

/**
 * The tipsheet netwerk betrekken per gezin: which tips a professional tried, when and what came
 * of it, and where the gezin stands ("netwerk in beeld", "familiegroepsplan aangeboden").
 */

export type TipPoging = typeof netwerkTipPoging.$inferSelect;

export function listPogingen(gezinId: string): TipPoging[] {
	return getDb()
		.select()
		.from(netwerkTipPoging)
		.where(eq(netwerkTipPoging.gezinId, gezinId))
		.orderBy(asc(netwerkTipPoging.op), asc(netwerkTipPoging.createdAt))
		.all();
}

export function addPoging(
	gezinId: string,
	input: { tip: string; op: string; uitkomst: string },
	actor: Actor,
	at = new Date()
): TipPoging {
	const row = { id: newId(), gezinId, ...input, door: actor.id, doorNaam: actor.name, createdAt: at };
	getDb().insert(netwerkTipPoging).values(row).run();
	return row;
}

export type NetwerkStapRij = typeof netwerkStap.$inferSelect;

export function listStappen(gezinId: string): NetwerkStapRij[] {
	return getDb().select().from(netwerkStap).where(eq(netwerkStap.gezinId, gezinId)).all();
}

/** Marks a step as reached (on day `op`) or not reached again. */
export function setStap(gezinId: string, stap: NetwerkStap, bereikt: boolean, op: string, actor: Actor): void {
	const db = getDb();
	if (!bereikt) {
		db.delete(netwerkStap)
			.where(and(eq(netwerkStap.gezinId, gezinId), eq(netwerkStap.stap, stap)))
			.run();
		return;
	}
	db.insert(netwerkStap)
		.values({ gezinId, stap, op, door: actor.id, doorNaam: actor.name })
		.onConflictDoUpdate({
			target: [netwerkStap.gezinId, netwerkStap.stap],
			set: { op, door: actor.id, doorNaam: actor.name }
		})
		.run();
}
