import { and, asc, eq, lte } from 'drizzle-orm';
import { getDb } from '../db';
import { groeiplanWijziging } from '../db/schema';
import type { CanSee } from './items';

/**
 * Planning is a process, not a moment: every save of the plan is a planmoment. The history is
 * filtered per viewer with the visibility the item had at that moment; an item that became hidden
 * for someone leaves their view of the plan at that moment.
 */

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
	return getDb()
		.select()
		.from(groeiplanWijziging)
		.where(eq(groeiplanWijziging.groeiplanId, groeiplanId))
		.orderBy(asc(groeiplanWijziging.seq))
		.all()
		.filter((w) => canSee(w.zichtbaarheid))
		.map((w) => ({
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
	const rows = getDb()
		.select()
		.from(groeiplanWijziging)
		.where(and(eq(groeiplanWijziging.groeiplanId, groeiplanId), lte(groeiplanWijziging.seq, seq)))
		.orderBy(asc(groeiplanWijziging.seq))
		.all();
	for (const w of rows) {
		const key = w.itemId ?? 'plan';
		if (w.soort === 'verwijderd' || !canSee(w.zichtbaarheid)) state.delete(key);
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
		const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
		if (fields.length > 0) diff.changed.push({ key, before: b, after: a, fields });
	}
	for (const [key, b] of before) if (!after.has(key)) diff.removed.push({ key, before: b });
	return diff;
}
