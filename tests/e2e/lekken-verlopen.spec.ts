/**
 * What was once shared closes when the family makes it private: older versions follow what an
 * item is now. The groeiplan's history and its comparison, a verslag's afspraken, the keukentafel's
 * earlier set-ups; writing at the table to a note one may not see answers as a missing note; and
 * the tijdlijn always says who typed a story when that is not the teller. Checked over real HTTP,
 * as oma (network) and as a professional, in the HTML and in `__data.json`.
 */
import type { APIRequestContext } from '@playwright/test';
import { test, expect, apiAs, ids, login } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e5)}`;
const g = () => `/gezinnen/${ids().deBoer}`;
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function post(api: APIRequestContext, baseURL: string, path: string, form: Record<string, string>) {
	return api.post(path, { form, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0 });
}

/** The id of the groeiplan item whose text is `tekst`, from the family's page. */
async function itemId(ouder: APIRequestContext, tekst: string): Promise<string> {
	const html = await (await ouder.get(`${g()}/groeiplan`)).text();
	const before = html.slice(0, html.indexOf(tekst));
	const id = [...before.matchAll(/id="item-([a-z0-9]+)"/g)].at(-1)?.[1] ?? '';
	expect(id, `item for ${tekst}`).toMatch(/^[a-z0-9]{20,}$/);
	return id;
}

/** The planmoment numbers as the compare form offers them, with the moment's line, newest first. */
async function momenten(api: APIRequestContext): Promise<Array<{ seq: string; regel: string }>> {
	const html = await (await api.get(`${g()}/groeiplan/geschiedenis`)).text();
	const select = /<select id="van"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
	const seqs = [...select.matchAll(/<option value="(\d+)"/g)].map((x) => x[1]!);
	const list = /<ol class="list-plain momenten[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
	const regels = [...list.matchAll(/<li class="card[\s\S]*?<\/li>/g)].map((x) => x[0]);
	expect(regels).toHaveLength(seqs.length);
	return seqs.map((seq, i) => ({ seq, regel: regels[i]! }));
}

test('an item made "alleen gezin" leaves the network’s and the professional’s groeiplan history: list, comparison and data', async ({
	baseURL,
	clientIp
}) => {
	const [ouder, oma, karin] = await Promise.all([
		apiAs(baseURL!, 'ouder', clientIp),
		apiAs(baseURL!, 'oma', clientIp),
		apiAs(baseURL!, 'wijkteam', clientIp)
	]);
	const secret = `Mama drinkt weer ${stamp()}`;
	const added = await post(ouder, baseURL!, `${g()}/groeiplan?/toevoegen`, {
		sectie: 'zorg',
		tekst: secret,
		zichtbaarheid: 'iedereen'
	});
	expect(added.status()).toBe(200);
	const id = await itemId(ouder, secret);
	// While it is shared, oma reads it in the history (so the checks below can fail).
	expect(await (await oma.get(`${g()}/groeiplan/geschiedenis`)).text()).toContain(secret);
	const created = (await momenten(ouder)).find((x) => x.regel.includes(secret))!.seq;

	const saved = await post(ouder, baseURL!, `${g()}/groeiplan?/bewaren`, {
		item: id,
		versie: '1',
		tekst: secret,
		zichtbaarheid: 'alleen-gezin'
	});
	expect(saved.status()).toBe(200);

	for (const [wie, api] of [
		['oma', oma],
		['wijkteam', karin]
	] as const) {
		const own = await momenten(api);
		const oldest = own.at(-1)!.seq;
		const paths = [
			`${g()}/groeiplan/geschiedenis`,
			`${g()}/groeiplan/geschiedenis/__data.json`,
			// The moment it was made, compared with the oldest: not a moment this reader has.
			`${g()}/groeiplan/geschiedenis?van=${oldest}&tot=${created}`,
			`${g()}/groeiplan/geschiedenis/__data.json?van=${oldest}&tot=${created}`,
			`${g()}/groeiplan/geschiedenis?van=${oldest}&tot=${own[0]!.seq}`,
			`${g()}/groeiplan/geschiedenis/__data.json?van=${oldest}&tot=${own[0]!.seq}`
		];
		for (const path of paths) {
			const res = await api.get(path);
			expect(res.status(), `${wie} ${path}`).toBe(200);
			expect(await res.text(), `${wie} ${path}`).not.toContain(secret);
		}
		expect(own.map((x) => x.seq)).not.toContain(created);
		expect(await (await api.get(`${g()}/groeiplan/geschiedenis?van=${oldest}&tot=${created}`)).text()).toContain(
			'Dat moment bestaat niet'
		);
	}
	// The family still reads every moment of it.
	const forOuder = (await momenten(ouder)).filter((x) => x.regel.includes(secret));
	expect(forOuder).toHaveLength(2);
	await Promise.all([ouder.dispose(), oma.dispose(), karin.dispose()]);
});

test('a verslag stops showing an afspraak the family later made "alleen gezin": page and data, for oma and the professional', async ({
	baseURL,
	clientIp
}) => {
	const [ouder, oma, karin] = await Promise.all([
		apiAs(baseURL!, 'ouder', clientIp),
		apiAs(baseURL!, 'oma', clientIp),
		apiAs(baseURL!, 'wijkteam', clientIp)
	]);
	const plaats = `Buurthuis ${stamp()}`;
	const planned = await post(karin, baseURL!, `${g()}/gesprekken?/toevoegen`, {
		soort: 'afstemming',
		datum: today(),
		tijd: '10:00',
		plaats
	});
	expect(planned.status()).toBe(303);
	const path = new URL(planned.headers().location!, baseURL).pathname;
	// Oma is invited, so she reads the verslag.
	const page = await (await karin.get(path)).text();
	const omaKaart = /<option value="([a-z0-9]+)">Oma Ria<\/option>/.exec(page)?.[1];
	if (omaKaart)
		expect((await post(karin, baseURL!, `${path}?/deelnemerToevoegen`, { betrokkene: omaKaart })).status()).toBe(200);
	expect((await oma.get(path)).status()).toBe(200);
	expect((await post(karin, baseURL!, `${path}?/begin`, {})).status()).toBe(303);
	const secret = `Sanne gaat naar de verslavingszorg ${stamp()}`;
	const gedeeld = `Oma haalt Lotte op ${stamp()}`;
	for (const tekst of [gedeeld, secret]) {
		expect(
			(
				await post(karin, baseURL!, `${path}/voeren?/afspraakToevoegen`, {
					tekst,
					wieTekst: 'Sanne',
					zichtbaarheid: 'iedereen',
					punt: ''
				})
			).status()
		).toBe(200);
	}
	expect((await post(karin, baseURL!, `${path}/voeren?/verslagMaken`, { reactieTot: inDays(7) })).status()).toBe(303);
	expect(await (await oma.get(`${path}/verslag`)).text()).toContain(secret);

	const id = await itemId(ouder, secret);
	const saved = await post(ouder, baseURL!, `${g()}/groeiplan?/bewaren`, {
		item: id,
		versie: '1',
		tekst: secret,
		wieTekst: 'Sanne',
		status: 'open',
		zichtbaarheid: 'alleen-gezin'
	});
	expect(saved.status()).toBe(200);

	for (const [wie, api] of [
		['oma', oma],
		['wijkteam', karin]
	] as const) {
		for (const p of [`${path}/verslag`, `${path}/verslag/__data.json`]) {
			const text = await (await api.get(p)).text();
			expect(text, `${wie} ${p}`).not.toContain(secret);
			expect(text, `${wie} ${p}`).toContain(gedeeld);
		}
	}
	// The verslag's text is as it was made: the family reads the line as it was.
	expect(await (await ouder.get(`${path}/verslag`)).text()).toContain(secret);
	await Promise.all([ouder.dispose(), oma.dispose(), karin.dispose()]);
});

test('at the table, a professional cannot change or take back a note "alleen gezin": the answer is that of a missing note', async ({
	baseURL,
	clientIp
}) => {
	const [ouder, karin] = await Promise.all([apiAs(baseURL!, 'ouder', clientIp), apiAs(baseURL!, 'wijkteam', clientIp)]);
	const planned = await post(karin, baseURL!, `${g()}/gesprekken?/toevoegen`, {
		soort: 'afstemming',
		datum: today(),
		tijd: '11:00',
		plaats: `Thuis ${stamp()}`
	});
	const path = new URL(planned.headers().location!, baseURL).pathname;
	expect((await post(karin, baseURL!, `${path}?/begin`, {})).status()).toBe(303);
	const secret = `Alleen voor ons ${stamp()}`;
	// Written at the agenda item everyone looks at now.
	const screen = await (await ouder.get(`${path}/voeren`)).text();
	const punt =
		/name="punt" value="([a-z0-9]+)"/.exec(screen.slice(screen.indexOf('action="?/notitieToevoegen"')))?.[1] ?? '';
	expect(punt).toMatch(/^[a-z0-9]{20,}$/);
	expect(
		(
			await post(ouder, baseURL!, `${path}/voeren?/notitieToevoegen`, {
				tekst: secret,
				soort: 'besluit',
				zichtbaarheid: 'alleen-gezin',
				punt
			})
		).status()
	).toBe(200);
	const html = await (await ouder.get(`${path}/voeren`)).text();
	const noteId = /name="notitie" value="([a-z0-9]+)"/.exec(html.slice(html.indexOf(secret)))?.[1] ?? '';
	expect(noteId).toMatch(/^[a-z0-9]{20,}$/);
	expect(await (await karin.get(`${path}/voeren`)).text()).not.toContain(secret);

	const missing = await post(karin, baseURL!, `${path}/voeren?/notitieBewaren`, {
		notitie: 'a'.repeat(24),
		tekst: 'overschreven'
	});
	expect(missing.status()).toBe(404);
	const missingText = await missing.text();
	expect(missingText).toContain('Dit bestaat niet meer.');
	for (const [action, form] of [
		['notitieBewaren', { notitie: noteId, tekst: 'overschreven' }],
		['notitieVerwijderen', { notitie: noteId }]
	] as const) {
		const res = await post(karin, baseURL!, `${path}/voeren?/${action}`, form);
		expect(res.status(), action).toBe(404);
		expect(await res.text(), action).toContain('Dit bestaat niet meer.');
	}
	// Nothing changed for the family.
	const after = await (await ouder.get(`${path}/voeren`)).text();
	expect(after).toContain(secret);
	expect(after).not.toContain('overschreven');
	await Promise.all([ouder.dispose(), karin.dispose()]);
});

test('the keukentafel’s earlier set-ups show oma no "niet veilig" mark and no contact details', async ({
	baseURL,
	clientIp
}) => {
	const [ouder, oma] = await Promise.all([apiAs(baseURL!, 'ouder', clientIp), apiAs(baseURL!, 'oma', clientIp)]);
	const tafel = `${g()}/keukentafel`;
	// The family sees what oma must not (so the checks can fail).
	const forOuder = await (await ouder.get(`${g()}/mensen`)).text();
	expect(forOuder).toContain('06-12345678');
	expect(forOuder).toContain('Geen contact sinds de scheiding');
	const html = await (await oma.get(tafel)).text();
	const select = /<select id="op"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
	const ops = [...select.matchAll(/<option value="([a-z0-9]+)"/g)].map((x) => x[1]!);
	expect(ops.length).toBeGreaterThan(2);
	for (const op of ops) {
		for (const p of [`${tafel}?op=${op}`, `${tafel}/__data.json?op=${op}`]) {
			const text = await (await oma.get(p)).text();
			expect(text, p).toContain('Oma Ria');
			expect(text, p).not.toMatch(/niet veilig/i);
			expect(text, p).not.toContain('Geen contact sinds de scheiding');
			expect(text, p).not.toContain('06-12345678');
			expect(text, p).not.toContain('@wijkteam.example.nl');
		}
	}
	await Promise.all([ouder.dispose(), oma.dispose()]);
});

test('a story told in someone else’s name says who typed it: list, event page and print', async ({
	page,
	baseURL,
	clientIp
}) => {
	const karin = await apiAs(baseURL!, 'wijkteam', clientIp);
	const titel = `Naar de voedselbank ${stamp()}`;
	const res = await post(karin, baseURL!, `${g()}/tijdlijn?/toevoegen`, {
		titel,
		verhaal: 'Het was zwaar.',
		vanJaar: '2024',
		baan: 'gezin',
		moment: 'moeilijk',
		verhaalVan: ids().accounts.ouder,
		zichtbaarheid: 'iedereen'
	});
	expect(res.status()).toBe(200);
	await karin.dispose();

	await login(page, 'oma');
	await page.goto(`${g()}/tijdlijn`);
	const item = page.locator('li.gebeurtenis').filter({ hasText: titel });
	await expect(item).toContainText('Verhaal van Sanne de Boer, ingetypt door Karin Janssen');
	// Open the moment by its link's address: a click can race the list's live reloads while other
	// tests add moments to De Boer, and what is checked here is the event page's text.
	const href = await item.getByRole('link', { name: titel }).getAttribute('href');
	expect(href).toMatch(/\/tijdlijn\/[^/?]+$/);
	await page.goto(href!);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(titel);
	await expect(page.locator('dl.facts')).toContainText('Sanne de Boer (ingetypt door Karin Janssen)');
	await page.goto(`${g()}/tijdlijn/afdrukken?formaat=lijst`);
	await expect(page.locator('li.gebeurtenis').filter({ hasText: titel })).toContainText(
		'Verhaal van Sanne de Boer, ingetypt door Karin Janssen'
	);
	// A story Sanne typed herself names only her.
	await expect(
		page
			.locator('li.gebeurtenis')
			.filter({ hasText: 'Verhaal van Sanne de Boer' })
			.filter({ hasNotText: 'ingetypt' })
			.first()
	).toBeVisible();
});
