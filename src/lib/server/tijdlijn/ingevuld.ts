import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../db';
import { membership, tijdlijnWijziging } from '../db/schema';

/**
 * Who typed a story in, beside whose story it is. Anyone who may write on the tijdlijn can name
 * someone else as the teller; so whenever the one who typed the words is not the teller, the
 * tijdlijn says so ("Verhaal van Sanne, ingetypt door Karin"), on every page that names the teller.
 * The typist is whoever saved the last version that changed the words (titel, verhaal) or the
 * teller. A story of "het gezin" typed by a family member needs no such note.
 */

export interface Verteller {
	id: string;
	gezinId: string;
	verhaalVan: string | null;
	createdBy: string | null;
	createdByName: string;
}

const WOORDEN = ['titel', 'verhaal', 'verhaalVan', 'namensGezin'] as const;

function sameWords(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
	return WOORDEN.every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));
}

/** Per event id: the typist's name when it is not the teller, else ''. */
export function ingetyptDoor(list: readonly Verteller[]): Map<string, string> {
	const result = new Map<string, string>();
	if (list.length === 0) return result;
	const db = getDb();
	const typist = new Map<string, { id: string | null; name: string }>(
		list.map((g) => [g.id, { id: g.createdBy, name: g.createdByName }])
	);
	const previous = new Map<string, Record<string, unknown>>();
	const ids = list.map((g) => g.id);
	// Chunked: SQLite limits the number of bound parameters.
	for (let i = 0; i < ids.length; i += 500) {
		const rows = db
			.select({
				id: tijdlijnWijziging.gebeurtenisId,
				snapshot: tijdlijnWijziging.snapshot,
				actorId: tijdlijnWijziging.actorId,
				actorName: tijdlijnWijziging.actorName
			})
			.from(tijdlijnWijziging)
			.where(inArray(tijdlijnWijziging.gebeurtenisId, ids.slice(i, i + 500)))
			.orderBy(asc(tijdlijnWijziging.seq))
			.all();
		for (const w of rows) {
			const before = previous.get(w.id);
			if (!before || !sameWords(before, w.snapshot)) typist.set(w.id, { id: w.actorId, name: w.actorName });
			previous.set(w.id, w.snapshot);
		}
	}
	const gezinIds = [...new Set(list.map((g) => g.gezinId))];
	const gezinLeden = new Set(
		db
			.select({ gezinId: membership.gezinId, accountId: membership.accountId })
			.from(membership)
			.where(and(inArray(membership.gezinId, gezinIds), eq(membership.role, 'gezin')))
			.all()
			.map((r) => `${r.gezinId} ${r.accountId}`)
	);
	for (const g of list) {
		const t = typist.get(g.id)!;
		const zelf = g.verhaalVan ? t.id === g.verhaalVan : !!t.id && gezinLeden.has(`${g.gezinId} ${t.id}`);
		result.set(g.id, zelf ? '' : t.name);
	}
	return result;
}
