import type { Cookies } from '@sveltejs/kit';

/**
 * Over HTTPS (production behind TLS, ORIGIN=https://…) the cookie is Secure and `__Host-`
 * prefixed: bound to this host, path `/`, never sent in clear. On plain http://localhost
 * (development, tests) browsers refuse both, so the plain name is used there.
 */
export function sessionCookieName(url: URL): string {
	return isSecure(url) ? '__Host-aan-tafel-sessie' : 'aan-tafel-sessie';
}

export function isSecure(url: URL): boolean {
	return url.protocol === 'https:';
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName(url), token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url),
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName(url), { httpOnly: true, sameSite: 'lax', secure: isSecure(url), path: '/' });
}
