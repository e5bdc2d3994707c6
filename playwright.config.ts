import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './src/cli/chromium-path';

const PORT = Number(process.env.E2E_PORT || 4173);
export const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Two workers also on a 2-core machine (Playwright's default there is one: the suite then runs in
	// series and takes minutes longer). E2E_WORKERS overrides.
	workers: Number(process.env.E2E_WORKERS) || 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Generous: axe on a busy 2-core machine can take seconds per page.
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: findChromium() ?? undefined,
			args: chromiumArgs
		}
	},
	webServer: {
		command: 'tsx tests/e2e/server.ts',
		url: `${baseURL}/basis`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			PORT: String(PORT),
			ORIGIN: baseURL,
			DATABASE_PATH: 'data/e2e.db',
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1'
		}
	}
});
