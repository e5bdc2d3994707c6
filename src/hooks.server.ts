import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getHandle } from '$lib/server/db';
import { validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, sessionCookieName, setSessionCookie, isSecure } from '$lib/server/auth/cookie';
import { m } from '$lib/paraglide/messages';
import { baseHeaders } from '../server/security-headers.js';

/** Open the database and apply migrations before the first request. */
export const init: ServerInit = () => {
	getHandle();
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const auth: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName(event.url));
	const result = token ? validateSessionToken(token) : null;
	if (result) {
		event.locals.account = result.account;
		event.locals.session = result.session;
		setSessionCookie(event.cookies, event.url, token!, result.session.expiresAt);
	} else {
		event.locals.account = null;
		event.locals.session = null;
		if (token) deleteSessionCookie(event.cookies, event.url);
	}
	return resolve(event);
};

/** Pages that carry a secret in their URL are never cached either. */
const SECRET_PATHS = ['/uitnodiging/', '/wachtwoord/'];

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	// Pages have SvelteKit's CSP (with their nonce); every other answer (JSON, redirects, errors of
	// endpoints) gets the same policy without one. server/index.js does the same for static files.
	for (const [name, value] of Object.entries(baseHeaders)) if (!h.has(name)) h.set(name, value);
	if (isSecure(event.url)) h.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
	if (event.locals.account || SECRET_PATHS.some((p) => event.url.pathname.startsWith(p))) {
		h.set('Cache-Control', 'no-store');
	}
	return response;
};

export const handle = sequence(i18n, auth, securityHeaders);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: m.error_unexpected() };
};
