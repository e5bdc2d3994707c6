import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { getDb } from './db';
import { account, gezin, invite, membership, type Gezinsrol, type MemberRole } from './db/schema';
import { hashSecret, newId, newSecret } from './ids';
import { INVITE_LIFETIME_MS } from './config';
import { can } from './access';
import { nameTakenInGezin } from './display-names';

export interface NewInvite {
	gezinId: string;
	role: MemberRole;
	gezinsrol: Gezinsrol | null;
	relatie: string;
	naam: string;
	createdBy: string;
}

export function createInvite(input: NewInvite, now = new Date()): { id: string; token: string; expiresAt: Date } {
	const token = newSecret();
	const id = newId();
	const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
	getDb()
		.insert(invite)
		.values({
			id,
			tokenHash: hashSecret(token),
			gezinId: input.gezinId,
			role: input.role,
			gezinsrol: input.role === 'gezin' ? input.gezinsrol : null,
			relatie: input.relatie.trim(),
			naam: input.naam.trim(),
			createdBy: input.createdBy,
			createdAt: now,
			expiresAt
		})
		.run();
	return { id, token, expiresAt };
}

/** Invitations that can still be used. */
export function listOpenInvites(gezinId: string, now = new Date()) {
	return getDb()
		.select({
			id: invite.id,
			role: invite.role,
			gezinsrol: invite.gezinsrol,
			relatie: invite.relatie,
			naam: invite.naam,
			createdBy: invite.createdBy,
			createdByName: account.displayName,
			createdByRelatie: membership.relatie,
			expiresAt: invite.expiresAt
		})
		.from(invite)
		.innerJoin(account, eq(account.id, invite.createdBy))
		.leftJoin(membership, and(eq(membership.gezinId, invite.gezinId), eq(membership.accountId, invite.createdBy)))
		.where(and(eq(invite.gezinId, gezinId), isNull(invite.usedAt), isNull(invite.revokedAt), gt(invite.expiresAt, now)))
		.orderBy(asc(invite.createdAt))
		.all();
}

export function findOpenInvite(gezinId: string, inviteId: string, now = new Date()) {
	if (!inviteId || inviteId.length > 64) return undefined;
	return getDb()
		.select()
		.from(invite)
		.where(
			and(
				eq(invite.id, inviteId),
				eq(invite.gezinId, gezinId),
				isNull(invite.usedAt),
				isNull(invite.revokedAt),
				gt(invite.expiresAt, now)
			)
		)
		.get();
}

export function revokeInvite(inviteId: string, now = new Date()): boolean {
	return (
		getDb()
			.update(invite)
			.set({ revokedAt: now })
			.where(and(eq(invite.id, inviteId), isNull(invite.usedAt), isNull(invite.revokedAt)))
			.run().changes === 1
	);
}

export type InviteLookup =
	{ ok: true; invite: typeof invite.$inferSelect; gezinNaam: string; invitedByName: string } | { ok: false };

/** Finds a usable invitation by its secret token. Used, revoked, expired and unknown look the same. */
export function findInviteByToken(token: string, now = new Date()): InviteLookup {
	if (!token || token.length > 100) return { ok: false };
	const row = getDb()
		.select({ invite, gezinNaam: gezin.naam, invitedByName: account.displayName })
		.from(invite)
		.innerJoin(gezin, eq(gezin.id, invite.gezinId))
		.innerJoin(account, eq(account.id, invite.createdBy))
		.where(eq(invite.tokenHash, hashSecret(token)))
		.get();
	if (!row || row.invite.usedAt || row.invite.revokedAt || row.invite.expiresAt.getTime() <= now.getTime())
		return { ok: false };
	return { ok: true, ...row };
}

export type AcceptResult =
	| { ok: true; status: 'actief' | 'wacht'; gezinId: string; membershipId: string }
	| { ok: false; reason: 'gone' | 'already_member' | 'name_taken' };

/**
 * Uses the invitation (once) and gives the account a membership. Access starts at once when an
 * ouder/verzorger made the invitation, or when it brings the first family member into the gezin;
 * otherwise (a professional's, a jeugdige's) an ouder must say yes first. Nobody joins under the
 * name of someone already at this table.
 */
export function acceptInvite(inviteId: string, accountId: string, now = new Date()): AcceptResult {
	const db = getDb();
	return db.transaction((tx) => {
		const inv = tx.select().from(invite).where(eq(invite.id, inviteId)).get();
		if (!inv) return { ok: false, reason: 'gone' } as const;
		const existing = tx
			.select()
			.from(membership)
			.where(and(eq(membership.gezinId, inv.gezinId), eq(membership.accountId, accountId)))
			.get();
		if (existing && existing.status !== 'beeindigd') return { ok: false, reason: 'already_member' } as const;
		const me = tx.select({ displayName: account.displayName }).from(account).where(eq(account.id, accountId)).get();
		if (!me || nameTakenInGezin(inv.gezinId, me.displayName, accountId))
			return { ok: false, reason: 'name_taken' } as const;
		const used = tx
			.update(invite)
			.set({ usedAt: now, usedBy: accountId })
			.where(and(eq(invite.id, inviteId), isNull(invite.usedAt), isNull(invite.revokedAt), gt(invite.expiresAt, now)))
			.run();
		if (used.changes !== 1) return { ok: false, reason: 'gone' } as const;

		const activeFamily = tx
			.select({ accountId: membership.accountId })
			.from(membership)
			.where(and(eq(membership.gezinId, inv.gezinId), eq(membership.role, 'gezin'), eq(membership.status, 'actief')))
			.all();
		const inviter =
			tx
				.select({
					accountId: membership.accountId,
					role: membership.role,
					status: membership.status,
					gezinsrol: membership.gezinsrol
				})
				.from(membership)
				.where(and(eq(membership.gezinId, inv.gezinId), eq(membership.accountId, inv.createdBy)))
				.get() ?? null;
		const madeByOuder = can({ id: inv.createdBy, roles: [] }, 'gezin.admitAtOnce', { membership: inviter });
		const firstFamilyMember = inv.role === 'gezin' && activeFamily.length === 0;
		const status = madeByOuder || firstFamilyMember ? 'actief' : 'wacht';
		const values = {
			role: inv.role,
			gezinsrol: inv.gezinsrol,
			relatie: inv.relatie,
			status,
			invitedBy: inv.createdBy,
			approvedBy: status === 'actief' ? inv.createdBy : null,
			approvedAt: status === 'actief' ? now : null,
			endedBy: null,
			endedAt: null,
			createdAt: now
		} as const;
		let membershipId: string;
		if (existing) {
			membershipId = existing.id;
			tx.update(membership).set(values).where(eq(membership.id, existing.id)).run();
		} else {
			membershipId = newId();
			tx.insert(membership)
				.values({ id: membershipId, gezinId: inv.gezinId, accountId, ...values })
				.run();
		}
		return { ok: true, status, gezinId: inv.gezinId, membershipId } as const;
	});
}
