/**
 * The production server: adapter-node's own (build/index.js, with all its settings: PORT, HOST,
 * SOCKET_PATH, timeouts, graceful shutdown), plus the security headers on every response.
 *
 * adapter-node serves the static and _app/immutable files (and answers their 404s and a refused
 * cross-site post) before SvelteKit's hooks run, so the hooks cannot add headers there. Here the
 * headers are set first on every response; what SvelteKit sends itself (a page's CSP with its
 * nonce, for one) takes precedence, as Node merges them with the ones set here.
 */
import { server } from '../build/index.js';
import { baseHeaders } from './security-headers.js';

// Before polka's handler, for every request. No request is handled before this line runs: the
// listening socket is only served by the event loop once this module has been evaluated.
server.server.prependListener('request', (_req, res) => {
	for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
});
