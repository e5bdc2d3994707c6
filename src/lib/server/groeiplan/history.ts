import { asc, eq } from 'drizzle-orm';
import { getDb } from '../db';
import { groeiplanItem, groeiplanWijziging } from '../db/schema';
import { leesbaarNu } from '../versies';
import type { CanSee } from './items';

/**
 * Planning is a process, not a moment: every save of the plan is a planmoment. Who may read a
 * planmoment follows its item's visibility NOW (see `leesbaarNu`): an item the family made
 * *alleen gezin* leaves the network's history altogether, every moment of it. And a version that
 * was hidden when it was saved stays hidden: at that moment the item leaves the viewer's plan.
 */

type Wijziging = typeof groeiplanWijziging.$inferSelect;

/** The whole history of a plan, oldest first, with a filter for what this viewer may read of it. */
function historyFor(groeiplanId: string, canSee: CanSee): { rows: Wijziging[]; leesbaar: (w: Wijziging) => boolean } {
	const db = getDb();
	const rows = db
		.select()
		.from(groeiplanWijziging)
		.where(eq(groeiplanWijziging.groeiplanId, groeiplanId))
		.orderBy(asc(groeiplanWijziging.seq))
		.all();
	const now = new Map(
		db
			.select({ id: groeiplanItem.id, zichtbaarheid: groeiplanItem.zichtbaarheid })
			.from(groeiplanItem)
			.where(eq(groeiplanItem.groeiplanId, groeiplanId))
			.all()
			.map((i) => [i.id, i.zichtbaarheid])
	);
	const filter = leesbaarNu(
		rows.map((w) => ({ key: w.itemId, zichtbaarheid: w.zichtbaarheid })),
		canSee,
		now
	);
	return { rows, leesbaar: (w) => filter({ key: w.itemId, zichtbaarheid: w.zichtbaarheid }) };
}

export interface Planmoment {
	seq: number;
	at: Date;
	actorName: string;
	sectie: string;
	soort: 'aangemaakt' | 'gewijzigd' | 'verwijderd';
	itemId: string | null;
	tekst: string;
}

export function listPlanmomenten(groeiplanId: string, canSee: CanSee): Planmoment[] {
	const { rows, leesbaar } = historyFor(groeiplanId, canSee);
	return rows.filter(leesbaar).map((w) => ({
		seq: w.seq,
		at: w.at,
		actorName: w.actorName,
		sectie: w.sectie,
		soort: w.soort,
		itemId: w.itemId,
		tekst: typeof w.snapshot.tekst === 'string' ? w.snapshot.tekst : ''
	}));
}

/** The plan as the viewer could see it right after planmoment `seq`: item id (or 'plan') → snapshot. */
export function planAt(groeiplanId: string, seq: number, canSee: CanSee): Map<string, Record<string, unknown>> {
	const state = new Map<string, Record<string, unknown>>();
	const { rows, leesbaar } = historyFor(groeiplanId, canSee);
	for (const w of rows) {
		if (w.seq > seq) break;
		const key = w.itemId ?? 'plan';
		if (w.soort === 'verwijderd' || !leesbaar(w)) state.delete(key);
		else state.set(key, w.snapshot);
	}
	return state;
}

export interface PlanDiff {
	added: Array<{ key: string; after: Record<string, unknown> }>;
	removed: Array<{ key: string; before: Record<string, unknown> }>;
	changed: Array<{ key: string; before: Record<string, unknown>; after: Record<string, unknown>; fields: string[] }>;
}

/** What changed between two planmomenten, as the viewer may see it. */
export function diffPlan(groeiplanId: string, fromSeq: number, toSeq: number, canSee: CanSee): PlanDiff {
	const before = planAt(groeiplanId, Math.min(fromSeq, toSeq), canSee);
	const after = planAt(groeiplanId, Math.max(fromSeq, toSeq), canSee);
	const diff: PlanDiff = { added: [], removed: [], changed: [] };
	for (const [key, a] of after) {
		const b = before.get(key);
		if (!b) {
			diff.added.push({ key, after: a });
			continue;
		}
		const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
			(f) => JSON.stringify(a[f]) !== JSON.stringify(b[f])
		);
		if (fields.length > 0) diff.changed.push({ key, before: b, after: a, fields });
	}
	for (const [key, b] of before) if (!after.has(key)) diff.removed.push({ key, before: b });
	return diff;
}
