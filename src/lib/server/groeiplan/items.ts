import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { inChunks } from '../db/chunked';
import { insertOrder } from '../db/order';
import { groeiplan, groeiplanItem, groeiplanItemDoel, groeiplanWijziging } from '../db/schema';
import type { GroeiplanSectie } from '../../domain';
import type { Zichtbaarheid } from '../../zichtbaarheid';
import { newId } from '../ids';
import type { ItemView } from '../../groeiplan/types';

/**
 * The groeiplan's items: add, change and remove with optimistic versions, and every save kept as a
 * planmoment (groeiplan_wijziging). Callers decide access with the policy module first; reading
 * functions take a `canSee(zichtbaarheid)` built from it, so nothing is returned that the viewer
 * may not see.
 */

export type Item = typeof groeiplanItem.$inferSelect & { doelIds: string[] };

export interface ItemInput {
	tekst: string;
	toelichting?: string;
	vanWie?: string;
	status?: string | null;
	wieAccountId?: string | null;
	wieBetrokkeneId?: string | null;
	wieTekst?: string;
	wanneer?: string | null;
	doelId?: string | null;
	herkomst?: string;
	details?: Record<string, string>;
	/** For connected plans (and afspraken): the doelen it serves. */
	doelIds?: string[];
	zichtbaarheid: Zichtbaarheid;
}

export interface Actor {
	id: string;
	name: string;
}

export type CanSee = (zichtbaarheid: Zichtbaarheid) => boolean;

export type SaveResult =
	{ ok: true; item: Item } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'conflict'; current: Item };

export function groeiplanOf(gezinId: string) {
	return getDb().select().from(groeiplan).where(eq(groeiplan.gezinId, gezinId)).get();
}

function withDoelen(rows: Array<typeof groeiplanItem.$inferSelect>): Item[] {
	if (rows.length === 0) return [];
	const links = inChunks(
		rows.map((r) => r.id),
		(chunk) => getDb().select().from(groeiplanItemDoel).where(inArray(groeiplanItemDoel.itemId, chunk)).all()
	);
	const byItem = new Map<string, string[]>();
	for (const l of links) {
		const list = byItem.get(l.itemId);
		if (list) list.push(l.doelId);
		else byItem.set(l.itemId, [l.doelId]);
	}
	return rows.map((r) => ({ ...r, doelIds: byItem.get(r.id) ?? [] }));
}

/** Current items the viewer may see, in the order they were made. */
export function listItems(groeiplanId: string, canSee: CanSee, sectie?: GroeiplanSectie): Item[] {
	const where = and(
		eq(groeiplanItem.groeiplanId, groeiplanId),
		isNull(groeiplanItem.verwijderdAt),
		sectie ? eq(groeiplanItem.sectie, sectie) : undefined
	);
	const rows = getDb()
		.select()
		.from(groeiplanItem)
		.where(where)
		.orderBy(asc(groeiplanItem.createdAt), insertOrder)
		.all();
	return withDoelen(rows.filter((r) => canSee(r.zichtbaarheid)));
}

function findItem(groeiplanId: string, itemId: string): Item | undefined {
	if (!itemId || itemId.length > 64) return undefined;
	const row = getDb()
		.select()
		.from(groeiplanItem)
		.where(
			and(eq(groeiplanItem.id, itemId), eq(groeiplanItem.groeiplanId, groeiplanId), isNull(groeiplanItem.verwijderdAt))
		)
		.get();
	return row ? withDoelen([row])[0] : undefined;
}

/** An item of this plan, if the viewer may see it. */
export function getItem(groeiplanId: string, itemId: string, canSee: CanSee): Item | undefined {
	const item = findItem(groeiplanId, itemId);
	return item && canSee(item.zichtbaarheid) ? item : undefined;
}

function columns(input: ItemInput) {
	return {
		tekst: input.tekst,
		toelichting: input.toelichting ?? '',
		vanWie: input.vanWie ?? '',
		status: input.status ?? null,
		wieAccountId: input.wieAccountId ?? null,
		wieBetrokkeneId: input.wieBetrokkeneId ?? null,
		wieTekst: input.wieTekst ?? '',
		wanneer: input.wanneer ?? null,
		doelId: input.doelId ?? null,
		herkomst: input.herkomst ?? '',
		details: input.details ?? {},
		zichtbaarheid: input.zichtbaarheid
	};
}

/** Doel links must point at live doelen of the same plan; anything else is dropped. */
function validDoelIds(groeiplanId: string, ids: readonly string[]): string[] {
	const unique = ids.filter((id) => id && id.length <= 64);
	if (unique.length === 0) return [];
	return inChunks(unique, (chunk) =>
		getDb()
			.select({ id: groeiplanItem.id })
			.from(groeiplanItem)
			.where(
				and(
					inArray(groeiplanItem.id, chunk),
					eq(groeiplanItem.groeiplanId, groeiplanId),
					eq(groeiplanItem.sectie, 'doel'),
					isNull(groeiplanItem.verwijderdAt)
				)
			)
			.all()
	).map((r) => r.id);
}

/** The item's own fields, as a planmoment keeps them and (filtered) as the pages receive them. */
function fields(item: Omit<Item, 'createdAt' | 'updatedAt' | 'verwijderdAt'> & Partial<Item>) {
	return {
		sectie: item.sectie,
		tekst: item.tekst,
		toelichting: item.toelichting,
		vanWie: item.vanWie,
		status: item.status,
		wieAccountId: item.wieAccountId,
		wieBetrokkeneId: item.wieBetrokkeneId,
		wieTekst: item.wieTekst,
		wanneer: item.wanneer,
		doelId: item.doelId,
		herkomst: item.herkomst,
		details: item.details,
		doelIds: item.doelIds,
		zichtbaarheid: item.zichtbaarheid
	};
}

function snapshot(
	item: Omit<Item, 'createdAt' | 'updatedAt' | 'verwijderdAt'> & Partial<Item>
): Record<string, unknown> {
	return fields(item);
}

/**
 * What the pages receive of an item: plain data, no internal ids of accounts beyond the members'.
 * `doelen`: the doelen this viewer can see (links to others are left out).
 * `gesprekOpen`: whether this viewer may open the gesprek an afspraak came from (then it links).
 */
export function toView(
	item: Item,
	doelen: ReadonlySet<string>,
	gesprekOpen: (id: string) => boolean = () => false
): ItemView {
	return {
		id: item.id,
		...fields(item),
		doelId: item.doelId && doelen.has(item.doelId) ? item.doelId : null,
		gesprekId: item.gesprekId && gesprekOpen(item.gesprekId) ? item.gesprekId : null,
		doelIds: item.doelIds.filter((d) => doelen.has(d)),
		versie: item.versie
	};
}

/** The doelen among these (visible) items. */
export function zichtbareDoelen(items: readonly Item[]): Set<string> {
	return new Set(items.filter((i) => i.sectie === 'doel').map((i) => i.id));
}

function record(
	groeiplanId: string,
	item: Item,
	soort: 'aangemaakt' | 'gewijzigd' | 'verwijderd',
	actor: Actor,
	at: Date
): void {
	getDb()
		.insert(groeiplanWijziging)
		.values({
			groeiplanId,
			itemId: item.id,
			sectie: item.sectie,
			soort,
			versie: item.versie,
			snapshot: snapshot(item),
			zichtbaarheid: item.zichtbaarheid,
			actorId: actor.id,
			actorName: actor.name,
			at
		})
		.run();
}

/** `gesprekId`: the afstemmingsgesprek the item was made in (it stays linked, whatever changes later). */
export function addItem(
	groeiplanId: string,
	sectie: GroeiplanSectie,
	input: ItemInput,
	actor: Actor,
	at = new Date(),
	gesprekId: string | null = null
): Item {
	const db = getDb();
	return db.transaction(() => {
		const id = newId();
		const doelId = input.doelId ? (validDoelIds(groeiplanId, [input.doelId])[0] ?? null) : null;
		db.insert(groeiplanItem)
			.values({
				id,
				groeiplanId,
				sectie,
				...columns({ ...input, doelId }),
				gesprekId,
				versie: 1,
				createdBy: actor.id,
				createdAt: at,
				updatedBy: actor.id,
				updatedAt: at
			})
			.run();
		const doelIds = validDoelIds(groeiplanId, input.doelIds ?? []);
		for (const d of doelIds) db.insert(groeiplanItemDoel).values({ itemId: id, doelId: d }).run();
		const item = findItem(groeiplanId, id)!;
		record(groeiplanId, item, 'aangemaakt', actor, at);
		return item;
	});
}

/**
 * Saves a change made against `expectedVersie`. A stale version is refused with the current item,
 * so the person can see both texts and choose: never a silent overwrite.
 */
export function updateItem(
	groeiplanId: string,
	itemId: string,
	expectedVersie: number,
	input: ItemInput,
	actor: Actor,
	at = new Date()
): SaveResult {
	const db = getDb();
	return db.transaction(() => {
		const current = findItem(groeiplanId, itemId);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		const doelId =
			input.doelId && input.doelId !== itemId ? (validDoelIds(groeiplanId, [input.doelId])[0] ?? null) : null;
		db.update(groeiplanItem)
			.set({ ...columns({ ...input, doelId }), versie: current.versie + 1, updatedBy: actor.id, updatedAt: at })
			.where(and(eq(groeiplanItem.id, itemId), eq(groeiplanItem.versie, expectedVersie)))
			.run();
		db.delete(groeiplanItemDoel).where(eq(groeiplanItemDoel.itemId, itemId)).run();
		for (const d of validDoelIds(groeiplanId, input.doelIds ?? []).filter((d) => d !== itemId)) {
			db.insert(groeiplanItemDoel).values({ itemId, doelId: d }).run();
		}
		const item = findItem(groeiplanId, itemId)!;
		record(groeiplanId, item, 'gewijzigd', actor, at);
		return { ok: true, item } as const;
	});
}

/** Removes an item from the plan; its history stays. Same version rule as a change. */
export function removeItem(
	groeiplanId: string,
	itemId: string,
	expectedVersie: number,
	actor: Actor,
	at = new Date()
): SaveResult {
	const db = getDb();
	return db.transaction(() => {
		const current = findItem(groeiplanId, itemId);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.versie !== expectedVersie) return { ok: false, reason: 'conflict', current } as const;
		db.update(groeiplanItem)
			.set({ versie: current.versie + 1, verwijderdAt: at, updatedBy: actor.id, updatedAt: at })
			.where(eq(groeiplanItem.id, itemId))
			.run();
		const removed = { ...current, versie: current.versie + 1 };
		record(groeiplanId, removed, 'verwijderd', actor, at);
		return { ok: true, item: removed } as const;
	});
}

/** Doelen that no afspraak and no connected plan serves: the gaps in the plan. */
export function doelGaps(items: readonly Item[]): Item[] {
	const served = new Set<string>();
	for (const item of items) {
		if (item.sectie === 'afspraak' && item.doelId) served.add(item.doelId);
		if (item.sectie === 'plan' || item.sectie === 'afspraak') for (const d of item.doelIds) served.add(d);
	}
	return items.filter(
		(i) => i.sectie === 'doel' && i.status !== 'losgelaten' && i.status !== 'bereikt' && !served.has(i.id)
	);
}
