import type { Cookies } from '@sveltejs/kit';
import { findAccountForLogin } from '../accounts';
import { audit } from '../audit';
import { createSession, loadAccount, sessionKindFor } from './session';
import { setSessionCookie } from './cookie';
import { dummyPasswordHash, verifyPassword } from './password';
import { limits, waitFor } from './rate-limit';

export type LoginResult = { ok: true; accountId: string } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterMs: number };

/**
 * Checks username-or-e-mail and password. The answer never says which of the two was wrong, and
 * an unknown name costs the same time as a wrong password. Failures slow down the IP and the
 * typed name (whether or not it exists).
 */
export async function attemptLogin(identifier: string, password: string, ip: string): Promise<LoginResult> {
	const nameKey = identifier.trim().toLowerCase();
	const wait = waitFor([
		[limits.loginIp, ip],
		[limits.loginAccount, nameKey]
	]);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait };

	const found = findAccountForLogin(identifier);
	const valid = found?.passwordHash
		? await verifyPassword(found.passwordHash, password)
		: (await verifyPassword(await dummyPasswordHash(), password), false);

	if (!found || !valid) {
		limits.loginIp.fail(ip);
		limits.loginAccount.fail(nameKey);
		audit({
			actorId: found?.id ?? null,
			actorName: found?.displayName ?? '',
			action: 'account.inloggen-mislukt',
			recordType: 'account',
			recordId: found?.id ?? '',
			detail: found ? '' : `onbekende naam: ${nameKey.slice(0, 60)}`,
			ip
		});
		return { ok: false, reason: 'invalid' };
	}
	limits.loginAccount.reset(nameKey);
	return { ok: true, accountId: found.id };
}

/** A fresh session at every login (no session fixation), cookie set, login audited. */
export function startSession(cookies: Cookies, url: URL, accountId: string, userAgent: string, ip: string): void {
	const account = loadAccount(accountId);
	if (!account) throw new Error('account vanished during login');
	const { token, session } = createSession(accountId, sessionKindFor(account.roles), userAgent);
	setSessionCookie(cookies, url, token, session.expiresAt);
	audit({ actorId: account.id, actorName: account.displayName, action: 'account.ingelogd', recordType: 'session', recordId: session.id, ip });
}
