/**
 * The netwerkkaart (drawing and table), the tipsheet netwerk betrekken with its record per gezin
 * and the stand in the groeiplan, and the people on paper (cards, board, netwerkkaart).
 */
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { test, expect, login, expectAccessible, apiAs, ids, printedPdf } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e5)}`;
const g = () => `/gezinnen/${ids().deBoer}`;

/** Opens a tip's "Ik heb dit geprobeerd" form (as a person taps it) and waits until its field shows. */
async function openPoging(tip: Locator): Promise<void> {
	const details = tip.locator('details.add');
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
	await expect(tip.getByLabel('Wat kwam eruit?')).toBeVisible();
}

async function pageAs(browser: Browser, ip: string, user: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await (await browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
	await login(page, user);
	return page;
}

test('the netwerkkaart: the gezin in the middle, every person drawn once with a label, and the same people as a table', async ({
	page
}) => {
	await login(page, 'ouder');
	await page.goto(`${g()}/netwerkkaart`);
	const svg = page.locator('svg[role="img"]');
	await expect(svg).toBeVisible();
	await expect(svg).toContainText('Familie De Boer');
	const table = page.getByRole('table');
	// The twelve seeded people (other tests may add their own): each a row, each drawn once.
	const rows = await table.locator('tbody tr').count();
	expect(rows).toBeGreaterThanOrEqual(12);
	await expect(svg.locator('g.persoon')).toHaveCount(rows);
	for (const naam of ['Oma Ria', 'Papa Erik', 'De buurvrouw (Petra)', 'Karin Janssen', 'Trainer voetbalclub']) {
		await expect(table.getByRole('row', { name: new RegExp(naam.replace(/[()]/g, '\\$&')) })).toBeVisible();
		await expect(svg.locator('text.naam').filter({ hasText: naam })).toHaveCount(1);
	}
	await expect(table.getByRole('row', { name: /Oma Ria/ })).toContainText('Dichtbij');
	await expect(table.getByRole('row', { name: /Oma Ria/ })).toContainText('Praktisch');
	// No label lies over another one.
	const boxes = await svg
		.locator('text.naam')
		.evaluateAll((els) =>
			els.map((e) => (e as SVGGraphicsElement).getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom])
		);
	expect(boxes.length).toBeGreaterThanOrEqual(12);
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const [a, b] = [boxes[i]!, boxes[j]!];
			const overlap = a[0]! < b[2]! - 0.5 && b[0]! < a[2]! - 0.5 && a[1]! < b[3]! - 0.5 && b[1]! < a[3]! - 0.5;
			expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
		}
	await expectAccessible(page);
});

test('tipsheet: Karin writes down a tip she tried (bad date first), marks where the gezin stands; the groeiplan shows it; Sanne reads, oma may not', async ({
	browser,
	clientIp,
	baseURL
}) => {
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	// A gezin of its own, so the stand of De Boer stays as seeded.
	await karin.goto('/gezinnen');
	await karin.getByLabel('Naam van het gezin').fill(`Familie Netwerk ${stamp()}`);
	await karin.getByLabel('Jouw rol bij dit gezin').fill('gezinscoach');
	await karin.getByRole('button', { name: 'Gezin aanmaken' }).click();
	await expect(karin).toHaveURL(/\/gezinnen\/[a-z0-9]+\/toegang/);
	const gezin = /\/gezinnen\/([a-z0-9]+)\//.exec(karin.url())![1]!;
	const tips = `/gezinnen/${gezin}/netwerk-betrekken`;

	await karin.goto(tips);
	await expect(karin.getByRole('heading', { name: 'Vraag het de kinderen' })).toBeVisible();
	const tip = karin.locator('#tip-kinderen');
	await expect(tip).toContainText('Probeer dit:');
	await expect(tip).toContainText('Nog niet geprobeerd.');
	await openPoging(tip);
	const uitkomst = `Lotte noemde haar juf en de buurvrouw ${stamp()}`;
	await tip.getByLabel('Wat kwam eruit?').fill(uitkomst);
	// A date in the future is refused (a crafted value: the date field itself does not allow it); the text stays.
	await tip.getByLabel('Wanneer?').evaluate((el) => {
		(el as HTMLInputElement).removeAttribute('max');
		(el as HTMLInputElement).value = '2999-01-01';
	});
	await tip.getByRole('button', { name: 'Opschrijven' }).click();
	await expect(tip.getByText('Kies een datum, niet in de toekomst.')).toBeVisible();
	await expect(tip.getByLabel('Wat kwam eruit?')).toHaveValue(uitkomst);
	await tip.getByLabel('Wanneer?').fill('2026-03-02');
	await tip.getByRole('button', { name: 'Opschrijven' }).click();
	await expect(karin.getByText('Bewaard: Vraag het de kinderen.')).toBeVisible();
	await expect(tip).toContainText('2 maart 2026 · Karin Janssen');
	await expect(tip).toContainText(uitkomst);

	await karin.getByRole('button', { name: /Zet op ja\s?: Netwerk in beeld/ }).click();
	await expect(karin.locator('[data-stap="netwerk-in-beeld"]')).toContainText('Ja, sinds');
	await expectAccessible(karin);
	await karin.goto(`/gezinnen/${gezin}/groeiplan`);
	await expect(karin.locator('#sectie-netwerk [data-stap="netwerk-in-beeld"]')).toContainText('ja, sinds');
	await expect(karin.locator('#sectie-netwerk [data-stap="familiegroepsplan-aangeboden"]')).toContainText('Nog niet');
	await karin.goto(tips);
	await karin.getByRole('button', { name: /Zet terug op nog niet\s?: Netwerk in beeld/ }).click();
	await expect(karin.locator('[data-stap="netwerk-in-beeld"]')).toContainText('Nog niet');

	// De Boer: Sanne reads the tipsheet and what Karin tried, but writes nothing; oma may not open it.
	const sanne = await pageAs(browser, clientIp, 'ouder');
	await sanne.goto(`${g()}/netwerk-betrekken`);
	await expect(sanne.locator('#tip-wie-helpt-nu')).toContainText('Oma past nu op woensdag op Lotte.');
	await expect(sanne.getByText('Ik heb dit geprobeerd')).toHaveCount(0);
	await expect(sanne.getByRole('button', { name: /Zet op ja/ })).toHaveCount(0);
	const post = await (
		await apiAs(baseURL!, 'ouder')
	).post(`${g()}/netwerk-betrekken?/poging`, {
		form: { tip: 'vroeg', op: '2026-01-01', uitkomst: 'x' },
		headers: { origin: baseURL! }
	});
	expect(post.status()).toBe(403);
	const oma = await (await apiAs(baseURL!, 'oma')).get(`${g()}/netwerk-betrekken`);
	expect(oma.status()).toBe(403);
	await sanne.goto(`${g()}/groeiplan`);
	await expect(sanne.locator('#sectie-netwerk')).toContainText('Aan tafel: ');
	await expect(sanne.locator('#sectie-netwerk [data-stap="familiegroepsplan-aangeboden"]')).toContainText('ja, sinds');
});

for (const [wat, size, label] of [
	['kaarten', [595, 842], 'cards to cut out on A4 portrait'],
	['tafel', [842, 595], 'the board on A4 landscape'],
	['netwerkkaart', [595, 842], 'the netwerkkaart on A4 portrait']
] as const) {
	test(`print ${wat}: ${label}, without buttons or navigation`, async ({ page }) => {
		await login(page, 'ouder');
		await page.goto(`${g()}/mensen/afdrukken?wat=${wat}`);
		await expect(page.locator('li.knip, li.kaart, td, th').filter({ hasText: 'Oma Ria' }).first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Printen' })).toBeVisible();
		await expectAccessible(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('button:visible, input:visible, select:visible')).toHaveCount(0);
		await expect(page.getByRole('navigation')).toBeHidden();
		if (wat === 'kaarten') {
			// Whole sheets of eight cards: the three places and the gezin, twelve people, empty ones.
			const cards = page.locator('li.knip');
			expect((await cards.count()) % 8).toBe(0);
			await expect(page.locator('li.knip', { hasText: 'Papa Erik' })).toBeVisible();
		}
		const pdf = await printedPdf(page);
		expect(Math.abs(pdf.width - size[0]), `width ${pdf.width}`).toBeLessThan(3);
		expect(Math.abs(pdf.height - size[1]), `height ${pdf.height}`).toBeLessThan(3);
	});
}
