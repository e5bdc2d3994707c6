import type { Cookies } from '@sveltejs/kit';
import { findAccountForLogin } from '../accounts';
import { audit } from '../audit';
import { createSession, loadAccount, sessionKindFor } from './session';
import { setSessionCookie } from './cookie';
import { dummyPasswordHash, verifyPassword } from './password';
import { limits } from './rate-limit';
import { isKnownDevice, rememberDevice } from './known-device';

export type LoginResult = { ok: true; accountId: string } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterMs: number };

/**
 * Checks username-or-e-mail and password. The answer never says which of the two was wrong, and
 * an unknown name costs the same time as a wrong password. Failures slow down the IP and the
 * typed name (whether or not it exists); a browser where this account logged in before is not
 * held up by the per-name delay, so nobody can lock the owner out.
 */
export async function attemptLogin(identifier: string, password: string, ip: string, device: { cookies: Cookies; url: URL }): Promise<LoginResult> {
	const found = findAccountForLogin(identifier);
	// One key per account, whether it is named by username or by e-mail.
	const nameKey = found ? `account:${found.id}` : `name:${identifier.trim().toLowerCase()}`;
	const knownDevice = !!found && isKnownDevice(device.cookies, device.url, found.id);
	const wait = Math.max(limits.loginIp.retryAfter(ip), knownDevice ? 0 : limits.loginAccount.retryAfter(nameKey));
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait };

	// Count the attempt before the slow hash, so a burst of parallel guesses cannot all slip
	// through before the first failure is counted; a success takes it back.
	limits.loginIp.fail(ip);
	limits.loginAccount.fail(nameKey);
	const valid = found?.passwordHash
		? await verifyPassword(found.passwordHash, password)
		: (await verifyPassword(await dummyPasswordHash(), password), false);

	if (!found || !valid) {
		audit({
			actorId: found?.id ?? null,
			actorName: found?.displayName ?? '',
			action: 'account.inloggen-mislukt',
			recordType: 'account',
			recordId: found?.id ?? '',
			// Never what was typed: people sometimes type their password in the name field.
			detail: found ? '' : 'onbekende naam',
			ip
		});
		return { ok: false, reason: 'invalid' };
	}
	limits.loginIp.forgive(ip);
	limits.loginAccount.reset(nameKey);
	return { ok: true, accountId: found.id };
}

/**
 * A fresh session at every login (no session fixation), cookie set, login audited, and this
 * browser remembered as a device of the account.
 */
export function startSession(cookies: Cookies, url: URL, accountId: string, userAgent: string, ip: string): void {
	const account = loadAccount(accountId);
	if (!account) throw new Error('account vanished during login');
	rememberDevice(cookies, url, accountId);
	const { token, session } = createSession(accountId, sessionKindFor(account.roles), userAgent);
	setSessionCookie(cookies, url, token, session.expiresAt);
	audit({ actorId: account.id, actorName: account.displayName, action: 'account.ingelogd', recordType: 'session', recordId: session.id, ip });
}
