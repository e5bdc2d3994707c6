import { test, login, expectAccessible, ids, type DemoUser } from './fixtures';
import { everyPage } from './pages';
import { expect } from '@playwright/test';

/** Every page of the app, plus the pages people meet when something is off. */
const pages = (): Array<[DemoUser | null, string]> => [
	...everyPage(),
	[null, '/bestaat-niet'],
	['collega', `/gezinnen/${ids().deBoer}`]
];

const viewports = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'tablet landscape', width: 1180, height: 820 },
	{ name: 'desktop', width: 1440, height: 900 }
];

/**
 * One test per size and account (not one per size), so the workers share them out evenly. Pages
 * made for paper (…/afdrukken, …/agenda) are checked at desktop size only: they are laid out for
 * A4, not for a phone.
 */
const forPaper = (path: string) => /\/(afdrukken|agenda)(\?|$)/.test(path);
const accounts = (): Array<DemoUser | null> => [...new Set(pages().map(([user]) => user))];
const ACCOUNTS: Array<DemoUser | null> = [
	null,
	'ouder',
	'oma',
	'wijkteam',
	'jeugdbeschermer',
	'trainer',
	'beheerder',
	'collega'
];

test('every account with pages to check has its own axe tests', () => {
	expect(accounts().filter((a) => !ACCOUNTS.includes(a))).toEqual([]);
});

/**
 * Accounts with many pages are checked in parts (every PARTS-th page), so that no single test
 * holds up the end of the run while the other worker idles.
 */
const PARTS: Partial<Record<DemoUser, number>> = { ouder: 3, wijkteam: 2, oma: 2 };

for (const viewport of viewports) {
	for (const user of ACCOUNTS) {
		const parts = (user && PARTS[user]) || 1;
		for (let part = 0; part < parts; part++) {
			test(`axe finds nothing on any page (${viewport.name}, ${user ?? 'anoniem'}${parts > 1 ? `, part ${part + 1} of ${parts}` : ''})`, async ({
				browser,
				clientIp
			}) => {
				test.setTimeout(150_000);
				const paths = pages()
					.filter(([u, path]) => u === user && (viewport.name === 'desktop' || !forPaper(path)))
					.map(([, path]) => path)
					.filter((_, i) => i % parts === part);
				expect(paths.length).toBeGreaterThan(0);
				const page = await (
					await browser.newContext({ viewport, extraHTTPHeaders: { 'x-forwarded-for': clientIp } })
				).newPage();
				if (user) await login(page, user);
				for (const path of paths) {
					await page.goto(path);
					await expect(page.locator('h1')).toBeVisible();
					await expectAccessible(page);
				}
			});
		}
	}
}

test('English pages pass axe too', async ({ page }) => {
	await login(page, 'ouder');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	for (const path of [
		`/gezinnen/${ids().deBoer}`,
		`/gezinnen/${ids().deBoer}/toegang`,
		`/gezinnen/${ids().deBoer}/bekeken`,
		'/account'
	]) {
		await page.goto(path);
		await expectAccessible(page);
	}
});
