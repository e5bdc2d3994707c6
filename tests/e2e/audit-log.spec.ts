/**
 * The family's log "Wie heeft ons plan bekeken?": refused attempts and the table screen show up,
 * and the page says how many rows there are and pages through them with plain links.
 */
import type { Browser, Page } from '@playwright/test';
import { test, expect, login, ids } from './fixtures';

async function pageAs(browser: Browser, ip: string, user: string): Promise<Page> {
	const page = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
	await login(page, user);
	return page;
}

test('someone without access who tries De Boer gets the 404 of a gezin that does not exist, and Sanne sees the attempt', async ({
	browser,
	clientIp
}) => {
	const ayse = await pageAs(browser, clientIp, 'collega');
	const missing = await ayse.goto('/gezinnen/bestaat-niet-0000');
	expect(missing?.status()).toBe(404);
	const missingText = await ayse.getByRole('main').innerText();
	const real = await ayse.goto(`/gezinnen/${ids().deBoer}/groeiplan`);
	expect(real?.status()).toBe(404);
	expect(await ayse.getByRole('main').innerText()).toBe(missingText);

	const sanne = await pageAs(browser, clientIp, 'ouder');
	await sanne.goto(`/gezinnen/${ids().deBoer}/bekeken`);
	await expect(sanne.getByRole('heading', { level: 1 })).toHaveText('Wie heeft ons plan bekeken?');
	const row = sanne.getByRole('row').filter({ hasText: 'Ayse Kaya' }).first();
	await expect(row).toContainText('probeerde jullie gezin te openen, maar heeft geen toegang. Dat is niet gelukt.');
	await expect(row).toContainText('Zorgaanbieder');
});

test('Karin opens the table screen of a gesprek, and it shows in the log', async ({ browser, clientIp }) => {
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	await karin.goto(`/gezinnen/${ids().deBoer}/gesprekken/${ids().gesprek}/voeren`);
	await expect(karin.getByText('Het gesprek is nog niet begonnen.')).toBeVisible();

	const sanne = await pageAs(browser, clientIp, 'ouder');
	await sanne.goto(`/gezinnen/${ids().deBoer}/bekeken`);
	await expect(
		sanne
			.getByRole('row')
			.filter({ hasText: 'Karin Janssen' })
			.filter({ hasText: 'heeft een gesprek aan tafel geopend' })
			.first()
	).toBeVisible();
});

test('the log says how many rows it has, pages with plain links, and keeps the period', async ({
	browser,
	clientIp
}) => {
	const sanne = await pageAs(browser, clientIp, 'ouder');
	const base = `/gezinnen/${ids().deBoer}/bekeken`;
	await sanne.goto(base);
	await expect(sanne.getByText(/Aantal regels in jullie log: \d+\./)).toBeVisible();
	await expect(sanne.getByText(/Je ziet regel 1 tot en met \d+\./)).toBeVisible();

	// An older page by its seq: the link back to the newest rows keeps the period.
	const van = '2020-01-01';
	await sanne.goto(`${base}?van=${van}&voor=999999999`);
	await expect(sanne.getByText(/In deze periode: \d+\./)).toBeVisible();
	await expect(sanne.getByText(/Je ziet regel \d+ tot en met \d+\./)).toBeVisible();
	const newest = sanne.getByRole('link', { name: /Naar de nieuwste regels/ });
	await expect(newest).toHaveAttribute('href', `${base}?van=${van}`);

	// A page that cannot exist gets a message, not an error page.
	await sanne.goto(`${base}?voor=gisteren`);
	await expect(sanne.getByRole('alert')).toHaveText('Die pagina bestaat niet. Je ziet nu de nieuwste regels.');
});

test('a filter day that does not exist (30 February) is refused with a message, not read as 2 March', async ({
	browser,
	clientIp
}) => {
	const sanne = await pageAs(browser, clientIp, 'ouder');
	const base = `/gezinnen/${ids().deBoer}/bekeken`;
	await sanne.goto(`${base}?van=2025-02-30`);
	await expect(sanne.getByRole('alert')).toHaveText('Die datum klopt niet. Kies een datum in de kalender.');
	await sanne.goto(`${base}?tot=2025-02-30`);
	await expect(sanne.getByRole('alert')).toHaveText('Die datum klopt niet. Kies een datum in de kalender.');
	// A day that exists is no problem.
	await sanne.goto(`${base}?van=2025-02-28`);
	await expect(sanne.getByRole('alert')).toHaveCount(0);
});
