/**
 * The security headers of every response, in one place. Used by svelte.config.js (the CSP that
 * SvelteKit puts on its pages, with a nonce per page), by src/hooks.server.ts (every answer that
 * passes the hooks) and by server/index.js (what adapter-node answers before the hooks: the static
 * and _app/immutable files, their 404s, the CSRF refusal).
 */

/** Content-Security-Policy directives, as SvelteKit's `kit.csp.directives` takes them. */
export const cspDirectives = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'form-action': ['self'],
	'frame-ancestors': ['none'],
	'base-uri': ['self'],
	'object-src': ['none']
};

const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-inline',
	'unsafe-eval',
	'strict-dynamic',
	'unsafe-hashes',
	'report-sample',
	'wasm-unsafe-eval'
]);

/** The same policy as a header value (no nonce: for answers that carry no script of ours). */
export const cspHeader = Object.entries(cspDirectives)
	.map(([name, values]) => [name, ...values.map((v) => (KEYWORDS.has(v) ? `'${v}'` : v))].join(' '))
	.join('; ');

/** Headers every response carries. HSTS and Cache-Control depend on the request: see the hooks. */
export const baseHeaders = {
	'Content-Security-Policy': cspHeader,
	'X-Content-Type-Options': 'nosniff',
	// Invitation and password links hold a secret in the path: never send a Referer to another
	// site. Not `no-referrer`: browsers then send `Origin: null` on plain form posts, which the
	// CSRF check rightly refuses, and forms must work without JavaScript.
	'Referrer-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin'
};
