import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { inChunks } from '../db/chunked';
import { account, tijdlijnGebeurtenis, tijdlijnKant, tijdlijnWijziging } from '../db/schema';
import type { MomentSoort, TijdlijnBaan } from '../../domain';
import type { Zichtbaarheid } from '../../zichtbaarheid';
import type { GebeurtenisView } from '../../tijdlijn/types';
import { compareWanneer, type Wanneer } from '../../tijdlijn/wanneer';
import { newId } from '../ids';
import { leesbaarNu } from '../versies';
import { ingetyptDoor } from './ingevuld';

/**
 * The events of a gezin's tijdlijn: add, change and remove with optimistic versions (the same
 * conflict rule as the groeiplan), every save kept as a version. Callers decide access with the
 * policy module first; reading functions take a `canSee(zichtbaarheid)` built from it.
 */

export type Gebeurtenis = typeof tijdlijnGebeurtenis.$inferSelect;
export type CanSee = (zichtbaarheid: Zichtbaarheid) => boolean;

export interface GebeurtenisInput {
	baan: TijdlijnBaan;
	titel: string;
	verhaal: string;
	moment: MomentSoort;
	wanneer: Wanneer;
	/** A member's account id, or null for "het gezin". */
	verhaalVan: string | null;
	namensGezin: boolean;
	organisatie: string;
	soortHulp: string;
	zichtbaarheid: Zichtbaarheid;
}

export interface Actor {
	id: string;
	name: string;
}

export type SaveResult =
	| { ok: true; gebeurtenis: Gebeurtenis }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'conflict'; current: Gebeurtenis };

export function wanneerOf(g: Pick<Gebeurtenis, 'van' | 'tot' | 'nogBezig' | 'ongeveer'>): Wanneer {
	return { van: g.van, tot: g.tot, nogBezig: g.nogBezig, ongeveer: g.ongeveer };
}

/** Current events the viewer may see, in chronological order. */
export function listGebeurtenissen(gezinId: string, canSee: CanSee): Gebeurtenis[] {
	return getDb()
		.select()
		.from(tijdlijnGebeurtenis)
		.where(and(eq(tijdlijnGebeurtenis.gezinId, gezinId), isNull(tijdlijnGebeurtenis.verwijderdAt)))
		.orderBy(asc(tijdlijnGebeurtenis.van), asc(tijdlijnGebeurtenis.createdAt))
		.all()
		.filter((g) => canSee(g.zichtbaarheid))
		.sort((a, b) => compareWanneer(wanneerOf(a), wanneerOf(b)));
}

function findGebeurtenis(gezinId: string, id: string): Gebeurtenis | undefined {
	if (!id || id.length > 64) return undefined;
	return getDb()
		.select()
		.from(tijdlijnGebeurtenis)
		.where(
			and(
				eq(tijdlijnGebeurtenis.id, id),
				eq(tijdlijnGebeurtenis.gezinId, gezinId),
				isNull(tijdlijnGebeurtenis.verwijderdAt)
			)
		)
		.get();
}

/** An event of this gezin, if the viewer may see it. */
export function getGebeurtenis(gezinId: string, id: string, canSee: CanSee): Gebeurtenis | undefined {
	const g = findGebeurtenis(gezinId, id);
	return g && canSee(g.zichtbaarheid) ? g : undefined;
}

function columns(input: GebeurtenisInput) {
	const hulp = input.baan === 'hulp';
	return {
		baan: input.baan,
		titel: input.titel,
		verhaal: input.verhaal,
		moment: input.moment,
		van: input.wanneer.van,
		tot: input.wanneer.nogBezig ? null : input.wanneer.tot,
		nogBezig: input.wanneer.nogBezig,
		ongeveer: input.wanneer.ongeveer,
		verhaalVan: input.namensGezin ? null : input.verhaalVan,
		namensGezin: input.namensGezin,
		organisatie: hulp ? input.organisatie : '',
		soortHulp: hulp ? input.soortHulp : '',
		zichtbaarheid: input.zichtbaarheid
	};
}

export function snapshot(g: Gebeurtenis): Record<string, unknown> {
	const {
		baan,
		titel,
		verhaal,
		moment,
		van,
		tot,
		nogBezig,
		ongeveer,
		verhaalVan,
		namensGezin,
		organisatie,
		soortHulp,
		zichtbaarheid
	} = g;
	return {
		baan,
		titel,
		verhaal,
		moment,
		van,
		tot,
		nogBezig,
		ongeveer,
		verhaalVan,
		namensGezin,
		organisatie,
		soortHulp,
		zichtbaarheid
	};
}

function record(g: Gebeurtenis, soort: 'aangemaakt' | 'gewijzigd' | 'verwijderd', actor: Actor, at: Date): void {
	getDb()
		.insert(tijdlijnWijziging)
		.values({
			gezinId: g.gezinId,
			gebeurtenisId: g.id,
			soort,
			versie: g.versie,
			snapshot: snapshot(g),
			zichtbaarheid: g.zichtbaarheid,
			actorId: actor.id,
			actorName: actor.name,
			at
		})
		.run();
}

export function addGebeurtenis(gezinId: string, input: GebeurtenisInput, actor: Actor, at = new Date()): Gebeurtenis {
	const db = getDb();
	return db.transaction(() => {
		const id = newId();
		db.insert(tijdlijnGebeurtenis)
			.values({
				id,
				gezinId,
				...columns(input),
				versie: 1,
				createdBy: actor.id,
				createdByName: actor.name,
				createdAt: at,
				updatedBy: actor.id,
				updatedAt: at
			})
			.run();
		const g = findGebeurtenis(gezinId, id)!;
		record(g, 'aangemaakt', actor, at);
		return g;
	});
}

/** Saves a change made against `expectedVersie`; a stale version is refused with the current event. */
export function updateGebeurtenis(
	gezinId: string,
	id: string,
	expectedVersie: number,
	input: GebeurtenisInput,
	actor: Actor,
	at = new Date()
): SaveResult {
	const db = getDb();
	return db.transaction(() => {
		const current = findGebeurtenis(gezinId, id);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		// Who typed it in stays as it was; "namens het gezin" can be set or cleared.
		db.update(tijdlijnGebeurtenis)
			.set({ ...columns(input), versie: current.versie + 1, updatedBy: actor.id, updatedAt: at })
			.where(and(eq(tijdlijnGebeurtenis.id, id), eq(tijdlijnGebeurtenis.versie, expectedVersie)))
			.run();
		const g = findGebeurtenis(gezinId, id)!;
		record(g, 'gewijzigd', actor, at);
		return { ok: true, gebeurtenis: g } as const;
	});
}

/** Removes an event from the tijdlijn; its versions stay. Same version rule as a change. */
export function removeGebeurtenis(
	gezinId: string,
	id: string,
	expectedVersie: number,
	actor: Actor,
	at = new Date()
): SaveResult {
	const db = getDb();
	return db.transaction(() => {
		const current = findGebeurtenis(gezinId, id);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		db.update(tijdlijnGebeurtenis)
			.set({ versie: current.versie + 1, verwijderdAt: at, updatedBy: actor.id, updatedAt: at })
			.where(eq(tijdlijnGebeurtenis.id, id))
			.run();
		const removed = { ...current, versie: current.versie + 1, verwijderdAt: at };
		record(removed, 'verwijderd', actor, at);
		return { ok: true, gebeurtenis: removed } as const;
	});
}

export interface Versie {
	seq: number;
	versie: number;
	soort: 'aangemaakt' | 'gewijzigd' | 'verwijderd';
	at: Date;
	actorName: string;
	titel: string;
	verhaal: string;
}

/**
 * The versions of one event, newest first: only when the viewer may see the event now, and then
 * only the versions whose visibility at the time allows it (the one rule, `leesbaarNu`).
 */
export function listVersies(gezinId: string, id: string, canSee: CanSee): Versie[] {
	const rows = getDb()
		.select()
		.from(tijdlijnWijziging)
		.where(and(eq(tijdlijnWijziging.gezinId, gezinId), eq(tijdlijnWijziging.gebeurtenisId, id)))
		.orderBy(asc(tijdlijnWijziging.seq))
		.all();
	// The last version holds the event's visibility now (also after it was removed).
	const leesbaar = leesbaarNu(
		rows.map((w) => ({ key: w.gebeurtenisId, zichtbaarheid: w.zichtbaarheid })),
		canSee
	);
	return rows
		.filter((w) => leesbaar({ key: w.gebeurtenisId, zichtbaarheid: w.zichtbaarheid }))
		.map((w) => ({
			seq: w.seq,
			versie: w.versie,
			soort: w.soort,
			at: w.at,
			actorName: w.actorName,
			titel: String(w.snapshot.titel ?? ''),
			verhaal: String(w.snapshot.verhaal ?? '')
		}))
		.reverse();
}

/** Display names for the accounts named as "whose story". */
function namesOf(ids: readonly (string | null)[]): Map<string, string> {
	const unique = ids.filter((x): x is string => !!x);
	if (unique.length === 0) return new Map();
	const rows = inChunks(unique, (chunk) =>
		getDb().select({ id: account.id, name: account.displayName }).from(account).where(inArray(account.id, chunk)).all()
	);
	return new Map(rows.map((r) => [r.id, r.name]));
}

/** How many sides ("zo zag ik het") each event has. */
function kantCounts(ids: readonly string[]): Map<string, number> {
	if (ids.length === 0) return new Map();
	const rows = inChunks(ids, (chunk) =>
		getDb()
			.select({ id: tijdlijnKant.gebeurtenisId, n: sql<number>`count(*)` })
			.from(tijdlijnKant)
			.where(and(inArray(tijdlijnKant.gebeurtenisId, chunk), isNull(tijdlijnKant.verwijderdAt)))
			.groupBy(tijdlijnKant.gebeurtenisId)
			.all()
	);
	return new Map(rows.map((r) => [r.id, r.n]));
}

/** The start of a long story, cut at a word, for lists: the whole story is on the event's page. */
export function kort(text: string, max: number): string {
	if ([...text].length <= max) return text;
	const cut = [...text].slice(0, max).join('');
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * What the pages receive: plain data, names instead of account ids where people read them.
 * `verhaalMax` shortens the stories (for the tijdlijn page, which lists them all).
 */
export function toViews(list: readonly Gebeurtenis[], options: { verhaalMax?: number } = {}): GebeurtenisView[] {
	const names = namesOf(list.map((g) => g.verhaalVan));
	const kanten = kantCounts(list.map((g) => g.id));
	const getypt = ingetyptDoor(list);
	return list.map((g) => ({
		id: g.id,
		baan: g.baan,
		titel: g.titel,
		verhaal: options.verhaalMax ? kort(g.verhaal, options.verhaalMax) : g.verhaal,
		soort: g.moment,
		wanneer: wanneerOf(g),
		verhaalVan: g.verhaalVan ? (names.get(g.verhaalVan) ?? '') : '',
		verhaalVanAccountId: g.verhaalVan,
		namensGezin: g.namensGezin,
		ingevoerdDoor: getypt.get(g.id) ?? '',
		organisatie: g.organisatie,
		soortHulp: g.soortHulp,
		zichtbaarheid: g.zichtbaarheid,
		versie: g.versie,
		kanten: kanten.get(g.id) ?? 0
	}));
}
