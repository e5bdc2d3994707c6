/**
 * The people around the gezin (betrokkenen): adding, changing and removing them, with and without
 * JavaScript, bad input and two people changing the same card, and who sees the confidential
 * "niet veilig" mark and contact details. Tests make their own people (unique names) and never
 * change the seeded ones.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { test, expect, login, expectAccessible, apiAs, ids, openAddForm } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const mensen = () => `/gezinnen/${ids().deBoer}/mensen`;
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e5)}`;
const card = (page: Page, naam: string) =>
	page.locator('li.persoon').filter({ has: page.getByRole('heading', { name: naam }) });

async function pageAs(browser: Browser, ip: string, user: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await (await browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
	await login(page, user);
	return page;
}

test('add a professional with opdracht and support, change the card, remove it', async ({ browser, clientIp }) => {
	const page = await pageAs(browser, clientIp, 'wijkteam');
	await page.goto(mensen());
	const naam = `Jeugdverpleegkundige ${stamp()}`;
	const form = await openAddForm(page);
	await form.getByLabel('Naam, of wie het is').fill(naam);
	await form.getByLabel('Wie is het?').selectOption('professional');
	await form.getByLabel('Organisatie').fill('GGD IJsselland');
	await form.getByLabel('Functie').fill('jeugdverpleegkundige');
	await form.getByLabel(/Opdracht/).fill('Meekijken bij Lotte haar astma.');
	await form.getByLabel('Verder weg').check();
	await form.getByLabel('Advies').check();
	await form.getByLabel('Praktisch').check();
	await form.getByRole('button', { name: 'Voeg toe' }).click();
	await expect(page.getByText(`${naam} is bewaard.`)).toBeVisible();
	const c = card(page, naam);
	await expect(c).toContainText('Professional');
	await expect(c).toContainText('Verder weg');
	await expect(c).toContainText('jeugdverpleegkundige · GGD IJsselland');
	await expect(c).toContainText('Opdracht: Meekijken bij Lotte haar astma.');
	await expect(c).toContainText('Helpt met: Praktisch, Advies');
	// The add form starts fresh.
	await expect(form.getByLabel('Naam, of wie het is')).toHaveValue('');

	await c.getByRole('button', { name: 'Aanpassen' }).click();
	const edit = card(page, naam).locator('form').first();
	await edit.getByLabel('Dichtbij').check();
	await edit.getByRole('button', { name: 'Bewaren' }).click();
	await expect(card(page, naam)).toContainText('Dichtbij');
	await expectAccessible(page);

	await card(page, naam).getByRole('button', { name: 'Weghalen' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Weghalen' }).click();
	await expect(page.getByText(`${naam} staat er niet meer bij.`)).toBeVisible();
	await expect(card(page, naam)).toHaveCount(0);
});

test('oma sees who is around the gezin, but not the "niet veilig" mark, its note or contact details, and cannot change anything', async ({
	browser,
	clientIp,
	baseURL
}) => {
	const oma = await pageAs(browser, clientIp, 'oma');
	await oma.goto(mensen());
	await expect(card(oma, 'Papa Erik')).toBeVisible();
	await expect(card(oma, 'Oma Ria')).toBeVisible();
	const html = await oma.content();
	expect(html).not.toContain('Niet veilig');
	expect(html).not.toContain('Geen contact sinds de scheiding');
	expect(html).not.toContain('06-12345678');
	expect(html).not.toContain('k.janssen@wijkteam.example.nl');
	await expect(oma.getByText('Iemand toevoegen')).toHaveCount(0);
	await expect(oma.getByRole('button', { name: 'Aanpassen' })).toHaveCount(0);
	const data = await (await oma.request.get(`${mensen()}/__data.json`)).text();
	expect(data).not.toContain('Geen contact sinds de scheiding');
	expect(data).not.toContain('06-12345678');

	const api = await apiAs(baseURL!, 'oma');
	const naam = `Stiekem ${stamp()}`;
	const res = await api.post(`${mensen()}?/toevoegen`, {
		form: { naam, soort: 'familie', nabijheid: 'dichtbij' },
		headers: { origin: baseURL! }
	});
	expect(res.status()).toBe(403);
	const sanne = await pageAs(browser, clientIp, 'ouder');
	await sanne.goto(mensen());
	await expect(card(sanne, naam)).toHaveCount(0);
	// The family does see the mark.
	await expect(card(sanne, 'Papa Erik')).toContainText('Niet veilig / spanning: Geen contact sinds de scheiding.');
	await expect(card(sanne, 'Oma Ria')).toContainText('06-12345678');
});

test('without JavaScript: a refused add keeps what was typed, a good one is listed', async ({ browser, clientIp }) => {
	const page = await pageAs(browser, clientIp, 'ouder', { javaScriptEnabled: false });
	await page.goto(mensen());
	const form = await openAddForm(page);
	// Only spaces: the browser lets it through, the server does not.
	await form.getByLabel('Naam, of wie het is').fill('   ');
	await form.getByLabel('Telefoon of e-mail').fill('06-55555555');
	await form.getByRole('button', { name: 'Voeg toe' }).click();
	const again = page.locator('details.add form');
	await expect(again.locator('.field-error')).toHaveText('Vul dit in.');
	await expect(page.getByText('Er klopt iets niet')).toBeVisible();
	await expect(again.getByLabel('Telefoon of e-mail')).toHaveValue('06-55555555');
	const naam = `Buurman ${stamp()} <script>alert(1)</script>`;
	await again.getByLabel('Naam, of wie het is').fill(naam);
	await again.getByRole('button', { name: 'Voeg toe' }).click();
	await expect(card(page, naam)).toBeVisible();
});

test('two people change the same card: the second is told, sees what is there now, and nothing is overwritten', async ({
	browser,
	clientIp
}) => {
	const sanne = await pageAs(browser, clientIp, 'ouder');
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	await sanne.goto(mensen());
	const naam = `Tante ${stamp()}`;
	await (await openAddForm(sanne)).getByLabel('Naam, of wie het is').fill(naam);
	await sanne.locator('details.add form').getByRole('button', { name: 'Voeg toe' }).click();
	await expect(card(sanne, naam)).toBeVisible();

	await karin.goto(mensen());
	await card(karin, naam).getByRole('button', { name: 'Aanpassen' }).click();
	await card(sanne, naam).getByRole('button', { name: 'Aanpassen' }).click();
	const sanneForm = card(sanne, naam).locator('form').first();
	await sanneForm.getByLabel('Dichtbij').check();
	await sanneForm.getByRole('button', { name: 'Bewaren' }).click();
	await expect(card(sanne, naam)).toContainText('Dichtbij');

	const karinForm = card(karin, naam).locator('form').first();
	await karinForm.getByLabel('Verder weg').check();
	await karinForm.getByRole('button', { name: 'Bewaren' }).click();
	await expect(karin.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit net veranderd' })).toBeVisible();
	await expect(card(karin, naam).locator('form').first().getByLabel('Dichtbij')).toBeChecked();
	await expectAccessible(karin);
	await sanne.reload();
	await expect(card(sanne, naam)).toContainText('Dichtbij');
});

test('an afspraak in the groeiplan can be for someone without an account, and says so in the plan and on paper', async ({
	browser,
	clientIp
}) => {
	const page = await pageAs(browser, clientIp, 'ouder');
	await page.goto(`/gezinnen/${ids().deBoer}/groeiplan`);
	const tekst = `Petra haalt Lotte op woensdag op ${stamp()}`;
	await page.locator('#sectie-afspraak details.add > summary').click();
	const form = page.locator('#sectie-afspraak details.add[open] form');
	await form.getByLabel('Wat is de afspraak?').fill(tekst);
	await form.getByLabel('Wie doet het?').selectOption({ label: 'De buurvrouw (Petra)' });
	// The paper page lists the four soonest (other tests add overdue ones to De Boer): the earliest day there is.
	await form.getByLabel('Wanneer moet het klaar zijn?').fill('2000-01-01');
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	const afspraak = page.locator('#sectie-afspraak li').filter({ hasText: tekst });
	await expect(afspraak).toContainText('Wie: De buurvrouw (Petra)');
	await page.goto(`/gezinnen/${ids().deBoer}/groeiplan/ons-plan`);
	await expect(page.getByText(tekst).locator('..')).toContainText('De buurvrouw (Petra)');
});
