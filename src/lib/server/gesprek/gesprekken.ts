import { and, asc, desc, eq, isNull, max } from 'drizzle-orm';
import { getDb } from '../db';
import { insertOrder } from '../db/order';
import { gesprek, gesprekDeelnemer, gesprekInbreng, gesprekPunt } from '../db/schema';
import type { GesprekSoort, InbrengSoort } from '../../domain';
import type { AgendaPunt } from '../../gesprek/agenda';
import { newId } from '../ids';

/**
 * Afstemmingsgesprekken of a gezin: preparing them (when, where, who, the agenda, what people
 * bring in). The gesprek row has a version for its details; agenda items, invitees and inbreng
 * are rows of their own, changed one at a time.
 */

export type Gesprek = typeof gesprek.$inferSelect;
export type Punt = typeof gesprekPunt.$inferSelect;
export type Deelnemer = typeof gesprekDeelnemer.$inferSelect;
export type Inbreng = typeof gesprekInbreng.$inferSelect;

export interface Actor {
	id: string;
	name: string;
}

export interface GesprekDetails {
	datum: string;
	tijd: string;
	plaats: string;
}

export function createGesprek(
	gezinId: string,
	input: GesprekDetails & { soort: GesprekSoort },
	agenda: AgendaPunt[],
	deelnemers: Array<{ betrokkeneId: string | null; accountId: string | null; naam: string }>,
	actor: Actor,
	at = new Date()
): Gesprek {
	const db = getDb();
	const id = newId();
	return db.transaction(() => {
		db.insert(gesprek)
			.values({
				id,
				gezinId,
				...input,
				organisator: actor.id,
				organisatorNaam: actor.name,
				createdAt: at,
				updatedAt: at
			})
			.run();
		agenda.forEach((p, i) =>
			db
				.insert(gesprekPunt)
				.values({ id: newId(), gesprekId: id, volgorde: i, ...p })
				.run()
		);
		for (const d of deelnemers)
			db.insert(gesprekDeelnemer)
				.values({ id: newId(), gesprekId: id, ...d })
				.run();
		return getGesprek(gezinId, id)!;
	});
}

export function getGesprek(gezinId: string, id: string): Gesprek | undefined {
	if (!id || id.length > 64) return undefined;
	return getDb()
		.select()
		.from(gesprek)
		.where(and(eq(gesprek.id, id), eq(gesprek.gezinId, gezinId), isNull(gesprek.verwijderdAt)))
		.get();
}

/** Newest first. */
export function listGesprekken(gezinId: string): Gesprek[] {
	return getDb()
		.select()
		.from(gesprek)
		.where(and(eq(gesprek.gezinId, gezinId), isNull(gesprek.verwijderdAt)))
		.orderBy(desc(gesprek.datum), desc(gesprek.createdAt))
		.all();
}

export type DetailsResult =
	| { ok: true; gesprek: Gesprek }
	| { ok: false; reason: 'conflict'; current: Gesprek }
	| { ok: false; reason: 'not_found' };

export function updateDetails(
	gezinId: string,
	id: string,
	expectedVersie: number,
	details: GesprekDetails,
	at = new Date()
): DetailsResult {
	const db = getDb();
	return db.transaction(() => {
		const current = getGesprek(gezinId, id);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		db.update(gesprek)
			.set({ ...details, versie: current.versie + 1, updatedAt: at })
			.where(eq(gesprek.id, id))
			.run();
		return { ok: true, gesprek: getGesprek(gezinId, id)! } as const;
	});
}

// The agenda.

export function listPunten(gesprekId: string): Punt[] {
	return getDb()
		.select()
		.from(gesprekPunt)
		.where(eq(gesprekPunt.gesprekId, gesprekId))
		.orderBy(asc(gesprekPunt.volgorde), asc(gesprekPunt.id))
		.all();
}

const puntOf = (gesprekId: string, puntId: string) =>
	puntId.length > 64
		? undefined
		: getDb()
				.select()
				.from(gesprekPunt)
				.where(and(eq(gesprekPunt.id, puntId), eq(gesprekPunt.gesprekId, gesprekId)))
				.get();

export function addPunt(gesprekId: string, punt: AgendaPunt): Punt {
	const db = getDb();
	return db.transaction(() => {
		const last =
			db
				.select({ v: max(gesprekPunt.volgorde) })
				.from(gesprekPunt)
				.where(eq(gesprekPunt.gesprekId, gesprekId))
				.get()?.v ?? -1;
		const row = { id: newId(), gesprekId, volgorde: last + 1, ...punt };
		db.insert(gesprekPunt).values(row).run();
		return row;
	});
}

/** Changes an item; false when it is gone (removed by someone else). */
export function updatePunt(gesprekId: string, puntId: string, punt: AgendaPunt): boolean {
	if (!puntOf(gesprekId, puntId)) return false;
	getDb().update(gesprekPunt).set(punt).where(eq(gesprekPunt.id, puntId)).run();
	return true;
}

export function removePunt(gesprekId: string, puntId: string): boolean {
	if (!puntOf(gesprekId, puntId)) return false;
	getDb().delete(gesprekPunt).where(eq(gesprekPunt.id, puntId)).run();
	return true;
}

/** Moves an item one place up (-1) or down (+1); the order is renumbered 0…n-1. */
export function movePunt(gesprekId: string, puntId: string, richting: -1 | 1): boolean {
	const db = getDb();
	return db.transaction(() => {
		const list = listPunten(gesprekId);
		const i = list.findIndex((p) => p.id === puntId);
		if (i < 0) return false;
		const j = i + richting;
		if (j >= 0 && j < list.length) [list[i], list[j]] = [list[j]!, list[i]!];
		list.forEach((p, k) => db.update(gesprekPunt).set({ volgorde: k }).where(eq(gesprekPunt.id, p.id)).run());
		return true;
	});
}

// Who comes.

export function listDeelnemers(gesprekId: string): Deelnemer[] {
	return getDb()
		.select()
		.from(gesprekDeelnemer)
		.where(eq(gesprekDeelnemer.gesprekId, gesprekId))
		.orderBy(asc(gesprekDeelnemer.naam))
		.all();
}

export function addDeelnemer(
	gesprekId: string,
	d: { betrokkeneId: string | null; accountId: string | null; naam: string }
): Deelnemer {
	const row = { id: newId(), gesprekId, ...d };
	getDb().insert(gesprekDeelnemer).values(row).run();
	return row;
}

export function removeDeelnemer(gesprekId: string, id: string): boolean {
	if (id.length > 64) return false;
	return (
		getDb()
			.delete(gesprekDeelnemer)
			.where(and(eq(gesprekDeelnemer.id, id), eq(gesprekDeelnemer.gesprekId, gesprekId)))
			.run().changes > 0
	);
}

/** Whether this account is invited (then a network member sees the gesprek too). */
export function isUitgenodigd(gesprekId: string, accountId: string): boolean {
	return !!getDb()
		.select({ id: gesprekDeelnemer.id })
		.from(gesprekDeelnemer)
		.where(and(eq(gesprekDeelnemer.gesprekId, gesprekId), eq(gesprekDeelnemer.accountId, accountId)))
		.get();
}

/** The gesprekken of a gezin this account is invited to, in one query (for lists). */
export function uitgenodigdIn(gezinId: string, accountId: string): Set<string> {
	const rows = getDb()
		.select({ id: gesprek.id })
		.from(gesprekDeelnemer)
		.innerJoin(gesprek, eq(gesprek.id, gesprekDeelnemer.gesprekId))
		.where(and(eq(gesprek.gezinId, gezinId), eq(gesprekDeelnemer.accountId, accountId)))
		.all();
	return new Set(rows.map((r) => r.id));
}

// What people bring in beforehand.

export function listInbreng(gesprekId: string): Inbreng[] {
	return getDb()
		.select()
		.from(gesprekInbreng)
		.where(eq(gesprekInbreng.gesprekId, gesprekId))
		.orderBy(asc(gesprekInbreng.createdAt), insertOrder)
		.all();
}

export function addInbreng(
	gesprekId: string,
	soort: InbrengSoort,
	tekst: string,
	actor: Actor,
	at = new Date()
): Inbreng {
	const row = { id: newId(), gesprekId, soort, tekst, door: actor.id, doorNaam: actor.name, createdAt: at };
	getDb().insert(gesprekInbreng).values(row).run();
	return row;
}
