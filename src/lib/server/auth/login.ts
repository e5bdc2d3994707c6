import type { Cookies } from '@sveltejs/kit';
import { findAccountForLogin } from '../accounts';
import { audit } from '../audit';
import { createSession, loadAccount, sessionKindFor } from './session';
import { setSessionCookie } from './cookie';
import { dummyPasswordHash, verifyPassword } from './password';
import { limits } from './rate-limit';
import { knownDeviceId, rememberDevice } from './known-device';

export type LoginResult =
	| { ok: true; accountId: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

/**
 * Checks username-or-e-mail and password. The answer never says which of the two was wrong, and
 * an unknown name costs the same time as a wrong password. Failures slow down the IP and the
 * typed name (whether or not it exists). A browser where this account logged in before (a known
 * device) is held up only by its own failures, never by the per-address or per-name delay, so
 * nobody can lock the owner out: not an attacker, not colleagues behind the same office address.
 * A success takes back only its own attempt; it never clears or restarts others' penalties.
 */
export async function attemptLogin(
	identifier: string,
	password: string,
	ip: string,
	device: { cookies: Cookies; url: URL }
): Promise<LoginResult> {
	const found = findAccountForLogin(identifier);
	// One key per account, whether it is named by username or by e-mail.
	const nameKey = found ? `account:${found.id}` : `name:${identifier.trim().toLowerCase()}`;
	const deviceId = found ? knownDeviceId(device.cookies, device.url, found.id) : null;
	const deviceKey = deviceId ? `device:${deviceId}` : null;
	const wait = deviceKey
		? limits.loginDevice.retryAfter(deviceKey)
		: Math.max(limits.loginIp.retryAfter(ip), limits.loginAccount.retryAfter(nameKey));
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait };

	// Count the attempt before the slow hash, so a burst of parallel guesses cannot all slip
	// through before the first failure is counted; a success takes it back.
	const ipFailure = deviceKey ? null : limits.loginIp.fail(ip);
	const nameFailure = deviceKey ? null : limits.loginAccount.fail(nameKey);
	if (deviceKey) limits.loginDevice.fail(deviceKey);
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
	// A known device's own earlier typos are its own to clear; others' failures stay counted.
	if (deviceKey) limits.loginDevice.reset(deviceKey);
	if (ipFailure) limits.loginIp.forgive(ipFailure);
	if (nameFailure) limits.loginAccount.forgive(nameFailure);
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
	audit({
		actorId: account.id,
		actorName: account.displayName,
		action: 'account.ingelogd',
		recordType: 'session',
		recordId: session.id,
		ip
	});
}
