/**
 * A person on a slow connection taps "add" before the page's script has loaded: the browser opens
 * the form natively. When the script arrives and the page hydrates, the form must stay open (it
 * used to close again under their fingers).
 */
import { test, expect, login, ids } from './fixtures';

const forms = [
	{ tool: 'mensen', summary: 'Iemand toevoegen', field: 'Naam, of wie het is' },
	{ tool: 'tijdlijn', summary: 'Zet een moment op de tijdlijn', field: 'Wat gebeurde er?' },
	{ tool: 'gesprekken', summary: 'Een gesprek plannen', field: 'Waar?' }
] as const;

for (const { tool, summary, field } of forms) {
	test(`the ${tool} add form opened before hydration stays open`, async ({ page }) => {
		await login(page, 'wijkteam');
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`/gezinnen/${ids().deBoer}/${tool}`, { waitUntil: 'domcontentloaded' });
		await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');

		const details = page.locator('details.add', { has: page.locator('summary', { hasText: summary }) });
		await details.locator('summary').click();
		await expect(details.getByLabel(field)).toBeVisible();
		release();
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');

		await expect(details).toHaveAttribute('open', '');
		await expect(details.getByLabel(field)).toBeVisible();
	});
}
