import { test, login, expectAccessible, ids, type DemoUser } from './fixtures';
import { everyPage } from './pages';
import { expect } from '@playwright/test';

/** Every page of the app, plus the pages people meet when something is off. */
const pages = (): Array<[DemoUser | null, string]> => [...everyPage(), [null, '/bestaat-niet'], ['collega', `/gezinnen/${ids().deBoer}`]];

const viewports = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'tablet landscape', width: 1180, height: 820 },
	{ name: 'desktop', width: 1440, height: 900 }
];

for (const viewport of viewports) {
	test(`axe finds nothing on any page (${viewport.name})`, async ({ browser, clientIp }) => {
		test.setTimeout(120_000);
		const byUser = new Map<DemoUser | null, Awaited<ReturnType<typeof browser.newPage>>>();
		for (const [user, path] of pages()) {
			let page = byUser.get(user);
			if (!page) {
				page = await (await browser.newContext({ viewport, extraHTTPHeaders: { 'x-forwarded-for': clientIp } })).newPage();
				if (user) await login(page, user);
				byUser.set(user, page);
			}
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			await expectAccessible(page);
		}
	});
}

test('English pages pass axe too', async ({ page }) => {
	await login(page, 'ouder');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	for (const path of [`/gezinnen/${ids().deBoer}`, `/gezinnen/${ids().deBoer}/toegang`, `/gezinnen/${ids().deBoer}/bekeken`, '/account']) {
		await page.goto(path);
		await expectAccessible(page);
	}
});
