/**
 * Benchmark data for the people around a gezin (issue 5): `setMensen` makes the gezin (De Boer in
 * the demo, seeded with 12 betrokkenen) have exactly `n` people, for the keukentafel board and the
 * netwerkkaart. Written through the real data layer (`removeBetrokkene`, `addBetrokkene`,
 * `placeKaart`), so versions and the board's history (a tafel_opstelling per change) are real rows,
 * as if Karin and Sanne had redone the network over the last weeks.
 *
 * The demo's own people are removed first (soft delete, as the app does): a mix we choose is easier
 * to reason about than 12 hand-made ones plus generated ones, and it keeps both sizes alike.
 *
 * The mix (seeded with `seededRandom`, so two databases with the same seed and day hold the same
 * people, only the row ids differ; the first person is always `MENSEN_MARKER_NAAM`, at the table).
 * Kinds and places on the board are shares of `n` (largest remainder), shuffled, not drawn per
 * person: so 10 and 40 people have the same make-up, and the two sizes differ only in size.
 * - kind: gezin 10 %, familie 22 %, vrienden en buren 22 %, school en werk 14 %, vrijwilliger 10 %,
 *   professional 22 %; names as families write them ("Tante Gerda uit Deventer", "Buurvrouw
 *   Petra"), unique within the gezin; professionals half as "function + organisation", often longer
 *   than the 24 characters the netwerkkaart shows (it shortens them with "…"), half as "function +
 *   first name", all with organisation, function and opdracht filled in;
 * - closeness by kind, drawn per person: the gezin mostly dichtbij, family and friends spread,
 *   professionals mostly midden or verder weg;
 * - support: each of the four kinds with a chance of 35 % (professionals: advies 70 %), so 0–4 marks;
 * - the board: a third at the table, each with a role (mostly the standard ones, sometimes the
 *   gezin's own) and a contribution; a tenth "niet nodig"; the rest in the background;
 * - "niet veilig" (with a note): 4 % of the people, at least one, among family and friends who are
 *   not at the table (the map draws them with a zigzag line and a "!" mark); contact details for 40 %.
 */
import { getHandle } from '../../../src/lib/server/db';
import type { DemoIds } from '../../../src/lib/server/db/seed';
import {
	addBetrokkene,
	listBetrokkenen,
	removeBetrokkene,
	type Actor,
	type BetrokkeneInput
} from '../../../src/lib/server/mensen/betrokkenen';
import { placeKaart } from '../../../src/lib/server/mensen/tafel';
import { standaardRollen } from '../../../src/lib/mensen/tafel';
import {
	betrokkeneSoorten,
	nabijheden,
	steunSoorten,
	tafelPlekken,
	type BetrokkeneSoort,
	type Nabijheid,
	type SteunSoort,
	type TafelPlek
} from '../../../src/lib/domain';
import { seededRandom } from './generate';

const DAY = 86_400_000;

/** The first person of every generated network: a long name (shortened on the map), at the table. */
export const MENSEN_MARKER_NAAM = 'Schoolmaatschappelijk werker Het Stedelijk';
/** Their contribution: only the keukentafel page shows it, so it tells that page apart. */
export const MENSEN_MARKER_BIJDRAGE = 'Belt elke eerste maandag van de maand met Sanne over hoe het op school gaat.';

export interface MensenSummary {
	/** Live betrokkenen of the gezin now (= n). */
	total: number;
	removed: number;
	added: number;
	perSoort: Record<BetrokkeneSoort, number>;
	perNabijheid: Record<Nabijheid, number>;
	perPlek: Record<TafelPlek, number>;
	/** Names longer than the netwerkkaart shows (24 characters). */
	langeNamen: number;
	/** Longest name, in characters. */
	langsteNaam: number;
	steunMarks: number;
	nietVeilig: number;
	/** Set-ups of the board kept so far (one per change, the demo's own included). */
	opstellingen: number;
	milliseconds: number;
}

const VROUWEN = [
	'Gerda',
	'Anja',
	'Marjan',
	'Fatima',
	'Ilse',
	'Petra',
	'Mirjam',
	'Sevda',
	'Priscilla',
	'Noor',
	'Marieke',
	'Annemarie'
];
const MANNEN = [
	'Henk',
	'Kees',
	'Youssef',
	'Bas',
	'Johan',
	'Ahmed',
	'Jan-Willem',
	'Wim',
	'Ricardo',
	'Dirk',
	'Mehmet',
	'Stefan'
];
const PLAATSEN = ['Deventer', 'Kampen', 'Hattem', 'Meppel', 'Rotterdam', 'Zwolle-Noord', 'Dalfsen', 'Apeldoorn'];

/** Fills a name pattern: a woman's and a man's first name, either of them, and a place. */
type Fill = { vrouw: string; man: string; iemand: string; plaats: string };

/** Name patterns per kind (not the professionals, see HULP). */
const NAMEN: Record<Exclude<BetrokkeneSoort, 'professional'>, ReadonlyArray<(f: Fill) => string>> = {
	gezin: [
		(f) => `Stiefvader ${f.man}`,
		(f) => `Halfbroer ${f.man}`,
		(f) => `Pleegzus ${f.vrouw}`,
		(f) => `Nieuwe partner van Sanne (${f.man})`,
		(f) => `Tweelingzus ${f.vrouw}`
	],
	familie: [
		(f) => `Oma ${f.vrouw}`,
		(f) => `Opa ${f.man}`,
		(f) => `Tante ${f.vrouw} uit ${f.plaats}`,
		(f) => `Oom ${f.man}`,
		(f) => `Neef ${f.man}`,
		(f) => `Nicht ${f.vrouw}`,
		(f) => `Zus van Sanne (${f.vrouw})`,
		(f) => `Broer van Sanne, woont in ${f.plaats}`,
		(f) => `Peettante ${f.vrouw}`
	],
	'vrienden-en-buren': [
		(f) => `Buurvrouw ${f.vrouw}`,
		(f) => `Buurman ${f.man}`,
		(f) => `Vriendin ${f.vrouw}`,
		(f) => `Vriend van Daan (${f.man})`,
		(f) => `Moeder van Lottes vriendinnetje ${f.vrouw}`,
		(f) => `Oud-buurvrouw ${f.vrouw} uit ${f.plaats}`,
		(f) => `${f.iemand} van de overkant`
	],
	'school-en-werk': [
		() => 'Mentor van Daan',
		(f) => `Juf ${f.vrouw} (groep 6)`,
		(f) => `Leidinggevende bij de supermarkt (${f.iemand})`,
		(f) => `Collega ${f.iemand}`,
		(f) => `Stagebegeleider van Daan, ${f.iemand}`,
		() => 'Intern begeleider De Regenboog'
	],
	vrijwilliger: [
		(f) => `Trainer voetbalclub ${f.iemand}`,
		(f) => `Maatje van Humanitas (${f.iemand})`,
		(f) => `Vrijwilliger Voedselbank ${f.iemand}`,
		(f) => `Leiding scouting ${f.iemand}`,
		(f) => `Taalmaatje ${f.iemand}`,
		() => 'Thuisadministratie-vrijwilliger Humanitas'
	]
};

/** Professionals: [function, organisation, opdracht]; their name is "Function Organisation". */
const HULP: ReadonlyArray<readonly [functie: string, organisatie: string, opdracht: string]> = [
	['Gezinscoach', 'Wijkteam Zwolle-Zuid', 'Samen met het gezin het groeiplan maken en de regie ondersteunen.'],
	['Schuldhulpverlener', 'Gemeente Zwolle', 'Een betaalplan maken en de schulden regelen.'],
	['Kinderarts', 'Isala', 'De groei en gezondheid van Lotte volgen.'],
	['POH-GGZ', 'Huisartsenpraktijk Zuid', 'Gesprekken met Sanne over spanning en slaap.'],
	['Jongerenwerker', 'Travers Welzijn', 'Daan helpen een bijbaan en een club te vinden.'],
	['Behandelaar', 'Accare kinder- en jeugdpsychiatrie', 'Onderzoek en behandeling van Daan.'],
	['Logopedist', 'Logopediepraktijk Zuid', 'Lotte helpen met praten en lezen.'],
	['Consulent', 'Stichting Leergeld Zwolle', 'Schoolspullen en sport voor de kinderen regelen.'],
	['Jeugdbeschermer', 'Jeugdbescherming Overijssel', 'Vrijwillige hulp: meekijken of het thuis veilig genoeg gaat.'],
	['Klantmanager', 'Werk en inkomen Gemeente Zwolle', 'De uitkering en re-integratie van Sanne.'],
	['Wijkagent', 'Politie Zwolle-Zuid', 'Aanspreekpunt bij overlast in de straat.'],
	['Woonconsulent', 'deltaWonen', 'Afspraken over de huurachterstand.']
];

const EIGEN_ROLLEN = ['oppas', 'chauffeur', 'luisterend oor', 'huiswerkhulp', 'regelt de post'];
const BIJDRAGEN = [
	'Past op Lotte op woensdagmiddag.',
	'Brengt Daan naar voetbal als Sanne moet werken.',
	'Gaat mee naar afspraken als Sanne dat wil.',
	'Helpt met de post en de rekeningen, eens per week.',
	'Kookt op donderdag voor het hele gezin.',
	'Denkt mee en helpt met het plan.',
	'Maakt een betaalplan met Sanne.',
	'Vertelt hoe het met Daan op school gaat.',
	'Belt Sanne als het even niet gaat.',
	'Zorgt dat Lotte op tijd bij de logopedist is.',
	'Helpt Daan met zijn huiswerk, twee avonden per week.',
	'Regelt een plek bij de scouting voor Lotte.'
];
const NIET_VEILIG = [
	'Geen contact sinds de scheiding. Niet zonder overleg benaderen.',
	'Er waren ruzies met geweld. Alleen via Karin.',
	'Sanne wil niet dat hij weet waar ze wonen.'
];

/** Likely closeness per kind (weights for dichtbij, midden, verder-weg). */
const NABIJ: Record<BetrokkeneSoort, Record<Nabijheid, number>> = {
	gezin: { dichtbij: 80, midden: 15, 'verder-weg': 5 },
	familie: { dichtbij: 35, midden: 40, 'verder-weg': 25 },
	'vrienden-en-buren': { dichtbij: 25, midden: 50, 'verder-weg': 25 },
	'school-en-werk': { dichtbij: 5, midden: 50, 'verder-weg': 45 },
	vrijwilliger: { dichtbij: 5, midden: 45, 'verder-weg': 50 },
	professional: { dichtbij: 5, midden: 45, 'verder-weg': 50 }
};

const count = <K extends string>(keys: readonly K[]) =>
	Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const SOORT_AANDEEL: Record<BetrokkeneSoort, number> = {
	gezin: 10,
	familie: 22,
	'vrienden-en-buren': 22,
	'school-en-werk': 14,
	vrijwilliger: 10,
	professional: 22
};
const PLEK_AANDEEL: Record<TafelPlek, number> = {
	'aan-tafel': 100 / 3,
	achtergrond: 100 - 100 / 3 - 10,
	'niet-nodig': 10
};

/** `n` keys in proportion to `weights` (largest remainder, ties in key order), unshuffled. */
function shares<K extends string>(weights: Record<K, number>, n: number): K[] {
	const entries = Object.entries(weights) as Array<[K, number]>;
	const total = entries.reduce((sum, [, w]) => sum + w, 0);
	const exact = entries.map(([k, w]) => ({ k, exact: (w / total) * n, n: Math.floor((w / total) * n) }));
	let left = n - exact.reduce((sum, e) => sum + e.n, 0);
	for (const e of [...exact].sort((a, b) => b.exact - b.n - (a.exact - a.n))) if (left-- > 0) e.n++;
	return exact.flatMap((e) => Array<K>(e.n).fill(e.k));
}

/** Fisher–Yates with the seeded generator. */
function shuffle<T>(list: T[], random: () => number): T[] {
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[list[i], list[j]] = [list[j]!, list[i]!];
	}
	return list;
}

/** Takes one `key` out of `list` (the marker's kind or place), so the shares stay right. */
function takeOne<K>(list: K[], key: K): K[] {
	const i = list.indexOf(key);
	if (i >= 0) list.splice(i, 1);
	return list;
}

/**
 * Makes the gezin have exactly `n` live betrokkenen (removes all there are, then adds `n`), in one
 * transaction. Call on a prepared database (`useDatabase` set, as `Prepare` does).
 */
export function setMensen(
	gezinId: string,
	accounts: DemoIds['accounts'],
	n: number,
	options: { seed?: number; now?: number } = {}
): MensenSummary {
	if (!Number.isInteger(n) || n < 1) throw new Error(`setMensen: n must be a positive integer, got ${n}.`);
	const started = performance.now();
	const { sqlite } = getHandle();
	const random = seededRandom(options.seed ?? 20_240_505);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const weighted = <T extends string>(weights: Record<T, number>): T => {
		const entries = Object.entries(weights) as Array<[T, number]>;
		let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
		for (const [key, w] of entries) if ((r -= w) < 0) return key;
		return entries.at(-1)![0];
	};
	const now = options.now ?? Date.now();
	const sanne: Actor = { id: accounts.ouder, name: 'Sanne de Boer' };
	const karin: Actor = { id: accounts.wijkteam, name: 'Karin Janssen' };

	const summary: MensenSummary = {
		total: 0,
		removed: 0,
		added: 0,
		perSoort: count(betrokkeneSoorten),
		perNabijheid: count(nabijheden),
		perPlek: count(tafelPlekken),
		langeNamen: 0,
		langsteNaam: 0,
		steunMarks: 0,
		nietVeilig: 0,
		opstellingen: 0,
		milliseconds: 0
	};

	sqlite.transaction(() => {
		// The demo's people leave the board three weeks ago, one by one (as Karin would do it).
		const at0 = now - 21 * DAY;
		for (const b of listBetrokkenen(gezinId)) {
			const result = removeBetrokkene(gezinId, b.id, b.versie, karin, new Date(at0 + summary.removed * 60_000));
			if (!result.ok) throw new Error(`Could not remove betrokkene ${b.id}: ${result.reason}.`);
			summary.removed++;
		}

		const used = new Set<string>();
		const uniqueName = (make: () => string): string => {
			for (let attempt = 0; attempt < 50; attempt++) {
				const naam = make();
				if (!used.has(naam)) return naam;
			}
			// Many people of one kind: number them, as a family would ("Buurman Henk 2" is rare, but unique).
			const naam = `${make()} ${used.size + 1}`;
			return naam;
		};

		// Who is what, and where on the board: shares of n, the marker (a professional at the table) first.
		const soorten: BetrokkeneSoort[] = [
			'professional',
			...shuffle(takeOne(shares(SOORT_AANDEEL, n), 'professional'), random)
		];
		const plekken: TafelPlek[] = ['aan-tafel', ...shuffle(takeOne(shares(PLEK_AANDEEL, n), 'aan-tafel'), random)];
		const onveilig = new Set(
			soorten
				.map((soort, i) => ({ soort, i }))
				.filter(({ soort, i }) => (soort === 'familie' || soort === 'vrienden-en-buren') && plekken[i] !== 'aan-tafel')
				.slice(0, Math.max(1, Math.round(n * 0.04)))
				.map(({ i }) => i)
		);

		for (let i = 0; i < n; i++) {
			const marker = i === 0;
			const soort = soorten[i]!;
			let naam: string;
			let organisatie = '';
			let functie = '';
			let opdracht = '';
			if (marker) {
				naam = MENSEN_MARKER_NAAM;
				organisatie = 'Vmbo Het Stedelijk';
				functie = 'schoolmaatschappelijk werk';
				opdracht = 'Met Daan praten over school en thuis.';
			} else if (soort === 'professional') {
				let hulp = HULP[0]!;
				naam = uniqueName(() => {
					hulp = pick(HULP);
					return random() < 0.5 ? `${hulp[0]} ${hulp[1]}` : `${hulp[0]} ${pick(random() < 0.7 ? VROUWEN : MANNEN)}`;
				});
				[functie, organisatie, opdracht] = hulp;
				functie = functie.toLowerCase();
			} else {
				const patterns = NAMEN[soort];
				naam = uniqueName(() => {
					const vrouw = pick(VROUWEN);
					const man = pick(MANNEN);
					return pick(patterns)({ vrouw, man, iemand: random() < 0.5 ? vrouw : man, plaats: pick(PLAATSEN) });
				});
			}
			used.add(naam);

			const nabijheid = marker ? 'midden' : weighted(NABIJ[soort]);
			const steun: SteunSoort[] = steunSoorten.filter(
				(s) => random() < (soort === 'professional' && s === 'advies' ? 0.7 : 0.35)
			);
			const nietVeilig = onveilig.has(i);
			const contact =
				random() < 0.4
					? random() < 0.5
						? `06-${String(10_000_000 + Math.floor(random() * 89_999_999))}`
						: `${naam.split(' ')[0]!.toLowerCase()}@voorbeeld.example.nl`
					: '';
			const input: BetrokkeneInput = {
				naam,
				soort,
				organisatie,
				functie,
				opdracht,
				contact,
				accountId: null,
				nabijheid,
				steun,
				nietVeilig,
				nietVeiligToelichting: nietVeilig ? pick(NIET_VEILIG) : ''
			};
			// Written down over the last three weeks, in order; professionals by Karin.
			const at = new Date(now - 20 * DAY + Math.round((i * 19 * DAY) / Math.max(1, n)));
			const actor = soort === 'professional' || random() < 0.3 ? karin : sanne;
			const b = addBetrokkene(gezinId, input, actor, at);

			// The board: a third at the table with a role and a contribution, a tenth not needed.
			const plek = plekken[i]!;
			if (plek !== 'achtergrond') {
				const aanTafel = plek === 'aan-tafel';
				const rol = !aanTafel
					? ''
					: marker
						? 'geeft-informatie'
						: random() < 0.8
							? pick(standaardRollen)
							: pick(EIGEN_ROLLEN);
				const bijdrage = !aanTafel ? '' : marker ? MENSEN_MARKER_BIJDRAGE : pick(BIJDRAGEN);
				const placed = placeKaart(
					gezinId,
					b.id,
					b.tafelVersie,
					{ plek, rol, bijdrage },
					actor,
					new Date(at.getTime() + 3_600_000)
				);
				if (!placed.ok) throw new Error(`Could not place ${naam}: ${placed.reason}.`);
			}

			summary.added++;
			summary.perSoort[soort]++;
			summary.perNabijheid[nabijheid]++;
			summary.perPlek[plek]++;
			summary.steunMarks += steun.length;
			if (nietVeilig) summary.nietVeilig++;
			const length = Array.from(naam).length;
			if (length > 24) summary.langeNamen++;
			summary.langsteNaam = Math.max(summary.langsteNaam, length);
		}
	})();

	summary.total = (
		sqlite
			.prepare('SELECT count(*) AS n FROM betrokkene WHERE gezin_id = ? AND verwijderd_at IS NULL')
			.get(gezinId) as { n: number }
	).n;
	summary.opstellingen = (
		sqlite.prepare('SELECT count(*) AS n FROM tafel_opstelling WHERE gezin_id = ?').get(gezinId) as { n: number }
	).n;
	if (summary.total !== n) throw new Error(`setMensen: the gezin has ${summary.total} betrokkenen, expected ${n}.`);
	summary.milliseconds = Math.round(performance.now() - started);
	return summary;
}

/** One line for the log: "40 people (12 removed, 40 added: 4 gezin, …)". */
export function mensenLine(s: MensenSummary): string {
	const k = s.perSoort;
	const r = s.perNabijheid;
	const p = s.perPlek;
	return (
		`${s.total} people (${s.removed} removed, ${s.added} added: ${k.gezin} gezin, ${k.familie} familie, ${k['vrienden-en-buren']} vrienden/buren, ${k['school-en-werk']} school/werk, ` +
		`${k.vrijwilliger} vrijwilliger, ${k.professional} professional; ${r.dichtbij}/${r.midden}/${r['verder-weg']} dichtbij/midden/verder weg; ` +
		`${p['aan-tafel']}/${p.achtergrond}/${p['niet-nodig']} aan tafel/achtergrond/niet nodig; ${s.steunMarks} support marks, ${s.nietVeilig} niet veilig; ` +
		`${s.langeNamen} names > 24 chars (longest ${s.langsteNaam}); ${s.opstellingen} board set-ups kept) in ${s.milliseconds} ms`
	);
}
