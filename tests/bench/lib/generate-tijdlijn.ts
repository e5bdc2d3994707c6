/**
 * Benchmark data for the tijdlijn "Dit zijn wij!": `addTijdlijn` tops up a gezin's tijdlijn (De
 * Boer in the demo, which already holds about 31 events) to `n` events the ouder can see, spread
 * over the last fifteen years across the four lanes. Written through the real data layer
 * (`addGebeurtenis`, `addKant`), so versions and sides are real rows.
 *
 * The mix, per event (seeded with `seededRandom`, so two databases with the same seed and day hold
 * the same tijdlijn, only the row ids differ):
 * - lane: gezin 30 %, kinderen 30 %, netwerk 22 %, hulp 18 %;
 * - about 30 % periods (hulp mostly periods), the rest moments on a day (45 %), month (35 %) or year
 *   (20 %); periods short (days to weeks: holidays, hospital), medium (months: swimming lessons,
 *   help) or long (years); those started in the last four years are sometimes still going;
 *   periods overlap wherever they happen to;
 * - mooi 40 %, gewoon 35 %, moeilijk 25 %; "ongeveer" for half the years and a tenth of the rest;
 * - visible to iedereen 70 %, gezin en professionals 22 %, alleen het gezin 8 % (oma only tells
 *   things for everyone; Karin, typing for the family, never alleen-gezin);
 * - whose story: Sanne, Daan, oma or the gezin (typed in by Karin); a story text for 40 %; a side
 *   ("zo zag ik het") on 4 %.
 */
import { getHandle } from '../../../src/lib/server/db';
import type { DemoIds } from '../../../src/lib/server/db/seed';
import { addGebeurtenis, type Actor, type GebeurtenisInput } from '../../../src/lib/server/tijdlijn/gebeurtenissen';
import { addKant } from '../../../src/lib/server/tijdlijn/kanten';
import type { MomentSoort, TijdlijnBaan } from '../../../src/lib/domain';
import type { Zichtbaarheid } from '../../../src/lib/zichtbaarheid';
import { seededRandom } from './generate';

const DAY = 86_400_000;
const YEARS = 15;

export interface TijdlijnSummary {
	/** Events the ouder sees now (all live events of the gezin: she sees every visibility). */
	total: number;
	added: number;
	perBaan: Record<TijdlijnBaan, number>;
	momenten: number;
	perioden: number;
	nogBezig: number;
	perZichtbaarheid: Record<Zichtbaarheid, number>;
	kanten: number;
	milliseconds: number;
}

type Who = 'sanne' | 'daan' | 'oma' | 'karin';

const KINDEREN = ['Daan', 'Lotte'];
const PLEKKEN = [
	'Texel',
	'Ameland',
	'de Veluwe',
	'Limburg',
	'Zeeland',
	'Drenthe',
	'de Ardennen',
	'Duitsland',
	'een camping bij Ommen',
	'Center Parcs'
];
const MENSEN = [
	'Anja',
	'Mirjam',
	'Petra',
	'Kees',
	'Marjan',
	'Youssef',
	'Fatima',
	'Henk',
	'Gerda',
	'Bas',
	'Ilse',
	'Johan'
];
const SPORTEN = ['voetbal', 'judo', 'turnen', 'hockey', 'dansles', 'zwemmen', 'atletiek', 'scouting'];
const WERK = [
	'de supermarkt',
	'de bakker',
	'een schoonmaakbedrijf',
	'de thuiszorg',
	'het tuincentrum',
	'de kinderopvang'
];
const HULP: ReadonlyArray<readonly [organisatie: string, soortHulp: string]> = [
	['Wijkteam Zwolle-Zuid', 'gezinscoach'],
	['Maatschappelijk werk Zwolle', 'maatschappelijk werk'],
	['Huisartsenpraktijk Zuid', 'POH-GGZ'],
	['Isala', 'kinderarts'],
	['Gemeente Zwolle', 'schuldhulpverlening'],
	['Vmbo Het Stedelijk', 'schoolmaatschappelijk werk'],
	['Basisschool De Regenboog', 'intern begeleider'],
	['Travers Welzijn', 'jongerenwerk'],
	['Accare', 'kinder- en jeugdpsychiatrie'],
	['Dimence', 'GGZ voor volwassenen'],
	['Humanitas', 'maatjesproject'],
	['Voedselbank Zwolle', 'voedselpakket'],
	['Logopediepraktijk Zuid', 'logopedie'],
	['Stichting Leergeld', 'schoolspullen'],
	['Jeugdbescherming Overijssel', 'vrijwillige hulp']
];
const VERHALEN = [
	'Dat weet ik nog precies, het regende die dag.',
	'Oma zegt dat het eerder was, maar ik denk dat dit klopt.',
	'Daar hebben we het nog vaak over.',
	'Het was een drukke tijd, alles liep door elkaar.',
	'Daan vond het stom, Lotte vond het prachtig.',
	'Karin heeft het opgeschreven toen we het vertelden.',
	'Toen ging het even wat beter met ons allemaal.',
	'Ik was blij dat het voorbij was.',
	'Er zijn foto’s van, die liggen bij oma.',
	'We wisten toen nog niet hoe het verder zou gaan.',
	'De buren hebben toen veel geholpen.',
	'Het geld was op, maar we hebben het toch gedaan.'
];
const KANTEN = [
	'Zo herinner ik het me ook, maar het was later op de dag.',
	'Ik vond het helemaal niet leuk, eerlijk gezegd.',
	'Dat was de eerste keer dat ik echt trots op ons was.',
	'Ik weet er niet veel meer van, ik was nog klein.'
];

/** Titles per lane: for a moment, and for a period. `f` fills in names and places. */
type Fill = { kind: string; plek: string; mens: string; sport: string; werk: string; n: number };
const TITELS: Record<
	TijdlijnBaan,
	{ moment: ReadonlyArray<(f: Fill) => string>; periode: ReadonlyArray<(f: Fill) => string> }
> = {
	gezin: {
		moment: [
			() => 'Verjaardag van Sanne',
			() => 'Ruzie over geld',
			() => 'De wasmachine gaat kapot',
			() => 'Kat Minoes komt bij ons wonen',
			() => 'Brief van de woningcorporatie',
			() => 'Sinterklaas met z’n allen',
			() => 'Sanne haalt haar rijbewijs',
			() => 'Stroom bijna afgesloten',
			() => 'Samen naar de kermis',
			(f) => `Dagje naar ${f.plek}`,
			(f) => `${f.mens} komt eten`,
			() => 'Nieuwe bank via de kringloop',
			() => 'Sanne wordt ontslagen',
			() => 'Oud en nieuw bij de buren'
		],
		periode: [
			(f) => `Vakantie in ${f.plek}`,
			(f) => `Sanne werkt bij ${f.werk}`,
			() => 'Verbouwing van de keuken',
			(f) => `Sanne heeft een relatie met ${f.mens}`,
			() => 'Krap bij kas',
			() => 'Sanne in de ziektewet',
			() => 'Oma woont even bij ons'
		]
	},
	kinderen: {
		moment: [
			(f) => `${f.kind} leert fietsen`,
			(f) => `${f.kind} breekt een arm`,
			(f) => `${f.kind} gaat over naar groep ${f.n}`,
			(f) => `${f.kind} wint de tekenwedstrijd`,
			(f) => `Goed rapport voor ${f.kind}`,
			(f) => `Gesprek met de juf over ${f.kind}`,
			(f) => `${f.kind} wordt gepest`,
			(f) => `Schoolreisje van ${f.kind} naar ${f.plek}`,
			(f) => `${f.kind} speelt mee in de musical`,
			(f) => `${f.kind} is jarig`,
			(f) => `${f.kind} krijgt een telefoon`,
			(f) => `${f.kind} blijft zitten`,
			(f) => `${f.kind} haalt zwemdiploma B`
		],
		periode: [
			(f) => `${f.kind} op zwemles`,
			(f) => `${f.kind} op ${f.sport}`,
			(f) => `${f.kind} heeft bijles`,
			(f) => `${f.kind} slaapt slecht`,
			(f) => `${f.kind} in het ziekenhuis`,
			(f) => `${f.kind} logeert bij oma`,
			(f) => `${f.kind} heeft een bijbaantje`
		]
	},
	netwerk: {
		moment: [
			(f) => `Oma wordt ${60 + f.n} jaar`,
			(f) => `${f.mens} helpt met de verhuizing`,
			() => 'Ruzie met de buren',
			() => 'Tante Marjan komt op bezoek',
			(f) => `Afscheid van ${f.mens}`,
			(f) => `Feest bij ${f.mens}`,
			(f) => `Papa belt op de verjaardag van ${f.kind}`,
			() => 'Oom Kees overlijdt',
			(f) => `${f.mens} brengt soep als we ziek zijn`
		],
		periode: [
			() => 'Oma haalt de kinderen uit school',
			(f) => `${f.mens} past op`,
			(f) => `Vriendschap met ${f.mens}`,
			() => 'Zondags eten bij oma',
			(f) => `Samen wandelen met ${f.mens}`,
			() => 'Contact met papa'
		]
	},
	hulp: {
		moment: [
			(f) => `Intake bij ${f.werk}`,
			(f) => `Aanmelding bij ${f.werk}`,
			(f) => `Evaluatiegesprek met ${f.werk}`,
			(f) => `Laatste gesprek bij ${f.werk}`
		],
		periode: [
			(f) => `${f.sport[0]!.toUpperCase()}${f.sport.slice(1)} van ${f.werk}`,
			(f) => `Hulp van ${f.werk}`,
			(f) => `${f.kind} krijgt ${f.sport}`
		]
	}
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A partial date of a moment at the given precision. */
function partial(ms: number, precisie: 'dag' | 'maand' | 'jaar'): string {
	const d = new Date(ms);
	const y = String(d.getUTCFullYear());
	if (precisie === 'jaar') return y;
	if (precisie === 'maand') return `${y}-${pad(d.getUTCMonth() + 1)}`;
	return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Adds events to the gezin's tijdlijn until the ouder sees `n` (she sees all three visibilities),
 * in one transaction. Throws when the tijdlijn already holds more than `n`.
 */
export function addTijdlijn(
	gezinId: string,
	accounts: DemoIds['accounts'],
	n: number,
	options: { seed?: number; now?: number } = {}
): TijdlijnSummary {
	const started = performance.now();
	const { sqlite } = getHandle();
	const existing = (
		sqlite
			.prepare('SELECT count(*) AS n FROM tijdlijn_gebeurtenis WHERE gezin_id = ? AND verwijderd_at IS NULL')
			.get(gezinId) as { n: number }
	).n;
	const toAdd = n - existing;
	if (toAdd < 0) throw new Error(`The tijdlijn already holds ${existing} events, more than ${n}.`);

	const random = seededRandom(options.seed ?? 20_150_314);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const weighted = <T extends string>(weights: Record<T, number>): T => {
		const entries = Object.entries(weights) as Array<[T, number]>;
		let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
		for (const [key, w] of entries) if ((r -= w) < 0) return key;
		return entries.at(-1)![0];
	};

	const now = options.now ?? Date.now();
	const today = new Date(now);
	const from = Date.UTC(today.getUTCFullYear() - YEARS, 0, 1);
	const daan = Date.UTC(today.getUTCFullYear() - 15, 2, 15);
	const lotte = Date.UTC(today.getUTCFullYear() - 11, 5, 3);
	const actors: Record<Who, Actor> = {
		sanne: { id: accounts.ouder, name: 'Sanne de Boer' },
		daan: { id: accounts.jongere, name: 'Daan de Boer' },
		oma: { id: accounts.oma, name: 'Ria de Boer' },
		karin: { id: accounts.wijkteam, name: 'Karin Janssen' }
	};
	const periodeKans: Record<TijdlijnBaan, number> = { gezin: 0.2, kinderen: 0.25, netwerk: 0.25, hulp: 0.65 };
	const verteller: Record<TijdlijnBaan, Record<Who, number>> = {
		gezin: { sanne: 55, daan: 15, oma: 5, karin: 25 },
		kinderen: { sanne: 30, daan: 45, oma: 5, karin: 20 },
		netwerk: { sanne: 40, daan: 10, oma: 30, karin: 20 },
		hulp: { sanne: 45, daan: 15, oma: 0, karin: 40 }
	};

	const summary: TijdlijnSummary = {
		total: 0,
		added: 0,
		perBaan: { gezin: 0, kinderen: 0, netwerk: 0, hulp: 0 },
		momenten: 0,
		perioden: 0,
		nogBezig: 0,
		perZichtbaarheid: { iedereen: 0, 'gezin-en-professionals': 0, 'alleen-gezin': 0 },
		kanten: 0,
		milliseconds: 0
	};

	sqlite.transaction(() => {
		for (let i = 0; i < toAdd; i++) {
			const baan = weighted<TijdlijnBaan>({ gezin: 30, kinderen: 30, netwerk: 22, hulp: 18 });
			const [organisatie, soortHulp] = pick(HULP);
			const fill: Fill = {
				kind: pick(KINDEREN),
				plek: pick(PLEKKEN),
				mens: pick(MENSEN),
				sport: baan === 'hulp' ? soortHulp : pick(SPORTEN),
				werk: baan === 'hulp' ? organisatie : pick(WERK),
				n: 1 + Math.floor(random() * 8)
			};
			const periode = random() < periodeKans[baan];
			const titel = pick(TITELS[baan][periode ? 'periode' : 'moment'])(fill);
			// Nothing about a child before it is two (as in the demo: Daan born 15, Lotte 11 years ago).
			const begin = titel.includes('Lotte')
				? lotte + 2 * 365 * DAY
				: titel.includes('Daan')
					? daan + 2 * 365 * DAY
					: from;

			// When: a moment anywhere in the fifteen years; a period short, medium or long.
			let van: string;
			let tot: string | null = null;
			let nogBezig = false;
			let jaarPrecisie: boolean;
			if (!periode) {
				const precisie = weighted({ dag: 45, maand: 35, jaar: 20 });
				van = partial(begin + random() * (now - begin), precisie);
				jaarPrecisie = precisie === 'jaar';
			} else {
				const lengte = weighted({ kort: 50, middel: 42, lang: 8 });
				const days =
					lengte === 'kort' ? 3 + random() * 25 : lengte === 'middel' ? 60 + random() * 300 : 365 + random() * 3 * 365;
				const precisie =
					lengte === 'kort'
						? 'dag'
						: lengte === 'middel'
							? weighted({ dag: 15, maand: 85 })
							: weighted({ maand: 60, jaar: 40 });
				const start = begin + random() * (now - begin - days * DAY * 0.5);
				const end = Math.min(now - DAY, start + days * DAY);
				van = partial(start, precisie);
				// Started in the last four years: sometimes still going.
				nogBezig = lengte !== 'kort' && start > now - 4 * 365 * DAY && random() < 0.15;
				tot = nogBezig ? null : partial(Math.max(end, start), precisie);
				jaarPrecisie = precisie === 'jaar';
			}
			const ongeveer = random() < (jaarPrecisie ? 0.5 : 0.1);

			const who = weighted(verteller[baan]);
			const zichtbaarheid: Zichtbaarheid =
				who === 'oma'
					? 'iedereen'
					: who === 'karin'
						? weighted({ iedereen: 70, 'gezin-en-professionals': 30 })
						: weighted({ iedereen: 68, 'gezin-en-professionals': 20, 'alleen-gezin': 12 });
			const input: GebeurtenisInput = {
				baan,
				titel,
				verhaal: random() < 0.4 ? pick(VERHALEN) : '',
				moment: weighted<MomentSoort>({ mooi: 40, gewoon: 35, moeilijk: 25 }),
				wanneer: { van, tot, nogBezig, ongeveer },
				verhaalVan: who === 'karin' ? null : actors[who].id,
				namensGezin: who === 'karin',
				organisatie: baan === 'hulp' ? organisatie : '',
				soortHulp: baan === 'hulp' ? soortHulp : '',
				zichtbaarheid
			};
			// Told over the past year, in order, before the demo's own evenings at the table.
			const at = new Date(now - 400 * DAY + Math.round((i * 370 * DAY) / Math.max(1, toAdd)));
			const g = addGebeurtenis(gezinId, input, actors[who], at);
			if (random() < 0.04) {
				const other = who === 'daan' ? actors.sanne : actors.daan;
				addKant(g.id, pick(KANTEN), other, new Date(at.getTime() + DAY));
				summary.kanten++;
			}

			summary.added++;
			summary.perBaan[baan]++;
			summary.perZichtbaarheid[zichtbaarheid]++;
			if (periode) summary.perioden++;
			else summary.momenten++;
			if (nogBezig) summary.nogBezig++;
		}
	})();

	summary.total = (
		sqlite
			.prepare('SELECT count(*) AS n FROM tijdlijn_gebeurtenis WHERE gezin_id = ? AND verwijderd_at IS NULL')
			.get(gezinId) as { n: number }
	).n;
	summary.milliseconds = Math.round(performance.now() - started);
	return summary;
}

/** One line for the log: "2,000 events (1,969 added: 591 gezin, …)". */
export function tijdlijnLine(s: TijdlijnSummary): string {
	const b = s.perBaan;
	const z = s.perZichtbaarheid;
	return (
		`${s.total.toLocaleString('en')} events (${s.added.toLocaleString('en')} added: ${b.gezin} gezin, ${b.kinderen} kinderen, ${b.netwerk} netwerk, ${b.hulp} hulp; ` +
		`${s.momenten} moments, ${s.perioden} periods of which ${s.nogBezig} still going; ${z.iedereen}/${z['gezin-en-professionals']}/${z['alleen-gezin']} iedereen/gezin+prof/alleen-gezin; ` +
		`${s.kanten} sides) in ${s.milliseconds} ms`
	);
}
