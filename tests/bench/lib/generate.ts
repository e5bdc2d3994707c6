/**
 * Benchmark data on top of the demo world (run after `seedDemo`, with `useDatabase(handle)` set):
 *
 * - `addRealisticPlan`: a full groeiplan for one gezin (De Boer): 20 doelen, 60 afspraken, goed/zorg
 *   items, connected plans, evaluations, plan B, regie, and 40 later changes. Written through the
 *   real data layer (addItem/updateItem/updateRegie), so versions and planmomenten are real.
 * - `addManyGezinnen`: thousands of other gezinnen with professionals, family and network members,
 *   small groeiplannen with history, sessions, invitations and a hash-chained audit log. Raw SQL
 *   through prepared statements in one transaction: 10,000 gezinnen take seconds, not minutes.
 *
 * Everything random comes from a seeded generator, so two databases built with the same seed hold
 * the same plan (only the random row ids differ).
 */
import type Database from 'better-sqlite3';
import { getHandle } from '../../../src/lib/server/db';
import type { DemoIds } from '../../../src/lib/server/db/seed';
import {
	addItem,
	groeiplanOf,
	updateItem,
	type Actor,
	type Item,
	type ItemInput
} from '../../../src/lib/server/groeiplan/items';
import { updateRegie } from '../../../src/lib/server/groeiplan/regie';
import { auditHash, GENESIS_HASH, type AuditRow } from '../../../src/lib/server/audit';
import { newId } from '../../../src/lib/server/ids';
import type { AfspraakStatus, DoelStatus, GroeiplanSectie, MemberRole } from '../../../src/lib/domain';
import type { Zichtbaarheid } from '../../../src/lib/zichtbaarheid';
import { seededRandom } from '../../random';

const DAY = 86_400_000;

/** Re-exported for the other generators. */
export { seededRandom };

function picker(random: () => number) {
	return <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
}

/** yyyy-mm-dd of a moment. */
function ymd(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function displayNames(sqlite: Database.Database, ids: readonly string[]): Map<string, string> {
	const get = sqlite.prepare<[string], { display_name: string }>('SELECT display_name FROM account WHERE id = ?');
	return new Map(ids.map((id) => [id, get.get(id)?.display_name ?? '']));
}

// ---------------------------------------------------------------------------------------------
// The realistic plan of one gezin
// ---------------------------------------------------------------------------------------------

/**
 * Doelen in the family's words, each with its afspraken (0 to 5). Three have none: one is served by
 * a connected plan only, two are gaps. They come early, so they are in even when the demo plan
 * already holds some doelen and only the first ones are added.
 */
const DOELEN: ReadonlyArray<{ key: string; tekst: string; waarom: string; afspraken: readonly string[] }> = [
	{
		key: 'school',
		tekst: 'Daan gaat elke dag met plezier naar school',
		waarom: 'Dan haalt hij zijn diploma en kan hij later kiezen',
		afspraken: [
			'Daan zet elke avond zijn tas klaar',
			'Mentor belt Sanne elke vrijdag even',
			'Wekker op de gang in plaats van naast het bed',
			'Gesprek met leerplicht samen voorbereiden'
		]
	},
	{
		key: 'brommer',
		tekst: 'Daan haalt zijn brommerrijbewijs',
		waarom: 'Dan kan hij zelf naar zijn stage',
		afspraken: []
	},
	{
		key: 'bedtijd',
		tekst: 'Rust in huis bij het naar bed gaan',
		waarom: 'Iedereen is moe en dan wordt het snel ruzie',
		afspraken: [
			'Telefoons om half tien in de mand in de keuken',
			'Om de beurt douchen volgens het briefje',
			'Sanne en Daan kiezen samen een vaste bedtijd'
		]
	},
	{
		key: 'werk',
		tekst: 'Sanne heeft werk of dagbesteding die bij haar past',
		waarom: 'Dan heeft ze iets voor zichzelf en meer geld',
		afspraken: [
			'Afspraak maken bij het werkplein',
			'Cv bijwerken met hulp van de gezinscoach',
			'Twee vacatures per week bekijken'
		]
	},
	{
		key: 'bellen',
		tekst: 'Het gezin weet wie ze kan bellen als het misgaat',
		waarom: 'In het weekend is er niemand bereikbaar',
		afspraken: []
	},
	{
		key: 'schulden',
		tekst: 'De schulden staan op een rij en er is een plan',
		waarom: 'De brieven maken Sanne bang',
		afspraken: [
			'Alle brieven in een map verzamelen',
			'Aanmelden bij schuldhulpverlening',
			'Samen met Karin de vaste lasten op papier zetten',
			'Oma helpt bij het openen van de post',
			'Beslag op de toeslag navragen'
		]
	},
	{ key: 'zwemmen', tekst: 'Sanne gaat weer zwemmen', waarom: 'Dat deed ze vroeger graag', afspraken: [] },
	{
		key: 'oppas',
		tekst: 'Oma past vaste middagen op',
		waarom: 'Dan kan Sanne naar haar afspraken zonder stress',
		afspraken: ['Oma komt op dinsdag en donderdag', 'Rooster op de koelkast hangen']
	},
	{
		key: 'sport',
		tekst: 'Daan heeft een sport of club waar hij graag heen gaat',
		waarom: 'Hij zit nu veel alleen op zijn kamer',
		afspraken: [
			'Proeftraining bij de voetbalclub',
			'Sportfonds aanvragen voor de contributie',
			'Fiets laten maken zodat hij er zelf heen kan'
		]
	},
	{
		key: 'tafel',
		tekst: 'Minder ruzie aan tafel',
		waarom: 'Eten moet weer gezellig zijn',
		afspraken: ['Bij ruzie mag iedereen even naar buiten', 'Een keer per week samen koken', 'Time-out woord afspreken']
	},
	{
		key: 'grens',
		tekst: 'Daan kan zeggen wanneer het hem te veel wordt',
		waarom: 'Nu loopt hij weg en weet niemand waar hij is',
		afspraken: [
			'Kaartje met stopwoord in zijn portemonnee',
			'Daan appt oma als hij weg gaat',
			'Drie gesprekken met de jongerenwerker'
		]
	},
	{
		key: 'slapen',
		tekst: 'Sanne slaapt weer door',
		waarom: 'Moe zijn maakt alles zwaarder',
		afspraken: [
			'Afspraak bij de huisarts over slapen',
			'Geen koffie meer na vier uur',
			'Avondwandeling met de buurvrouw'
		]
	},
	{
		key: 'vader',
		tekst: 'Contact met de vader van Daan is geregeld',
		waarom: 'Daan wil zijn vader zien zonder dat het ruzie wordt',
		afspraken: [
			'Omgangsregeling op papier zetten',
			'Bemiddelaar vragen via het wijkteam',
			'Daan kiest zelf de eerste dag'
		]
	},
	{
		key: 'huis',
		tekst: 'Het huis is opgeruimd en veilig',
		waarom: 'Dan durft Sanne weer mensen uit te nodigen',
		afspraken: [
			'Elke zaterdag een uur samen opruimen',
			'Rookmelder ophangen',
			'Oude meubels laten ophalen door de gemeente'
		]
	},
	{
		key: 'praten',
		tekst: 'Sanne heeft iemand om mee te praten',
		waarom: 'Ze staat er nu alleen voor',
		afspraken: ['Naar de koffieochtend in het buurthuis', 'Lotgenotengroep opzoeken']
	},
	{
		key: 'huiswerk',
		tekst: 'Daan maakt zijn huiswerk zelf',
		waarom: 'Dan hoeft Sanne niet steeds te vragen',
		afspraken: [
			'Huiswerkplek op zijn kamer inrichten',
			'Planner van school elke zondag samen bekijken',
			'Huiswerkbegeleiding op school twee keer per week'
		]
	},
	{
		key: 'ritme',
		tekst: 'Een vast dagritme voor het hele gezin',
		waarom: 'Met een ritme gaat alles makkelijker',
		afspraken: ['Weekplanning op het whiteboard', 'Vaste tijd voor het avondeten', 'Zondagavond de week doorlopen']
	},
	{
		key: 'kamer',
		tekst: 'Daan heeft een eigen kamer',
		waarom: 'Hij slaapt nu op de bank',
		afspraken: [
			'Urgentie aanvragen bij de woningcorporatie',
			'Zolder leeg maken als tijdelijke kamer',
			'Bed regelen via de kringloop'
		]
	},
	{
		key: 'budget',
		tekst: 'Geldzaken samen met oma bekijken',
		waarom: 'Oma weet hoe je een budget maakt',
		afspraken: [
			'Elke eerste maandag van de maand de bankapp doorlopen',
			'Huishoudboekje bijhouden',
			'Boodschappenlijst per week met een vast bedrag'
		]
	},
	{
		key: 'blowen',
		tekst: 'Daan blowt niet meer doordeweeks',
		waarom: 'Hij wil zelf meer energie hebben',
		afspraken: [
			'Gesprek bij de jongerenpoli',
			'Daan houdt zelf bij hoeveel dagen het lukt',
			'Vrienden buiten de wijk zien op zaterdag'
		]
	}
];

/** Afspraken that serve a doel without being specific to it: they fill up to 60. */
const ALGEMENE_AFSPRAKEN = [
	'Volgend gesprek aan tafel plannen',
	'Verslag van het gesprek delen met iedereen',
	'Telefoonlijst van het netwerk bijwerken',
	'Oma en Karin stemmen af wie wat doet',
	'Sanne belt school over het rapport',
	'Daan vertelt aan tafel hoe het gaat',
	'Karin zoekt uit welke regelingen er zijn',
	'Samen terugkijken op de afgelopen maand',
	'Afspraken ophangen op de koelkast',
	'Buurvrouw Petra vragen voor noodopvang',
	'Sanne en Karin bellen elke maandag kort',
	'Oma neemt Daan mee naar de markt',
	'Daan helpt de buurman in de tuin',
	'Samen een fotoboek maken van deze periode',
	'De klassenmentor uitnodigen voor het volgende gesprek'
];

/** A recognisable text of the realistic plan, for checking that the page shows it. */
export const REALISTIC_PLAN_MARKER = DOELEN[0]!.tekst;

/** The size of the realistic plan (issue: 20 doelen, 60 afspraken, 40 planmomenten). */
export const REALISTIC_PLAN = { doelen: 20, afspraken: 60, wijzigingen: 40 } as const;

const HERKOMST = [
	'afstemmingsgesprek 3 maart',
	'keukentafelgesprek',
	'evaluatie na zes weken',
	'gesprek met school',
	'familiegroepsplan'
];

export interface PlanSummary {
	doelen: number;
	afspraken: number;
	items: number;
	/** groeiplan_wijziging rows of this plan: every save, including the creation of each item. */
	planmomenten: number;
	/** Planmomenten that changed or removed an item, or changed the regie (not creations). */
	wijzigingen: number;
}

/**
 * The realistic plan as a list of steps (each one save through the data layer), so a generator can
 * interleave them with other writes; `addRealisticPlan` runs them all at once. The plan is topped
 * up to 20 live doelen and 60 live afspraken, counting what the demo seed already put there, and
 * then gets 40 more changes (plus two regie changes). `now` anchors the dates: the plan grows over
 * the four months before it.
 */
export function realisticPlanSteps(
	gezinId: string,
	accounts: DemoIds['accounts'],
	options: { seed?: number; now?: number } = {}
): Array<() => void> {
	const plan = groeiplanOf(gezinId);
	if (!plan) throw new Error(`Gezin ${gezinId} has no groeiplan.`);
	const { sqlite } = getHandle();
	const live = (sectie: GroeiplanSectie) =>
		(
			sqlite
				.prepare(
					'SELECT count(*) AS n FROM groeiplan_item WHERE groeiplan_id = ? AND sectie = ? AND verwijderd_at IS NULL'
				)
				.get(plan.id, sectie) as { n: number }
		).n;
	const doelenToAdd = DOELEN.slice(0, Math.max(0, REALISTIC_PLAN.doelen - live('doel')));
	const afsprakenToAdd = Math.max(0, REALISTIC_PLAN.afspraken - live('afspraak'));
	if (doelenToAdd.length === 0 || afsprakenToAdd === 0)
		throw new Error('The demo plan already holds 20 doelen or 60 afspraken: adjust REALISTIC_PLAN.');

	const random = seededRandom(options.seed ?? 20_240_301);
	const pick = picker(random);
	const now = options.now ?? Date.now();
	const names = displayNames(sqlite, [accounts.ouder, accounts.jongere, accounts.oma, accounts.wijkteam]);
	const actor = (id: string): Actor => ({ id, name: names.get(id) ?? '' });
	const sanne = actor(accounts.ouder);
	const daan = actor(accounts.jongere);
	const ria = actor(accounts.oma);
	const karin = actor(accounts.wijkteam);

	// Items as saved so far: current input and version, to build changes on.
	type Saved = { id: string; sectie: GroeiplanSectie; input: ItemInput; versie: number };
	const saved: Saved[] = [];
	const doelByKey = new Map<string, string>();
	const steps: Array<(at: Date) => void> = [];
	const save = (sectie: GroeiplanSectie, input: () => ItemInput, by: Actor, key?: string) =>
		steps.push((at) => {
			const values = input();
			const item: Item = addItem(plan.id, sectie, values, by, at);
			saved.push({ id: item.id, sectie, input: values, versie: item.versie });
			if (key) doelByKey.set(key, item.id);
		});
	const add = (sectie: GroeiplanSectie, input: ItemInput, by: Actor) => save(sectie, () => input, by);
	/** Changes the n-th item of a section that this generator added (modulo their number). */
	const change = (sectie: GroeiplanSectie, n: number, patch: (current: ItemInput) => Partial<ItemInput>, by: Actor) =>
		steps.push((at) => {
			const ofSectie = saved.filter((s) => s.sectie === sectie);
			const target = ofSectie[n % ofSectie.length];
			if (!target) throw new Error(`No ${sectie} to change.`);
			const input = { ...target.input, ...patch(target.input) };
			const result = updateItem(plan.id, target.id, target.versie, input, by, at);
			if (!result.ok) throw new Error(`Changing ${sectie} #${n} failed: ${result.reason}.`);
			target.input = input;
			target.versie = result.item.versie;
		});

	// What goes well and what worries, in the family's words.
	add('goed', { tekst: 'Sanne en Daan kunnen samen lachen', vanWie: 'Sanne', zichtbaarheid: 'iedereen' }, sanne);
	add('goed', { tekst: 'Oma woont dichtbij en wil helpen', vanWie: 'Sanne', zichtbaarheid: 'iedereen' }, sanne);
	add('goed', { tekst: 'Daan is goed met zijn handen', vanWie: 'Daan', zichtbaarheid: 'iedereen' }, daan);
	add('zorg', { tekst: 'Daan verzuimt veel op school', vanWie: 'school', zichtbaarheid: 'iedereen' }, karin);
	add(
		'zorg',
		{
			tekst: 'Er liggen ongeopende brieven van schuldeisers',
			vanWie: 'Sanne',
			zichtbaarheid: 'gezin-en-professionals'
		},
		sanne
	);
	add('zorg', { tekst: 'Sanne voelt zich vaak somber', vanWie: 'Sanne', zichtbaarheid: 'alleen-gezin' }, sanne);

	const doelStatus: readonly DoelStatus[] = ['nog-niet-begonnen', 'bezig', 'bezig', 'bezig'];
	doelenToAdd.forEach((d, i) => {
		const byDaan = d.tekst.startsWith('Daan');
		const input: ItemInput = {
			tekst: d.tekst,
			toelichting: d.waarom,
			vanWie: byDaan ? 'Daan' : 'Sanne',
			status: pick(doelStatus),
			zichtbaarheid: i % 7 === 3 ? 'gezin-en-professionals' : 'iedereen'
		};
		save('doel', () => input, byDaan ? daan : sanne, d.key);
	});

	// Afspraken: who does what by when, each serving a doel.
	const wie: ReadonlyArray<{ id: string | null; tekst: string; by: Actor }> = [
		{ id: accounts.ouder, tekst: 'Sanne', by: sanne },
		{ id: accounts.jongere, tekst: 'Daan', by: daan },
		{ id: accounts.oma, tekst: 'oma Ria', by: ria },
		{ id: accounts.wijkteam, tekst: 'Karin (wijkteam)', by: karin },
		{ id: null, tekst: 'mentor op school', by: karin },
		{ id: accounts.ouder, tekst: 'Sanne', by: karin }
	];
	const specific = doelenToAdd.flatMap((d) => d.afspraken.map((tekst) => ({ doel: d.key, tekst })));
	const served = doelenToAdd.filter((d) => d.afspraken.length > 0).map((d) => d.key);
	const general = ALGEMENE_AFSPRAKEN.map((tekst, i) => ({ doel: served[i % served.length]!, tekst }));
	const afspraken = [...specific, ...general].slice(0, afsprakenToAdd);
	if (afspraken.length < afsprakenToAdd)
		throw new Error(`The realistic plan has only ${afspraken.length} afspraken to add, needs ${afsprakenToAdd}.`);
	const afspraakStatus: readonly AfspraakStatus[] = ['open', 'open', 'bezig', 'gedaan', 'niet-gelukt'];
	afspraken.forEach((a, i) => {
		const who = wie[i % wie.length]!;
		const zichtbaarheid: Zichtbaarheid =
			i % 13 === 5 ? 'alleen-gezin' : i % 4 === 1 ? 'gezin-en-professionals' : 'iedereen';
		const status = pick(afspraakStatus);
		// From three weeks ago (overdue ones) to two months ahead.
		const wanneer = ymd(now + Math.round(-21 + random() * 81) * DAY);
		const herkomst = pick(HERKOMST);
		save(
			'afspraak',
			() => ({
				tekst: a.tekst,
				status,
				wieAccountId: who.id,
				wieTekst: who.tekst,
				wanneer,
				doelId: doelByKey.get(a.doel) ?? null,
				herkomst,
				zichtbaarheid
			}),
			who.by
		);
	});

	// Connected plans of organisations, and the doelen they serve ("brommer" only through a plan).
	const plannen: ReadonlyArray<{ tekst: string; details: Record<string, string>; doelen: string[] }> = [
		{
			tekst: 'Schuldhulpverlening',
			details: {
				naam: 'Schuldhulptraject',
				organisatie: 'Gemeente Zwolle',
				periode: 'tot december',
				contact: 'budgetcoach'
			},
			doelen: ['schulden', 'budget']
		},
		{
			tekst: 'Jongerenwerk',
			details: {
				naam: 'Begeleiding',
				organisatie: 'Travers Welzijn',
				periode: 'half jaar',
				contact: 'jongerenwerker Youssef'
			},
			doelen: ['grens', 'blowen', 'brommer']
		},
		{
			tekst: 'Ondersteuningsplan school',
			details: { naam: 'OPP', organisatie: 'Basisschool De Regenboog', periode: 'dit schooljaar', contact: 'mentor' },
			doelen: ['school', 'huiswerk']
		}
	];
	for (const p of plannen) {
		save(
			'plan',
			() => ({
				tekst: p.tekst,
				herkomst: p.details.organisatie,
				details: p.details,
				doelIds: p.doelen.flatMap((k) => doelByKey.get(k) ?? []),
				zichtbaarheid: 'gezin-en-professionals'
			}),
			karin
		);
	}
	add(
		'evaluatie',
		{
			tekst: 'Tussenevaluatie: school gaat beter, geld nog niet',
			toelichting: 'Daan mist minder lessen',
			wanneer: ymd(now - 45 * DAY),
			zichtbaarheid: 'iedereen'
		},
		karin
	);
	add(
		'plan-b',
		{
			tekst: 'Als Karin ziek is, belt Sanne het algemene nummer van het wijkteam',
			vanWie: 'Sanne',
			zichtbaarheid: 'gezin-en-professionals'
		},
		sanne
	);

	// Regie: Sanne is trekker; the next evaluation moves as the plan goes on.
	const regie = (volgendeEvaluatie: string, regieBetekenis: string, by: Actor) =>
		steps.push((at) => {
			const current = groeiplanOf(gezinId)!;
			const result = updateRegie(
				plan.id,
				current.versie,
				{ trekkerAccountId: accounts.ouder, regieBetekenis, volgendeEvaluatie },
				by,
				at
			);
			if (!result.ok) throw new Error(`Regie update failed: ${result.reason}.`);
		});
	regie(ymd(now - 45 * DAY), 'Sanne beslist, Karin helpt met regelen', sanne);

	// 40 changes over the following weeks: afspraken move on, doelen start or are reached, texts sharpen.
	const next: Record<AfspraakStatus, AfspraakStatus> = {
		open: 'bezig',
		bezig: 'gedaan',
		gedaan: 'gedaan',
		'niet-gelukt': 'open'
	};
	for (let k = 0; k < 30; k++) {
		const patch = (current: ItemInput): Partial<ItemInput> =>
			k % 5 === 4
				? { wanneer: ymd(now + (14 + k) * DAY) }
				: { status: next[(current.status ?? 'open') as AfspraakStatus] };
		change('afspraak', k * 7, patch, k % 3 ? karin : sanne);
	}
	for (let k = 0; k < 6; k++)
		change('doel', k * 3, () => ({ status: k % 3 === 2 ? 'bereikt' : 'bezig' }), k % 2 ? daan : sanne);
	change('doel', 7, (c) => ({ toelichting: `${c.toelichting ?? ''}, en oma vindt het fijn` }), ria);
	change('zorg', 0, () => ({ tekst: 'Daan verzuimt nog soms op school, minder dan eerst' }), karin);
	change('goed', 2, () => ({ tekst: 'Daan is goed met zijn handen en helpt de buren' }), daan);
	change('plan-b', 0, () => ({ toelichting: 'Het nummer staat in de telefoonlijst op de koelkast' }), sanne);
	regie(ymd(now + 30 * DAY), 'Sanne beslist, Karin helpt met regelen, oma denkt mee', sanne);

	// Spread the saves over the last 120 days, in order.
	const start = now - 120 * DAY;
	const span = 119 * DAY;
	return steps.map((step, i) => () => step(new Date(start + Math.round((i * span) / steps.length))));
}

/** Counts for a gezin's plan, as the page would have to read them (ignoring visibility). */
export function planSummary(gezinId: string): PlanSummary {
	const { sqlite } = getHandle();
	const plan = groeiplanOf(gezinId);
	if (!plan) throw new Error(`Gezin ${gezinId} has no groeiplan.`);
	const count = (sql: string) => (sqlite.prepare(sql).get(plan.id) as { n: number }).n;
	return {
		doelen: count(
			`SELECT count(*) AS n FROM groeiplan_item WHERE groeiplan_id = ? AND sectie = 'doel' AND verwijderd_at IS NULL`
		),
		afspraken: count(
			`SELECT count(*) AS n FROM groeiplan_item WHERE groeiplan_id = ? AND sectie = 'afspraak' AND verwijderd_at IS NULL`
		),
		items: count(`SELECT count(*) AS n FROM groeiplan_item WHERE groeiplan_id = ? AND verwijderd_at IS NULL`),
		planmomenten: count(`SELECT count(*) AS n FROM groeiplan_wijziging WHERE groeiplan_id = ?`),
		wijzigingen: count(`SELECT count(*) AS n FROM groeiplan_wijziging WHERE groeiplan_id = ? AND soort <> 'aangemaakt'`)
	};
}

/** Adds the realistic plan to a gezin's groeiplan (De Boer in the demo) in one transaction. */
export function addRealisticPlan(
	gezinId: string,
	accounts: DemoIds['accounts'],
	options: { seed?: number; now?: number } = {}
): PlanSummary {
	const steps = realisticPlanSteps(gezinId, accounts, options);
	getHandle().sqlite.transaction(() => {
		for (const step of steps) step();
	})();
	return planSummary(gezinId);
}

// ---------------------------------------------------------------------------------------------
// Many gezinnen
// ---------------------------------------------------------------------------------------------

export interface ManyOptions {
	/** Professional accounts shared by all generated gezinnen (a caseload of ~30 each at 10k). */
	professionals?: number;
	/** Password hash for every generated account; default: the hash of the first account that has one. */
	passwordHash?: string;
	seed?: number;
	now?: number;
	/**
	 * Other writes to interleave, spread evenly between the generated gezinnen: e.g. the steps of
	 * the realistic plan, so its rows end up between everyone else's as they would in production.
	 */
	between?: Array<() => void>;
}

export interface ManySummary {
	gezinnen: number;
	accounts: number;
	memberships: number;
	items: number;
	planmomenten: number;
	auditRows: number;
	sessions: number;
	invites: number;
	milliseconds: number;
}

const ORG_SOORTEN = ['wijkteam', 'jeugdbescherming', 'zorgaanbieder', 'school', 'gemeente', 'overig'] as const;
const ACHTERNAMEN = [
	'Jansen',
	'de Vries',
	'van den Berg',
	'Bakker',
	'Visser',
	'Smit',
	'Meijer',
	'de Jong',
	'Mulder',
	'Bos',
	'Vos',
	'Peters',
	'Hendriks',
	'Dekker',
	'Brouwer',
	'de Wit',
	'Dijkstra',
	'Smits',
	'de Graaf',
	'van der Meer',
	'Kok',
	'Yilmaz',
	'El Amrani',
	'Kaya',
	'Nguyen',
	'Pinas',
	'Martis',
	'Wouters',
	'Schouten',
	'Postma'
];
const VOORNAMEN = [
	'Anna',
	'Fatima',
	'Lisa',
	'Emma',
	'Noor',
	'Sophie',
	'Mohammed',
	'Daan',
	'Sem',
	'Lucas',
	'Finn',
	'Milan',
	'Sara',
	'Yara',
	'Levi',
	'Julia',
	'Thomas',
	'Eva',
	'Ayoub',
	'Zeynep',
	'Kevin',
	'Priya',
	'Jesse',
	'Iris'
];
const NETWERK = ['oma', 'opa', 'tante', 'oom', 'buurvrouw', 'vriendin van moeder', 'peetoom', 'trainer voetbal'];
const PROF_RELATIE = [
	'gezinscoach wijkteam',
	'jeugdbeschermer',
	'ambulant hulpverlener',
	'schoolmaatschappelijk werker',
	'jeugdarts',
	'gezinsvoogd'
];
const GOED = [
	'We kunnen goed praten met elkaar',
	'De kinderen gaan graag naar school',
	'Opa en oma helpen veel',
	'We hebben een fijne buurt',
	'Iedereen is eerlijk over wat er speelt'
];
const ZORG = [
	'Er is weinig geld',
	'Veel ruzie over schermtijd',
	'De oudste verzuimt op school',
	'Moeder slaapt slecht',
	'Het huis is te klein'
];
const DOEL = [
	'Rust in huis',
	'Elke dag naar school',
	'Schulden op een rij',
	'Samen eten',
	'Een vaste dagbesteding',
	'Een sportclub voor de kinderen',
	'Beter slapen'
];
const AFSPRAAK = [
	'Gesprek plannen met school',
	'Aanmelden bij de schuldhulp',
	'Weekplanning maken',
	'Huisarts bellen',
	'Proeftraining regelen',
	'Oma past op woensdag op'
];
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

/**
 * Adds `n` gezinnen around the demo world, in one transaction with prepared statements. Column names
 * follow drizzle/*.sql; the audit rows continue the hash chain, so `npm run audit:verify` passes.
 */
export function addManyGezinnen(n: number, options: ManyOptions = {}): ManySummary {
	const started = performance.now();
	const { sqlite } = getHandle();
	const random = seededRandom(options.seed ?? 7);
	const pick = picker(random);
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const now = options.now ?? Date.now();
	const passwordHash =
		options.passwordHash ??
		(
			sqlite.prepare('SELECT password_hash AS h FROM account WHERE password_hash IS NOT NULL LIMIT 1').get() as
				{ h: string } | undefined
		)?.h;
	if (!passwordHash) throw new Error('No password hash to reuse: pass options.passwordHash or seed the demo first.');
	const professionals = options.professionals ?? Math.max(1, Math.min(300, Math.ceil(n / 30)));
	const between = options.between ?? [];

	const q = {
		organisatie: sqlite.prepare('INSERT INTO organisatie (id, naam, soort, created_at) VALUES (?, ?, ?, ?)'),
		account: sqlite.prepare(
			'INSERT INTO account (id, username, email, display_name, password_hash, organisatie_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
		),
		accountRole: sqlite.prepare('INSERT INTO account_role (account_id, role) VALUES (?, ?)'),
		session: sqlite.prepare(
			'INSERT INTO session (id, account_id, secret_hash, kind, created_at, last_active_at, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)'
		),
		gezin: sqlite.prepare('INSERT INTO gezin (id, naam, created_by, created_at) VALUES (?, ?, ?, ?)'),
		groeiplan: sqlite.prepare(
			'INSERT INTO groeiplan (id, gezin_id, created_at, trekker_account_id, regie_betekenis, volgende_evaluatie, versie) VALUES (?, ?, ?, ?, ?, ?, ?)'
		),
		membership: sqlite.prepare(
			`INSERT INTO membership (id, gezin_id, account_id, role, gezinsrol, relatie, status, invited_by, approved_by, ended_by, created_at, approved_at, ended_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		),
		invite: sqlite.prepare(
			`INSERT INTO invite (id, token_hash, gezin_id, role, gezinsrol, relatie, naam, created_by, created_at, expires_at, used_at, used_by, revoked_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		),
		item: sqlite.prepare(
			`INSERT INTO groeiplan_item (id, groeiplan_id, sectie, tekst, toelichting, van_wie, status, wie_account_id, wie_tekst, wanneer, doel_id, herkomst, details,
			 zichtbaarheid, versie, created_by, created_at, updated_by, updated_at, verwijderd_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		),
		itemDoel: sqlite.prepare('INSERT INTO groeiplan_item_doel (item_id, doel_id) VALUES (?, ?)'),
		wijziging: sqlite.prepare(
			`INSERT INTO groeiplan_wijziging (groeiplan_id, item_id, sectie, soort, versie, snapshot, zichtbaarheid, actor_id, actor_name, at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		),
		auditLast: sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
		audit: sqlite.prepare(
			`INSERT INTO audit_log (seq, at, actor_id, actor_name, on_behalf_of, gezin_id, record_type, record_id, action, detail, ip, prev_hash, hash)
			 VALUES (@seq, @at, @actor_id, @actor_name, @on_behalf_of, @gezin_id, @record_type, @record_id, @action, @detail, @ip, @prev_hash, @hash)`
		)
	};
	const randomBytes = (size: number) => {
		const bytes = Buffer.alloc(size);
		crypto.getRandomValues(bytes);
		return bytes;
	};
	const counts = {
		gezinnen: 0,
		accounts: 0,
		memberships: 0,
		items: 0,
		planmomenten: 0,
		auditRows: 0,
		sessions: 0,
		invites: 0
	};

	const run = sqlite.transaction(() => {
		// Organisations and the professionals working for them.
		const orgs: string[] = [];
		for (let i = 0; i < Math.max(3, Math.ceil(professionals / 10)); i++) {
			const id = newId();
			q.organisatie.run(
				id,
				`Bench organisatie ${String(i + 1).padStart(3, '0')}`,
				ORG_SOORTEN[i % ORG_SOORTEN.length],
				now - 800 * DAY
			);
			orgs.push(id);
		}
		const pros: Array<{ id: string; name: string }> = [];
		for (let i = 0; i < professionals; i++) {
			const id = newId();
			const username = `bench-prof-${i}`;
			const name = `${pick(VOORNAMEN)} ${pick(ACHTERNAMEN)}`;
			q.account.run(
				id,
				username,
				`${username}@example.nl`,
				name,
				passwordHash,
				orgs[i % orgs.length],
				now - int(200, 800) * DAY
			);
			q.accountRole.run(id, 'professional');
			q.session.run(
				newId(),
				id,
				randomBytes(32),
				'professional',
				now - int(0, 7) * DAY,
				now - int(0, 3600) * 1000,
				USER_AGENT
			);
			pros.push({ id, name });
			counts.accounts++;
			counts.sessions++;
		}

		let prev = q.auditLast.get() as { seq: number; hash: string } | undefined;
		const log = (at: number, actor: { id: string; name: string }, gezinId: string, action: string, detail = '') => {
			const row: Omit<AuditRow, 'hash'> = {
				seq: (prev?.seq ?? 0) + 1,
				at: new Date(at).toISOString(),
				actor_id: actor.id,
				actor_name: actor.name,
				on_behalf_of: null,
				gezin_id: gezinId,
				record_type: 'gezin',
				record_id: gezinId,
				action,
				detail,
				ip: '127.0.0.1',
				prev_hash: prev?.hash ?? GENESIS_HASH
			};
			const hash = auditHash(row);
			q.audit.run({ ...row, hash });
			prev = { seq: row.seq, hash };
			counts.auditRows++;
		};

		let nextStep = 0;
		for (let g = 0; g < n; g++) {
			// Interleaved writes (another gezin's plan growing meanwhile) go through the data layer,
			// which may append audit rows of its own: pick up the chain again afterwards.
			while (nextStep < between.length && Math.floor(((nextStep + 1) * n) / (between.length + 1)) <= g)
				between[nextStep++]!();
			prev = q.auditLast.get() as { seq: number; hash: string } | undefined;

			const created = now - int(5, 730) * DAY;
			const later = (maxDays: number) => Math.min(now, created + Math.round(random() * maxDays * DAY));
			const achternaam = pick(ACHTERNAMEN);
			const gezinId = newId();
			const planId = newId();
			const pro = pick(pros);
			q.gezin.run(gezinId, `Familie ${achternaam}`, pro.id, created);
			counts.gezinnen++;

			// Members: the professional who created it, 2–4 family/network accounts, sometimes a second professional.
			const members: Array<{ id: string; name: string; role: MemberRole }> = [{ ...pro, role: 'professional' }];
			q.membership.run(
				newId(),
				gezinId,
				pro.id,
				'professional',
				null,
				pick(PROF_RELATIE),
				'actief',
				null,
				pro.id,
				null,
				created,
				created,
				null
			);
			log(created, pro, gezinId, 'gezin.aangemaakt');
			const size = int(2, 4);
			for (let m = 0; m < size; m++) {
				const kind = m === 0 ? 'ouder' : pick(['ouder', 'jeugdige', 'jeugdige', 'netwerk'] as const);
				const role: MemberRole = kind === 'netwerk' ? 'netwerk' : 'gezin';
				const relatie =
					kind === 'ouder'
						? pick(['moeder', 'vader', 'verzorger'])
						: kind === 'jeugdige'
							? pick(['zoon', 'dochter', 'pleegzoon'])
							: pick(NETWERK);
				const id = newId();
				const username = `bench-g${g}-${m}`;
				const name = `${pick(VOORNAMEN)} ${achternaam}`;
				const at = later(30);
				q.account.run(
					id,
					username,
					m === 0 && g % 3 === 0 ? `${username}@example.nl` : null,
					name,
					passwordHash,
					null,
					at
				);
				counts.accounts++;
				const status = g % 40 === m ? 'beeindigd' : 'actief';
				const inviter = m === 0 ? pro : members[1]!;
				q.membership.run(
					newId(),
					gezinId,
					id,
					role,
					role === 'gezin' ? kind : null,
					relatie,
					status,
					inviter.id,
					inviter.id,
					status === 'beeindigd' ? inviter.id : null,
					at,
					at,
					status === 'beeindigd' ? later(400) : null
				);
				counts.memberships++;
				log(at, inviter, gezinId, 'toegang.uitgenodigd', `${kind}: ${relatie}`);
				log(at, { id, name }, gezinId, 'toegang.uitnodiging-geaccepteerd', 'actief');
				members.push({ id, name, role });
				if (g % 5 === m) {
					q.session.run(
						newId(),
						id,
						randomBytes(32),
						'family',
						now - int(0, 7) * DAY,
						now - int(0, 3600) * 1000,
						USER_AGENT
					);
					counts.sessions++;
				}
			}
			counts.memberships++;
			if (random() < 0.3) {
				const other = pick(pros);
				if (other.id !== pro.id) {
					const waiting = random() < 0.3;
					const at = later(200);
					q.membership.run(
						newId(),
						gezinId,
						other.id,
						'professional',
						null,
						pick(PROF_RELATIE),
						waiting ? 'wacht' : 'actief',
						pro.id,
						waiting ? null : members[1]!.id,
						null,
						at,
						waiting ? null : at,
						null
					);
					counts.memberships++;
					log(at, pro, gezinId, 'toegang.uitgenodigd', 'professional');
				}
			}
			if (random() < 0.2) {
				const at = later(300);
				const used = random() < 0.5;
				q.invite.run(
					newId(),
					randomBytes(32),
					gezinId,
					'netwerk',
					null,
					pick(NETWERK),
					'',
					pro.id,
					at,
					at + 7 * DAY,
					used ? at + DAY : null,
					used ? members[1]!.id : null,
					null
				);
				counts.invites++;
			}

			// A small groeiplan: 3–8 items with their planmomenten; some changed once since.
			const trekker = random() < 0.6 ? members[1]!.id : null;
			q.groeiplan.run(
				planId,
				gezinId,
				created,
				trekker,
				trekker ? 'Wij beslissen samen' : '',
				random() < 0.5 ? ymd(now + int(-10, 60) * DAY) : null,
				trekker ? 2 : 1
			);
			const doelen: string[] = [];
			const itemCount = int(3, 8);
			for (let k = 0; k < itemCount; k++) {
				const sectie: GroeiplanSectie =
					k === 0 ? 'doel' : pick(['goed', 'zorg', 'doel', 'afspraak', 'afspraak', 'afspraak', 'plan'] as const);
				const by = pick(members);
				const at = later(300);
				const zichtbaarheid: Zichtbaarheid = pick([
					'iedereen',
					'iedereen',
					'iedereen',
					'gezin-en-professionals',
					'alleen-gezin'
				] as const);
				const isAfspraak = sectie === 'afspraak';
				const wie = isAfspraak ? pick(members) : null;
				const fields = {
					sectie,
					tekst:
						sectie === 'goed'
							? pick(GOED)
							: sectie === 'zorg'
								? pick(ZORG)
								: sectie === 'doel'
									? pick(DOEL)
									: isAfspraak
										? pick(AFSPRAAK)
										: 'Ambulante gezinsbegeleiding',
					toelichting: '',
					vanWie: by.name.split(' ')[0]!,
					status:
						sectie === 'doel'
							? pick(['nog-niet-begonnen', 'bezig', 'bereikt'] as const)
							: isAfspraak
								? pick(['open', 'bezig', 'gedaan'] as const)
								: null,
					wieAccountId: wie?.id ?? null,
					wieTekst: wie ? wie.name.split(' ')[0]! : '',
					wanneer: isAfspraak ? ymd(now + int(-30, 60) * DAY) : null,
					doelId: isAfspraak && doelen.length ? pick(doelen) : null,
					herkomst: isAfspraak ? pick(HERKOMST) : '',
					details:
						sectie === 'plan'
							? { organisatie: 'Zorgaanbieder De Horizon', periode: 'drie maanden', contact: 'hulpverlener' }
							: {},
					doelIds: sectie === 'plan' && doelen.length ? [doelen[0]!] : [],
					zichtbaarheid
				};
				const changed = random() < 0.3;
				const id = newId();
				const changedAt = Math.min(now, at + int(1, 30) * DAY);
				q.item.run(
					id,
					planId,
					sectie,
					fields.tekst,
					'',
					fields.vanWie,
					fields.status,
					fields.wieAccountId,
					fields.wieTekst,
					fields.wanneer,
					fields.doelId,
					fields.herkomst,
					JSON.stringify(fields.details),
					zichtbaarheid,
					changed ? 2 : 1,
					by.id,
					at,
					by.id,
					changed ? changedAt : at,
					null
				);
				for (const d of fields.doelIds) q.itemDoel.run(id, d);
				q.wijziging.run(planId, id, sectie, 'aangemaakt', 1, JSON.stringify(fields), zichtbaarheid, by.id, by.name, at);
				counts.items++;
				counts.planmomenten++;
				if (changed) {
					q.wijziging.run(
						planId,
						id,
						sectie,
						'gewijzigd',
						2,
						JSON.stringify(fields),
						zichtbaarheid,
						by.id,
						by.name,
						changedAt
					);
					counts.planmomenten++;
				}
				if (sectie === 'doel') doelen.push(id);
			}
			if (trekker) {
				q.wijziging.run(
					planId,
					null,
					'regie',
					'gewijzigd',
					2,
					JSON.stringify({ trekkerAccountId: trekker, regieBetekenis: 'Wij beslissen samen' }),
					'iedereen',
					trekker,
					members[1]!.name,
					later(60)
				);
				counts.planmomenten++;
			}
			// People open the gezin now and then.
			for (let v = int(1, 5); v > 0; v--) {
				const who = pick(members);
				log(later(700), who, gezinId, 'gezin.bekeken', 'overzicht');
			}
		}
		while (nextStep < between.length) between[nextStep++]!();
	});
	run();
	return { ...counts, milliseconds: Math.round(performance.now() - started) };
}
