import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// Under vitest the messages are compiled beforehand (`npm run i18n`); the plugin's file
		// watcher would otherwise keep vitest from exiting.
		...(process.env.VITEST
			? []
			: [
					paraglideVitePlugin({
						project: './project.inlang',
						outdir: './src/lib/paraglide',
						strategy: ['cookie', 'baseLocale']
					})
				])
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing fails (as the sv templates do): no test can pass by not looking.
		expect: { requireAssertions: true }
	}
});
