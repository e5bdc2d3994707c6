/**
 * Afstemmingsgesprekken, running them and what follows: the table screen that others follow live,
 * notes, besluiten and afspraken that land in the groeiplan, the verslag with reactions beside it,
 * 'vastgesteld' that nothing changes any more (not by form, not by a crafted post), the warme
 * overdracht that only the receiving professional confirms, who sees what, the verslag on A4.
 */
import type { APIRequestContext, Browser, BrowserContextOptions, Page } from '@playwright/test';
import { test, expect, login, expectAccessible, ids, printedPdf, apiAs } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e5)}`;
const g = () => `/gezinnen/${ids().deBoer}`;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

async function pageAs(browser: Browser, ip: string, user: string, options: BrowserContextOptions = {}): Promise<Page> {
	const page = await (await browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
	await login(page, user);
	return page;
}

/** Plans a gesprek on the gezin's list page and returns the gesprek's own path. */
async function plan(page: Page, gezinPath: string, soort: RegExp, plaats: string): Promise<string> {
	await page.goto(`${gezinPath}/gesprekken`);
	await page.getByText('Een gesprek plannen').click();
	await page.getByLabel(soort).check();
	await page.getByLabel('Datum').fill(today());
	await page.getByLabel('Waar?').fill(plaats);
	await page.getByRole('button', { name: 'Plan het gesprek' }).click();
	await expect(page.getByText(plaats)).toBeVisible();
	return new URL(page.url()).pathname;
}

/** A form post as a crafted request would send it (no page, no JavaScript). */
async function post(api: APIRequestContext, baseURL: string, path: string, form: Record<string, string>) {
	return api.post(path, { form, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0 });
}

const kop = (page: Page) => page.locator('#kop-punt');
const notitieForm = (page: Page) => page.locator('form[action="?/notitieToevoegen"]');
const afspraakForm = (page: Page) => page.locator('form[action="?/afspraakToevoegen"]');

test('Karin runs a gesprek at the table and Sanne follows live; afspraken land in the groeiplan; the reaction round; vastgesteld changes nothing any more', async ({
	browser,
	clientIp,
	baseURL
}) => {
	test.setTimeout(120_000);
	const karin = await pageAs(browser, clientIp, 'wijkteam');
	const plaats = `Wijkcentrum ${stamp()}`;
	const path = await plan(karin, g(), /Afstemming/, plaats);
	const gesprekId = path.split('/').pop()!;

	// Before it starts, the table screen says so and only offers to begin.
	const sanne = await pageAs(browser, clientIp, 'ouder', { viewport: { width: 1180, height: 820 } });
	await sanne.goto(`${path}/voeren`);
	await expect(sanne.getByText('Het gesprek is nog niet begonnen.')).toBeVisible();

	await karin.getByRole('button', { name: 'Begin het gesprek' }).click();
	await expect(karin).toHaveURL(new RegExp(`${path}/voeren$`));
	await expect(kop(karin)).toHaveText('Welkom en doel');
	await expect(karin.getByText('Punt 1 van 9')).toBeVisible();
	await expectAccessible(karin);

	// Sanne's gezin page says it is going on; she opens the same screen (a tablet in landscape) and
	// follows Karin without reloading.
	await sanne.goto(g());
	await sanne
		.locator('.notice', { hasText: 'Het gesprek (Afstemming) is nu bezig.' })
		.getByRole('link', { name: 'Naar het gesprek' })
		.click();
	await expect(sanne).toHaveURL(new RegExp(`${path}/voeren$`));
	await expect(kop(sanne)).toHaveText('Welkom en doel');
	await sanne.evaluate(() => ((window as unknown as { zelfdePagina: boolean }).zelfdePagina = true));
	await karin.getByRole('button', { name: /Volgend punt/ }).click();
	await expect(kop(karin)).toHaveText('Wie is wie');
	await expect(kop(sanne)).toHaveText('Wie is wie');
	await expect(sanne.getByText('Punt 2 van 9')).toBeVisible();
	// Karin jumps ahead in the agenda; Sanne goes along.
	await karin.getByRole('button', { name: /Wie doet wat, wanneer\?/ }).click();
	await expect(kop(sanne)).toHaveText('Wie doet wat, wanneer?');
	expect(await sanne.evaluate(() => (window as unknown as { zelfdePagina?: boolean }).zelfdePagina)).toBe(true);
	await expect(sanne.locator('[aria-current="step"]')).toContainText('Wie doet wat, wanneer?');

	// A besluit and an afspraak, written down as they are made; Sanne sees them appear.
	const besluit = `Karin en de school bellen elke maand ${stamp()}`;
	await notitieForm(karin).getByLabel('Wat is er gezegd of besloten?').fill(besluit);
	await notitieForm(karin).getByLabel('Besluit').check();
	await notitieForm(karin).getByLabel('iedereen aan tafel').check();
	await notitieForm(karin).getByRole('button', { name: 'Schrijf op' }).click();
	await expect(karin.getByText('Het besluit staat erin.')).toBeVisible();
	await expect(sanne.locator('.opgeschreven')).toContainText(besluit);
	// A word added to it afterwards: Sanne sees the new words.
	const besluitKaart = karin.locator('.opgeschreven li').filter({ hasText: besluit });
	await besluitKaart.locator('summary').click();
	await besluitKaart.getByLabel('Besluit').fill(`${besluit}, met Sanne erbij`);
	await besluitKaart.getByRole('button', { name: 'Bewaren' }).click();
	await expect(sanne.locator('.opgeschreven')).toContainText(`${besluit}, met Sanne erbij`);

	// Bad input keeps what was typed and says what is wrong.
	await afspraakForm(karin)
		.getByLabel('Wat gaat er gebeuren?')
		.fill('<script>alert(1)</script> Sanne belt de woningbouw');
	await afspraakForm(karin).getByRole('button', { name: 'Schrijf de afspraak op' }).click();
	await expect(afspraakForm(karin).getByText('Kies wie het doet, of typ een naam.')).toBeVisible();
	await expect(afspraakForm(karin).getByLabel('Wat gaat er gebeuren?')).toHaveValue(
		'<script>alert(1)</script> Sanne belt de woningbouw'
	);
	const afspraak = `Sanne belt de woningbouw over de lekkage ${stamp()}`;
	await afspraakForm(karin).getByLabel('Wat gaat er gebeuren?').fill(afspraak);
	await afspraakForm(karin).getByLabel('Wie doet het?').selectOption({ label: 'Sanne de Boer (moeder)' });
	await afspraakForm(karin).getByLabel('Wanneer moet het klaar zijn?').fill(inDays(7));
	await afspraakForm(karin).getByRole('button', { name: 'Schrijf de afspraak op' }).click();
	await expect(karin.getByText('De afspraak staat erin. Hij staat ook in het groeiplan.')).toBeVisible();
	await expect(sanne.locator('.opgeschreven')).toContainText(afspraak);
	await expectAccessible(sanne);

	// The afspraak is in the groeiplan, linked back to the gesprek.
	const plan2 = await pageAs(browser, clientIp, 'ouder');
	await plan2.goto(`${g()}/groeiplan`);
	const item = plan2.locator('#sectie-afspraak li').filter({ hasText: afspraak });
	await expect(item).toContainText('Sanne de Boer');
	await item.getByRole('link', { name: /Afgesproken: afstemming van/ }).click();
	await expect(plan2).toHaveURL(new RegExp(`${path}$`));

	// The end: the verslag is made; reactions until today.
	await karin.getByLabel('Reageren kan tot en met').fill(today());
	await karin.getByRole('button', { name: 'Maak het verslag' }).click();
	await expect(karin).toHaveURL(new RegExp(`${path}/verslag$`));
	await expect(karin.getByRole('heading', { level: 1, name: 'Verslag: Afstemming' })).toBeVisible();
	await expect(karin.locator('article')).toContainText(besluit);
	await expect(karin.locator('article')).toContainText(afspraak);
	// Sanne's table screen says the gesprek is over.
	await expect(sanne.getByText('Dit gesprek is voorbij.')).toBeVisible();

	// Karin cannot mark it vastgesteld while Sanne (invited, with an account) has not reacted.
	await karin.getByRole('button', { name: 'Stel vast' }).click();
	await karin.getByRole('alertdialog').getByRole('button', { name: 'Stel vast' }).click();
	await expect(karin.getByText(/Wacht nog even\. .*Sanne.* heeft nog niet gereageerd/)).toBeVisible();

	// Sanne's gezin page asks her to react; her words stand beside the text, the text stays as it was.
	await sanne.goto(g());
	await sanne
		.locator('.notice', { hasText: /Het verslag van het gesprek \(Afstemming, .+\) is klaar\./ })
		.getByRole('link', { name: 'Lees het verslag' })
		.click();
	await expect(sanne).toHaveURL(new RegExp(`${path}/verslag$`));
	await expectAccessible(sanne);
	const reactie = `Ik wil ook dat oma dit weet ${stamp()}`;
	await sanne.getByLabel('Over welk punt?').selectOption({ label: 'Wie doet wat, wanneer?' });
	await sanne.getByLabel(/Wil je iets zeggen\?/).fill(reactie);
	await sanne.getByRole('button', { name: 'Stuur mijn reactie' }).click();
	await expect(sanne.getByText('Dank je. Je reactie staat naast het verslag.')).toBeVisible();
	const punt = sanne
		.locator('section.punt')
		.filter({ has: sanne.getByRole('heading', { name: 'Wie doet wat, wanneer?' }) });
	await expect(punt.locator('aside')).toContainText(reactie);
	await expect(punt.locator('.tekst')).not.toContainText(reactie);
	// An empty reaction is refused in words.
	await sanne.getByRole('button', { name: 'Stuur mijn reactie' }).click();
	await expect(sanne.getByText("Zet een vinkje bij 'eens', of schrijf iets.")).toBeVisible();
	// Having reacted, the gezin page no longer asks.
	const gezinPage = await sanne.context().newPage();
	await gezinPage.goto(g());
	await expect(gezinPage.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(gezinPage.locator('.notice', { hasText: /Het verslag van het gesprek \(Afstemming/ })).toHaveCount(0);
	await gezinPage.close();

	// Oma was not invited: the verslag does not exist for her.
	const oma = await apiAs(baseURL!, 'oma', clientIp);
	expect((await oma.get(`${path}/verslag`)).status()).toBe(404);

	// Now Karin marks it vastgesteld.
	await karin.reload();
	await expect(karin.locator('aside')).toContainText(reactie);
	await karin.getByRole('button', { name: 'Stel vast' }).click();
	await karin.getByRole('alertdialog').getByRole('button', { name: 'Stel vast' }).click();
	await expect(karin.getByText('Het verslag is vastgesteld.')).toBeVisible();
	await expect(karin.getByText(/Vastgesteld door Karin Janssen/)).toBeVisible();
	const vastgesteld = await karin.locator('article').innerText();

	// From now on nothing changes: the forms are gone, and crafted posts are refused (409).
	await sanne.reload();
	await expect(sanne.getByRole('button', { name: 'Stuur mijn reactie' })).toHaveCount(0);
	const karinApi = await apiAs(baseURL!, 'wijkteam', clientIp);
	const sanneApi = await apiAs(baseURL!, 'ouder', clientIp);
	const crafted = [
		await post(sanneApi, baseURL!, `${path}/verslag?/reactieToevoegen`, { akkoord: 'ja', tekst: 'Toch nog iets' }),
		await post(karinApi, baseURL!, `${path}/voeren?/notitieToevoegen`, {
			tekst: 'Later erbij geschreven',
			soort: 'notitie',
			zichtbaarheid: 'iedereen'
		}),
		await post(karinApi, baseURL!, `${path}/voeren?/verslagMaken`, { reactieTot: inDays(3) }),
		await post(karinApi, baseURL!, `${path}?/detailsBewaren`, {
			versie: '1',
			datum: inDays(1),
			tijd: '',
			plaats: 'Ergens anders'
		}),
		await post(karinApi, baseURL!, `${path}?/begin`, {})
	];
	for (const res of crafted) {
		expect(res.status(), res.url()).toBe(409);
		expect(await res.text()).toContain('Dit gesprek is vastgesteld. Het verandert niet meer.');
	}
	await karin.reload();
	expect(await karin.locator('article').innerText()).toBe(vastgesteld);
	// It can only be followed by a new gesprek: the verslag shows the way.
	await karin.getByRole('link', { name: 'Plan een nieuw gesprek' }).click();
	await expect(karin).toHaveURL(new RegExp(`${g()}/gesprekken$`));
	await karin.goto(path);
	await expect(karin.getByText(plaats)).toBeVisible();
	await expect(karin.getByRole('heading', { name: 'Wie komen er?' })).toBeVisible();
	await expect(karin.locator('form[action="?/detailsBewaren"]')).toHaveCount(0);
	expect(gesprekId).toMatch(/^[a-z0-9]+$/);
	await Promise.all([oma.dispose(), karinApi.dispose(), sanneApi.dispose()]);
});

/** A gezin of its own with a mother and two professionals: Karin (who stops) and a new one. */
async function gezinMetOverdracht(
	browser: Browser,
	ip: string
): Promise<{ karin: Page; moeder: Page; nieuw: Page; nieuwNaam: string; gezinPath: string }> {
	const karin = await pageAs(browser, ip, 'wijkteam');
	await karin.goto('/gezinnen');
	await karin.getByLabel('Naam van het gezin').fill(`Familie Overdracht ${stamp()}`);
	await karin.getByLabel('Jouw rol bij dit gezin').fill('gezinscoach');
	await karin.getByRole('button', { name: 'Gezin aanmaken' }).click();
	await expect(karin).toHaveURL(/\/gezinnen\/[a-z0-9]+\/toegang/);
	const gezinPath = /\/gezinnen\/[a-z0-9]+/.exec(karin.url())![0];

	const join = async (inviter: Page, kind: RegExp, relatie: string, naam: string): Promise<Page> => {
		await inviter.goto(`${gezinPath}/toegang`);
		await inviter.getByRole('radio', { name: kind }).check();
		await inviter.getByLabel('Wie is het voor het gezin?').fill(relatie);
		await inviter.getByRole('button', { name: 'Uitnodiging maken' }).click();
		const link = await inviter.getByLabel('Link van de uitnodiging').inputValue();
		const page = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ip } })).newPage();
		await page.goto(link);
		await page.getByLabel('Hoe mogen we je noemen?').fill(naam);
		await page.getByLabel('Gebruikersnaam', { exact: true }).fill(`e2e-${stamp()}`);
		await page.getByLabel('Wachtwoord', { exact: true }).first().fill('de kast staat in de gang');
		await page.getByRole('button', { name: 'Account maken en meedoen' }).click();
		// Joined at once: the gezin opens.
		await expect(page).toHaveURL(new RegExp(`${gezinPath}$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Familie Overdracht');
		return page;
	};
	// The first family member joins at once; a professional the family invites, too.
	const moeder = await join(karin, /Een ouder of verzorger/, 'moeder', 'Anouk');
	const nieuwNaam = `Mark ${stamp().slice(-4)}`;
	const nieuw = await join(moeder, /Een hulpverlener/, 'jeugdbeschermer', nieuwNaam);
	return { karin, moeder, nieuw, nieuwNaam, gezinPath };
}

test('warme overdracht: recorded in an "iemand stopt" gesprek, open for both until the receiving professional confirms it; nobody else can', async ({
	browser,
	clientIp,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { karin, moeder, nieuw, nieuwNaam, gezinPath } = await gezinMetOverdracht(browser, clientIp);
	const path = await plan(karin, gezinPath, /Iemand stopt/, `Bij Anouk thuis ${stamp()}`);
	await karin.getByRole('button', { name: 'Begin het gesprek' }).click();
	await expect(kop(karin)).toHaveText('Welkom en doel');

	// Recording: the receiver must be a professional of the gezin, not the one who stops.
	const form = karin.locator('form[action="?/overdrachtToevoegen"]');
	await form.getByLabel('Wie stopt?').selectOption({ label: 'Karin Janssen' });
	await form.getByLabel('Wie neemt het over?').selectOption({ label: 'Karin Janssen' });
	await form.getByLabel(/Wat gaat over\?/).fill('Het contact met school en de schuldhulp.');
	await form.getByRole('button', { name: 'Leg de overdracht vast' }).click();
	await expect(form.getByText('Kies iemand anders dan wie stopt.')).toBeVisible();
	await form.getByLabel('Wie neemt het over?').selectOption({ label: nieuwNaam });
	const naarId = await form.getByLabel('Wie neemt het over?').inputValue();
	await form.getByRole('button', { name: 'Leg de overdracht vast' }).click();
	await expect(karin.getByText(`De overdracht staat erin. ${nieuwNaam} moet hem nog bevestigen.`)).toBeVisible();
	await expectAccessible(karin);

	// Open for both, and the groeiplan shows it.
	for (const page of [karin, nieuw, moeder]) {
		await page.goto(`${gezinPath}/groeiplan`);
		await expect(page.locator('#sectie-overdracht')).toContainText(`Karin Janssen geeft over aan ${nieuwNaam}`);
		await expect(page.locator('#sectie-overdracht')).toContainText(
			'Nog niet bevestigd. Tot dan blijft Karin Janssen verantwoordelijk.'
		);
	}

	// Both professionals find it on "Mijn afspraken": one to confirm, one still responsible.
	await nieuw.goto('/afspraken');
	await expect(nieuw.locator('li.overdracht')).toContainText(
		'Jij neemt dit over van Karin Janssen. Bevestig het als het goed is.'
	);
	await karin.goto('/afspraken');
	const karinsOverdracht = karin.locator('li.overdracht').filter({ hasText: nieuwNaam });
	await expect(karinsOverdracht).toContainText(
		`Jij geeft dit over aan ${nieuwNaam}. Tot ${nieuwNaam} het bevestigt, blijf jij verantwoordelijk.`
	);
	await expectAccessible(karin);

	// Only the receiver sees the button; a crafted confirmation by Karin or the mother is refused.
	await karin.goto(path);
	await expect(karin.getByText('Nog niet bevestigd. Tot dan blijft Karin Janssen verantwoordelijk.')).toBeVisible();
	await expect(karin.getByRole('button', { name: 'Ik neem dit over' })).toHaveCount(0);
	const overdrachtId = await nieuw
		.goto(path)
		.then(() => nieuw.locator('form[action="?/overdrachtBevestigen"] input[name="overdracht"]').inputValue());
	for (const page of [karin, moeder]) {
		const res = await post(page.request, baseURL!, `${path}?/overdrachtBevestigen`, { overdracht: overdrachtId });
		expect(res.status()).toBe(403);
		expect(await res.text()).toContain('Alleen wie het overneemt, kan de overdracht bevestigen.');
	}
	await karin.reload();
	await expect(karin.getByText('Nog niet bevestigd. Tot dan blijft Karin Janssen verantwoordelijk.')).toBeVisible();

	// The receiver confirms: done for everyone, and gone from the groeiplan's open list.
	await nieuw.getByRole('button', { name: 'Ik neem dit over' }).click();
	await expect(nieuw.getByText('De overdracht is bevestigd.')).toBeVisible();
	await expect(nieuw.getByText('Bevestigd: de overdracht is rond.')).toBeVisible();
	await karin.goto(`${gezinPath}/groeiplan`);
	await expect(karin.locator('#sectie-overdracht')).toHaveCount(0);
	await karin.goto('/afspraken');
	await expect(karin.locator('li.overdracht').filter({ hasText: nieuwNaam })).toHaveCount(0);
	// Handovers belong in an 'iemand stopt' gesprek only.
	const afstemming = await plan(karin, gezinPath, /Afstemming/, `Wijkcentrum ${stamp()}`);
	await karin.getByRole('button', { name: 'Begin het gesprek' }).click();
	await expect(kop(karin)).toHaveText('Welkom en doel');
	await expect(karin.locator('form[action="?/overdrachtToevoegen"]')).toHaveCount(0);
	const res = await post(karin.request, baseURL!, `${afstemming}/voeren?/overdrachtToevoegen`, {
		van: '',
		vanNaam: 'Karin',
		naar: naarId,
		wat: 'iets'
	});
	expect(res.status()).toBe(409);
	expect(await res.text()).toContain('Een overdracht hoort bij een gesprek waarin iemand stopt.');
});

test('the vastgesteld demo gesprek: oma reads only what the family shares and her own reaction; Sanne reads all; the verslag on A4', async ({
	browser,
	clientIp
}) => {
	const path = `${g()}/gesprekken/${ids().gesprekVastgesteld}`;
	const [oma, sanne] = await Promise.all([pageAs(browser, clientIp, 'oma'), pageAs(browser, clientIp, 'ouder')]);
	await oma.goto(`${path}/verslag`);
	// The family can see that oma read it (the log shows the newest 300: look at once).
	await sanne.goto(`${g()}/bekeken`);
	await expect(
		sanne.getByRole('row').filter({ hasText: 'Ria de Boer' }).filter({ hasText: 'heeft een verslag gelezen' }).first()
	).toBeVisible();
	const tekst = oma.locator('article');
	await expect(tekst).toContainText('Oma helpt op zaterdag. Dat geeft rust.');
	await expect(tekst).toContainText('Sanne blijft de trekker.');
	await expect(tekst).not.toContainText('Het geld geeft nog veel stress');
	await expect(tekst).not.toContainText('één plan voor het geld');
	await expect(tekst).not.toContainText('betaalplan');
	await expect(tekst).toContainText('Ria de Boer');
	await expect(tekst).not.toContainText('Het gaat nu wel iets beter met het geld');
	await expect(oma.getByRole('button', { name: 'Stuur mijn reactie' })).toHaveCount(0);
	// Nor in the page data a script could read.
	const data = await (await oma.request.get(`${path}/verslag/__data.json`)).text();
	expect(data).toContain('Oma helpt op zaterdag');
	expect(data).not.toContain('betaalplan');
	expect(data).not.toContain('Het gaat nu wel iets beter');
	// The afspraak for everyone links to the gesprek for oma too (she was invited).
	await oma.goto(`${g()}/groeiplan`);
	await expect(oma.locator('#sectie-afspraak').getByRole('link', { name: /afstemmingsgesprek van/ })).toHaveCount(1);

	await sanne.goto(`${path}/verslag`);
	await expect(sanne.locator('article')).toContainText('Het geld geeft nog veel stress');
	await expect(sanne.locator('article')).toContainText(
		'Karin vraagt de schuldhulp om het betaalplan aan Sanne uit te leggen.'
	);
	await expect(sanne.locator('article aside')).toContainText('Het gaat nu wel iets beter met het geld');
	await expect(sanne.locator('article')).toContainText('Ria de Boer');
	await expect(sanne.getByText(/Vastgesteld door Karin Janssen/)).toBeVisible();
	const pdf = await printedPdf(sanne);
	expect(pdf.width).toBeCloseTo(595, 0);
	expect(pdf.height).toBeCloseTo(842, 0);
});
