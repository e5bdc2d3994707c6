import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { getDb } from '../db';
import { insertOrder } from '../db/order';
import { gesprek, gesprekOverdracht, gezin, membership } from '../db/schema';
import { can } from '../access';
import { inFase } from '../../gesprek/fase';
import { newId } from '../ids';
import { getGesprek } from './gesprekken';

/**
 * Warme overdracht: recorded in an 'iemand stopt' gesprek while it runs. It counts as done only
 * when the receiving professional confirms it; until then it is open for both, and the leaving
 * professional stays responsible. Confirming is not a change to the gesprek, so it also works
 * after the verslag is vastgesteld.
 */

export type Overdracht = typeof gesprekOverdracht.$inferSelect;

export interface OverdrachtInput {
	vanAccountId: string | null;
	vanNaam: string;
	naarAccountId: string;
	naarNaam: string;
	wat: string;
}

export function listOverdrachten(gesprekId: string): Overdracht[] {
	return getDb()
		.select()
		.from(gesprekOverdracht)
		.where(eq(gesprekOverdracht.gesprekId, gesprekId))
		.orderBy(asc(gesprekOverdracht.createdAt), insertOrder)
		.all();
}

export function addOverdracht(
	gezinId: string,
	gesprekId: string,
	input: OverdrachtInput,
	at = new Date()
): { ok: true; overdracht: Overdracht } | { ok: false; reason: 'fase' | 'soort' | 'not_found' } {
	const db = getDb();
	return db.transaction(() => {
		const g = getGesprek(gezinId, gesprekId);
		if (!g) return { ok: false, reason: 'not_found' } as const;
		if (g.soort !== 'stopt') return { ok: false, reason: 'soort' } as const;
		if (!inFase(g.status, 'leiden')) return { ok: false, reason: 'fase' } as const;
		const row = { id: newId(), gesprekId, gezinId, ...input, bevestigdAt: null, createdAt: at };
		db.insert(gesprekOverdracht).values(row).run();
		return { ok: true, overdracht: row } as const;
	});
}

/** Open handovers of a gezin, with the day of their gesprek. */
export function openOverdrachten(gezinId: string) {
	return getDb()
		.select({ overdracht: gesprekOverdracht, datum: gesprek.datum })
		.from(gesprekOverdracht)
		.innerJoin(gesprek, eq(gesprek.id, gesprekOverdracht.gesprekId))
		.where(
			and(eq(gesprekOverdracht.gezinId, gezinId), isNull(gesprekOverdracht.bevestigdAt), isNull(gesprek.verwijderdAt))
		)
		.orderBy(asc(gesprekOverdracht.createdAt))
		.all()
		.map((r) => ({ ...r.overdracht, datum: r.datum }));
}

export function getOverdracht(gezinId: string, id: string): Overdracht | undefined {
	if (!id || id.length > 64) return undefined;
	return getDb()
		.select()
		.from(gesprekOverdracht)
		.where(and(eq(gesprekOverdracht.id, id), eq(gesprekOverdracht.gezinId, gezinId)))
		.get();
}

/** Confirms a handover (the caller checked it is the receiving professional). Idempotent. */
export function confirmOverdracht(gezinId: string, id: string, at = new Date()): boolean {
	return (
		getDb()
			.update(gesprekOverdracht)
			.set({ bevestigdAt: at })
			.where(
				and(eq(gesprekOverdracht.id, id), eq(gesprekOverdracht.gezinId, gezinId), isNull(gesprekOverdracht.bevestigdAt))
			)
			.run().changes > 0
	);
}

/**
 * "Mijn afspraken": the open handovers this account gives or receives, over the gezinnen where it
 * has an active membership that may see handovers. Both sides see it until it is confirmed.
 */
export function mijnOpenOverdrachten(accountId: string) {
	const rows = getDb()
		.select({ overdracht: gesprekOverdracht, gezinNaam: gezin.naam, role: membership.role, status: membership.status })
		.from(gesprekOverdracht)
		.innerJoin(gesprek, eq(gesprek.id, gesprekOverdracht.gesprekId))
		.innerJoin(gezin, eq(gezin.id, gesprekOverdracht.gezinId))
		.innerJoin(
			membership,
			and(eq(membership.gezinId, gezin.id), eq(membership.accountId, accountId), eq(membership.status, 'actief'))
		)
		.where(
			and(
				isNull(gesprekOverdracht.bevestigdAt),
				isNull(gesprek.verwijderdAt),
				or(eq(gesprekOverdracht.vanAccountId, accountId), eq(gesprekOverdracht.naarAccountId, accountId))
			)
		)
		.orderBy(asc(gesprekOverdracht.createdAt))
		.all();
	const actor = { id: accountId, roles: [] };
	return rows
		.filter((r) => can(actor, 'overdracht.view', { membership: { accountId, role: r.role, status: r.status } }))
		.map(({ overdracht: o, gezinNaam }) => ({
			id: o.id,
			gezinId: o.gezinId,
			gezinNaam,
			gesprekId: o.gesprekId,
			wat: o.wat,
			/** 'ontvangen': this account takes it over and must confirm; 'geven': it stays responsible until then. */
			kant: o.naarAccountId === accountId ? ('ontvangen' as const) : ('geven' as const),
			ander: o.naarAccountId === accountId ? o.vanNaam : o.naarNaam
		}));
}
