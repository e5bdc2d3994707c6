import { test, expect, login, expectAccessible, ids } from './fixtures';
import type { Browser, Page } from '@playwright/test';

function unique(prefix: string) {
	return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

async function newPage(browser: Browser, ip: string): Promise<Page> {
	const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip } });
	return context.newPage();
}

/** A professional or family member makes an invitation and reads the link off the screen. */
async function invite(page: Page, kind: RegExp, relatie: string, naam = ''): Promise<string> {
	await page.goto(`/gezinnen/${ids().deBoer}/toegang`);
	await page.getByRole('radio', { name: kind }).check();
	await page.getByLabel('Wie is het voor het gezin?').fill(relatie);
	if (naam) await page.getByLabel('Naam (mag leeg)').fill(naam);
	await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
	await expect(page.getByRole('heading', { name: `De uitnodiging voor ${relatie} is klaar` })).toBeVisible();
	await expect(page.getByRole('img', { name: `QR-code met de uitnodiging voor ${relatie}` })).toBeVisible();
	const link = await page.getByLabel('Link van de uitnodiging').inputValue();
	expect(link).toMatch(/^http:\/\/localhost:\d+\/uitnodiging\/[a-z0-9]{20,}$/);
	return link;
}

test('invite → QR link → new account → waiting → family approves → access; ending access works at once', async ({
	page,
	browser,
	clientIp
}) => {
	const username = unique('buurvrouw');
	const naam = `Buurvrouw ${username.slice(-4)}`;

	// The gezinscoach invites the neighbour at the kitchen table.
	await login(page, 'wijkteam');
	const link = await invite(page, /iemand uit het netwerk/i, 'buurvrouw', naam);
	await expectAccessible(page);

	// The neighbour scans the code and makes an account: no e-mail needed.
	const buurvrouw = await newPage(browser, clientIp);
	await buurvrouw.goto(link);
	await expect(buurvrouw.getByText('Je bent uitgenodigd voor Familie De Boer.')).toBeVisible();
	await expect(buurvrouw.getByText('Het gezin zegt eerst ja. Daarna kun je meekijken.')).toBeVisible();
	await expectAccessible(buurvrouw);
	await buurvrouw.getByLabel('Hoe mogen we je noemen?').fill(naam);
	await buurvrouw.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
	await buurvrouw.getByLabel('Wachtwoord', { exact: true }).first().fill('ons huis staat aan de dijk');
	await buurvrouw.getByRole('button', { name: 'Account maken en meedoen' }).click();
	await expect(buurvrouw.getByRole('heading', { name: 'Even wachten' })).toBeVisible();
	await expectAccessible(buurvrouw);

	// Waiting means no access yet: the gezin answers as if it did not exist.
	const waiting = await buurvrouw.goto(`/gezinnen/${ids().deBoer}`);
	expect(waiting?.status()).toBe(404);

	// The link is single-use.
	const other = await newPage(browser, clientIp);
	await other.goto(link);
	await expect(other.getByText('Deze uitnodiging werkt niet meer.')).toBeVisible();

	// The mother says yes with one tap.
	const ouder = await newPage(browser, clientIp);
	await login(ouder, 'ouder');
	await ouder.goto(`/gezinnen/${ids().deBoer}/toegang`);
	await ouder.getByRole('button', { name: `Ja, ${naam} mag meedoen` }).click();
	await expect(ouder.getByText('buurvrouw doet nu mee.')).toBeVisible();

	// Now the neighbour sees the gezin.
	await buurvrouw.goto(`/gezinnen/${ids().deBoer}`);
	await expect(buurvrouw.getByRole('heading', { level: 1, name: 'Familie De Boer' })).toBeVisible();

	// The mother ends the access again, after a clear question.
	await ouder.reload();
	await ouder.getByRole('button', { name: `${naam} laten stoppen` }).click();
	const dialog = ouder.getByRole('alertdialog');
	await expect(dialog).toBeVisible();
	await expectAccessible(ouder);
	await dialog.getByRole('button', { name: 'Ja, laten stoppen' }).click();
	await expect(ouder.getByText('buurvrouw doet niet meer mee.')).toBeVisible();

	// It takes effect at once, also for the session that is still open.
	const after = await buurvrouw.goto(`/gezinnen/${ids().deBoer}`);
	await expect(buurvrouw.getByRole('heading', { level: 1, name: 'Familie De Boer' })).toHaveCount(0);
	expect([200, 404]).toContain(after?.status());
	expect(buurvrouw.url()).toMatch(/\/inloggen|\/gezinnen\//);

	// The family sees all of this in plain words.
	await ouder.goto(`/gezinnen/${ids().deBoer}/bekeken`);
	await expect(ouder.getByRole('cell', { name: 'heeft ja gezegd tegen buurvrouw' }).first()).toBeVisible();
	await expect(ouder.getByRole('cell', { name: 'heeft buurvrouw laten stoppen' }).first()).toBeVisible();
	await expectAccessible(ouder);
});

test('an existing account accepts by logging in, and the family can say no', async ({ page, browser, clientIp }) => {
	await login(page, 'wijkteam');
	const relatie = unique('schoolmaatschappelijk werk');
	const link = await invite(page, /hulpverlener/i, relatie);

	const collega = await newPage(browser, clientIp);
	await collega.goto(link);
	// Typed in capitals: the log must still name her as she is called, not as she typed.
	await collega.getByLabel('Gebruikersnaam of e-mail').fill('COLLEGA');
	await collega.getByLabel('Wachtwoord', { exact: true }).last().fill('demo-aan-tafel');
	await collega.getByRole('button', { name: 'Inloggen en meedoen' }).click();
	await expect(collega.getByRole('heading', { name: 'Even wachten' })).toBeVisible();
	await expect(collega.getByText(`Familie De Boer, als ${relatie}`)).toBeVisible();

	const ouder = await newPage(browser, clientIp);
	await login(ouder, 'ouder');
	await ouder.goto(`/gezinnen/${ids().deBoer}/toegang`);
	const card = ouder.getByRole('listitem').filter({ hasText: relatie });
	await card.getByRole('button', { name: 'Nee, liever niet' }).click();
	await expect(ouder.getByText(`${relatie} doet niet mee.`)).toBeVisible();

	const res = await collega.goto(`/gezinnen/${ids().deBoer}`);
	expect(res?.status()).toBe(404);

	// The family's log names her by her name, not by what she typed to log in.
	await ouder.goto(`/gezinnen/${ids().deBoer}/bekeken`);
	const accepted = ouder
		.getByRole('row')
		.filter({ hasText: relatie })
		.filter({ hasText: 'heeft de uitnodiging aangenomen en wacht op jullie ja' });
	await expect(accepted).toHaveCount(1);
	await expect(accepted.getByRole('cell').nth(1)).toContainText('Ayse Kaya');
	await expect(accepted.getByRole('cell').nth(1)).not.toContainText('COLLEGA');
});

test('a jongere’s invitation waits for an ouder’s yes; the jongere cannot say yes nor make the mother stop', async ({
	page,
	browser,
	clientIp
}) => {
	const relatie = unique('nieuwe vriend');
	const naam = `Vriend ${relatie.slice(-4)}`;
	await login(page, 'jongere');
	const link = await invite(page, /Een ouder of verzorger/i, relatie);
	await expect(
		page.getByText('Nodigt een hulpverlener of een jeugdige iemand uit? Dan zegt een ouder eerst ja.')
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Wie wil meedoen?' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Sanne de Boer laten stoppen' })).toHaveCount(0);

	// Whoever Daan invites cannot take the name of someone at the table …
	const nieuw = await newPage(browser, clientIp);
	await nieuw.goto(link);
	await expect(nieuw.getByText('Je bent uitgenodigd voor Familie De Boer.')).toBeVisible();
	await nieuw.getByLabel('Hoe mogen we je noemen?').fill('  sanne  DE BOER ');
	await nieuw.getByLabel('Gebruikersnaam', { exact: true }).fill(unique('vriend'));
	await nieuw.getByLabel('Wachtwoord', { exact: true }).first().fill('we spelen samen voetbal');
	await nieuw.getByRole('button', { name: 'Account maken en meedoen' }).click();
	await expect(
		nieuw.getByText('Iemand in dit gezin heet al zo. Kies een andere naam, bijvoorbeeld met je achternaam erbij.')
	).toBeVisible();

	// … and waits for the mother, even though Daan asked for an ouder.
	await nieuw.getByLabel('Hoe mogen we je noemen?').fill(naam);
	await nieuw.getByLabel('Wachtwoord', { exact: true }).first().fill('we spelen samen voetbal');
	await nieuw.getByRole('button', { name: 'Account maken en meedoen' }).click();
	await expect(nieuw.getByRole('heading', { name: 'Even wachten' })).toBeVisible();
	expect((await nieuw.goto(`/gezinnen/${ids().deBoer}`))?.status()).toBe(404);

	// Sanne sees who is waiting, with the relation and role, and says no.
	const ouder = await newPage(browser, clientIp);
	await login(ouder, 'ouder');
	await ouder.goto(`/gezinnen/${ids().deBoer}/toegang`);
	const card = ouder.getByRole('listitem').filter({ hasText: relatie });
	await expect(card).toContainText(`${naam} — ${relatie} (ouder of verzorger)`);
	await card.getByRole('button', { name: 'Nee, liever niet' }).click();
	await expect(ouder.getByText(`${relatie} doet niet mee.`)).toBeVisible();
});

test('nobody renames themselves after someone at the table', async ({ page }) => {
	await login(page, 'oma');
	await page.goto('/account');
	await expect(page.getByRole('heading', { name: 'Je naam veranderen' })).toBeVisible();
	await page.getByLabel('Je naam', { exact: true }).fill(' karin  JANSSEN ');
	await page.getByRole('button', { name: 'Naam opslaan' }).click();
	await expect(page.getByText('Iemand in een van je gezinnen heet al zo. Kies een andere naam.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('definition').first()).toHaveText('Ria de Boer');
});

test('beheer makes no password link for family or network; a reset of a professional shows in the family’s log', async ({
	page,
	browser,
	clientIp
}) => {
	await login(page, 'beheerder');
	await page.goto('/beheer/accounts');
	const ouderRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'ouder', exact: true }) });
	await expect(ouderRow).toContainText('Wachtwoord kwijt? Het gezin nodigt opnieuw uit.');
	await expect(ouderRow.getByRole('button')).toHaveCount(0);
	const omaRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'oma', exact: true }) });
	await expect(omaRow.getByRole('button')).toHaveCount(0);

	// Karin is a professional: her link may be made (and is not used here), and the family sees it.
	await page.getByRole('button', { name: 'Nieuwe wachtwoordlink voor wijkteam' }).click();
	await expect(page.getByText(/Geef deze link aan wijkteam/)).toBeVisible();

	const ouder = await newPage(browser, clientIp);
	await login(ouder, 'ouder');
	await ouder.goto(`/gezinnen/${ids().deBoer}/bekeken`);
	await expect(
		ouder
			.getByRole('cell', {
				name: 'heeft een link gemaakt waarmee Karin Janssen (gezinscoach wijkteam) een nieuw wachtwoord kan kiezen'
			})
			.first()
	).toBeVisible();
});

test('a family member’s invitation gives access at once; a revoked invitation stops working', async ({
	page,
	browser,
	clientIp
}) => {
	await login(page, 'ouder');
	const revoked = await invite(page, /iemand uit het netwerk/i, unique('opa'));
	await page.getByRole('button', { name: 'Intrekken' }).last().click();
	await expect(page.getByText('De uitnodiging is ingetrokken. De link werkt niet meer.')).toBeVisible();
	const stranger = await newPage(browser, clientIp);
	await stranger.goto(revoked);
	await expect(stranger.getByText('Deze uitnodiging werkt niet meer.')).toBeVisible();

	const link = await invite(page, /iemand uit het netwerk/i, 'tante');
	const tante = await newPage(browser, clientIp);
	await tante.goto(link);
	await tante.getByLabel('Hoe mogen we je noemen?').fill(`Tante Joke ${Math.floor(Math.random() * 1e6)}`);
	await tante.getByLabel('Gebruikersnaam', { exact: true }).fill(unique('tante'));
	await tante.getByLabel('Wachtwoord', { exact: true }).first().fill('koffie met appeltaart');
	await tante.getByRole('button', { name: 'Account maken en meedoen' }).click();
	await expect(tante.getByRole('heading', { level: 1, name: 'Familie De Boer' })).toBeVisible();
});

test('a gezin always keeps a family member or its creator', async ({ page }) => {
	await login(page, 'wijkteam');
	await page.goto('/gezinnen');
	const naam = unique('Familie Test');
	await page.getByLabel('Naam van het gezin').fill(naam);
	await page.getByLabel('Jouw rol bij dit gezin').fill('gezinscoach wijkteam');
	await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
	await expect(page).toHaveURL(/\/gezinnen\/[a-z0-9]+\/toegang/);
	await expectAccessible(page);

	// The creator is the only one: stepping back would leave the gezin with nobody.
	await page.getByRole('button', { name: 'Zelf stoppen' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Zelf stoppen' }).click();
	await expect(page.getByRole('alert')).toHaveText(/Er moet altijd iemand van het gezin meedoen/);

	// The professional who did not create De Boer has no say over the family's own access.
	await page.goto(`/gezinnen/${ids().deBoer}/toegang`);
	await expect(page.getByRole('button', { name: /Sanne de Boer laten stoppen/ })).toHaveCount(0);
});
