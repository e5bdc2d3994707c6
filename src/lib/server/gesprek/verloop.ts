import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { insertOrder } from '../db/order';
import { gesprek, gesprekNotitie, gesprekReactie, groeiplanItem } from '../db/schema';
import type { MemberRole } from '../db/schema';
import type { NotitieSoort } from '../../domain';
import type { Zichtbaarheid } from '../../zichtbaarheid';
import type { Verslag, VerslagPunt } from '../../gesprek/verslag';
import { inFase } from '../../gesprek/fase';
import { listMembers } from '../gezinnen';
import { listBetrokkenen } from '../mensen/betrokkenen';
import { addItem, groeiplanOf, removeItem, type CanSee, type Item, type ItemInput } from '../groeiplan/items';
import { newId } from '../ids';
import { getGesprek, listDeelnemers, listPunten, type Actor } from './gesprekken';
import { listOverdrachten } from './overdracht';

/**
 * Running a gesprek and what comes after: the item everyone follows, what is written down, the
 * verslag made once and then fixed, reactions beside it, and 'vastgesteld'. Every step checks the
 * phase again inside its transaction, so a stale page or a crafted post cannot skip one.
 */

export type Notitie = typeof gesprekNotitie.$inferSelect;
export type Reactie = typeof gesprekReactie.$inferSelect;
export type StapResult = { ok: true } | { ok: false; reason: 'fase' | 'not_found' };

const fase = { ok: false, reason: 'fase' } as const;
const notFound = { ok: false, reason: 'not_found' } as const;

export function beginGesprek(gezinId: string, id: string, at = new Date()): StapResult {
	const db = getDb();
	return db.transaction(() => {
		const g = getGesprek(gezinId, id);
		if (!g) return notFound;
		if (!inFase(g.status, 'beginnen')) return fase;
		const eerste = listPunten(id)[0];
		db.update(gesprek)
			.set({ status: 'bezig', huidigPunt: eerste?.id ?? null, puntSinds: at, updatedAt: at })
			.where(eq(gesprek.id, id))
			.run();
		return { ok: true } as const;
	});
}

/** Everyone now looks at this agenda item; its soft timer starts again. */
export function moveToPunt(gezinId: string, id: string, puntId: string, at = new Date()): StapResult {
	const db = getDb();
	return db.transaction(() => {
		const g = getGesprek(gezinId, id);
		if (!g) return notFound;
		if (!inFase(g.status, 'leiden')) return fase;
		if (!listPunten(id).some((p) => p.id === puntId)) return notFound;
		if (g.huidigPunt !== puntId)
			db.update(gesprek).set({ huidigPunt: puntId, puntSinds: at, updatedAt: at }).where(eq(gesprek.id, id)).run();
		return { ok: true } as const;
	});
}

// What is written down.

export function listNotities(gesprekId: string): Notitie[] {
	return getDb()
		.select()
		.from(gesprekNotitie)
		.where(eq(gesprekNotitie.gesprekId, gesprekId))
		.orderBy(asc(gesprekNotitie.createdAt), insertOrder)
		.all();
}

export interface NotitieInput {
	puntId: string | null;
	soort: Exclude<NotitieSoort, 'afspraak'>;
	tekst: string;
	zichtbaarheid: Zichtbaarheid;
}

function whileRunning<T>(gezinId: string, id: string, run: () => T): T | typeof fase | typeof notFound {
	const g = getGesprek(gezinId, id);
	if (!g) return notFound;
	if (!inFase(g.status, 'leiden')) return fase;
	return run();
}

function validPunt(gesprekId: string, puntId: string | null): string | null {
	return puntId && listPunten(gesprekId).some((p) => p.id === puntId) ? puntId : null;
}

export function addNotitie(
	gezinId: string,
	id: string,
	input: NotitieInput,
	actor: Actor,
	at = new Date()
): { ok: true; notitieId: string } | typeof fase | typeof notFound {
	const db = getDb();
	return db.transaction(() =>
		whileRunning(gezinId, id, () => {
			const notitieId = newId();
			db.insert(gesprekNotitie)
				.values({
					id: notitieId,
					gesprekId: id,
					...input,
					puntId: validPunt(id, input.puntId),
					itemId: null,
					door: actor.id,
					doorNaam: actor.name,
					createdAt: at
				})
				.run();
			return { ok: true, notitieId } as const;
		})
	);
}

/** An afspraak made at the table: written down here, and at once in the groeiplan, linked back. */
export function addAfspraak(
	gezinId: string,
	id: string,
	puntId: string | null,
	input: ItemInput,
	herkomst: string,
	actor: Actor,
	at = new Date()
): { ok: true; item: Item } | typeof fase | typeof notFound {
	const db = getDb();
	return db.transaction(() =>
		whileRunning(gezinId, id, () => {
			const plan = groeiplanOf(gezinId);
			if (!plan) return notFound;
			const item = addItem(plan.id, 'afspraak', { ...input, status: 'open', herkomst }, actor, at, id);
			db.insert(gesprekNotitie)
				.values({
					id: newId(),
					gesprekId: id,
					puntId: validPunt(id, puntId),
					soort: 'afspraak',
					tekst: item.tekst,
					itemId: item.id,
					zichtbaarheid: item.zichtbaarheid,
					door: actor.id,
					doorNaam: actor.name,
					createdAt: at
				})
				.run();
			return { ok: true, item } as const;
		})
	);
}

/**
 * Whether this reader may see a note: by its own visibility, and an afspraak also by what its
 * groeiplan item is now (`item`: the live item, if any). Reading and writing both ask this, so a
 * note someone may not see cannot be changed or taken back by them either: it is 'not found'.
 */
export function notitieZichtbaar(
	n: Pick<Notitie, 'soort' | 'zichtbaarheid'>,
	item: Pick<Item, 'zichtbaarheid'> | undefined,
	canSee: CanSee
): boolean {
	if (!canSee(n.zichtbaarheid)) return false;
	return n.soort !== 'afspraak' || (!!item && canSee(item.zichtbaarheid));
}

/** A note of this gesprek with its live afspraak item, only if this reader may see it. */
function zichtbareNotitie(gesprekId: string, notitieId: string, canSee: CanSee) {
	if (!notitieId || notitieId.length > 64) return undefined;
	const db = getDb();
	const row = db
		.select()
		.from(gesprekNotitie)
		.where(and(eq(gesprekNotitie.id, notitieId), eq(gesprekNotitie.gesprekId, gesprekId)))
		.get();
	if (!row) return undefined;
	const item = row.itemId
		? db
				.select()
				.from(groeiplanItem)
				.where(and(eq(groeiplanItem.id, row.itemId), isNull(groeiplanItem.verwijderdAt)))
				.get()
		: undefined;
	return notitieZichtbaar(row, item, canSee) ? { row, item } : undefined;
}

export type NotitieResult = { ok: true; soort: NotitieSoort } | typeof fase | typeof notFound;

/** Fixes the words of a note or besluit while the gesprek runs (an afspraak is changed in the groeiplan). */
export function updateNotitie(
	gezinId: string,
	id: string,
	notitieId: string,
	tekst: string,
	canSee: CanSee
): NotitieResult {
	const db = getDb();
	return db.transaction(() =>
		whileRunning(gezinId, id, () => {
			const found = zichtbareNotitie(id, notitieId, canSee);
			if (!found || found.row.itemId) return notFound;
			db.update(gesprekNotitie).set({ tekst }).where(eq(gesprekNotitie.id, notitieId)).run();
			return { ok: true, soort: found.row.soort } as const;
		})
	);
}

/**
 * Takes back something written down by mistake. An afspraak leaves the groeiplan too, unless
 * someone has worked on it there since (a newer version): then the plan keeps it.
 */
export function removeNotitie(
	gezinId: string,
	id: string,
	notitieId: string,
	actor: Actor,
	canSee: CanSee,
	at = new Date()
): NotitieResult {
	const db = getDb();
	return db.transaction(() =>
		whileRunning(gezinId, id, () => {
			const found = zichtbareNotitie(id, notitieId, canSee);
			if (!found) return notFound;
			db.delete(gesprekNotitie).where(eq(gesprekNotitie.id, notitieId)).run();
			const plan = groeiplanOf(gezinId);
			const item = found.item;
			if (plan && item && item.versie === 1) removeItem(plan.id, item.id, item.versie, actor, at);
			return { ok: true, soort: found.row.soort } as const;
		})
	);
}

/** The afspraken of a gesprek as the groeiplan has them now (they may have changed there). */
export function afsprakenVan(gesprekId: string): Array<typeof groeiplanItem.$inferSelect> {
	return getDb()
		.select()
		.from(groeiplanItem)
		.where(and(eq(groeiplanItem.gesprekId, gesprekId), isNull(groeiplanItem.verwijderdAt)))
		.all();
}

/** Who an afspraak names, as a name: a member, a betrokkene or the typed words (from lists the caller has). */
export function wieNamer(
	memberList: ReadonlyArray<{ accountId: string; displayName: string }>,
	betrokkeneList: ReadonlyArray<{ id: string; naam: string }>
): (item: Pick<Item, 'wieAccountId' | 'wieBetrokkeneId' | 'wieTekst'>) => string {
	const members = new Map(memberList.map((x) => [x.accountId, x.displayName]));
	const betrokkenen = new Map(betrokkeneList.map((b) => [b.id, b.naam]));
	return (item) =>
		[
			item.wieAccountId
				? members.get(item.wieAccountId)
				: item.wieBetrokkeneId
					? betrokkenen.get(item.wieBetrokkeneId)
					: undefined,
			item.wieTekst
		]
			.filter(Boolean)
			.join(', ');
}

// Afterwards.

/**
 * Closes the gesprek and makes its verslag from what was written down: agenda items in order with
 * their notes, besluiten and afspraken (as the groeiplan has them now), who came, any handovers.
 * From now on the text is fixed; reactions are welcome up to `reactieTot`.
 */
export function makeVerslag(
	gezinId: string,
	id: string,
	reactieTot: string,
	actor: Actor,
	at = new Date()
): StapResult {
	const db = getDb();
	return db.transaction(() => {
		const g = getGesprek(gezinId, id);
		if (!g) return notFound;
		if (!inFase(g.status, 'verslagMaken')) return fase;
		const wie = wieNamer(listMembers(gezinId), listBetrokkenen(gezinId));
		const afspraken = new Map(afsprakenVan(id).map((a) => [a.id, a]));
		const notities = listNotities(id);
		const punten: VerslagPunt[] = listPunten(id).map((p) => ({ id: p.id, titel: p.titel, regels: [] }));
		const overig: VerslagPunt = { id: '', titel: '', regels: [] };
		for (const n of notities) {
			const item = n.itemId ? afspraken.get(n.itemId) : undefined;
			if (n.soort === 'afspraak' && !item) continue;
			const regel = item
				? {
						soort: n.soort,
						tekst: item.tekst,
						zichtbaarheid: item.zichtbaarheid,
						itemId: item.id,
						wie: wie(item),
						wanneer: item.wanneer
					}
				: { soort: n.soort, tekst: n.tekst, zichtbaarheid: n.zichtbaarheid };
			(punten.find((p) => p.id === n.puntId) ?? overig).regels.push(regel);
		}
		const verslag: Verslag = {
			gemaaktAt: at.toISOString(),
			doorNaam: actor.name,
			deelnemers: listDeelnemers(id).map((d) => d.naam),
			punten: overig.regels.length ? [...punten, overig] : punten,
			overdrachten: listOverdrachten(id).map((o) => ({ van: o.vanNaam, naar: o.naarNaam, wat: o.wat }))
		};
		db.update(gesprek)
			.set({ status: 'verslag', verslag, reactieTot, huidigPunt: null, puntSinds: null, updatedAt: at })
			.where(eq(gesprek.id, id))
			.run();
		return { ok: true } as const;
	});
}

/** The reaction period may grow (more time), never shrink: people were told a date. */
export function extendReactietijd(
	gezinId: string,
	id: string,
	reactieTot: string,
	at = new Date()
): StapResult | { ok: false; reason: 'korter' } {
	const db = getDb();
	return db.transaction(() => {
		const g = getGesprek(gezinId, id);
		if (!g) return notFound;
		if (!inFase(g.status, 'vaststellen')) return fase;
		if (g.reactieTot && reactieTot < g.reactieTot) return { ok: false, reason: 'korter' } as const;
		db.update(gesprek).set({ reactieTot, updatedAt: at }).where(eq(gesprek.id, id)).run();
		return { ok: true } as const;
	});
}

export function listReacties(gesprekId: string): Reactie[] {
	return getDb()
		.select()
		.from(gesprekReactie)
		.where(eq(gesprekReactie.gesprekId, gesprekId))
		.orderBy(asc(gesprekReactie.createdAt), insertOrder)
		.all();
}

export interface ReactieInput {
	puntId: string | null;
	akkoord: boolean;
	tekst: string;
}

export function addReactie(
	gezinId: string,
	id: string,
	input: ReactieInput,
	actor: Actor,
	rol: MemberRole,
	vandaag: string,
	at = new Date()
): StapResult | { ok: false; reason: 'te_laat' } {
	const db = getDb();
	return db.transaction(() => {
		const g = getGesprek(gezinId, id);
		if (!g) return notFound;
		if (!inFase(g.status, 'reageren')) return fase;
		if (!g.reactieTot || vandaag > g.reactieTot) return { ok: false, reason: 'te_laat' } as const;
		const puntId = input.puntId && g.verslag?.punten.some((p) => p.id === input.puntId) ? input.puntId : null;
		db.insert(gesprekReactie)
			.values({
				id: newId(),
				gesprekId: id,
				...input,
				puntId,
				door: actor.id,
				doorNaam: actor.name,
				doorRol: rol,
				createdAt: at
			})
			.run();
		return { ok: true } as const;
	});
}

/**
 * Invited people who can react (an account with an active membership of the gezin; not the
 * organiser) and have not reacted yet. Someone whose access ended cannot react, so is not waited for.
 */
export function nogGeenReactie(g: Pick<typeof gesprek.$inferSelect, 'id' | 'gezinId' | 'organisator'>): string[] {
	const gereageerd = new Set(listReacties(g.id).map((r) => r.door));
	const actief = new Set(
		listMembers(g.gezinId)
			.filter((x) => x.status === 'actief')
			.map((x) => x.accountId)
	);
	return listDeelnemers(g.id)
		.filter(
			(d) => d.accountId && actief.has(d.accountId) && d.accountId !== g.organisator && !gereageerd.has(d.accountId)
		)
		.map((d) => d.naam);
}

/**
 * Marks the verslag vastgesteld: once the reaction period is over, or earlier when everyone
 * invited has reacted. After this the gesprek cannot change (the database refuses it too).
 */
export function vaststellen(
	gezinId: string,
	id: string,
	actor: Actor,
	vandaag: string,
	at = new Date()
): StapResult | { ok: false; reason: 'wacht'; wie: string[] } {
	const db = getDb();
	return db.transaction(() => {
		const g = getGesprek(gezinId, id);
		if (!g) return notFound;
		if (!inFase(g.status, 'vaststellen')) return fase;
		const wie = nogGeenReactie(g);
		if (g.reactieTot && vandaag <= g.reactieTot && wie.length > 0) return { ok: false, reason: 'wacht', wie } as const;
		db.update(gesprek)
			.set({ status: 'vastgesteld', vastgesteldAt: at, vastgesteldDoorNaam: actor.name, updatedAt: at })
			.where(eq(gesprek.id, id))
			.run();
		return { ok: true } as const;
	});
}
