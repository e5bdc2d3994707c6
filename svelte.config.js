import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './server/security-headers.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// CSRF origin check stays on (the default); say so explicitly so nobody turns it off by accident.
		csrf: { trustedOrigins: [] },
		// The policy itself is in server/security-headers.js, shared with the hooks and the server.
		csp: { mode: 'auto', directives: cspDirectives }
	}
};

export default config;
