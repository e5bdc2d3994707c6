import { and, eq } from 'drizzle-orm';
import { getDb } from '../db';
import { groeiplan, groeiplanWijziging, membership } from '../db/schema';
import type { Actor } from './items';

/** Regie and the next evaluation: fields of the plan itself, versioned like an item. */
export interface RegieInput {
	trekkerAccountId: string | null;
	regieBetekenis: string;
	volgendeEvaluatie: string | null;
}

export type RegieResult =
	| { ok: true; versie: number }
	| { ok: false; reason: 'not_found' | 'not_a_member' }
	| { ok: false; reason: 'conflict'; current: RegieInput & { versie: number } };

export function updateRegie(
	groeiplanId: string,
	expectedVersie: number,
	input: RegieInput,
	actor: Actor,
	at = new Date()
): RegieResult {
	const db = getDb();
	return db.transaction(() => {
		const plan = db.select().from(groeiplan).where(eq(groeiplan.id, groeiplanId)).get();
		if (!plan) return { ok: false, reason: 'not_found' } as const;
		if (plan.versie !== expectedVersie) {
			return {
				ok: false,
				reason: 'conflict',
				current: {
					trekkerAccountId: plan.trekkerAccountId,
					regieBetekenis: plan.regieBetekenis,
					volgendeEvaluatie: plan.volgendeEvaluatie,
					versie: plan.versie
				}
			} as const;
		}
		// The trekker is someone at the table: an active member of this gezin.
		if (input.trekkerAccountId) {
			const member = db
				.select({ id: membership.id })
				.from(membership)
				.where(
					and(
						eq(membership.gezinId, plan.gezinId),
						eq(membership.accountId, input.trekkerAccountId),
						eq(membership.status, 'actief')
					)
				)
				.get();
			if (!member) return { ok: false, reason: 'not_a_member' } as const;
		}
		const versie = plan.versie + 1;
		db.update(groeiplan)
			.set({ ...input, versie })
			.where(eq(groeiplan.id, groeiplanId))
			.run();
		db.insert(groeiplanWijziging)
			.values({
				groeiplanId,
				itemId: null,
				sectie: 'regie',
				soort: 'gewijzigd',
				versie,
				snapshot: { ...input },
				zichtbaarheid: 'iedereen',
				actorId: actor.id,
				actorName: actor.name,
				at
			})
			.run();
		return { ok: true, versie } as const;
	});
}
