import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from './db';
import { account, accountRole, gezin, groeiplan, invite, membership, organisatie, session } from './db/schema';
import { newId } from './ids';

export function createGezin(naam: string, professionalId: string, relatie: string): string {
	const db = getDb();
	const id = newId();
	const now = new Date();
	db.transaction((tx) => {
		tx.insert(gezin).values({ id, naam: naam.trim(), createdBy: professionalId, createdAt: now }).run();
		tx.insert(groeiplan).values({ id: newId(), gezinId: id, createdAt: now }).run();
		tx.insert(membership)
			.values({
				id: newId(),
				gezinId: id,
				accountId: professionalId,
				role: 'professional',
				relatie: relatie.trim(),
				status: 'actief',
				approvedBy: professionalId,
				createdAt: now,
				approvedAt: now
			})
			.run();
	});
	return id;
}

/** Ids are random: a syntactically odd id is simply not found. */
export function getGezin(gezinId: string) {
	if (!gezinId || gezinId.length > 64) return undefined;
	return getDb()
		.select({
			id: gezin.id,
			naam: gezin.naam,
			createdBy: gezin.createdBy,
			createdAt: gezin.createdAt,
			groeiplanCreatedAt: groeiplan.createdAt
		})
		.from(gezin)
		.leftJoin(groeiplan, eq(groeiplan.gezinId, gezin.id))
		.where(eq(gezin.id, gezinId))
		.get();
}

export function membershipOf(gezinId: string, accountId: string) {
	return getDb()
		.select()
		.from(membership)
		.where(and(eq(membership.gezinId, gezinId), eq(membership.accountId, accountId)))
		.get();
}

/** The gezinnen an account has access to now. */
export function listGezinnenFor(accountId: string) {
	return getDb()
		.select({
			id: gezin.id,
			naam: gezin.naam,
			role: membership.role,
			relatie: membership.relatie,
			waiting: sql<number>`(SELECT count(*) FROM ${membership} w WHERE w.gezin_id = ${gezin.id} AND w.status = 'wacht')`
		})
		.from(membership)
		.innerJoin(gezin, eq(gezin.id, membership.gezinId))
		.where(and(eq(membership.accountId, accountId), eq(membership.status, 'actief')))
		.orderBy(asc(gezin.naam))
		.all();
}

/** Gezinnen where this account accepted an invitation and waits for the family's yes. */
export function listWaitingFor(accountId: string) {
	return getDb()
		.select({ id: gezin.id, naam: gezin.naam, relatie: membership.relatie })
		.from(membership)
		.innerJoin(gezin, eq(gezin.id, membership.gezinId))
		.where(and(eq(membership.accountId, accountId), eq(membership.status, 'wacht')))
		.orderBy(asc(gezin.naam))
		.all();
}

export function listMembers(gezinId: string) {
	return getDb()
		.select({
			id: membership.id,
			accountId: membership.accountId,
			displayName: account.displayName,
			organisatieNaam: organisatie.naam,
			role: membership.role,
			gezinsrol: membership.gezinsrol,
			relatie: membership.relatie,
			status: membership.status,
			createdAt: membership.createdAt
		})
		.from(membership)
		.innerJoin(account, eq(account.id, membership.accountId))
		.leftJoin(organisatie, eq(organisatie.id, account.organisatieId))
		.where(eq(membership.gezinId, gezinId))
		.orderBy(asc(membership.createdAt))
		.all();
}

function membershipInGezin(gezinId: string, membershipId: string) {
	if (!membershipId || membershipId.length > 64) return undefined;
	return getDb()
		.select()
		.from(membership)
		.where(and(eq(membership.id, membershipId), eq(membership.gezinId, gezinId)))
		.get();
}

export type DecideResult = { ok: true; accountId: string; relatie: string } | { ok: false; reason: 'not_found' };

/** The family says yes: a waiting membership becomes access. */
export function approveMembership(gezinId: string, membershipId: string, approverId: string): DecideResult {
	const row = membershipInGezin(gezinId, membershipId);
	if (!row || row.status !== 'wacht') return { ok: false, reason: 'not_found' };
	getDb()
		.update(membership)
		.set({ status: 'actief', approvedBy: approverId, approvedAt: new Date() })
		.where(and(eq(membership.id, row.id), eq(membership.status, 'wacht')))
		.run();
	return { ok: true, accountId: row.accountId, relatie: row.relatie };
}

export function refuseMembership(gezinId: string, membershipId: string, actorId: string): DecideResult {
	const row = membershipInGezin(gezinId, membershipId);
	if (!row || row.status !== 'wacht') return { ok: false, reason: 'not_found' };
	getDb()
		.update(membership)
		.set({ status: 'beeindigd', endedBy: actorId, endedAt: new Date() })
		.where(and(eq(membership.id, row.id), eq(membership.status, 'wacht')))
		.run();
	return { ok: true, accountId: row.accountId, relatie: row.relatie };
}

export function findMembership(gezinId: string, membershipId: string) {
	return membershipInGezin(gezinId, membershipId);
}

export type EndResult =
	{ ok: true; accountId: string; relatie: string } | { ok: false; reason: 'not_found' | 'would_orphan' };

/**
 * Ends someone's access at once, with the invitations they made here. A gezin always keeps at
 * least one family member or the professional who created it. When the person has no other
 * access left and no global role, their sessions end too.
 */
export function endAccess(gezinId: string, membershipId: string, actorId: string): EndResult {
	const db = getDb();
	return db.transaction((tx) => {
		const row = tx
			.select()
			.from(membership)
			.where(and(eq(membership.id, membershipId), eq(membership.gezinId, gezinId)))
			.get();
		if (!row || row.status === 'beeindigd') return { ok: false, reason: 'not_found' } as const;
		const g = tx.select({ createdBy: gezin.createdBy }).from(gezin).where(eq(gezin.id, gezinId)).get();
		const remaining = tx
			.select({ accountId: membership.accountId, role: membership.role })
			.from(membership)
			.where(and(eq(membership.gezinId, gezinId), eq(membership.status, 'actief'), sql`${membership.id} <> ${row.id}`))
			.all();
		const keepsAnchor = remaining.some(
			(m) => m.role === 'gezin' || (m.role === 'professional' && m.accountId === g?.createdBy)
		);
		if (row.status === 'actief' && !keepsAnchor) return { ok: false, reason: 'would_orphan' } as const;
		const now = new Date();
		tx.update(membership)
			.set({ status: 'beeindigd', endedBy: actorId, endedAt: now })
			.where(eq(membership.id, row.id))
			.run();
		// Invitations this person made for this gezin stop working with their access.
		tx.update(invite)
			.set({ revokedAt: now })
			.where(
				and(
					eq(invite.gezinId, gezinId),
					eq(invite.createdBy, row.accountId),
					isNull(invite.usedAt),
					isNull(invite.revokedAt)
				)
			)
			.run();
		const otherAccess = tx
			.select({ id: membership.id })
			.from(membership)
			.where(and(eq(membership.accountId, row.accountId), sql`${membership.status} <> 'beeindigd'`))
			.get();
		const hasRole = tx
			.select({ role: accountRole.role })
			.from(accountRole)
			.where(eq(accountRole.accountId, row.accountId))
			.get();
		if (!otherAccess && !hasRole) tx.delete(session).where(eq(session.accountId, row.accountId)).run();
		return { ok: true, accountId: row.accountId, relatie: row.relatie } as const;
	});
}
