import { test, expect, login, expectAccessible, apiAs, ids, printedPdf } from './fixtures';
import type { APIRequestContext, Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';

/**
 * The tijdlijn "Dit zijn wij!": drawing and list, adding and changing moments (with and without
 * JavaScript), "Vertel een moment", bad input and conflicts, who sees what (page, JSON, paper,
 * live stream), live updates with presence, the keyboard in the drawing, and paper sizes.
 * Every test makes its own moments with a unique stamp; seeded moments are only read.
 */
test.describe.configure({ mode: 'parallel' });

const Y = new Date().getUTCFullYear();
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e5)}`;
const unique = (text: string) => `${text} ${stamp()}`;
const tl = () => `/gezinnen/${ids().deBoer}/tijdlijn`;

/** Seeded: for everyone / gezin and professionals / only the gezin. */
const VOOR_IEDEREEN = 'Oma past elke woensdag op';
const GEZIN_EN_PROF = 'Erik en ik gaan uit elkaar';
const GEZIN_EN_PROF_VERHAAL = 'Er was veel ruzie. Erik ging weg.';
const ALLEEN_GEZIN = 'Ik was heel somber';
const ALLEEN_GEZIN_VERHAAL = 'Ik kwam bijna de deur niet uit.';

async function pageAs(browser: Browser, ip: string, user: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await (await browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
	await login(page, user);
	return page;
}

const drawing = (page: Page) => page.locator('svg.tekening');
/** The drawing is interactive once d3-zoom is attached (Tijdlijn.svelte sets data-ready). */
const ready = (page: Page) => expect(drawing(page)).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
const listItem = (page: Page, titel: string) => page.locator('#lijst li').filter({ hasText: titel });
const drawnLink = (page: Page, titel: string) =>
	drawing(page)
		.locator('a')
		.filter({ has: page.locator('title', { hasText: titel }) });

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The first line of a list item: the when in words (formatWanneer) · the lane. */
const when = (wanneer: string, baan: string) => new RegExp(`(^|\\s)${escapeRe(wanneer)} · ${escapeRe(baan)}`);
/** The id of a moment, from the list in a tijdlijn page's HTML. */
function idIn(html: string, titel: string): string {
	const match = new RegExp(
		`href="[^"]*/gezinnen/${ids().deBoer}/tijdlijn/([a-z0-9]+)"[^>]*>(?:\\s|<!--[^>]*-->)*${escapeRe(titel)}`
	).exec(html);
	expect(match, `id of “${titel}”`).not.toBeNull();
	return match![1]!;
}

type Fields = Record<string, string>;
const base = (titel: string, extra: Fields = {}): Fields => ({
	titel,
	vanJaar: String(Y - 1),
	vanMaand: '',
	vanDag: '',
	baan: 'gezin',
	moment: 'gewoon',
	zichtbaarheid: 'iedereen',
	verhaal: '',
	verhaalVan: '',
	...extra
});

/** A crafted form POST (as a browser would send it, with the origin), as the given client. */
async function post(api: APIRequestContext, baseURL: string, path: string, form: Fields) {
	const res = await api.post(path, { form, headers: { origin: baseURL } });
	return { status: res.status(), html: await res.text() };
}

async function addViaApi(api: APIRequestContext, baseURL: string, form: Fields): Promise<string> {
	const { status, html } = await post(api, baseURL, `${tl()}?/toevoegen`, form);
	expect(status, `add “${form.titel}”`).toBe(200);
	return idIn(html, form.titel!);
}

/** Opens the add form on the tijdlijn page, and waits until its first field shows (as a user would). */
async function openAdd(page: Page): Promise<Locator> {
	await page.locator('details.add > summary', { hasText: 'Zet een moment op de tijdlijn' }).click();
	const form = page.locator('details.add[open] form.gebeurtenis-form');
	await expect(form.getByLabel('Wat gebeurde er?')).toBeVisible();
	return form;
}

/**
 * Opens a moment from the tijdlijn page by its link's address: a click can race the list's live
 * reloads while other tests add moments to De Boer (the list re-renders under the pointer).
 */
async function openFromList(page: Page, link: Locator): Promise<void> {
	const href = await link.getAttribute('href');
	expect(href).toMatch(/\/tijdlijn\/[^/?]+$/);
	await page.goto(href!);
}

/** Reads an SSE stream until `until` is in it, or the time is up. */
async function readStream(
	reader: ReadableStreamDefaultReader<Uint8Array>,
	until: (text: string) => boolean,
	ms: number
): Promise<string> {
	let text = '';
	const deadline = Date.now() + ms;
	const decoder = new TextDecoder();
	while (!until(text) && Date.now() < deadline) {
		const chunk = await Promise.race([
			reader.read(),
			new Promise<null>((r) => setTimeout(() => r(null), Math.max(1, deadline - Date.now())))
		]);
		if (!chunk || chunk.done) break;
		text += decoder.decode(chunk.value);
	}
	return text;
}

test('add a moment with the form: in the list and as a link in the drawing; change it; periods and “nog bezig” in words', async ({
	page
}) => {
	test.setTimeout(90_000);
	await login(page, 'ouder');
	await page.goto(tl());
	await ready(page);

	const titel = unique('Daan leert fietsen');
	let form = await openAdd(page);
	await form.getByLabel('Wat gebeurde er?').fill(titel);
	await form.locator('#nieuw-vanJaar').fill(String(Y - 2));
	await form.locator('#nieuw-vanMaand').selectOption({ label: 'maart' });
	await form.locator('#nieuw-vanDag').fill('12');
	await form.getByRole('radio', { name: /Mooi moment/ }).check();
	await form.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(page.getByText(`‘${titel}’ staat op de tijdlijn.`)).toBeVisible();

	const item = listItem(page, titel);
	await expect(item).toContainText(when(`12 maart ${Y - 2}`, 'Ons gezin'));
	await expect(item.getByRole('link', { name: titel })).toBeVisible();
	// In the drawing: a real link, reachable and named after the moment.
	const link = drawnLink(page, titel);
	await expect(link).toHaveCount(1);
	await expect(link).toHaveAttribute('href', /\/tijdlijn\/[a-z0-9]+$/);
	await expect(
		drawing(page).getByRole('link', { name: new RegExp(`Mooi moment: ${escapeRe(titel)}, 12 maart ${Y - 2}`) })
	).toHaveCount(1);
	await link.focus();
	await expect(link).toBeFocused();

	// Change it on its own page: a new title, and now a period of about a year.
	await openFromList(page, item.getByRole('link', { name: titel }));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(titel);
	await page.getByRole('button', { name: 'Aanpassen' }).click();
	await expect(page).toHaveURL(/\?bewerk=1/);
	await expectAccessible(page);
	const nieuw = `${titel} zonder zijwieltjes`;
	const edit = page.locator('form.gebeurtenis-form');
	await edit.getByLabel('Wat gebeurde er?').fill(nieuw);
	await edit.getByLabel('Ongeveer: ik weet het niet precies').check();
	await edit.getByLabel('Het duurde een tijd (een periode)').check();
	await edit.locator('#bewerk-totJaar').fill(String(Y - 1));
	await edit.getByRole('button', { name: 'Bewaren' }).click();
	await expect(page.getByText('Het moment is bewaard.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nieuw);
	await expect(page.locator('.when')).toContainText(`ongeveer 12 maart ${Y - 2} – ${Y - 1}`);

	// A year–year period and something still going, as the list says them.
	await page.goto(tl());
	await ready(page);
	await expect(listItem(page, nieuw)).toContainText(`ongeveer 12 maart ${Y - 2} – ${Y - 1}`);
	await expect(page.locator('#lijst').getByRole('link', { name: titel, exact: true })).toHaveCount(0);
	const bezig = unique('Sanne op zangles');
	form = await openAdd(page);
	await form.getByLabel('Wat gebeurde er?').fill(bezig);
	await form.locator('#nieuw-vanJaar').fill(String(Y - 1));
	await form.locator('#nieuw-vanMaand').selectOption({ label: 'september' });
	await form.getByLabel('Het duurde een tijd (een periode)').check();
	await form.getByLabel('Het is nog bezig').check();
	await expect(form.locator('#nieuw-totJaar')).toHaveCount(0);
	await form.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(listItem(page, bezig)).toContainText(when(`sinds september ${Y - 1} (nog bezig)`, 'Ons gezin'));
	await expect(drawnLink(page, bezig)).toHaveCount(1);
	await expect(drawnLink(page, bezig)).toHaveClass(/bezig/);

	// A second moment without reloading: the form starts as fresh as the first time.
	const periode = unique('Oma woont bij ons');
	form = await openAdd(page);
	await expect.soft(form.getByRole('radio', { name: /Gewoon moment/ }), 'default moment after an add').toBeChecked();
	await expect
		.soft(form.getByRole('radio', { name: 'iedereen aan tafel' }), 'default visibility after an add')
		.toBeChecked();
	await expect.soft(form.getByLabel('Wat gebeurde er?')).toHaveValue('');
	await form.getByRole('radio', { name: /Gewoon moment/ }).check();
	await form.getByRole('radio', { name: 'iedereen aan tafel' }).check();
	await form.getByLabel('Wat gebeurde er?').fill(periode);
	await form.locator('#nieuw-vanJaar').fill(String(Y - 4));
	await form.getByLabel('Het duurde een tijd (een periode)').check();
	await form.locator('#nieuw-totJaar').fill(String(Y - 3));
	await form.getByRole('radio', { name: 'Ons netwerk' }).check();
	await form.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(listItem(page, periode)).toContainText(when(`${Y - 4} – ${Y - 3}`, 'Ons netwerk'));
	await expect(drawnLink(page, periode)).toHaveClass(/periode/);
});

test('Vertel een moment: one question at a time, typed in by Karin for the gezin, shown to Sanne as such (axe on every step)', async ({
	browser,
	clientIp,
	baseURL
}) => {
	test.setTimeout(120_000);
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	await karin.goto(`${tl()}/vertel`);
	const wizard = karin.locator('form.wizard');
	const visible = wizard.locator('fieldset:visible');
	const atStep = async (n: number, legend: string | RegExp) => {
		await expect(karin.getByText(`Vraag ${n} van 7`)).toBeVisible();
		await expect(visible).toHaveCount(1);
		await expect(visible.locator('legend')).toHaveText(legend);
		if (n > 1) await expect(visible.locator('legend')).toBeFocused();
		await expectAccessible(karin);
	};
	const next = () => wizard.getByRole('button', { name: 'Volgende' }).click();

	const titel = unique('Opvoedhulp aan huis');
	const organisatie = unique('Stichting Thuisbasis');

	await atStep(1, 'Wiens verhaal is dit?');
	await expect(visible.getByRole('radio', { name: 'Het gezin' })).toBeChecked();
	await expect(visible.getByLabel('Het gezin vertelt, ik typ het in')).toBeChecked();
	await expect(wizard.getByRole('button', { name: 'Terug' })).toHaveCount(0);
	await next();

	await atStep(2, /Wanneer\?/);
	await visible.getByLabel('Jaar', { exact: true }).fill('20x5');
	await next();
	// Not a year: the wizard stays here and points at the field.
	await expect(karin.getByText('Vraag 2 van 7')).toBeVisible();
	await expect(karin.locator('#vanJaar')).toBeFocused();
	await visible.getByLabel('Jaar', { exact: true }).fill(String(Y - 1));
	await karin.locator('#vanMaand').selectOption({ label: 'mei' });
	await next();

	await atStep(3, 'Duurde het een tijd?');
	await visible.getByRole('radio', { name: 'Ja, een tijd. Het is voorbij.' }).check();
	await visible.getByLabel('Tot welk jaar?').fill(String(Y));
	await next();

	await atStep(4, 'Wat gebeurde er?');
	await visible.getByLabel('Zeg het in een paar woorden').fill(titel);
	await visible.getByLabel('Vertel er meer over (mag leeg blijven)').fill('Twee keer per week kwam er iemand.');
	// Back and forth keeps what was typed.
	await wizard.getByRole('button', { name: 'Terug' }).click();
	await expect(karin.getByText('Vraag 3 van 7')).toBeVisible();
	await next();
	await expect(visible.getByLabel('Zeg het in een paar woorden')).toHaveValue(titel);
	await next();

	await atStep(5, 'Was het een mooi of moeilijk moment?');
	await visible.getByRole('radio', { name: /Moeilijk moment/ }).check();
	await next();

	await atStep(6, 'Bij welke tijdlijn hoort het?');
	await expect(visible.getByLabel('Welke organisatie?')).toHaveCount(0);
	await visible.getByRole('radio', { name: 'Hulp', exact: true }).check();
	await visible.getByLabel('Welke organisatie?').fill(organisatie);
	await visible.getByLabel('Wat voor hulp?').fill('opvoedhulp');
	await next();

	await atStep(7, 'Wie mag dit zien?');
	await expect(wizard.getByRole('button', { name: 'Volgende' })).toHaveCount(0);
	await visible.getByRole('radio', { name: 'gezin en professionals' }).check();
	await wizard.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();

	await expect(karin.getByRole('status')).toHaveText(`Dank je wel! ‘${titel}’ staat nu op de tijdlijn.`);
	await expectAccessible(karin);
	await karin.getByRole('link', { name: 'Naar de tijdlijn' }).click();
	const item = listItem(karin, titel);
	await expect(item).toContainText(when(`mei ${Y - 1} – ${Y}`, 'Hulp'));
	await expect(item).toContainText(`opvoedhulp · ${organisatie}`);
	await expect(item).toContainText('Verhaal van het gezin, ingetypt door Karin Janssen');
	await expect(item).toContainText('Moeilijk moment');
	await karin.context().close();

	// Sanne sees who typed it in, on behalf of the gezin (only tests add such rows today).
	const since = new Date(Date.now() - 36 * 3600_000).toISOString().slice(0, 10);
	const sanne = await pageAs(browser, clientIp, 'ouder');
	await sanne.goto(`/gezinnen/${ids().deBoer}/bekeken?van=${since}`);
	await expect(sanne.getByRole('heading', { level: 1 })).toHaveText('Wie heeft ons plan bekeken?');
	const row = sanne
		.locator('tbody tr')
		.filter({ hasText: 'Karin Janssen' })
		.filter({ hasText: '(namens het gezin)' })
		.filter({ hasText: 'heeft een moment op de tijdlijn gezet' });
	await expect(row.first()).toBeVisible();
	// And the list says the same to her (so the row above is about this moment).
	const ouder = await apiAs(baseURL!, 'ouder');
	const html = await (await ouder.get(tl())).text();
	expect(html).toContain(titel);
	await ouder.dispose();
});

test('without JavaScript: the list, adding, changing and Vertel een moment all work; bad input comes back with messages', async ({
	browser,
	clientIp
}) => {
	test.setTimeout(90_000);
	const page = await pageAs(browser, clientIp, 'ouder', { javaScriptEnabled: false });
	await page.goto(tl());
	await expect(page.locator('#lijst').getByRole('link', { name: VOOR_IEDEREEN })).toBeVisible();
	await expect(page.locator('#lijst').getByRole('link', { name: ALLEEN_GEZIN })).toBeVisible();
	// The drawing is there too (server-drawn), with a link per moment.
	await expect(drawnLink(page, VOOR_IEDEREEN)).toHaveCount(1);

	// Add.
	const titel = unique('Zonder script erbij');
	let form = await openAdd(page);
	await form.getByLabel('Wat gebeurde er?').fill(titel);
	await form.locator('#nieuw-vanJaar').fill(String(Y - 3));
	await form.getByLabel('Het duurde een tijd (een periode)').check();
	await form.locator('#nieuw-totJaar').fill(String(Y - 2));
	await form.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(page.getByText(`‘${titel}’ staat op de tijdlijn.`)).toBeVisible();
	await expect(listItem(page, titel)).toContainText(when(`${Y - 3} – ${Y - 2}`, 'Ons gezin'));

	// A bad year: the message on the field, everything else kept.
	await page.goto(tl());
	const fout = unique('Jaar met een typefout');
	form = await openAdd(page);
	await form.getByLabel('Wat gebeurde er?').fill(fout);
	await form.locator('#nieuw-vanJaar').fill('20x5');
	await form.getByLabel('Vertel er meer over (mag leeg blijven)').fill('Dit wil ik niet kwijt.');
	await form.getByRole('radio', { name: /Moeilijk moment/ }).check();
	await form.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(page.getByText('Er klopt iets niet. Kijk bij de rode meldingen.')).toBeVisible();
	const field = page.locator('#nieuw-vanJaar');
	await expect(field).toHaveValue('20x5');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#nieuw-vanJaar-error')).toHaveText('Vul een jaar in met 4 cijfers, zoals 2015.');
	await expect(page.locator('#nieuw-titel')).toHaveValue(fout);
	await expect(page.locator('#nieuw-verhaal')).toHaveValue('Dit wil ik niet kwijt.');
	await expect(
		page.locator('#nieuw-moment-moeilijk, form.gebeurtenis-form input[name="moment"][value="moeilijk"]').first()
	).toBeChecked();
	// The user must see the message without hunting for it: the add form is open again.
	await expect
		.soft(page.locator('details.add').first(), 'the add form is open after a refused save')
		.toHaveAttribute('open', '');
	await expect.soft(page.locator('#nieuw-vanJaar-error')).toBeVisible();
	await expect(page.locator('#lijst')).not.toContainText(fout);

	// Change.
	await page.goto(tl());
	await page.locator('#lijst').getByRole('link', { name: titel }).click();
	await page.getByRole('button', { name: 'Aanpassen' }).click();
	await expect(page).toHaveURL(/bewerk=1/);
	const nieuw = `${titel} (anders)`;
	await page.locator('#bewerk-titel').fill(nieuw);
	await page.getByRole('button', { name: 'Bewaren' }).click();
	await expect(page.getByText('Het moment is bewaard.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nieuw);

	// Vertel een moment: one long form.
	await page.goto(`${tl()}/vertel`);
	const wizard = page.locator('form.wizard');
	await expect(wizard.locator('fieldset:visible')).toHaveCount(7);
	await expect(page.getByText(/Vraag \d van 7/)).toHaveCount(0);
	const verteld = unique('Daan bij de scouting');
	await page.locator('#vanJaar').fill('1850');
	await wizard.getByLabel('Het duurde een tijd (een periode)').check();
	await wizard.getByLabel('Het is nog bezig').check();
	await page.locator('#titel').fill(verteld);
	await wizard.getByRole('radio', { name: /Mooi moment/ }).check();
	await wizard.getByRole('radio', { name: 'Ons netwerk' }).check();
	await page.locator('#organisatie').fill('Scouting Zwolle');
	await wizard.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	// Out of range: the message on the field, the rest kept.
	await expect(page.locator('#vanJaar-error')).toHaveText(`Kies een jaar tussen 1900 en ${Y + 5}.`);
	await expect(page.locator('#vanJaar')).toHaveValue('1850');
	await expect(page.locator('#titel')).toHaveValue(verteld);
	await expect(page.locator('#organisatie')).toHaveValue('Scouting Zwolle');
	await expect(wizard.getByRole('radio', { name: /Mooi moment/ })).toBeChecked();
	await expect.soft(wizard.getByRole('radio', { name: 'Ons netwerk' }), 'the lane is kept').toBeChecked();
	await expect.soft(wizard.getByLabel('Het duurde een tijd (een periode)'), '“een periode” is kept').toBeChecked();
	await expect.soft(wizard.getByLabel('Het is nog bezig'), '“nog bezig” is kept').toBeChecked();
	await wizard.getByRole('radio', { name: 'Ons netwerk' }).check();
	await page.locator('#vanJaar').fill(String(Y - 1));
	await wizard.getByLabel('Het duurde een tijd (een periode)').check();
	await wizard.getByLabel('Het is nog bezig').check();
	await wizard.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(page.getByRole('status')).toHaveText(`Dank je wel! ‘${verteld}’ staat nu op de tijdlijn.`);
	await page.getByRole('link', { name: 'Naar de tijdlijn' }).click();
	await expect(listItem(page, verteld)).toContainText(when(`sinds ${Y - 1} (nog bezig)`, 'Ons netwerk'));
	await expect(listItem(page, verteld)).toContainText('Mooi moment');
});

test('bad input: clear messages, no script runs, conflicts are shown, and no one writes where they may not', async ({
	browser,
	clientIp,
	baseURL
}) => {
	test.setTimeout(120_000);
	const ouder = await apiAs(baseURL!, 'ouder');

	// Crafted posts: refused with a Dutch message, nothing added.
	const cases: Array<[string, Fields, string]> = [
		['empty title', base(''), 'Vul dit in.'],
		['121 characters', base(`${stamp()} ${'x'.repeat(121)}`), 'Dit is te lang. Gebruik hoogstens 120 tekens.'],
		[
			'31 February',
			base(unique('Eenendertig februari'), { vanMaand: '2', vanDag: '31' }),
			'Deze dag bestaat niet in die maand.'
		],
		[
			'end before start',
			base(unique('Achterstevoren'), { periode: 'ja', vanJaar: String(Y - 1), totJaar: String(Y - 3) }),
			'Het einde ligt voor het begin. Kijk de jaren nog eens na.'
		],
		['a year of letters', base(unique('Letterjaar'), { vanJaar: '20x5' }), 'Vul een jaar in met 4 cijfers, zoals 2015.']
	];
	for (const [name, form, message] of cases) {
		const res = await post(ouder, baseURL!, `${tl()}?/toevoegen`, form);
		expect(res.status, name).toBe(400);
		expect(res.html, name).toContain(message);
	}
	const list = await (await ouder.get(tl())).text();
	for (const [name, form] of cases.slice(1)) expect(list, name).not.toContain(form.titel!.slice(0, 30));

	const page = await pageAs(browser, clientIp, 'ouder');
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto(tl());
	await ready(page);
	// 31 February in the browser: the message at the day, what was typed kept.
	const script = `<script>alert("tijdlijn")</script><img src=x onerror=alert(2)> ${stamp()}`;
	const form = await openAdd(page);
	await form.getByLabel('Wat gebeurde er?').fill(script);
	await form.locator('#nieuw-vanJaar').fill(String(Y - 1));
	await form.locator('#nieuw-vanMaand').selectOption({ label: 'februari' });
	await form.locator('#nieuw-vanDag').fill('31');
	await form.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(page.locator('#nieuw-vanDag-error')).toHaveText('Deze dag bestaat niet in die maand.');
	await expect(page.locator('#nieuw-titel')).toHaveValue(script);
	// A script in the title is only text.
	await page.locator('#nieuw-vanDag').fill('28');
	await form.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(listItem(page, script)).toHaveCount(1);
	await expect(drawnLink(page, script)).toHaveCount(1);
	await openFromList(page, listItem(page, script).getByRole('link'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(script);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(script);
	await page.goto(`${tl()}/afdrukken?formaat=lijst`);
	await expect(page.getByText(script)).toBeVisible();
	expect(dialogs).toEqual([]);

	// Two people change the same moment: the second sees both and chooses.
	const titel = unique('Samen naar de dierentuin');
	const id = await addViaApi(ouder, baseURL!, base(titel, { verhaal: 'Met z’n drieën.' }));
	const daan = await pageAs(browser, clientIp, 'jongere');
	await page.goto(`${tl()}/${id}?bewerk=1`);
	await daan.goto(`${tl()}/${id}?bewerk=1`);
	await page.locator('#bewerk-titel').fill(`${titel}: Sanne`);
	await daan.locator('#bewerk-titel').fill(`${titel}: Daan`);
	await daan.locator('#bewerk-verhaal').fill('Ik zag de leeuwen.');
	await page.getByRole('button', { name: 'Bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${titel}: Sanne`);
	await daan.getByRole('button', { name: 'Bewaren' }).click();
	const conflict = daan
		.getByRole('alert')
		.filter({ hasText: 'Iemand anders heeft dit net veranderd. Kijk wat er nu staat en kies.' });
	await expect(conflict).toBeVisible();
	await expect(conflict).toContainText(`${titel}: Daan`);
	await expect(conflict).toContainText('Ik zag de leeuwen.');
	await expect(conflict).toContainText(`${titel}: Sanne`);
	// “Kijk wat er nu staat”: the moment on the page above the choice is the current one too.
	await expect
		.soft(daan.getByRole('heading', { level: 1 }), 'the heading shows what is there now')
		.toHaveText(`${titel}: Sanne`);
	await expectAccessible(daan);
	await conflict.getByRole('button', { name: 'Bewaar mijn tekst' }).click();
	await expect(daan.getByText('Het moment is bewaard.')).toBeVisible();
	await expect(daan.getByRole('heading', { level: 1 })).toHaveText(`${titel}: Daan`);
	await daan.reload();
	await expect(daan.getByRole('heading', { level: 1 })).toHaveText(`${titel}: Daan`);
	await expect(daan.getByText('Ik zag de leeuwen.').first()).toBeVisible();
	await expect(daan.getByText('Eerdere versies (3)')).toBeVisible();

	// Someone else’s moment under another gezin: as if it does not exist.
	const yilmaz = `/gezinnen/${ids().yilmaz}/tijdlijn/${id}`;
	const collega = await apiAs(baseURL!, 'collega');
	expect((await collega.get(yilmaz)).status()).toBe(404);
	const data = await (await collega.get(`${yilmaz}/__data.json`)).text();
	expect(data).toMatch(/"status":404/);
	expect(data).not.toContain(titel);
	expect(
		(await post(collega, baseURL!, `${yilmaz}?/bewaren`, base('Overgenomen door Yilmaz', { versie: '3' }))).status
	).toBe(404);
	expect((await post(collega, baseURL!, `${yilmaz}?/verwijderen`, { versie: '3' })).status).toBe(404);
	expect((await collega.get(`${tl()}/${id}`)).status()).toBe(404);
	expect((await ouder.get(yilmaz)).status()).toBe(404);
	const still = await (await ouder.get(`${tl()}/${id}`)).text();
	expect(still).toContain(`${titel}: Daan`);
	expect(still).not.toContain('Overgenomen door Yilmaz');

	// Oma reads, but a crafted post to add is refused and adds nothing.
	const oma = await apiAs(baseURL!, 'oma');
	const omaTitel = unique('Oma schrijft stiekem');
	const omaPost = await post(oma, baseURL!, `${tl()}?/toevoegen`, base(omaTitel));
	expect(omaPost.status).toBe(403);
	expect(await (await ouder.get(tl())).text()).not.toContain(omaTitel);
	for (const c of [ouder, collega, oma]) await c.dispose();
});

test('who sees what: oma only what is for everyone, the professional not what is for the gezin alone; also on paper, in JSON and on the live stream', async ({
	baseURL
}) => {
	const oma = await apiAs(baseURL!, 'oma');
	const wijkteam = await apiAs(baseURL!, 'wijkteam');
	const ouder = await apiAs(baseURL!, 'ouder');
	const { gezinEnProfessionals, alleenGezin, iedereen } = ids().tijdlijn;
	const paths = [
		tl(),
		`${tl()}?lijst=per-baan`,
		`${tl()}/__data.json`,
		`${tl()}/afdrukken?formaat=a4`,
		`${tl()}/afdrukken?formaat=a3`,
		`${tl()}/afdrukken?formaat=lijst`,
		`${tl()}/afdrukken/__data.json?formaat=lijst`,
		`${tl()}/${iedereen}`,
		`${tl()}/${iedereen}/__data.json`
	];
	for (const path of paths) {
		const forOma = await (await oma.get(path)).text();
		expect(forOma, `oma ${path}`).toContain(VOOR_IEDEREEN);
		for (const secret of [
			GEZIN_EN_PROF,
			GEZIN_EN_PROF_VERHAAL,
			ALLEEN_GEZIN,
			ALLEEN_GEZIN_VERHAAL,
			gezinEnProfessionals,
			alleenGezin
		])
			expect(forOma, `oma ${path}`).not.toContain(secret);
		const forProf = await (await wijkteam.get(path)).text();
		for (const secret of [ALLEEN_GEZIN, ALLEEN_GEZIN_VERHAAL, alleenGezin])
			expect(forProf, `wijkteam ${path}`).not.toContain(secret);
		if (!path.includes(iedereen)) expect(forProf, `wijkteam ${path}`).toContain(GEZIN_EN_PROF);
		if (!path.includes(iedereen)) expect(await (await ouder.get(path)).text(), `ouder ${path}`).toContain(ALLEEN_GEZIN);
	}
	for (const id of [gezinEnProfessionals, alleenGezin]) {
		const res = await oma.get(`${tl()}/${id}`);
		expect(res.status(), `oma ${id}`).toBe(404);
		const body = await res.text();
		for (const secret of [GEZIN_EN_PROF, ALLEEN_GEZIN, GEZIN_EN_PROF_VERHAAL, ALLEEN_GEZIN_VERHAAL])
			expect(body).not.toContain(secret);
		// SvelteKit answers __data.json with 200 and the error inside; what counts is that nothing leaks.
		const json = await (await oma.get(`${tl()}/${id}/__data.json`)).text();
		expect(json).toMatch(/"status":404/);
		for (const secret of [GEZIN_EN_PROF, ALLEEN_GEZIN, GEZIN_EN_PROF_VERHAAL, ALLEEN_GEZIN_VERHAAL])
			expect(json).not.toContain(secret);
	}
	expect((await wijkteam.get(`${tl()}/${alleenGezin}`)).status()).toBe(404);
	expect(await (await wijkteam.get(`${tl()}/${alleenGezin}/__data.json`)).text()).not.toContain(ALLEEN_GEZIN);
	expect((await wijkteam.get(`${tl()}/${gezinEnProfessionals}`)).status()).toBe(200);
	expect((await ouder.get(`${tl()}/${alleenGezin}`)).status()).toBe(200);

	// The live stream: oma hears nothing of a moment she may not see; of one she may see, only that something changed, never what, who or when.
	const cookie = (await oma.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
	const abort = new AbortController();
	const res = await fetch(new URL(`${tl()}/live`, baseURL), {
		headers: { cookie, 'x-forwarded-for': '198.18.250.1' },
		signal: abort.signal
	});
	expect(res.status).toBe(200);
	expect(res.headers.get('content-type')).toContain('text/event-stream');
	const reader = res.body!.getReader();
	await readStream(reader, (t) => t.includes('verbonden'), 5000);

	const secret = unique('Geheim van het gezin');
	const verhaal = unique('Niemand anders hoeft dit te weten');
	const saved = await addViaApi(
		ouder,
		baseURL!,
		base(secret, { vanJaar: String(Y), verhaal, organisatie: 'Geheime organisatie', zichtbaarheid: 'alleen-gezin' })
	);
	const open = await addViaApi(ouder, baseURL!, base(unique('Voor iedereen'), { vanJaar: String(Y) }));
	const text = await readStream(reader, (t) => t.includes('event: change'), 8000);
	abort.abort();
	expect(text).toContain('event: change');
	for (const leak of [secret, verhaal, saved, open, 'Geheime organisatie', 'alleen-gezin', ids().accounts.ouder])
		expect(text).not.toContain(leak);
	const blocks = text.split('\n\n').filter((b) => b.includes('event: change'));
	// Only the moment for everyone: the hidden one, made first, would have come first.
	expect(blocks).toHaveLength(1);
	const data = JSON.parse(
		blocks[0]!
			.split('\n')
			.find((l) => l.startsWith('data: '))!
			.slice(6)
	) as Record<string, unknown>;
	expect(data).toEqual({ eigen: false });
	// And when oma loads again, it is not there (nor in the summaries that show the latest moments).
	for (const path of [
		tl(),
		`${tl()}/__data.json`,
		`/gezinnen/${ids().deBoer}`,
		`/gezinnen/${ids().deBoer}/groeiplan`
	]) {
		const body = await (await oma.get(path)).text();
		expect(body, `oma ${path}`).not.toContain(secret);
	}
	expect((await oma.get(`${tl()}/${saved}`)).status()).toBe(404);
	expect(await (await ouder.get(tl())).text()).toContain(secret);
	for (const c of [oma, wijkteam, ouder]) await c.dispose();
});

test('live: Sanne and Karin see each other, Karin’s new moment appears for Sanne without reloading, and Karin leaving is seen', async ({
	browser,
	clientIp
}) => {
	const sanne = await pageAs(browser, clientIp, 'ouder');
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	await sanne.goto(tl());
	await karin.goto(tl());
	await ready(sanne);
	await ready(karin);
	await expect(sanne.locator('.live')).toContainText('Nu kijken ook:', { timeout: 5000 });
	await expect(sanne.locator('.live')).toContainText('Karin Janssen', { timeout: 5000 });
	await expect(karin.locator('.live')).toContainText('Sanne de Boer', { timeout: 5000 });
	await expect(sanne.locator('.presence')).not.toContainText('Sanne de Boer');

	const titel = unique('Karin komt voor het eerst');
	const form = await openAdd(karin);
	await form.getByLabel('Wat gebeurde er?').fill(titel);
	await form.locator('#nieuw-vanJaar').fill(String(Y));
	await form.getByRole('radio', { name: 'Hulp', exact: true }).check();
	await form.getByLabel('Welke organisatie?').fill('Wijkteam Zwolle-Zuid');
	// Karin typed this herself (the rows "namens het gezin" are for the Vertel test).
	await form.getByLabel('Het gezin vertelt, ik typ het in').uncheck();
	await form.getByRole('button', { name: 'Zet het op de tijdlijn' }).click();
	await expect(listItem(karin, titel)).toBeVisible();

	await expect(sanne.locator('#lijst').getByRole('link', { name: titel })).toBeVisible({ timeout: 5000 });
	await expect(drawnLink(sanne, titel)).toHaveCount(1, { timeout: 5000 });
	await expect(sanne.getByText('De tijdlijn is bijgewerkt.')).toBeVisible();

	await karin.close();
	await expect(sanne.locator('.live')).not.toContainText('Karin Janssen', { timeout: 10_000 });
});

test('the drawing by keyboard alone: controls, moments, zoom keys and buttons', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await login(page, 'jongere');
	await page.goto(tl());
	await ready(page);
	const svg = drawing(page);
	await expect(svg).toHaveAttribute('tabindex', '0');
	await expect(svg).toHaveAttribute('aria-describedby', /.+/);

	const ticks = () =>
		svg
			.locator('.axis text.tick')
			.evaluateAll((els) => els.map((e) => `${e.getAttribute('x')}:${e.textContent}`).join('|'));
	const labels = () => svg.locator('.axis text.tick').allTextContents();
	const all = await ticks();
	const allLabels = await labels();
	expect(allLabels.length).toBeGreaterThan(2);

	// Tab from the tools into the controls, then the drawing, then its first moment.
	await page.getByRole('link', { name: 'Afdrukken' }).focus();
	const order = ['Inzoomen', 'Uitzoomen', 'Eerder', 'Later', 'Alles zien'];
	for (const name of order) {
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name })).toBeFocused();
	}
	await page.keyboard.press('Tab');
	await expect(svg).toBeFocused();
	await page.keyboard.press('Tab');
	const focused = svg.locator('a:focus');
	await expect(focused).toHaveCount(1);
	const name = (await focused.locator('title').textContent())!;
	const href = (await focused.getAttribute('href'))!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${escapeRe(href)}$`));
	expect(name).toContain((await page.getByRole('heading', { level: 1 }).textContent())!.trim());

	await page.goBack();
	await ready(page);
	const uit = page.getByRole('button', { name: 'Uitzoomen' });
	await expect(uit).toHaveAttribute('aria-disabled', 'true');
	// Keys on the focused drawing.
	await svg.focus();
	await page.keyboard.press('+');
	await expect(svg).toHaveClass(/zoomed/);
	await expect.poll(ticks).not.toBe(all);
	expect(await labels()).not.toEqual(allLabels);
	await expect(uit).toHaveAttribute('aria-disabled', 'false');
	const zoomedOnce = await ticks();
	await page.keyboard.press('ArrowLeft');
	await expect.poll(ticks).not.toBe(zoomedOnce);
	await page.keyboard.press('0');
	await expect.poll(ticks).toBe(all);
	await expect(svg).not.toHaveClass(/zoomed/);
	await page.keyboard.press('+');
	await expect.poll(ticks).not.toBe(all);
	await page.keyboard.press('-');
	await expect.poll(ticks).toBe(all);
	await expect(uit).toHaveAttribute('aria-disabled', 'true');

	// The buttons, by keyboard.
	const press = async (button: string, key = 'Enter') => {
		await page.getByRole('button', { name: button }).focus();
		await page.keyboard.press(key);
	};
	// At the whole view there is nothing to zoom out of: the button says so, and nothing moves.
	await expect(page.getByRole('button', { name: 'Uitzoomen' })).toHaveAttribute('aria-disabled', 'true');
	await press('Uitzoomen');
	expect(await ticks()).toBe(all);
	await press('Inzoomen');
	await expect.poll(ticks).not.toBe(all);
	const inn = await ticks();
	await press('Eerder', ' ');
	await expect.poll(ticks).not.toBe(inn);
	const earlier = await ticks();
	await press('Later');
	await expect.poll(ticks).not.toBe(earlier);
	await press('Uitzoomen');
	await expect.poll(ticks).toBe(all);
	await press('Inzoomen', ' ');
	await expect.poll(ticks).not.toBe(all);
	await press('Alles zien');
	await expect.poll(ticks).toBe(all);
	await expect(uit).toHaveAttribute('aria-disabled', 'true');
});

for (const [formaat, size, label] of [
	['a4', [842, 595], 'A4 landscape'],
	['a3', [1191, 842], 'A3 landscape'],
	['lijst', [595, 842], 'A4 portrait']
] as const) {
	test(`print ${formaat}: ${label}, without buttons or navigation`, async ({ page }) => {
		await login(page, 'ouder');
		await page.goto(`${tl()}/afdrukken?formaat=${formaat}`);
		await expect(page.getByRole('heading', { name: 'Dit zijn wij! · Familie De Boer' })).toBeVisible();
		await expect(page.getByText(VOOR_IEDEREEN).first()).toBeAttached();
		if (formaat !== 'lijst') await ready(page);
		await expect(page.getByRole('button', { name: 'Printen' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		for (const el of await page.locator('.no-print').all()) await expect(el).toBeHidden();
		await expect(page.locator('button:visible, input:visible, select:visible')).toHaveCount(0);
		await expect(page.getByRole('navigation')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Dit zijn wij! · Familie De Boer' })).toBeVisible();

		const pdf = await printedPdf(page);
		expect(Math.abs(pdf.width - size[0]), `width ${pdf.width}`).toBeLessThan(3);
		expect(Math.abs(pdf.height - size[1]), `height ${pdf.height}`).toBeLessThan(3);
		// The drawing is made for one sheet.
		if (formaat !== 'lijst') expect(pdf.pages, 'pages for the drawing').toBe(1);
	});
}

test('on a phone (390 px): the tijdlijn page with the form open and the drawing zoomed passes axe and does not scroll sideways', async ({
	browser,
	clientIp
}) => {
	const page = await pageAs(browser, clientIp, 'ouder', { viewport: { width: 390, height: 844 } });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(tl());
	await ready(page);
	await openAdd(page);
	await page.getByRole('button', { name: 'Inzoomen' }).click();
	await expect(drawing(page)).toHaveClass(/zoomed/);
	await expectAccessible(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
});

test('a long tijdlijn: the drawing shows every moment, the list 100 at a time with pages that work without JavaScript', async ({
	browser,
	clientIp,
	baseURL
}) => {
	test.setTimeout(150_000);
	// Yilmaz, so the shared De Boer tijdlijn keeps one short list for the other tests.
	const collega = await apiAs(baseURL!, 'collega');
	const yilmaz = `/gezinnen/${ids().yilmaz}/tijdlijn`;
	const tag = stamp();
	const add = async (n: number) => {
		const res = await collega.post(`${yilmaz}?/toevoegen`, {
			form: {
				titel: `Moment ${String(n).padStart(3, '0')} ${tag}`,
				vanJaar: String(1990 + Math.floor(n / 4)),
				vanMaand: String((n % 4) * 3 + 1),
				baan: 'gezin',
				moment: 'gewoon',
				zichtbaarheid: 'iedereen'
			},
			headers: { origin: baseURL! }
		});
		expect(res.status(), `add moment ${n}`).toBe(200);
	};
	for (let n = 0; n < 105; n += 15)
		await Promise.all(Array.from({ length: Math.min(15, 105 - n) }, (_, i) => add(n + i)));
	const page = await pageAs(browser, clientIp, 'collega', { javaScriptEnabled: false });
	await page.goto(yilmaz);
	const mine = page.locator('#lijst li').filter({ hasText: tag });
	const drawn = drawing(page)
		.locator('a')
		.filter({ has: page.locator('title', { hasText: tag }) });
	await expect(drawn).toHaveCount(105);
	const first = await mine.count();
	expect(first, 'moments on the first page of the list').toBeGreaterThan(0);
	expect(await page.locator('#lijst li').count()).toBeLessThanOrEqual(100);
	await expect(page.locator('#lijst li').first()).toContainText(`Moment 000 ${tag}`);
	await expect(page.getByText(/Moment 1 tot 100 van de \d+/).first()).toBeVisible();

	await page
		.getByRole('button', { name: /Latere momenten/ })
		.first()
		.click();
	await expect(page).toHaveURL(/pagina=2/);
	await expect(page.locator('#lijst li').filter({ hasText: `Moment 104 ${tag}` })).toHaveCount(1);
	expect(first + (await mine.count()), 'every moment is on one of the pages').toBe(105);
	await page
		.getByRole('button', { name: /Eerdere momenten/ })
		.first()
		.click();
	await expect(page.locator('#lijst li').first()).toContainText(`Moment 000 ${tag}`);
	// A page that does not exist shows the last one instead of an error.
	const res = await page.goto(`${yilmaz}?pagina=999`);
	expect(res?.status()).toBe(200);
	await expect(page.locator('#lijst li').filter({ hasText: `Moment 104 ${tag}` })).toHaveCount(1);
	// axe needs JavaScript in the page: check the second page in a normal browser.
	const withJs = await pageAs(browser, clientIp, 'collega');
	await withJs.goto(`${yilmaz}?pagina=2`);
	await ready(withJs);
	await expectAccessible(withJs);
});
