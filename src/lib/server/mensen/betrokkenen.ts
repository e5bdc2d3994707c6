import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { insertOrder } from '../db/order';
import { betrokkene } from '../db/schema';
import type { TafelPlek } from '../../domain';
import type { BetrokkeneView } from '../../mensen/types';
import { newId } from '../ids';
import { keepOpstelling } from './opstelling';

/**
 * The people around a gezin (betrokkenen): add, change and remove with optimistic versions. The
 * "niet veilig" mark and contact details are confidential: `toView` leaves them out for anyone the
 * policy does not allow (callers ask `can(…, 'betrokkene.viewVertrouwelijk', …)`).
 */

export type Betrokkene = typeof betrokkene.$inferSelect;

/** What a form says about a person: everything a page shows, minus the id, the board and the versions. */
export type BetrokkeneInput = Omit<BetrokkeneView, 'id' | 'plek' | 'rol' | 'bijdrage' | 'tafelVersie' | 'versie'>;

export interface Actor {
	id: string;
	name: string;
}

export type SaveResult =
	| { ok: true; betrokkene: Betrokkene }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'conflict'; current: Betrokkene };

export function listBetrokkenen(gezinId: string): Betrokkene[] {
	return getDb()
		.select()
		.from(betrokkene)
		.where(and(eq(betrokkene.gezinId, gezinId), isNull(betrokkene.verwijderdAt)))
		.orderBy(asc(betrokkene.createdAt), insertOrder)
		.all();
}

export function getBetrokkene(gezinId: string, id: string): Betrokkene | undefined {
	if (!id || id.length > 64) return undefined;
	return getDb()
		.select()
		.from(betrokkene)
		.where(and(eq(betrokkene.id, id), eq(betrokkene.gezinId, gezinId), isNull(betrokkene.verwijderdAt)))
		.get();
}

function columns(input: BetrokkeneInput) {
	const professional = input.soort === 'professional';
	return {
		naam: input.naam,
		soort: input.soort,
		organisatie: professional ? input.organisatie : '',
		functie: professional ? input.functie : '',
		opdracht: professional ? input.opdracht : '',
		contact: input.contact,
		accountId: input.accountId,
		nabijheid: input.nabijheid,
		steun: input.steun,
		nietVeilig: input.nietVeilig,
		nietVeiligToelichting: input.nietVeilig ? input.nietVeiligToelichting : ''
	};
}

/** At most this many people around one gezin: a kitchen table, not an address book (and a brake on a script). */
export const MAX_BETROKKENEN = 60;

/** Thrown by `addBetrokkene` when the gezin already has `MAX_BETROKKENEN` people. */
export class BetrokkenenVol extends Error {
	constructor() {
		super(`at most ${MAX_BETROKKENEN} betrokkenen per gezin`);
	}
}

/** The people around a gezin now (removed ones not counted). */
export function countBetrokkenen(gezinId: string): number {
	return (
		getDb()
			.select({ n: count() })
			.from(betrokkene)
			.where(and(eq(betrokkene.gezinId, gezinId), isNull(betrokkene.verwijderdAt)))
			.get()?.n ?? 0
	);
}

/** Room for one more person? Actions ask before they add, for a clear message. */
export const ruimteVoorBetrokkene = (gezinId: string, max = MAX_BETROKKENEN) => countBetrokkenen(gezinId) < max;

/**
 * Adds a person; their card starts on the board's background unless `plek` says otherwise. Refuses
 * (`BetrokkenenVol`) when the gezin is full; `max` is for benchmarks that measure bigger boards.
 */
export function addBetrokkene(
	gezinId: string,
	input: BetrokkeneInput,
	actor: Actor,
	at = new Date(),
	plek: TafelPlek = 'achtergrond',
	{ max = MAX_BETROKKENEN } = {}
): Betrokkene {
	const id = newId();
	const db = getDb();
	return db.transaction(() => {
		if (!ruimteVoorBetrokkene(gezinId, max)) throw new BetrokkenenVol();
		db.insert(betrokkene)
			.values({
				id,
				gezinId,
				...columns(input),
				plek,
				versie: 1,
				createdBy: actor.id,
				createdAt: at,
				updatedBy: actor.id,
				updatedAt: at
			})
			.run();
		keepOpstelling(gezinId, { soort: 'nieuw', naam: input.naam }, actor, at);
		return getBetrokkene(gezinId, id)!;
	});
}

/** Saves a change made against `expectedVersie`; a stale version is refused with the current row. */
export function updateBetrokkene(
	gezinId: string,
	id: string,
	expectedVersie: number,
	input: BetrokkeneInput,
	actor: Actor,
	at = new Date()
): SaveResult {
	const db = getDb();
	return db.transaction(() => {
		const current = getBetrokkene(gezinId, id);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		db.update(betrokkene)
			.set({ ...columns(input), versie: current.versie + 1, updatedBy: actor.id, updatedAt: at })
			.where(and(eq(betrokkene.id, id), eq(betrokkene.versie, expectedVersie)))
			.run();
		return { ok: true, betrokkene: getBetrokkene(gezinId, id)! } as const;
	});
}

export function removeBetrokkene(
	gezinId: string,
	id: string,
	expectedVersie: number,
	actor: Actor,
	at = new Date()
): SaveResult {
	const db = getDb();
	return db.transaction(() => {
		const current = getBetrokkene(gezinId, id);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		db.update(betrokkene)
			.set({ versie: current.versie + 1, verwijderdAt: at, updatedBy: actor.id, updatedAt: at })
			.where(eq(betrokkene.id, id))
			.run();
		keepOpstelling(gezinId, { soort: 'weg', naam: current.naam }, actor, at);
		return { ok: true, betrokkene: { ...current, verwijderdAt: at } } as const;
	});
}

/** What a page shows of a betrokkene; without `vertrouwelijk` the mark and contact are left out. */
export function toView(b: Betrokkene, vertrouwelijk: boolean): BetrokkeneView {
	return {
		id: b.id,
		naam: b.naam,
		soort: b.soort,
		organisatie: b.organisatie,
		functie: b.functie,
		opdracht: b.opdracht,
		contact: vertrouwelijk ? b.contact : '',
		accountId: b.accountId,
		nabijheid: b.nabijheid,
		steun: b.steun,
		nietVeilig: vertrouwelijk ? b.nietVeilig : false,
		nietVeiligToelichting: vertrouwelijk ? b.nietVeiligToelichting : '',
		plek: b.plek,
		rol: b.rol,
		bijdrage: b.bijdrage,
		tafelVersie: b.tafelVersie,
		versie: b.versie
	};
}
