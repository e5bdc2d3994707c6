import { test, expect, login, expectAccessible, apiAs, ids } from './fixtures';

const COOKIE = 'aan-tafel-sessie';

test('the session cookie is HttpOnly, SameSite=Lax, host-wide, and holds id.secret', async ({ page, context }) => {
	await login(page, 'ouder');
	const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
	expect(cookie).toBeDefined();
	expect(cookie!.httpOnly).toBe(true);
	expect(cookie!.sameSite).toBe('Lax');
	expect(cookie!.path).toBe('/');
	expect(cookie!.value).toMatch(/^[a-z0-9]+\.[a-z0-9]+$/);
	// Plain http on localhost: not Secure, so not __Host- either (production over https is both).
	expect(cookie!.secure).toBe(false);
	expect(await page.evaluate(() => document.cookie)).not.toContain(COOKIE);
});

test('family sessions last days, professional sessions an hour', async ({ browser, clientIp }) => {
	const expiry = async (username: string) => {
		const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientIp } });
		const page = await context.newPage();
		await login(page, username);
		const cookie = (await context.cookies()).find((c) => c.name === COOKIE)!;
		await context.close();
		return cookie.expires * 1000 - Date.now();
	};
	const family = await expiry('jongere');
	const professional = await expiry('collega');
	expect(family).toBeGreaterThan(13 * 24 * 3600_000);
	expect(family).toBeLessThanOrEqual(14 * 24 * 3600_000 + 60_000);
	expect(professional).toBeGreaterThan(55 * 60_000);
	expect(professional).toBeLessThanOrEqual(60 * 60_000 + 60_000);
});

test('every login makes a new session; logout ends it on the server', async ({ baseURL }) => {
	const api = await apiAs(baseURL!, null);
	const loginOnce = async () => {
		const res = await api.post('/inloggen', {
			form: { gebruikersnaam: 'jongere', wachtwoord: 'demo-aan-tafel' },
			headers: { origin: baseURL! }
		});
		expect(res.status()).toBe(303);
		return (await api.storageState()).cookies.find((c) => c.name === COOKIE)!.value;
	};
	const first = await loginOnce();
	const second = await loginOnce();
	expect(second).not.toBe(first);

	// The first token no longer works.
	const stale = await apiAs(baseURL!, null);
	const old = await stale.get('/account', { headers: { cookie: `${COOKIE}=${first}` } });
	expect(old.status()).toBe(303);
	expect(old.headers().location).toContain('/inloggen');

	// Logout ends the session on the server: the same cookie, replayed, gets nothing.
	const out = await api.post('/uitloggen', { form: {}, headers: { origin: baseURL! } });
	expect(out.status()).toBe(303);
	const replay = await stale.get('/account', { headers: { cookie: `${COOKIE}=${second}` } });
	expect(replay.status()).toBe(303);
	expect(replay.headers().location).toContain('/inloggen');
	await api.dispose();
	await stale.dispose();
});

test('a forged or malformed session token is just "not logged in"', async ({ baseURL }) => {
	const api = await apiAs(baseURL!, null);
	for (const token of ['x', 'a.b', 'a.b.c', '.', `${'a'.repeat(5000)}.b`, '<script>.x']) {
		const res = await api.get('/account', { headers: { cookie: `${COOKIE}=${encodeURIComponent(token)}` } });
		expect(res.status(), token.slice(0, 20)).toBe(303);
	}
	await api.dispose();
});

test('a user sees their sessions and ends the other one', async ({ page, browser, clientIp }) => {
	await login(page, 'voorzitter');
	const other = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientIp } })).newPage();
	await login(other, 'voorzitter');

	await page.goto('/account');
	await expect(page.getByText('Dit apparaat', { exact: true })).toBeVisible();
	await expectAccessible(page);
	const before = await page.getByRole('button', { name: 'Uitloggen op dit apparaat' }).count();
	expect(before).toBeGreaterThanOrEqual(1);
	await page.getByRole('button', { name: 'Log uit op alle andere apparaten' }).click();
	await expect(page.getByText(/(andere apparaten zijn|ander apparaat is) uitgelogd/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Uitloggen op dit apparaat' })).toHaveCount(0);

	await other.goto('/account');
	await expect(other).toHaveURL(/\/inloggen\?terug=%2Faccount/);
	// This device is still logged in.
	await page.goto('/account');
	await expect(page).toHaveURL(/\/account$/);
});

test('ending one other session by its id; someone else’s session id is refused', async ({
	page,
	browser,
	clientIp,
	baseURL
}) => {
	await login(page, 'trainer');
	const second = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientIp } })).newPage();
	await login(second, 'trainer');
	await page.goto('/account');
	await page.getByRole('button', { name: 'Uitloggen op dit apparaat' }).first().click();
	await expect(page.getByText('Dat apparaat is uitgelogd.')).toBeVisible();

	// Trying to end oma's session from the trainer's account does nothing to oma.
	const oma = await apiAs(baseURL!, 'oma');
	const omaToken = (await oma.storageState()).cookies.find((c) => c.name === COOKIE)!.value;
	const res = await page.request.post('/account?/sessieBeeindigen', {
		form: { sessie: omaToken.split('.')[0]! },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(res.status()).toBe(404);
	expect(await res.text()).toContain('Die sessie bestaat niet (meer).');
	expect((await oma.get(`/gezinnen/${ids().deBoer}`)).status()).toBe(200);
	await oma.dispose();
});

test('changing the password needs the current one and logs out other devices', async ({
	page,
	browser,
	clientIp,
	baseURL
}) => {
	// A fresh account so other tests keep the demo password.
	const owner = await apiAs(baseURL!, 'ouder');
	await page.context().addCookies((await owner.storageState()).cookies);
	await page.goto(`/gezinnen/${ids().deBoer}/toegang`);
	await page.getByRole('radio', { name: /iemand uit het netwerk/i }).check();
	await page.getByLabel('Wie is het voor het gezin?').fill('neef');
	await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
	const link = await page.getByLabel('Link van de uitnodiging').inputValue();
	await owner.dispose();
	await page.context().clearCookies();

	const username = `neef-${Date.now().toString(36)}`;
	await page.goto(link);
	await page.getByLabel('Hoe mogen we je noemen?').fill('Neef Bas');
	await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
	await page.getByLabel('Wachtwoord', { exact: true }).first().fill('eerste wachtwoord hier');
	await page.getByRole('button', { name: 'Account maken en meedoen' }).click();

	const other = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': clientIp } })).newPage();
	await login(other, username, 'eerste wachtwoord hier');

	await page.goto('/account');
	await page.getByLabel('Je huidige wachtwoord').fill('niet het goede');
	await page.getByLabel('Je nieuwe wachtwoord').fill('tweede wachtwoord hier');
	await page.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }).click();
	await expect(page.getByText('Je huidige wachtwoord klopt niet.')).toBeVisible();

	await page.getByLabel('Je huidige wachtwoord').fill('eerste wachtwoord hier');
	await page.getByLabel('Je nieuwe wachtwoord').fill('wachtwoord');
	await page.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }).click();
	await expect(page.getByText('Dit wachtwoord gebruiken heel veel mensen.')).toBeVisible();

	await page.getByLabel('Je huidige wachtwoord').fill('eerste wachtwoord hier');
	await page.getByLabel('Je nieuwe wachtwoord').fill('tweede wachtwoord hier');
	await page.getByRole('button', { name: 'Nieuw wachtwoord opslaan' }).click();
	await expect(page.getByText('Je wachtwoord is veranderd.')).toBeVisible();

	await other.goto('/account');
	await expect(other).toHaveURL(/\/inloggen/);
	await login(other, username, 'tweede wachtwoord hier');
});
