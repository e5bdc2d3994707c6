import type { Cookies } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../db';
import { knownDevice } from '../db/schema';
import { hashSecret, newId, newSecret } from '../ids';
import { isSecure } from './cookie';

/**
 * Device cookies (OWASP): after a successful login the browser gets a long-lived random token.
 * A login attempt that carries the token of the account it names is not slowed down by the
 * per-account or the per-address limit, only by its own failures (see login.ts), so failures
 * elsewhere (an attacker, or colleagues behind the same office address) never lock out the owner
 * on their own phone.
 */
const YEAR_MS = 365 * 24 * 3600_000;

export function deviceCookieName(url: URL): string {
	return isSecure(url) ? '__Host-aan-tafel-apparaat' : 'aan-tafel-apparaat';
}

/** The stored id of this browser as a device of the account, or null when it is not one. */
export function knownDeviceId(cookies: Cookies, url: URL, accountId: string): string | null {
	const token = cookies.get(deviceCookieName(url));
	if (!token || token.length > 100) return null;
	const row = getDb()
		.select({ id: knownDevice.id })
		.from(knownDevice)
		.where(and(eq(knownDevice.tokenHash, hashSecret(token)), eq(knownDevice.accountId, accountId)))
		.get();
	return row?.id ?? null;
}

export function isKnownDevice(cookies: Cookies, url: URL, accountId: string): boolean {
	return knownDeviceId(cookies, url, accountId) !== null;
}

export function rememberDevice(cookies: Cookies, url: URL, accountId: string): void {
	if (isKnownDevice(cookies, url, accountId)) return;
	const token = newSecret();
	getDb()
		.insert(knownDevice)
		.values({ id: newId(), accountId, tokenHash: hashSecret(token), createdAt: new Date() })
		.run();
	cookies.set(deviceCookieName(url), token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url),
		path: '/',
		expires: new Date(Date.now() + YEAR_MS)
	});
}
