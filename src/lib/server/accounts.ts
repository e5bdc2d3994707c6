import { eq, or, sql, asc } from 'drizzle-orm';
import { getDb } from './db';
import {
	account,
	accountRole,
	membership,
	organisatie,
	passwordLink,
	type GlobalRole,
	type MemberRole
} from './db/schema';
import { passwordLinkAllowedFor, type PasswordLinkFacts } from './access';
import { hashSecret, newId, newSecret } from './ids';
import { PASSWORD_LINK_LIFETIME_MS } from './config';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export function normalizeUsername(raw: string): string {
	return raw.trim().toLowerCase();
}

export function usernameTaken(username: string): boolean {
	return !!getDb()
		.select({ id: account.id })
		.from(account)
		.where(eq(account.username, normalizeUsername(username)))
		.get();
}

export function emailTaken(email: string): boolean {
	return !!getDb().select({ id: account.id }).from(account).where(eq(account.email, email.trim().toLowerCase())).get();
}

/** Login accepts a username or an e-mail address, case-insensitively. */
export function findAccountForLogin(identifier: string) {
	const id = identifier.trim().toLowerCase();
	if (!id) return undefined;
	return getDb()
		.select({
			id: account.id,
			username: account.username,
			displayName: account.displayName,
			passwordHash: account.passwordHash
		})
		.from(account)
		.where(or(eq(account.username, id), eq(account.email, id)))
		.get();
}

export interface NewAccount {
	username: string;
	displayName: string;
	email?: string | null;
	passwordHash?: string | null;
	organisatieId?: string | null;
	roles?: readonly GlobalRole[];
}

/** Creates the account; call inside a transaction when more rows belong with it. */
export function createAccount(input: NewAccount): string {
	const db = getDb();
	const id = newId();
	db.insert(account)
		.values({
			id,
			username: normalizeUsername(input.username),
			displayName: input.displayName.trim(),
			email: input.email ? input.email.trim().toLowerCase() : null,
			passwordHash: input.passwordHash ?? null,
			organisatieId: input.organisatieId ?? null,
			createdAt: new Date()
		})
		.run();
	for (const role of new Set(input.roles ?? [])) db.insert(accountRole).values({ accountId: id, role }).run();
	return id;
}

export function setPasswordHash(accountId: string, passwordHash: string): void {
	getDb().update(account).set({ passwordHash }).where(eq(account.id, accountId)).run();
}

export function setDisplayName(accountId: string, displayName: string): void {
	getDb().update(account).set({ displayName: displayName.trim() }).where(eq(account.id, accountId)).run();
}

export function listAccounts() {
	const db = getDb();
	const rows = db
		.select({
			id: account.id,
			username: account.username,
			displayName: account.displayName,
			email: account.email,
			hasPassword: sql<number>`${account.passwordHash} IS NOT NULL`,
			organisatieNaam: organisatie.naam,
			roles: sql<
				string | null
			>`(SELECT group_concat(role, ',') FROM ${accountRole} WHERE ${accountRole.accountId} = ${account.id})`
		})
		.from(account)
		.leftJoin(organisatie, eq(organisatie.id, account.organisatieId))
		.orderBy(asc(account.username))
		.all();
	return rows.map((r) => ({
		...r,
		hasPassword: !!r.hasPassword,
		roles: (r.roles ? r.roles.split(',') : []) as GlobalRole[]
	}));
}

/** The name an account goes by now, for the audit log ('' when it is gone). */
export function displayNameOf(accountId: string): string {
	return (
		getDb().select({ displayName: account.displayName }).from(account).where(eq(account.id, accountId)).get()
			?.displayName ?? ''
	);
}

export function accountExists(accountId: string): boolean {
	return !!getDb().select({ id: account.id }).from(account).where(eq(account.id, accountId)).get();
}

/** What decides whether a password link may be made for this account (see access.ts). */
export function passwordLinkFacts(accountId: string): PasswordLinkFacts {
	const db = getDb();
	const globalRoles = db
		.select({ role: accountRole.role })
		.from(accountRole)
		.where(eq(accountRole.accountId, accountId))
		.all()
		.map((r) => r.role);
	const memberRoles: MemberRole[] = db
		.select({ role: membership.role })
		.from(membership)
		.where(sql`${membership.accountId} = ${accountId} AND ${membership.status} <> 'beeindigd'`)
		.all()
		.map((r) => r.role);
	return { globalRoles, memberRoles };
}

export class PasswordLinkRefused extends Error {
	constructor() {
		super('no password link for an account without a global role, or one that is family or network in a gezin');
	}
}

/**
 * A one-time, expiring link to set a password. Returns the secret token (shown once). Refuses
 * (throws PasswordLinkRefused) for family and network accounts: they come back through a new
 * invitation of their own gezin.
 */
export function createPasswordLink(
	accountId: string,
	createdBy: string | null,
	now = new Date()
): { token: string; expiresAt: Date } {
	if (!passwordLinkAllowedFor(passwordLinkFacts(accountId))) throw new PasswordLinkRefused();
	const token = newSecret();
	const expiresAt = new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MS);
	getDb()
		.insert(passwordLink)
		.values({ id: newId(), tokenHash: hashSecret(token), accountId, createdBy, createdAt: now, expiresAt })
		.run();
	return { token, expiresAt };
}

export function findPasswordLink(token: string, now = new Date()) {
	if (!token || token.length > 100) return undefined;
	const row = getDb()
		.select({
			id: passwordLink.id,
			accountId: passwordLink.accountId,
			expiresAt: passwordLink.expiresAt,
			usedAt: passwordLink.usedAt,
			username: account.username,
			displayName: account.displayName
		})
		.from(passwordLink)
		.innerJoin(account, eq(account.id, passwordLink.accountId))
		.where(eq(passwordLink.tokenHash, hashSecret(token)))
		.get();
	if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return undefined;
	// A link made before the account became family or network somewhere (or before this rule) stops working.
	if (!passwordLinkAllowedFor(passwordLinkFacts(row.accountId))) return undefined;
	return row;
}

/** Marks the link used; false when someone else used it first. */
export function consumePasswordLink(linkId: string, now = new Date()): boolean {
	return (
		getDb()
			.update(passwordLink)
			.set({ usedAt: now })
			.where(
				sql`${passwordLink.id} = ${linkId} AND ${passwordLink.usedAt} IS NULL AND ${passwordLink.expiresAt} > ${now.getTime()}`
			)
			.run().changes === 1
	);
}
