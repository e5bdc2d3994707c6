import {
	test as base,
	expect,
	request as playwrightRequest,
	type APIRequestContext,
	type Locator,
	type Page
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { DemoIds } from '../../src/lib/server/db/seed';

export const DEMO_PASSWORD = 'demo-aan-tafel';
export const demoUsers = [
	'ouder',
	'jongere',
	'oma',
	'wijkteam',
	'jeugdbeschermer',
	'collega',
	'trainer',
	'voorzitter',
	'beheerder'
] as const;
export type DemoUser = (typeof demoUsers)[number];

let cachedIds: DemoIds | undefined;
/** Ids of the seeded demo world (written by tests/e2e/server.ts). */
export function ids(): DemoIds {
	cachedIds ??= JSON.parse(readFileSync('data/e2e-ids.json', 'utf8')) as DemoIds;
	return cachedIds;
}

let ipCounter = 0;
/**
 * Every test gets its own client address (TEST-NET ranges, never routed; only sent as a header),
 * so rate limits in one test never slow down another.
 */
export function testIp(): string {
	ipCounter += 1;
	const n = (process.pid * 7919 + ipCounter * 104729 + Math.floor(Math.random() * 1e6)) % 65000;
	return `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`;
}

export const test = base.extend<{ clientIp: string }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their (here: no) dependencies
	clientIp: async ({}, use) => {
		await use(testIp());
	},
	extraHTTPHeaders: async ({ clientIp }, use) => {
		await use({ 'x-forwarded-for': clientIp });
	}
});

export { expect };

/** WCAG 2.x A/AA (2.0, 2.1, 2.2) with axe; fails the test on any violation. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Logs in through the real form, as a person would. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/inloggen');
	await page.getByLabel('Gebruikersnaam of e-mail').fill(username);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).last().click();
	await expect(page).not.toHaveURL(/\/inloggen/);
}

/**
 * An HTTP client logged in as a demo account (or anonymous), for requests without a browser.
 * It asks for HTML as a browser does: with `Accept: *\/*` SvelteKit would answer form posts as JSON.
 */
export async function apiAs(baseURL: string, username: DemoUser | null, ip = testIp()): Promise<APIRequestContext> {
	const ctx = await playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: { 'x-forwarded-for': ip, accept: 'text/html' },
		maxRedirects: 0
	});
	if (username) {
		const res = await ctx.post('/inloggen', {
			form: { gebruikersnaam: username, wachtwoord: DEMO_PASSWORD },
			headers: { origin: baseURL }
		});
		expect(res.status(), `login as ${username}`).toBe(303);
	}
	return ctx;
}

/** The printed PDF of a page: the size of its first sheet in points (A4 portrait ≈ 595 × 842) and its number of sheets. */
export async function printedPdf(page: Page): Promise<{ width: number; height: number; pages: number }> {
	const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
	// The first page object (Chromium writes them in order) and its MediaBox.
	const firstPage = /\d+ 0 obj\s*<<\s*\/Type\s*\/Page[^s][\s\S]*?endobj/.exec(pdf)?.[0] ?? '';
	const mediaBox = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/;
	const box = mediaBox.exec(firstPage) ?? mediaBox.exec(pdf);
	expect(box, 'a MediaBox in the PDF').not.toBeNull();
	return {
		width: Number(box![3]) - Number(box![1]),
		height: Number(box![4]) - Number(box![2]),
		pages: (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length
	};
}

/**
 * Opens the "Iemand toevoegen" form of the people page or the keukentafel, as a person taps its
 * summary (before or after hydration: the page keeps it open either way), and waits until they can
 * type in it.
 */
export async function openAddForm(page: Page): Promise<Locator> {
	const details = page.locator('details.add');
	const form = details.locator('form');
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
	await expect(form.getByLabel('Naam, of wie het is')).toBeVisible();
	return form;
}
