import { test, expect, apiAs, ids, login, expectAccessible, type DemoUser } from './fixtures';

/**
 * Bad input on every form: empty, 100 kB, a script tag, unicode, wrong types and someone else's
 * id. Every answer is a clear Dutch message with a 4xx status, never a 500, and nothing the user
 * typed (except passwords) is lost.
 */

const HUGE = 'x'.repeat(100 * 1024);
const SCRIPT = '<script>alert("xss")</script>';
const UNICODE = 'Zoë 👩‍👧 عائلة ﷽ \u202Eomgekeerd';

type Body = Record<string, string>;
interface FormCase {
	user: DemoUser | null;
	path: string;
	fields: Body;
	/** The text field to abuse. */
	field: string;
}

const forms = (): FormCase[] => {
	const g = ids().deBoer;
	return [
		{ user: null, path: '/inloggen', fields: { gebruikersnaam: 'ouder', wachtwoord: 'x' }, field: 'gebruikersnaam' },
		{
			user: 'wijkteam',
			path: '/gezinnen?/toevoegen',
			fields: { naam: 'Familie Test', relatie: 'coach' },
			field: 'naam'
		},
		{
			user: 'wijkteam',
			path: `/gezinnen/${g}/toegang?/toevoegen`,
			fields: { soort: 'netwerk', relatie: 'buurman', naam: '' },
			field: 'relatie'
		},
		{ user: 'ouder', path: `/gezinnen/${g}/toegang?/toestaan`, fields: { lid: 'x' }, field: 'lid' },
		{ user: 'ouder', path: `/gezinnen/${g}/toegang?/weigeren`, fields: { lid: 'x' }, field: 'lid' },
		{ user: 'ouder', path: `/gezinnen/${g}/toegang?/beeindigen`, fields: { lid: 'x' }, field: 'lid' },
		{ user: 'ouder', path: `/gezinnen/${g}/toegang?/verwijderen`, fields: { uitnodiging: 'x' }, field: 'uitnodiging' },
		{ user: 'trainer', path: '/account?/sessieBeeindigen', fields: { sessie: 'x' }, field: 'sessie' },
		{
			user: 'trainer',
			path: '/account?/wachtwoord',
			fields: { huidig: 'fout', nieuw: 'iets heel anders hier' },
			field: 'huidig'
		},
		{
			user: 'beheerder',
			path: '/beheer/organisaties?/toevoegen',
			fields: { naam: 'Test org', soort: 'wijkteam' },
			field: 'naam'
		},
		{
			user: 'beheerder',
			path: '/beheer/accounts?/toevoegen',
			fields: { naam: 'Test', gebruikersnaam: 'test', email: '', organisatie: '', rollen: 'professional' },
			field: 'naam'
		},
		{ user: 'beheerder', path: '/beheer/accounts?/link', fields: { account: 'x' }, field: 'account' },
		{ user: null, path: '/wachtwoord/ongeldig', fields: { wachtwoord: 'een lang wachtwoord' }, field: 'wachtwoord' },
		{
			user: null,
			path: '/uitnodiging/ongeldig?/nieuw',
			fields: { naam: 'x', gebruikersnaam: 'xyz', wachtwoord: 'een lang wachtwoord' },
			field: 'naam'
		},
		{ user: 'oma', path: '/uitnodiging/ongeldig?/accepteren', fields: {}, field: 'x' },
		{ user: null, path: '/taal', fields: { taal: 'nl', terug: '/' }, field: 'taal' }
	];
};

const variants: Array<[string, (body: Body, field: string) => Body]> = [
	['empty', (b) => Object.fromEntries(Object.keys(b).map((k) => [k, '']))],
	['100 kB', (b, f) => ({ ...b, [f]: HUGE })],
	['script tag', (b, f) => ({ ...b, [f]: SCRIPT })],
	['unicode', (b, f) => ({ ...b, [f]: UNICODE })],
	['NUL byte', (b, f) => ({ ...b, [f]: 'a\u0000b' })],
	['unknown choice', (b) => ({ ...b, soort: 'beheerder', rollen: 'god', taal: 'kl' })]
];

test('no form answers bad input with a 500', async ({ baseURL }) => {
	test.setTimeout(120_000);
	const clients = new Map<DemoUser | null, Awaited<ReturnType<typeof apiAs>>>();
	for (const form of forms()) {
		if (!clients.has(form.user)) clients.set(form.user, await apiAs(baseURL!, form.user));
		const api = clients.get(form.user)!;
		for (const [name, make] of variants) {
			const res = await api.post(form.path, { form: make(form.fields, form.field), headers: { origin: baseURL! } });
			const where = `${form.user ?? 'anonymous'} POST ${form.path} (${name})`;
			expect(res.status(), where).toBeLessThan(500);
			const text = await res.text();
			expect(text, where).not.toContain(SCRIPT);
			expect(text, where).not.toContain('Internal Error');
		}
		// Wrong type: a file where text belongs.
		const multipart = await api.post(form.path, {
			multipart: {
				...form.fields,
				[form.field]: { name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('hallo') }
			},
			headers: { origin: baseURL! }
		});
		expect(multipart.status(), `${form.path} (file)`).toBeLessThan(500);
	}
	for (const c of clients.values()) await c.dispose();
});

test('a script tag is kept as plain text, with a clear message, and nothing typed is lost', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await login(page, 'wijkteam');
	await page.goto('/gezinnen');
	await page.getByLabel('Naam van het gezin').fill(SCRIPT);
	await page.getByLabel('Jouw rol bij dit gezin').fill('r'.repeat(81));
	await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
	await expect(page.getByText('Dit is te lang. Gebruik hoogstens 80 tekens.')).toBeVisible();
	await expect(page.getByLabel('Naam van het gezin')).toHaveValue(SCRIPT);
	await expect(page.getByLabel('Jouw rol bij dit gezin')).toHaveValue('r'.repeat(81));
	await expectAccessible(page);

	await page.getByLabel('Jouw rol bij dit gezin').fill('coach 👩‍👧');
	await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
	await expect(page).toHaveURL(/\/toegang/);
	await page.getByRole('link', { name: `← ${SCRIPT}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCRIPT);
	expect(dialogs).toEqual([]);
});

test('too long text gets a message on that field', async ({ page }) => {
	await login(page, 'wijkteam');
	await page.goto('/gezinnen');
	await page.getByLabel('Naam van het gezin').fill('a'.repeat(300));
	await page.getByLabel('Jouw rol bij dit gezin').fill('coach');
	await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
	await expect(page.getByText('Dit is te lang. Gebruik hoogstens 80 tekens.')).toBeVisible();
	await expect(page.getByLabel('Jouw rol bij dit gezin')).toHaveValue('coach');
	await expect(page.getByLabel('Naam van het gezin')).toHaveAttribute('aria-invalid', 'true');
});

test('someone else’s id is refused with a message, and changes nothing', async ({ baseURL }) => {
	// The Yilmaz family's professional membership, used from inside De Boer.
	const collega = await apiAs(baseURL!, 'collega');
	const yilmazPage = await collega.get(`/gezinnen/${ids().yilmaz}/toegang`);
	expect(yilmazPage.status()).toBe(200);
	// Collega's own "Zelf stoppen" form carries their Yilmaz membership id.
	const foreignId = /name="lid" value="([a-z0-9]+)"/.exec(await yilmazPage.text())?.[1] ?? '';
	expect(foreignId).toMatch(/^[a-z0-9]{20,}$/);

	const ouder = await apiAs(baseURL!, 'ouder');
	for (const action of ['toestaan', 'weigeren', 'beeindigen']) {
		const res = await ouder.post(`/gezinnen/${ids().deBoer}/toegang?/${action}`, {
			form: { lid: foreignId },
			headers: { origin: baseURL! }
		});
		expect(res.status(), action).toBe(404);
		expect(await res.text()).toContain('Dat konden we niet vinden.');
	}
	// Collega still sees their own gezin.
	expect((await collega.get(`/gezinnen/${ids().yilmaz}`)).status()).toBe(200);

	// An invitation of De Boer cannot be withdrawn from the Yilmaz page.
	const wijkteam = await apiAs(baseURL!, 'wijkteam');
	await wijkteam.post(`/gezinnen/${ids().deBoer}/toegang?/toevoegen`, {
		form: { soort: 'netwerk', relatie: 'buurman', naam: '' },
		headers: { origin: baseURL! }
	});
	const list = await wijkteam.get(`/gezinnen/${ids().deBoer}/toegang`);
	const inviteId = /name="uitnodiging" value="([a-z0-9]+)"/.exec(await list.text())?.[1];
	expect(inviteId).toMatch(/^[a-z0-9]{20,}$/);
	const cross = await collega.post(`/gezinnen/${ids().yilmaz}/toegang?/verwijderen`, {
		form: { uitnodiging: inviteId! },
		headers: { origin: baseURL! }
	});
	expect(cross.status()).toBe(404);
	const still = await wijkteam.get(`/gezinnen/${ids().deBoer}/toegang`);
	expect(await still.text()).toContain(`value="${inviteId}"`);
	for (const c of [collega, ouder, wijkteam]) await c.dispose();
});

/** A form body with one field sent `count` times (as a page with that many checkboxes would). */
function flooded(fields: Body, name: string, count: number): string {
	const body = new URLSearchParams(fields);
	for (let i = 0; i < count; i++) body.append(name, i.toString(36));
	return body.toString();
}

test('a post with 40,000 values for one field gets a clear 400, not a stalled server or a 500', async ({ baseURL }) => {
	const g = ids().deBoer;
	const ouder = await apiAs(baseURL!, 'ouder');
	const cases: Array<[string, Body, string]> = [
		[
			`/gezinnen/${g}/groeiplan?/toevoegen`,
			{ sectie: 'plan', tekst: 'Hulp bij school', organisatie: 'Wijkteam', zichtbaarheid: 'iedereen' },
			'Kies er hoogstens 100.'
		],
		[
			`/gezinnen/${g}/mensen?/toevoegen`,
			{ naam: 'Buurvrouw', soort: 'vrienden-en-buren', nabijheid: 'midden' },
			'Dit zijn te veel keuzes.'
		]
	];
	for (const [path, fields, message] of cases) {
		const data = flooded(fields, path.includes('groeiplan') ? 'doelen' : 'steun', 40_000);
		expect(data.length, 'about 400 kB').toBeGreaterThan(300_000);
		const res = await ouder.post(path, {
			data,
			headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(res.status(), path).toBe(400);
		const text = await res.text();
		expect(text, path).toContain('Dit zijn te veel keuzes.');
		expect(text, path).toContain(message);
	}
	// Nothing was added.
	expect(await (await ouder.get(`/gezinnen/${g}/groeiplan`)).text()).not.toContain('Hulp bij school');
	await ouder.dispose();
});
