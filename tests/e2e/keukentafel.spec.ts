/**
 * The keukentafel: cards moved by keyboard, mouse and touch; every warning of the board provoked
 * and cleared; role and contribution with bad input and a conflict; live between two people;
 * looking back at earlier set-ups; who sees the "niet veilig" mark. Tests that change the table
 * work in a gezin of their own, so De Boer's demo table (and its warning) stays as seeded.
 */
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { test, expect, login, expectAccessible, ids, openAddForm } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e5)}`;
const tafel = (gezin = ids().deBoer) => `/gezinnen/${gezin}/keukentafel`;

async function pageAs(browser: Browser, ip: string, user: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await (await browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
	await login(page, user);
	return page;
}

/** A gezin of its own, made by the wijkteam worker; returns its id. */
async function newGezin(page: Page): Promise<string> {
	await page.goto('/gezinnen');
	await page.getByLabel('Naam van het gezin').fill(`Familie Tafel ${stamp()}`);
	await page.getByLabel('Jouw rol bij dit gezin').fill('gezinscoach');
	await page.getByRole('button', { name: 'Gezin aanmaken' }).click();
	await expect(page).toHaveURL(/\/gezinnen\/[a-z0-9]+\/toegang/);
	return /\/gezinnen\/([a-z0-9]+)\//.exec(page.url())![1]!;
}

/**
 * Opens the board and waits until it is hydrated (the page marks it): a details opened or a card
 * touched before that could be closed or re-drawn by hydration.
 */
async function openBoard(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await boardReady(page);
}
const boardReady = (page: Page) => expect(page.locator('.bord')).toHaveAttribute('data-ready', 'true');

const area = (page: Page, plek: 'aan-tafel' | 'achtergrond' | 'niet-nodig') => page.locator(`[data-plek="${plek}"]`);
const card = (scope: Page | Locator, naam: string) => {
	const page = 'page' in scope && typeof scope.page === 'function' ? (scope as Locator).page() : (scope as Page);
	return scope.locator('li.kaart').filter({ has: page.getByRole('heading', { name: naam, exact: true }) });
};
const warnings = (page: Page) => page.locator('[data-waarschuwing]');

/** Whether any object in a __data.json (devalue's flat arrays: keys point at value indexes) has `key` set to true. */
function anyTrue(json: string, key: string): boolean {
	const parsed = JSON.parse(json) as { nodes?: Array<{ data?: unknown[] } | null> };
	for (const node of parsed.nodes ?? []) {
		const data = node?.data;
		if (!Array.isArray(data)) continue;
		for (const value of data) {
			if (
				value &&
				typeof value === 'object' &&
				!Array.isArray(value) &&
				key in value &&
				data[(value as Record<string, number>)[key]!] === true
			)
				return true;
		}
	}
	return false;
}

/** Takes a ready card from the deck (it lands in the background). */
async function fromDeck(page: Page, label: string): Promise<void> {
	const deck = page.locator('details.stapel');
	if (!(await deck.evaluate((d) => (d as HTMLDetailsElement).open))) await deck.locator('summary').click();
	await deck.getByRole('button', { name: `+ ${label}`, exact: true }).click();
	await expect(page.getByText(`${label} ligt nu op de achtergrond.`)).toBeVisible();
}

/** Moves a card with the keyboard only: Tab to its "Naar: …" button, then Enter. */
async function moveByKeyboard(page: Page, naam: string, naar: string): Promise<void> {
	const button = card(page, naam).getByRole('button', { name: `Naar: ${naar} (${naam})` });
	await button.focus();
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText(`${naam} staat nu bij: ${naar}.`)).toBeVisible();
}

/** Role and contribution, through the card's own form. */
async function setRol(page: Page, naam: string, rol: string, bijdrage: string): Promise<void> {
	const c = card(page, naam);
	await c.getByText('Rol en bijdrage').click();
	await c.getByLabel('Rol', { exact: true }).selectOption({ label: rol });
	await c.getByLabel('Wat doet deze persoon voor het plan?').fill(bijdrage);
	await c.getByRole('button', { name: 'Bewaren' }).click();
	await expect(page.getByText(`De rol van ${naam} is bewaard.`)).toBeVisible();
}

test('every warning of the board: provoked and cleared, with the keyboard only', async ({ browser, clientIp }) => {
	test.setTimeout(120_000);
	const page = await pageAs(browser, clientIp, 'wijkteam');
	const gezin = await newGezin(page);
	await openBoard(page, tafel(gezin));
	// An empty table: nobody from the network, no trekker.
	await expect(warnings(page)).toHaveText([/niemand uit jullie netwerk/, /Niemand aan tafel is trekker/]);

	await fromDeck(page, 'Oma');
	await moveByKeyboard(page, 'Oma', 'Aan tafel');
	await expect(card(area(page, 'aan-tafel'), 'Oma')).toBeVisible();
	// Oma is network: that warning goes; she has no role and no contribution yet.
	await expect(warnings(page)).toHaveText([
		/Niemand aan tafel is trekker/,
		/Zonder rol: Oma\./,
		/Nog niet gezegd wat ze doen voor het plan: Oma\./
	]);

	await setRol(page, 'Oma', 'Trekker', 'Houdt het plan in de gaten.');
	await expect(warnings(page)).toHaveCount(0);
	await expect(page.getByText('De tafel ziet er goed uit.')).toBeVisible();

	// Two professionals against one from the network.
	await fromDeck(page, 'Huisarts');
	await fromDeck(page, 'Voogd');
	await moveByKeyboard(page, 'Huisarts', 'Aan tafel');
	await setRol(page, 'Huisarts', 'Geeft informatie', 'Vertelt over de gezondheid.');
	await moveByKeyboard(page, 'Voogd', 'Aan tafel');
	await setRol(page, 'Voogd', 'Meedenker', 'Denkt mee.');
	await expect(warnings(page)).toHaveText([/meer hulpverleners \(2\) dan gezin en netwerk samen \(1\)/]);
	await moveByKeyboard(page, 'Voogd', 'Niet (meer) nodig');
	await expect(card(area(page, 'niet-nodig'), 'Voogd')).toBeVisible();
	await expect(warnings(page)).toHaveCount(0);

	// Too many: nine at the table (the family and network outnumber the huisarts). Their roles
	// stay empty here, so the board also names them; the count is what this part is about.
	const extra = [
		'Opa',
		'Tante of oom',
		'De buurvrouw',
		'De buurman',
		'Een vriend of vriendin',
		'De juf of meester',
		'Sportcoach'
	];
	for (const label of extra) await fromDeck(page, label);
	for (const label of extra) await moveByKeyboard(page, label, 'Aan tafel');
	await expect(area(page, 'aan-tafel').locator('li.kaart')).toHaveCount(9);
	await expect(warnings(page).first()).toHaveText(
		/Er zitten 9 mensen aan tafel\. Dat zijn er te veel .* \(niet meer dan 8\)/
	);
	await expect(warnings(page)).toHaveText([
		/te veel/,
		/Zonder rol: Opa, Tante of oom, De buurvrouw, De buurman, Een vriend of vriendin, De juf of meester, Sportcoach\./,
		/Nog niet gezegd/
	]);
	await expectAccessible(page);
	await moveByKeyboard(page, 'Sportcoach', 'Op de achtergrond');
	await expect(warnings(page).filter({ hasText: 'te veel' })).toHaveCount(0);

	// No trekker: oma steps back, and comes back.
	const trekker = warnings(page).filter({ hasText: 'Niemand aan tafel is trekker' });
	await expect(trekker).toHaveCount(0);
	await moveByKeyboard(page, 'Oma', 'Op de achtergrond');
	await expect(trekker).toHaveCount(1);
	await moveByKeyboard(page, 'Oma', 'Aan tafel');
	await expect(trekker).toHaveCount(0);
});

test('cards move by dragging with the mouse and with touch; a drop outside the board changes nothing', async ({
	browser,
	clientIp
}) => {
	const page = await pageAs(browser, clientIp, 'wijkteam', { hasTouch: true });
	const gezin = await newGezin(page);
	await openBoard(page, tafel(gezin));
	await fromDeck(page, 'Opa');
	await fromDeck(page, 'GGD');
	// Dragging needs the page's JavaScript.
	await expect(page.locator('.bord')).toHaveAttribute('data-ready', 'true');

	// Mouse: grab the card and drop it on the table (the areas stand side by side on a wide screen).
	const opa = card(page, 'Opa');
	// Mid-screen: near the top or bottom edge the page scrolls along with the card.
	await opa.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const from = (await opa.locator('h3').boundingBox())!;
	const table = (await area(page, 'aan-tafel').boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(table.x + 40, from.y + 10, { steps: 10 });
	await expect(area(page, 'aan-tafel')).toHaveClass(/over/);
	await expect(opa).toHaveClass(/sleept/);
	await page.mouse.up();
	await expect(card(area(page, 'aan-tafel'), 'Opa')).toBeVisible();
	await expect(page.getByText('Opa staat nu bij: Aan tafel.')).toBeVisible();

	// Touch: only the grip starts a drag (the rest of the card scrolls the page).
	const ggd = card(page, 'GGD');
	await ggd.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const grip = ggd.locator('.grip');
	const g = (await grip.boundingBox())!;
	const notNeeded = (await area(page, 'niet-nodig').boundingBox())!;
	const touch = (type: string, x: number, y: number) =>
		grip.dispatchEvent(type, {
			pointerType: 'touch',
			pointerId: 7,
			isPrimary: true,
			button: 0,
			buttons: 1,
			clientX: x,
			clientY: y,
			bubbles: true
		});
	// A touch on the card's text does not start a drag.
	await ggd.locator('h3').dispatchEvent('pointerdown', {
		pointerType: 'touch',
		pointerId: 8,
		isPrimary: true,
		button: 0,
		clientX: g.x - 80,
		clientY: g.y + 20,
		bubbles: true
	});
	await ggd.locator('h3').dispatchEvent('pointermove', {
		pointerType: 'touch',
		pointerId: 8,
		isPrimary: true,
		clientX: notNeeded.x + 30,
		clientY: g.y + 20,
		bubbles: true
	});
	await expect(ggd).not.toHaveClass(/sleept/);
	await ggd.locator('h3').dispatchEvent('pointerup', {
		pointerType: 'touch',
		pointerId: 8,
		isPrimary: true,
		clientX: notNeeded.x + 30,
		clientY: g.y + 20,
		bubbles: true
	});
	await touch('pointerdown', g.x + 5, g.y + 5);
	for (let i = 1; i <= 5; i++) await touch('pointermove', g.x + 5 + ((notNeeded.x + 30 - g.x) * i) / 5, g.y + 5);
	await expect(area(page, 'niet-nodig')).toHaveClass(/over/);
	await touch('pointerup', notNeeded.x + 30, g.y + 5);
	await expect(card(area(page, 'niet-nodig'), 'GGD')).toBeVisible();

	// Dropped outside every area: the card stays where it was.
	await card(page, 'Opa').evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const o = (await card(page, 'Opa').locator('h3').boundingBox())!;
	await page.mouse.move(o.x + 5, o.y + 5);
	await page.mouse.down();
	await page.mouse.move(2, o.y + 5, { steps: 5 });
	await page.mouse.up();
	await expect(card(page, 'Opa')).not.toHaveClass(/sleept/);
	await expect(card(area(page, 'aan-tafel'), 'Opa')).toBeVisible();
});

test('role and contribution: an own role, bad input keeps what was typed, a stale card shows what is there now', async ({
	browser,
	clientIp,
	baseURL
}) => {
	const one = await pageAs(browser, clientIp, 'wijkteam');
	const gezin = await newGezin(one);
	await openBoard(one, tafel(gezin));
	await fromDeck(one, 'De buurvrouw');
	const two = await (
		await one
			.context()
			.browser()!
			.newContext({
				extraHTTPHeaders: { 'x-forwarded-for': clientIp },
				storageState: await one.context().storageState()
			})
	).newPage();
	await openBoard(two, tafel(gezin));

	// An own role, in the family's words, is offered again in the list afterwards.
	const c = card(one, 'De buurvrouw');
	await c.getByText('Rol en bijdrage').click();
	await c.getByLabel('Of schrijf een eigen rol').fill('Kookt op woensdag');
	await c.getByLabel('Wat doet deze persoon voor het plan?').fill('Kookt één keer per week.');
	await c.getByRole('button', { name: 'Bewaren' }).click();
	await expect(c).toContainText('Rol: Kookt op woensdag');
	await expect(c.getByLabel('Rol', { exact: true }).locator('option', { hasText: 'Kookt op woensdag' })).toHaveCount(1);

	// The second tab still has the old version: its change is refused, its text stays.
	const c2 = card(two, 'De buurvrouw');
	await c2.getByText('Rol en bijdrage').click();
	await c2.getByLabel('Wat doet deze persoon voor het plan?').fill('Iets anders');
	await c2.getByRole('button', { name: 'Bewaren' }).click();
	await expect(c2.getByRole('alert')).toContainText('Iemand anders heeft deze kaart net veranderd');
	await expect(card(two, 'De buurvrouw').getByLabel('Wat doet deze persoon voor het plan?')).toHaveValue('Iets anders');
	await expect(card(two, 'De buurvrouw')).toContainText('Rol: Kookt op woensdag');

	// Too long, and a made-up role by a crafted post: a Dutch message, nothing saved.
	const res = await one.request.post(`${tafel(gezin)}?/rol`, {
		form: { betrokkene: 'x'.repeat(24), tafelVersie: '1', rol: '<script>alert(1)</script>' },
		headers: { origin: baseURL!, accept: 'application/json' }
	});
	expect(res.status()).toBe(200);
	expect(await res.text()).toContain('Deze kaart bestaat niet meer');
	await one.reload();
	await boardReady(one);
	await card(one, 'De buurvrouw').getByText('Rol en bijdrage').click();
	// Past the field's own limit (as a crafted form could send it).
	const eigen = card(one, 'De buurvrouw').getByLabel('Of schrijf een eigen rol');
	await eigen.evaluate((el) => el.removeAttribute('maxlength'));
	await eigen.fill('x'.repeat(40) + 'y');
	await card(one, 'De buurvrouw').getByRole('button', { name: 'Bewaren' }).click();
	await expect(card(one, 'De buurvrouw').getByText(/te lang/)).toBeVisible();
	await expect(eigen).toHaveValue('x'.repeat(40) + 'y');
	await one.reload();
	await boardReady(one);
	await expect(card(one, 'De buurvrouw')).toContainText('Rol: Kookt op woensdag');
	await expectAccessible(one);
});

test('live: a card moved by Karin moves on Sanne’s screen, without reloading', async ({ browser, clientIp }) => {
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	const sanne = await pageAs(browser, clientIp, 'ouder');
	const naam = `Buurjongen ${stamp()}`;
	// A person of their own in De Boer, moved only between background and not needed (the table's warning stays).
	await karin.goto(`/gezinnen/${ids().deBoer}/mensen`);
	const form = await openAddForm(karin);
	await form.getByLabel('Naam, of wie het is').fill(naam);
	await form.getByRole('button', { name: 'Voeg toe' }).click();
	await expect(karin.getByText(`${naam} is bewaard.`)).toBeVisible();

	await openBoard(sanne, tafel());
	await expect(card(area(sanne, 'achtergrond'), naam)).toBeVisible();
	await openBoard(karin, tafel());
	await expect(sanne.getByText(/Nu kijken ook: .*Karin Janssen/)).toBeVisible();
	await moveByKeyboard(karin, naam, 'Niet (meer) nodig');
	await expect(card(area(sanne, 'niet-nodig'), naam)).toBeVisible();
	await expect(sanne.getByText('De tafel is bijgewerkt.')).toBeVisible();
	await moveByKeyboard(karin, naam, 'Op de achtergrond');
	await expect(card(area(sanne, 'achtergrond'), naam)).toBeVisible();
});

test('De Boer: the board warns about too many professionals, and the family can look back at the table in March', async ({
	page
}) => {
	await login(page, 'ouder');
	await openBoard(page, tafel());
	await expect(warnings(page)).toHaveText([/meer hulpverleners \(3\) dan gezin en netwerk samen \(2\)/]);
	await expect(card(area(page, 'aan-tafel'), 'Sanne')).toContainText('Rol: Trekker');
	await expect(card(area(page, 'achtergrond'), 'Oma Ria')).toBeVisible();

	// The set-ups are grouped by month; choose the first table (March).
	const choose = page.getByLabel('Kies een moment');
	const maart = choose.locator('optgroup[label^="maart"] option').first();
	await choose.selectOption(await maart.getAttribute('value'));
	await page.getByRole('button', { name: 'Laat zien' }).click();
	await expect(page.getByRole('heading', { name: /Zo zat de tafel op \d+ maart/ })).toBeVisible();
	await expect(card(area(page, 'aan-tafel'), 'Oma Ria')).toContainText('Past op Lotte op woensdag.');
	await expect(card(area(page, 'aan-tafel'), 'Schuldhulpverlener')).toHaveCount(0);
	// Looking back is looking only.
	await expect(page.getByRole('button', { name: /^Naar:/ })).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Terug naar de tafel van nu' }).click();
	await expect(card(area(page, 'achtergrond'), 'Oma Ria')).toBeVisible();

	// Someone else's set-up id, or a made-up one: the table of now, with a word about it.
	await page.goto(`${tafel()}?op=bestaat-niet`);
	await expect(page.getByText('Dat moment bestaat niet. Je ziet de tafel van nu.')).toBeVisible();
});

test('"niet veilig" on the board and the netwerkkaart: the family and professionals see it, oma does not (page and data)', async ({
	browser,
	clientIp
}) => {
	const sanne = await pageAs(browser, clientIp, 'ouder');
	await openBoard(sanne, tafel());
	await expect(card(sanne, 'Papa Erik')).toContainText('Niet veilig');
	// The check below can see the mark when it is there.
	expect(anyTrue(await (await sanne.request.get(`${tafel()}/__data.json`)).text(), 'nietVeilig')).toBe(true);
	await sanne.goto(`/gezinnen/${ids().deBoer}/netwerkkaart`);
	await expect(sanne.getByRole('columnheader', { name: /niet veilig/i })).toBeVisible();

	const oma = await pageAs(browser, clientIp, 'oma');
	for (const path of [
		tafel(),
		`/gezinnen/${ids().deBoer}/netwerkkaart`,
		`/gezinnen/${ids().deBoer}/mensen/afdrukken?wat=netwerkkaart`
	]) {
		await oma.goto(path);
		await expect(oma.locator('h3, td, th').filter({ hasText: 'Papa Erik' }).first()).toBeVisible();
		const html = await oma.content();
		expect(html, path).not.toMatch(/niet veilig/i);
		expect(html, path).not.toContain('Geen contact sinds de scheiding');
		const data = await (await oma.request.get(`${path.split('?')[0]}/__data.json`)).text();
		expect(data, path).not.toContain('Geen contact sinds de scheiding');
		expect(anyTrue(data, 'nietVeilig'), path).toBe(false);
	}
	// Oma looks at the board but does not move cards.
	await oma.goto(tafel());
	await expect(oma.getByRole('button', { name: /^Naar:/ })).toHaveCount(0);
	await expect(oma.getByText('Snel een kaart erbij')).toHaveCount(0);
	await expectAccessible(oma);
});
