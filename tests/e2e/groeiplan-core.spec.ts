import { test, expect, login, expectAccessible, apiAs, ids } from './fixtures';
import type { Browser, Page } from '@playwright/test';

/** Seeded items that oma (network) may not see; the ruzie one is for the family alone. */
const NOT_FOR_NETWORK = [
	'De schuldhulp helpt nu, maar het geeft nog veel stress',
	'De rekeningen stapelen zich op',
	'Geen zorgen meer over geld',
	'slaapt Daan een nacht bij oma',
	'De jeugdbeschermer kijkt mee',
	'Daan en ik hebben vaak ruzie'
];
const FAMILY_ONLY = 'Daan en ik hebben vaak ruzie';

const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const planUrl = () => `/gezinnen/${ids().deBoer}/groeiplan`;

async function pageAs(browser: Browser, ip: string, user: string): Promise<Page> {
	const page = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
	await login(page, user);
	return page;
}

const SECTIE_OF: Record<string, string> = {
	'+ Iets wat goed gaat': 'goed',
	'+ Een zorg': 'zorg',
	'+ Een doel': 'doel',
	'+ Een afspraak': 'afspraak',
	'+ Een plan van een organisatie': 'plan',
	'+ Een evaluatie die we hielden': 'evaluatie',
	'+ Een plan B': 'plan-b'
};

/** Opens a section's add form and fills the main text. */
async function openAdd(page: Page, summary: string, label: string, text: string) {
	const section = page.locator(`#sectie-${SECTIE_OF[summary]}`);
	await section.getByText(summary, { exact: true }).click();
	const form = section.locator('details[open] form');
	await form.getByLabel(label).fill(text);
	return form;
}

test('family and professionals write in every section; changes and removals are kept', async ({ page }) => {
	test.setTimeout(90_000);
	await login(page, 'wijkteam');
	await page.goto(planUrl());
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Ons groeiplan');
	await expectAccessible(page);

	const goed = unique('Sanne lacht weer');
	let form = await openAdd(page, '+ Iets wat goed gaat', 'Wat gaat goed?', goed);
	await expectAccessible(page);
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.locator('#sectie-goed').getByText(goed)).toBeVisible();

	const zorg = unique('Geen vervoer naar school');
	form = await openAdd(page, '+ Een zorg', 'Waar maken jullie je zorgen over?', zorg);
	await form.getByRole('radio', { name: 'gezin en professionals' }).check();
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.locator('#sectie-zorg').getByText(zorg)).toBeVisible();

	const doel = unique('Daan fietst zelf naar school');
	form = await openAdd(page, '+ Een doel', 'Wat willen jullie bereiken? In jullie eigen woorden.', doel);
	await form.getByLabel('Waarom is dit belangrijk?').fill('Dan is hij op tijd.');
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.locator('#sectie-doel').getByText(doel)).toBeVisible();

	const afspraak = unique('Opa repareert de fiets');
	form = await openAdd(page, '+ Een afspraak', 'Wat is de afspraak?', afspraak);
	await form.getByLabel('Wie doet het?').selectOption({ label: 'Ria de Boer (oma)' });
	await form.getByLabel('Wanneer moet het klaar zijn?').fill('2001-02-03');
	await form.getByLabel('Bij welk doel hoort het?').selectOption({ label: doel });
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	const card = page.locator('#sectie-afspraak li').filter({ hasText: afspraak });
	await expect(card).toContainText('Ria de Boer');
	await expect(card).toContainText('Te laat');
	await expect(card).toContainText(`Voor het doel: ${doel}`);

	const plan = unique('Ondersteuningsplan school');
	form = await openAdd(page, '+ Een plan van een organisatie', 'Naam van het plan', plan);
	await form.getByLabel('Organisatie').fill('Basisschool De Regenboog');
	await form.getByRole('checkbox', { name: doel }).check();
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.locator('#sectie-plan').getByText(plan)).toBeVisible();

	form = await openAdd(page, '+ Een evaluatie die we hielden', 'Wat ging goed?', unique('Fietsen lukt'));
	await form.getByLabel('Wanneer was de evaluatie?').fill('2026-11-01');
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.locator('#sectie-evaluatie').getByText('Fietsen lukt')).toBeVisible();

	const planB = unique('Als de fiets stuk is, brengt oma hem');
	form = await openAdd(page, '+ Een plan B', 'Wat doen we als het anders loopt?', planB);
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.locator('#sectie-plan-b').getByText(planB)).toBeVisible();

	// Change one.
	const goedCard = page.locator('#sectie-goed li').filter({ hasText: goed });
	await goedCard.getByRole('button', { name: 'Aanpassen' }).click();
	await expectAccessible(page);
	await page
		.locator(`#sectie-goed form`)
		.filter({ has: page.getByRole('button', { name: 'Bewaren' }) })
		.getByLabel('Wat gaat goed?')
		.fill(`${goed} en zingt`);
	await page.getByRole('button', { name: 'Bewaren' }).first().click();
	await expect(page.locator('#sectie-goed').getByText(`${goed} en zingt`)).toBeVisible();

	// Remove one, after a question.
	await page.locator('#sectie-plan-b li').filter({ hasText: planB }).getByRole('button', { name: 'Weghalen' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Weghalen' }).click();
	await expect(page.locator('#sectie-plan-b').getByText(planB)).toHaveCount(0);

	// Regie and the next evaluation.
	await page.getByText('Regie en volgende evaluatie aanpassen').click();
	await page.getByLabel('Wie trekt het plan?').selectOption({ label: 'Sanne de Boer (moeder)' });
	await page.getByLabel('Volgende evaluatie').fill('2027-02-01');
	await page.getByRole('button', { name: 'Bewaren' }).last().click();
	await expect(page.locator('#sectie-evaluatie')).toContainText('1 februari 2027');

	// The history keeps all of it.
	await page.goto(`${planUrl()}/geschiedenis`);
	await expect(page.getByText(`${planB}`).first()).toBeVisible();
	await expectAccessible(page);
});

test('the network sees only what is shared with everyone: page, paper, history and JSON', async ({ baseURL }) => {
	const oma = await apiAs(baseURL!, 'oma');
	const wijkteam = await apiAs(baseURL!, 'wijkteam');
	const ouder = await apiAs(baseURL!, 'ouder');
	const paths = [
		planUrl(),
		`${planUrl()}/ons-plan`,
		`${planUrl()}/geschiedenis`,
		`${planUrl()}/__data.json`,
		`${planUrl()}/ons-plan/__data.json`,
		`${planUrl()}/geschiedenis/__data.json`,
		'/afspraken',
		'/afspraken/__data.json'
	];
	for (const path of paths) {
		const forOma = await (await oma.get(path)).text();
		for (const secret of NOT_FOR_NETWORK) expect(forOma, `oma ${path}`).not.toContain(secret);
		const forProf = await (await wijkteam.get(path)).text();
		expect(forProf, `wijkteam ${path}`).not.toContain(FAMILY_ONLY);
	}
	// The family sees it all (so the check above can fail).
	expect(await (await ouder.get(planUrl())).text()).toContain(FAMILY_ONLY);
	expect(await (await wijkteam.get(planUrl())).text()).toContain('De jeugdbeschermer kijkt mee');
	// Oma reads but does not write.
	const write = await oma.post(`${planUrl()}?/toevoegen`, {
		form: { sectie: 'goed', tekst: 'x', zichtbaarheid: 'iedereen' },
		headers: { origin: baseURL! }
	});
	expect(write.status()).toBe(403);
	for (const c of [oma, wijkteam, ouder]) await c.dispose();
});

test('the live stream says only that something changed, never what; of an item oma may not see it says nothing', async ({
	baseURL
}) => {
	const oma = await apiAs(baseURL!, 'oma');
	const cookie = (await oma.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
	const abort = new AbortController();
	const res = await fetch(new URL(`${planUrl()}/live`, baseURL), { headers: { cookie }, signal: abort.signal });
	expect(res.headers.get('content-type')).toContain('text/event-stream');
	const reader = res.body!.getReader();

	const ouder = await apiAs(baseURL!, 'ouder');
	const secret = unique('Geheim voor het gezin');
	const saved = await ouder.post(`${planUrl()}?/toevoegen`, {
		form: { sectie: 'zorg', tekst: secret, zichtbaarheid: 'alleen-gezin' },
		headers: { origin: baseURL! }
	});
	expect(saved.status()).toBe(200);
	const open = unique('Voor iedereen');
	expect(
		(
			await ouder.post(`${planUrl()}?/toevoegen`, {
				form: { sectie: 'zorg', tekst: open, zichtbaarheid: 'iedereen' },
				headers: { origin: baseURL! }
			})
		).status()
	).toBe(200);

	let text = '';
	while (!text.includes('event: change')) {
		const { value, done } = await reader.read();
		if (done) break;
		text += new TextDecoder().decode(value);
	}
	abort.abort();
	expect(text).toContain('event: change');
	expect(text).not.toContain(secret);
	// One event, for the item she may see (the hidden one came first), without who or when.
	expect(text.match(/event: change\ndata: (.*)\n/g)).toEqual(['event: change\ndata: {"eigen":false}\n']);
	expect(await (await oma.get(planUrl())).text()).not.toContain(secret);
	await oma.dispose();
	await ouder.dispose();
});

test('two people change the same item: the second sees both texts and chooses; nothing is overwritten silently', async ({
	browser,
	clientIp
}) => {
	test.setTimeout(90_000);
	const ouder = await pageAs(browser, clientIp, 'ouder');
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	await ouder.goto(planUrl());
	const original = unique('Daan leert koken');
	const form = await openAdd(ouder, '+ Een doel', 'Wat willen jullie bereiken? In jullie eigen woorden.', original);
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(ouder.locator('#sectie-doel li').filter({ hasText: original })).toBeVisible();

	const edit = async (page: Page) => {
		await page.goto(planUrl());
		await page
			.locator('#sectie-doel li')
			.filter({ hasText: original })
			.getByRole('button', { name: 'Aanpassen' })
			.click();
		return page.locator('#sectie-doel form').filter({ has: page.getByRole('button', { name: 'Bewaren' }) });
	};
	const sanneForm = await edit(ouder);
	const karinForm = await edit(karin);
	// Both are typing; Sanne saves first.
	await karinForm.getByLabel('Wat willen jullie bereiken? In jullie eigen woorden.').fill(`${original}: soep`);
	await sanneForm.getByLabel('Wat willen jullie bereiken? In jullie eigen woorden.').fill(`${original}: pasta`);
	await sanneForm.getByRole('button', { name: 'Bewaren' }).click();
	await expect(ouder.locator('#sectie-doel li').filter({ hasText: `${original}: pasta` })).toBeVisible();
	// Karin, still typing, is told instead of having her text replaced.
	await expect(karin.getByText('Iemand anders heeft het plan net veranderd.')).toBeVisible();
	await karinForm.getByRole('button', { name: 'Bewaren' }).click();
	const conflict = karin.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit net veranderd' });
	await expect(conflict).toBeVisible();
	await expect(conflict).toContainText(`${original}: soep`);
	await expect(conflict).toContainText(`${original}: pasta`);
	await expectAccessible(karin);

	// She merges both.
	await conflict.getByLabel('Of voeg samen: pas de tekst aan').fill(`${original}: pasta en soep`);
	await conflict.getByRole('button', { name: 'Bewaar samengevoegd' }).click();
	await expect(karin.locator('#sectie-doel li').filter({ hasText: `${original}: pasta en soep` })).toBeVisible();

	// Another round: Sanne keeps her own text on purpose.
	const again = await edit(ouder);
	await again.getByLabel('Wat willen jullie bereiken? In jullie eigen woorden.').fill(`${original}: pasta blijft`);
	const karinAgain = await edit(karin);
	await karinAgain.getByLabel('Wat willen jullie bereiken? In jullie eigen woorden.').fill(`${original}: alleen soep`);
	await karinAgain.getByRole('button', { name: 'Bewaren' }).click();
	await expect(karin.locator('#sectie-doel li').filter({ hasText: `${original}: alleen soep` })).toBeVisible();
	await again.getByRole('button', { name: 'Bewaren' }).click();
	await ouder.getByRole('alert').getByRole('button', { name: 'Bewaar mijn tekst' }).click();
	await expect(ouder.locator('#sectie-doel li').filter({ hasText: `${original}: pasta blijft` })).toBeVisible();

	// Every version is in the history.
	await ouder.goto(`${planUrl()}/geschiedenis`);
	for (const version of ['pasta', 'pasta en soep', 'alleen soep', 'pasta blijft']) {
		await expect(ouder.getByText(`${original}: ${version}`, { exact: false }).first()).toBeVisible();
	}
});

test('someone else’s change appears without reloading; while typing the page asks first', async ({
	browser,
	clientIp
}) => {
	const watcher = await pageAs(browser, clientIp, 'jongere');
	const writer = await pageAs(browser, clientIp, 'wijkteam');
	await watcher.goto(planUrl());
	await writer.goto(planUrl());

	const first = unique('Daan heeft een bijbaan');
	let form = await openAdd(writer, '+ Iets wat goed gaat', 'Wat gaat goed?', first);
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(watcher.getByText(first)).toBeVisible({ timeout: 10_000 });

	// Daan is typing: the page does not pull the rug from under him.
	await watcher.locator('#sectie-zorg').getByText('+ Een zorg', { exact: true }).click();
	await watcher
		.locator('#sectie-zorg details[open] form')
		.getByLabel('Waar maken jullie je zorgen over?')
		.fill('Ik typ nog');
	await writer.reload();
	const second = unique('Daan spaart voor een scooter');
	form = await openAdd(writer, '+ Iets wat goed gaat', 'Wat gaat goed?', second);
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(watcher.getByText('Iemand anders heeft het plan net veranderd.')).toBeVisible({ timeout: 10_000 });
	await expect(
		watcher.locator('#sectie-zorg details[open] form').getByLabel('Waar maken jullie je zorgen over?')
	).toHaveValue('Ik typ nog');
	await watcher.getByRole('button', { name: 'Laat de nieuwe versie zien' }).click();
	await expect(watcher.getByText(second)).toBeVisible();
});

test('Ons plan op papier: one B1 page, and the whole plan prints without buttons', async ({ page }) => {
	await login(page, 'ouder');
	await page.goto(`${planUrl()}/ons-plan`);
	for (const heading of [
		'Dit willen we bereiken',
		'Dit gaan we doen',
		'Wie kun je bellen?',
		'Volgende keer praten we samen op'
	]) {
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
	}
	await expect(page.getByText('Karin Janssen').first()).toBeVisible();
	// One page: the four soonest afspraken (De Boer has more), and a line that says so.
	await expect(page.locator('#afspraken + ul > li')).toHaveCount(4);
	await expect(page.getByText(/^En nog \d+ afspraken\. Die staan in het groeiplan\.$/)).toBeVisible();
	await expectAccessible(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Printen' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages.length).toBe(1);

	await page.goto(planUrl());
	await expect(page.getByRole('button', { name: 'Aanpassen' }).first()).toBeHidden();
	await expect(page.locator('#sectie-doel')).toBeVisible();
});

test('Mijn afspraken: your own open ones over your gezinnen, overdue first', async ({ page }) => {
	await login(page, 'oma');
	await page.goto('/afspraken');
	await expect(page.getByRole('heading', { level: 1, name: 'Mijn afspraken' })).toBeVisible();
	await expect(page.getByText('Oma past op zaterdag op Daan.')).toBeVisible();
	await expect(page.getByText('Sanne belt de schuldhulp')).toHaveCount(0);
	await expectAccessible(page);

	await page.context().clearCookies();
	await login(page, 'ouder');
	await page.goto('/afspraken');
	const items = page.locator('main li');
	await expect(items.first()).toContainText('Te laat');
	await expect(page.getByText('Oma past op zaterdag op Daan.')).toHaveCount(0);
});

test('bad input in the plan gets a clear message and keeps what was typed', async ({ page, baseURL }) => {
	await login(page, 'wijkteam');
	await page.goto(planUrl());
	const form = await openAdd(page, '+ Een afspraak', 'Wat is de afspraak?', '<script>alert(1)</script>');
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByText('Kies wie het doet, of typ een naam.')).toBeVisible();
	await expect(page.locator('#sectie-afspraak details[open] form').getByLabel('Wat is de afspraak?')).toHaveValue(
		'<script>alert(1)</script>'
	);

	const api = await apiAs(baseURL!, 'wijkteam');
	const post = (action: string, form: Record<string, string>) =>
		api.post(`${planUrl()}?/${action}`, { form, headers: { origin: baseURL! } });
	const cases: Array<[string, Record<string, string>, number, string]> = [
		['toevoegen', { sectie: 'zorg', tekst: '', zichtbaarheid: 'iedereen' }, 400, 'Vul dit in.'],
		['toevoegen', { sectie: 'zorg', tekst: 'x'.repeat(100_000), zichtbaarheid: 'iedereen' }, 400, 'Dit is te lang.'],
		[
			'toevoegen',
			{ sectie: 'evaluatie', tekst: 'x', wanneer: '2026-02-31', zichtbaarheid: 'iedereen' },
			400,
			'Dit is geen goede datum.'
		],
		[
			'toevoegen',
			{ sectie: 'zorg', tekst: 'x', zichtbaarheid: 'alleen-gezin' },
			400,
			'Dan kun je het zelf niet meer zien.'
		],
		[
			'toevoegen',
			{ sectie: 'bestaat-niet', tekst: 'x', zichtbaarheid: 'iedereen' },
			400,
			'Kies een van de mogelijkheden.'
		],
		[
			'bewaren',
			{ item: 'aaaaaaaaaaaaaaaaaaaaaaaa', versie: '1', tekst: 'x', zichtbaarheid: 'iedereen' },
			404,
			'Dat staat niet (meer) in het plan.'
		],
		['verwijderen', { item: 'aaaaaaaaaaaaaaaaaaaaaaaa', versie: '1' }, 404, 'Dat staat niet (meer) in het plan.'],
		[
			'regie',
			{ versie: '1', trekker: 'iemand-anders', regieBetekenis: '', volgendeEvaluatie: '' },
			400,
			'Kies een van de mogelijkheden.'
		]
	];
	for (const [action, body, status, message] of cases) {
		const res = await post(action, body);
		expect(res.status(), `${action} ${JSON.stringify(body).slice(0, 80)}`).toBe(status);
		expect(await res.text()).toContain(message);
	}
	// A family-only item cannot be changed by a professional who cannot see it.
	const ouder = await apiAs(baseURL!, 'ouder');
	const html = await (await ouder.get(planUrl())).text();
	const before = html.slice(0, html.indexOf(FAMILY_ONLY));
	const familyOnlyId = [...before.matchAll(/id="item-([a-z0-9]+)"/g)].at(-1)?.[1] ?? '';
	expect(familyOnlyId).toMatch(/^[a-z0-9]{20,}$/);
	const res = await post('bewaren', {
		item: familyOnlyId,
		versie: '1',
		tekst: 'overschreven',
		zichtbaarheid: 'gezin-en-professionals'
	});
	expect(res.status()).toBe(404);
	expect(await (await ouder.get(planUrl())).text()).toContain(FAMILY_ONLY);
	await api.dispose();
	await ouder.dispose();
});

test('a professional’s start page shows open and overdue afspraken and the next evaluation per gezin', async ({
	page
}) => {
	await login(page, 'wijkteam');
	await expect(page).toHaveURL('/gezinnen');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Familie De Boer' }) });
	await expect(card).toContainText(/\d+ open afspraken/);
	await expect(card).toContainText(/\d+ te laat/);
	await expect(card).toContainText(/Evaluatie: \d+ \w+ \d{4}/);
	await card.getByRole('link', { name: /open afspraken/ }).click();
	await expect(page).toHaveURL(planUrl());
});
