import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './server/security-headers.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Runes forced in our own components (as the sv templates do); libraries decide for themselves.
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) => (filename.includes('node_modules') ? undefined : { runes: true })
	},
	kit: {
		adapter: adapter(),
		// CSRF origin check stays on (the default); say so explicitly so nobody turns it off by accident.
		csrf: { trustedOrigins: [] },
		// The policy itself is in server/security-headers.js, shared with the hooks and the server.
		csp: { mode: 'auto', directives: cspDirectives }
	}
};

export default config;
