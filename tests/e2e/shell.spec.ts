import { test, expect, login, expectAccessible, ids } from './fixtures';

test('family goes straight to their gezin; a professional sees a list', async ({ page, browser, clientIp }) => {
	await login(page, 'jongere');
	await expect(page).toHaveURL(`/gezinnen/${ids().deBoer}`);
	await expect(page.getByRole('heading', { level: 2, name: 'Wie doen er mee?' })).toBeVisible();

	const prof = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientIp } })).newPage();
	await login(prof, 'collega');
	await expect(prof).toHaveURL('/gezinnen');
	await expect(prof.getByRole('link', { name: 'Familie Yilmaz' })).toBeVisible();
	await expect(prof.getByRole('link', { name: 'Familie De Boer' })).toHaveCount(0);
	await expectAccessible(prof);
});

test('a professional waiting for approval sees that, and no gezin', async ({ page }) => {
	await login(page, 'jeugdbeschermer');
	await expect(page).toHaveURL(/\/gezinnen/);
	await expect(page.getByText('Familie De Boer, als jeugdbeschermer')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Familie De Boer' })).toHaveCount(0);
});

test('the login form works without JavaScript', async ({ browser, clientIp }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		extraHTTPHeaders: { 'x-forwarded-for': clientIp }
	});
	const page = await context.newPage();
	await page.goto('/inloggen');
	await page.getByLabel('Gebruikersnaam of e-mail').fill('sanne.deboer@example.nl');
	await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-aan-tafel');
	await page.getByRole('button', { name: 'Inloggen' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Familie De Boer' })).toBeVisible();

	// Access decisions work without JavaScript too: the confirm step falls back to a plain submit.
	await page.goto(`/gezinnen/${ids().deBoer}/toegang`);
	await expect(page.getByRole('heading', { name: 'Wie mag meekijken?' })).toBeVisible();
	await context.close();
});

test('wrong login keeps the name and says so without telling which part was wrong', async ({ page }) => {
	await page.goto('/inloggen');
	await expectAccessible(page);
	await page.getByLabel('Gebruikersnaam of e-mail').fill('ouder');
	await page.getByLabel('Wachtwoord', { exact: true }).fill('verkeerd wachtwoord');
	await page.getByRole('button', { name: 'Inloggen' }).last().click();
	await expect(page.getByRole('alert')).toHaveText('Dit klopt niet. Kijk je gebruikersnaam en wachtwoord nog eens na.');
	await expect(page.getByLabel('Gebruikersnaam of e-mail')).toHaveValue('ouder');
	await expectAccessible(page);
});

test('after login you come back where you wanted to go, never to another site', async ({ page }) => {
	await page.goto(`/gezinnen/${ids().deBoer}/bekeken`);
	await expect(page).toHaveURL(/\/inloggen\?terug=/);
	await page.getByLabel('Gebruikersnaam of e-mail').fill('ouder');
	await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-aan-tafel');
	await page.getByRole('button', { name: 'Inloggen' }).last().click();
	await expect(page).toHaveURL(`/gezinnen/${ids().deBoer}/bekeken`);

	await page.context().clearCookies();
	await page.goto('/inloggen?terug=//evil.example/');
	await page.getByLabel('Gebruikersnaam of e-mail').fill('ouder');
	await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-aan-tafel');
	await page.getByRole('button', { name: 'Inloggen' }).last().click();
	await expect(page).toHaveURL(`/gezinnen/${ids().deBoer}`);
});

test('language switch: English everywhere, lang on <html>, and back', async ({ page }) => {
	await page.goto('/inloggen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
	await expect(page.getByLabel('Username or e-mail')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
});

test('skip link and visible focus: keyboard users reach the content first', async ({ page }) => {
	await page.goto('/inloggen');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Ga naar de inhoud' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Gebruikersnaam of e-mail')).toBeFocused();
	const outline = await page.getByLabel('Gebruikersnaam of e-mail').evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
});

test('the family sees who looked at their plan, with a period filter', async ({ page, browser, clientIp }) => {
	// Oma looks at the gezin…
	const oma = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientIp } })).newPage();
	await login(oma, 'oma');
	await expect(oma.getByRole('heading', { level: 1, name: 'Familie De Boer' })).toBeVisible();
	// …and may not see the audit page herself.
	expect((await oma.goto(`/gezinnen/${ids().deBoer}/bekeken`))?.status()).toBe(403);

	await login(page, 'ouder');
	await page.goto(`/gezinnen/${ids().deBoer}/bekeken`);
	const row = page
		.getByRole('row')
		.filter({ hasText: 'Ria de Boer' })
		.filter({ hasText: 'heeft jullie gezin bekeken' })
		.first();
	await expect(row).toBeVisible();
	await expect(row).toContainText('oma');
	await expect(row).toContainText('Netwerk');
	await expectAccessible(page);

	// A professional's row names the organisation (the seeded rows are older than today, whose rows
	// other tests fill; a period up to yesterday puts them on the first page).
	const yesterday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
		new Date(Date.now() - 86_400_000)
	);
	await page.goto(`/gezinnen/${ids().deBoer}/bekeken?tot=${yesterday}`);
	await expect(page.getByRole('row').filter({ hasText: 'Karin Janssen' }).first()).toContainText(
		'Wijkteam Zwolle-Zuid'
	);

	// The period filter: a day long ago shows nothing.
	await page.getByLabel('Vanaf').fill('2001-01-01');
	await page.getByLabel('Tot en met').fill('2001-01-02');
	await page.getByRole('button', { name: 'Laat zien' }).click();
	await expect(page.getByText('In deze periode heeft niemand iets bekeken of veranderd.')).toBeVisible();
	await expect(page).toHaveURL(/van=2001-01-01/);

	// A broken date gets a message, not an error page.
	await page.goto(`/gezinnen/${ids().deBoer}/bekeken?van=gisteren`);
	await expect(page.getByRole('alert')).toHaveText('Die datum klopt niet. Kies een datum in de kalender.');
});

test('a beheerder creates an organisation and a professional, who sets a password through the one-time link', async ({
	page,
	browser,
	clientIp
}) => {
	await login(page, 'beheerder');
	await page.goto('/beheer/organisaties');
	await expectAccessible(page);
	const org = `Wijkteam Test ${Date.now()}`;
	await page.getByLabel('Naam', { exact: true }).fill(org);
	await page.getByLabel('Soort').selectOption('wijkteam');
	await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
	await expect(page.getByText(`${org} is toegevoegd.`)).toBeVisible();
	await expect(page.getByRole('cell', { name: org })).toBeVisible();

	await page.goto('/beheer/accounts');
	await expectAccessible(page);
	const username = `prof${Date.now().toString(36)}`;
	await page.getByLabel('Naam', { exact: true }).fill('Pim Professional');
	await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
	await page.getByLabel('Organisatie').selectOption({ label: org });
	await page.getByRole('button', { name: 'Account maken' }).click();
	const link = await page.getByLabel('Link om een wachtwoord te kiezen').inputValue();
	expect(link).toMatch(/\/wachtwoord\/[a-z0-9]{20,}$/);

	const pim = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientIp } })).newPage();
	await pim.goto(link);
	await expect(pim.getByText(`Je gebruikersnaam is ${username}.`)).toBeVisible();
	await expectAccessible(pim);
	await pim.getByLabel('Wachtwoord', { exact: true }).fill('kort');
	await pim.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
	await expect(pim.getByText('Kies een wachtwoord van minstens 8 tekens.')).toBeVisible();
	await pim.getByLabel('Wachtwoord', { exact: true }).fill('de fiets staat in de schuur');
	await pim.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
	await expect(pim).toHaveURL('/gezinnen');

	// The link worked once.
	await pim.context().clearCookies();
	await pim.goto(link);
	await expect(pim.getByText('Deze link werkt niet meer.')).toBeVisible();
});
