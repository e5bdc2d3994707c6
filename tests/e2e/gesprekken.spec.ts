/**
 * Afstemmingsgesprekken, preparing them: planning one of the three kinds with its default agenda
 * and the people aan tafel as invitees, changing the agenda and who comes, the family's questions
 * and the professionals' updates, bad input and conflicts, who sees what, and the agenda on A4.
 */
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { test, expect, login, expectAccessible, ids, printedPdf } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e5)}`;
const g = () => `/gezinnen/${ids().deBoer}`;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function pageAs(browser: Browser, ip: string, user: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await (await browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
	await login(page, user);
	return page;
}

/** Opens a <details> by its summary text, unless it is open already (a form inside may keep it open). */
async function ensureOpen(page: Page, summary: string): Promise<void> {
	const details = page.locator('details').filter({ has: page.locator('summary', { hasText: summary }) });
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

const agendaTitles = (page: Page) =>
	page.locator('ol.agenda > li h3').evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim() ?? ''));

test('Karin plans an "iemand stopt" gesprek: its agenda, the people aan tafel invited; she changes the agenda and who comes, and invites oma, who then sees it', async ({
	browser,
	clientIp
}) => {
	test.setTimeout(90_000);
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	await karin.goto(`${g()}/gesprekken`);
	await karin.getByText('Een gesprek plannen').click();
	await karin.getByLabel(/Iemand stopt/).check();
	await karin.getByLabel('Datum').fill(inDays(20));
	await karin.getByLabel('Tijd (mag leeg)').fill('14:30');
	const plaats = `Wijkcentrum De Kroon ${stamp()}`;
	await karin.getByLabel('Waar?').fill(plaats);
	await karin.getByRole('button', { name: 'Plan het gesprek' }).click();
	await expect(karin.getByRole('heading', { level: 1, name: /Iemand stopt/ })).toBeVisible();
	await expect(karin.getByText(plaats)).toBeVisible();
	const url = karin.url();

	// The people aan tafel are invited; the handover has its place on the agenda.
	const wie = karin.locator('ul.deelnemers');
	for (const naam of [
		'Sanne',
		'Karin Janssen',
		'Mentor van Daan',
		'Schuldhulpverlener',
		'Schoolmaatschappelijk werker'
	])
		await expect(wie).toContainText(naam);
	await expect(wie).not.toContainText('Oma Ria');
	const before = await agendaTitles(karin);
	expect(before).toContain('Iemand stopt: de overdracht');
	expect(before[0]).toBe('Welkom en doel');

	// Move "Regie" up one place.
	const i = before.indexOf('Regie');
	await karin.getByRole('button', { name: /Omhoog\s?: Regie/ }).click();
	await expect
		.poll(() => agendaTitles(karin))
		.toEqual([...before.slice(0, i - 1), 'Regie', before[i - 1]!, ...before.slice(i + 1)]);
	// Change an item, add one, remove one.
	const punt = karin.locator('ol.agenda > li').filter({ has: karin.locator('h3', { hasText: /^Volgende keer/ }) });
	await punt.locator('summary').click();
	await punt.getByLabel('Onderwerp').fill('Volgende keer en evaluatie');
	await punt.getByLabel('Minuten').fill('8');
	await punt.getByRole('button', { name: 'Bewaren' }).click();
	await expect(karin.locator('ol.agenda')).toContainText('Volgende keer en evaluatie');
	await ensureOpen(karin, '+ Een punt erbij');
	await karin.getByLabel('Onderwerp').last().fill('Pauze');
	await karin.getByLabel('Minuten').last().fill('10');
	await karin.getByRole('button', { name: 'Voeg toe' }).click();
	await expect.poll(async () => (await agendaTitles(karin)).at(-1)).toBe('Pauze');
	await karin.getByRole('button', { name: /Weghalen\s?: Pauze/ }).click();
	await karin.getByRole('alertdialog').getByRole('button', { name: 'Weghalen' }).click();
	await expect.poll(async () => (await agendaTitles(karin)).includes('Pauze')).toBe(false);

	// Invite oma (from the people around the gezin) and someone by name; send the buurman away again.
	await ensureOpen(karin, 'Iemand uitnodigen');
	await karin.getByLabel('Kies iemand rond het gezin').selectOption({ label: 'Oma Ria' });
	await karin.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
	await expect(karin.getByText('Oma Ria is uitgenodigd.')).toBeVisible();
	await ensureOpen(karin, 'Iemand uitnodigen');
	await karin.getByLabel('Of schrijf een naam').fill('Buurman Henk');
	await karin.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
	await expect(wie).toContainText('Buurman Henk');
	await karin.getByRole('button', { name: /Niet uitnodigen\s?: Buurman Henk/ }).click();
	await expect(wie).not.toContainText('Buurman Henk');
	await expectAccessible(karin);

	// Karin shares an update; oma, now invited, sees the gesprek and its agenda, but not the update.
	const nieuws = `De schuldhulp stopt per januari ${stamp()}`;
	await karin.getByLabel('Wat is er nieuw sinds de vorige keer? (kort)').fill(nieuws);
	await karin.getByRole('button', { name: 'Deel je nieuws' }).click();
	await expect(karin.getByText(nieuws)).toBeVisible();
	const oma = await pageAs(browser, clientIp, 'oma');
	await oma.goto(`${g()}/gesprekken`);
	await expect(oma.getByRole('link', { name: /Iemand stopt/ })).toHaveCount(1);
	await oma.goto(url);
	await expect(oma.getByText('Volgende keer en evaluatie')).toBeVisible();
	expect(await oma.content()).not.toContain(nieuws);
	await expect(oma.getByRole('button', { name: /Omhoog/ })).toHaveCount(0);
	await expect(oma.getByText('Iemand uitnodigen')).toHaveCount(0);
	await expectAccessible(oma);
});

test('the seeded gesprek: Sanne sees who comes and Karin’s update, adds her question; oma is not invited and gets 404; bad input and a stale change get Dutch messages', async ({
	browser,
	clientIp
}) => {
	const sanne = await pageAs(browser, clientIp, 'ouder');
	const url = `${g()}/gesprekken/${ids().gesprek}`;
	await sanne.goto(url);
	await expect(sanne.getByRole('heading', { level: 1, name: /Er komt iemand bij/ })).toBeVisible();
	await expect(sanne.locator('ul.deelnemers')).toContainText('Mark Visser (jeugdbeschermer)');
	await expect(sanne.getByText('Daan gaat weer elke dag naar school.')).toBeVisible();
	await expect(sanne.getByText('Wat gaat Mark precies doen?')).toBeVisible();
	await expect(sanne.getByLabel('Wat is er nieuw sinds de vorige keer? (kort)')).toHaveCount(0);
	const vraag = `Mag Daan er ook bij zijn? ${stamp()}`;
	await sanne.getByLabel('Wat wil ik bespreken?').fill(vraag);
	await sanne.getByRole('button', { name: 'Zet op de lijst' }).click();
	await expect(
		sanne.locator('section').filter({ has: sanne.getByRole('heading', { name: 'Wat wil het gezin bespreken?' }) })
	).toContainText(vraag);

	// Too long a place: the message, and what was typed stays.
	const details = sanne.locator('section').filter({ has: sanne.getByRole('heading', { name: 'Wanneer en waar' }) });
	await details.locator('summary').click();
	const plaats = details.getByLabel('Waar?');
	await plaats.evaluate((el) => el.removeAttribute('maxlength'));
	await plaats.fill('x'.repeat(201));
	await details.getByRole('button', { name: 'Bewaren' }).click();
	await expect(details.getByText(/te lang/)).toBeVisible();
	await expect(plaats).toHaveValue('x'.repeat(201));

	// Karin changes the place meanwhile; Sanne's older form is refused, her text stays.
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	await karin.goto(url);
	const kd = karin.locator('section').filter({ has: karin.getByRole('heading', { name: 'Wanneer en waar' }) });
	await kd.locator('summary').click();
	const nieuwePlaats = `Bij Sanne thuis ${stamp()}`;
	await kd.getByLabel('Waar?').fill(nieuwePlaats);
	await kd.getByRole('button', { name: 'Bewaren' }).click();
	await expect(karin.getByText('Datum en plaats zijn bewaard.')).toBeVisible();
	await plaats.fill('Op school');
	await details.getByRole('button', { name: 'Bewaren' }).click();
	await expect(details.getByRole('alert')).toContainText('Iemand anders heeft dit net veranderd');
	await expect(plaats).toHaveValue('Op school');

	// Oma is not invited: the gesprek is not in her list, and its address answers 404.
	const oma = await pageAs(browser, clientIp, 'oma');
	await oma.goto(`${g()}/gesprekken`);
	await expect(oma.getByRole('link', { name: /Er komt iemand bij/ })).toHaveCount(0);
	const res = await oma.goto(url);
	expect(res?.status()).toBe(404);
	expect((await oma.request.get(`${url}/agenda`)).status()).toBe(404);
});

test('the agenda on paper: A4 portrait, with when, where, who, the items and the family’s questions', async ({
	page
}) => {
	await login(page, 'ouder');
	await page.goto(`${g()}/gesprekken/${ids().gesprek}/agenda`);
	await expect(page.getByRole('heading', { level: 1, name: 'Agenda: Er komt iemand bij' })).toBeVisible();
	await expect(page.getByText('Mark Visser (jeugdbeschermer)')).toBeVisible();
	await expect(page.getByText('Wat gaat Mark precies doen?')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Printen' })).toBeVisible();
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Printen' })).toBeHidden();
	const pdf = await printedPdf(page);
	expect(Math.abs(pdf.width - 595)).toBeLessThan(3);
	expect(Math.abs(pdf.height - 842)).toBeLessThan(3);
});
