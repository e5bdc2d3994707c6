import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { insertOrder } from '../db/order';
import { tijdlijnKant } from '../db/schema';
import { newId } from '../ids';
import type { Actor } from './gebeurtenissen';

/**
 * "Zo zag ik het": several people tell their own side of one event. Each side is kept with its
 * author and only its author changes it (the policy module says so; callers ask it first). A side
 * is as visible as its event: callers only reach sides through an event the viewer may see.
 */

export type Kant = typeof tijdlijnKant.$inferSelect;

export type KantResult =
	{ ok: true; kant: Kant } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'conflict'; current: Kant };

export function listKanten(gebeurtenisId: string): Kant[] {
	return getDb()
		.select()
		.from(tijdlijnKant)
		.where(and(eq(tijdlijnKant.gebeurtenisId, gebeurtenisId), isNull(tijdlijnKant.verwijderdAt)))
		.orderBy(asc(tijdlijnKant.createdAt), insertOrder)
		.all();
}

export function getKant(gebeurtenisId: string, id: string): Kant | undefined {
	if (!id || id.length > 64) return undefined;
	return getDb()
		.select()
		.from(tijdlijnKant)
		.where(
			and(eq(tijdlijnKant.id, id), eq(tijdlijnKant.gebeurtenisId, gebeurtenisId), isNull(tijdlijnKant.verwijderdAt))
		)
		.get();
}

export function addKant(gebeurtenisId: string, tekst: string, actor: Actor, at = new Date()): Kant {
	const id = newId();
	getDb()
		.insert(tijdlijnKant)
		.values({
			id,
			gebeurtenisId,
			accountId: actor.id,
			naam: actor.name,
			tekst,
			versie: 1,
			createdAt: at,
			updatedAt: at
		})
		.run();
	return getKant(gebeurtenisId, id)!;
}

export function updateKant(
	gebeurtenisId: string,
	id: string,
	expectedVersie: number,
	tekst: string,
	at = new Date()
): KantResult {
	const db = getDb();
	return db.transaction(() => {
		const current = getKant(gebeurtenisId, id);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		db.update(tijdlijnKant)
			.set({ tekst, versie: current.versie + 1, updatedAt: at })
			.where(eq(tijdlijnKant.id, id))
			.run();
		return { ok: true, kant: getKant(gebeurtenisId, id)! } as const;
	});
}

export function removeKant(gebeurtenisId: string, id: string, expectedVersie: number, at = new Date()): KantResult {
	const db = getDb();
	return db.transaction(() => {
		const current = getKant(gebeurtenisId, id);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		db.update(tijdlijnKant)
			.set({ versie: current.versie + 1, verwijderdAt: at, updatedAt: at })
			.where(eq(tijdlijnKant.id, id))
			.run();
		return { ok: true, kant: { ...current, verwijderdAt: at } } as const;
	});
}
