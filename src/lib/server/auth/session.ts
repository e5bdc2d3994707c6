import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { and, eq, ne } from 'drizzle-orm';
import { getDb } from '../db';
import { account, accountRole, organisatie, session, type GlobalRole, type SessionKind } from '../db/schema';
import { hashSecret, newId, newSecret } from '../ids';
import { sessionPolicy } from '../config';
import { closeAccountStreams, closeSessionStreams } from '../live-streams';

/**
 * Sessions after Lucia's current session guide: the cookie holds `id.secret`; the database keeps
 * only SHA-256(secret), compared in constant time. A session ends after inactivity or at its
 * absolute lifetime, whichever comes first; both depend on the kind of account.
 */

export interface SessionAccount {
	id: string;
	username: string;
	displayName: string;
	email: string | null;
	roles: GlobalRole[];
	organisatieId: string | null;
	organisatieNaam: string | null;
}

export interface ActiveSession {
	id: string;
	accountId: string;
	kind: SessionKind;
	createdAt: Date;
	lastActiveAt: Date;
	expiresAt: Date;
}

/** Refresh `last_active_at` at most this often, so reading pages does not write on every request. */
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

export function sessionKindFor(roles: readonly GlobalRole[]): SessionKind {
	return roles.length > 0 ? 'professional' : 'family';
}

export function sessionExpiresAt(kind: SessionKind, createdAt: Date, lastActiveAt: Date): Date {
	const policy = sessionPolicy[kind];
	return new Date(Math.min(lastActiveAt.getTime() + policy.idleMs(), createdAt.getTime() + policy.maxMs()));
}

export function createSession(
	accountId: string,
	kind: SessionKind,
	userAgent: string
): { token: string; session: ActiveSession } {
	const id = newId();
	const secret = newSecret();
	const now = new Date();
	getDb()
		.insert(session)
		.values({
			id,
			accountId,
			secretHash: hashSecret(secret),
			kind,
			createdAt: now,
			lastActiveAt: now,
			userAgent: userAgent.slice(0, 300)
		})
		.run();
	return {
		token: `${id}.${secret}`,
		session: { id, accountId, kind, createdAt: now, lastActiveAt: now, expiresAt: sessionExpiresAt(kind, now, now) }
	};
}

export function loadAccount(accountId: string): SessionAccount | null {
	const db = getDb();
	const row = db
		.select({
			id: account.id,
			username: account.username,
			displayName: account.displayName,
			email: account.email,
			organisatieId: account.organisatieId,
			organisatieNaam: organisatie.naam
		})
		.from(account)
		.leftJoin(organisatie, eq(organisatie.id, account.organisatieId))
		.where(eq(account.id, accountId))
		.get();
	if (!row) return null;
	const roles = db
		.select({ role: accountRole.role })
		.from(accountRole)
		.where(eq(accountRole.accountId, accountId))
		.all();
	return { ...row, roles: roles.map((r) => r.role) };
}

export function validateSessionToken(
	token: string,
	now = new Date()
): { session: ActiveSession; account: SessionAccount } | null {
	const parts = token.split('.');
	if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 200) return null;
	const [id, secret] = parts as [string, string];
	const db = getDb();
	const row = db.select().from(session).where(eq(session.id, id)).get();
	if (!row) return null;
	if (!constantTimeEqual(hashSecret(secret), row.secretHash)) return null;
	const expiresAt = sessionExpiresAt(row.kind, row.createdAt, row.lastActiveAt);
	if (now.getTime() >= expiresAt.getTime()) {
		invalidateSession(id);
		return null;
	}
	const acc = loadAccount(row.accountId);
	if (!acc) return null;
	let lastActiveAt = row.lastActiveAt;
	if (now.getTime() - lastActiveAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
		lastActiveAt = now;
		db.update(session).set({ lastActiveAt: now }).where(eq(session.id, id)).run();
	}
	return {
		session: {
			id,
			accountId: row.accountId,
			kind: row.kind,
			createdAt: row.createdAt,
			lastActiveAt,
			expiresAt: sessionExpiresAt(row.kind, row.createdAt, lastActiveAt)
		},
		account: acc
	};
}

/** Whether this session still exists and has not expired (live streams ask this before every event). */
export function isSessionActive(sessionId: string, now = new Date()): boolean {
	const row = getDb()
		.select({ kind: session.kind, createdAt: session.createdAt, lastActiveAt: session.lastActiveAt })
		.from(session)
		.where(eq(session.id, sessionId))
		.get();
	return !!row && now.getTime() < sessionExpiresAt(row.kind, row.createdAt, row.lastActiveAt).getTime();
}

/** Ending a session also ends its live streams at once. */
export function invalidateSession(sessionId: string): void {
	getDb().delete(session).where(eq(session.id, sessionId)).run();
	closeSessionStreams(sessionId);
}

/** Ends one session of this account (not someone else's). Returns whether one was ended. */
export function invalidateOwnSession(accountId: string, sessionId: string): boolean {
	const ended =
		getDb()
			.delete(session)
			.where(and(eq(session.id, sessionId), eq(session.accountId, accountId)))
			.run().changes > 0;
	if (ended) closeSessionStreams(sessionId);
	return ended;
}

export function invalidateAllSessions(accountId: string, exceptSessionId?: string): number {
	const where = exceptSessionId
		? and(eq(session.accountId, accountId), ne(session.id, exceptSessionId))
		: eq(session.accountId, accountId);
	const ended = getDb().delete(session).where(where).run().changes;
	closeAccountStreams(accountId, exceptSessionId);
	return ended;
}

export function listSessions(accountId: string): Array<ActiveSession & { userAgent: string }> {
	const now = Date.now();
	return getDb()
		.select()
		.from(session)
		.where(eq(session.accountId, accountId))
		.all()
		.map((row) => ({
			id: row.id,
			accountId: row.accountId,
			kind: row.kind,
			createdAt: row.createdAt,
			lastActiveAt: row.lastActiveAt,
			expiresAt: sessionExpiresAt(row.kind, row.createdAt, row.lastActiveAt),
			userAgent: row.userAgent
		}))
		.filter((s) => s.expiresAt.getTime() > now)
		.sort((a, b) => b.lastActiveAt.getTime() - a.lastActiveAt.getTime());
}
