import type { MomentSoort, TijdlijnBaan } from '../../domain';
import type { Zichtbaarheid } from '../../zichtbaarheid';
import { renameBaan } from '../tijdlijn/banen';
import {
	addGebeurtenis,
	updateGebeurtenis,
	type Actor,
	type Gebeurtenis,
	type GebeurtenisInput
} from '../tijdlijn/gebeurtenissen';
import { addKant } from '../tijdlijn/kanten';
import { audit } from '../audit';

const DAY = 86_400_000;

interface Moment {
	baan: TijdlijnBaan;
	titel: string;
	van: string;
	tot?: string;
	nogBezig?: boolean;
	ongeveer?: boolean;
	moment: MomentSoort;
	verhaal?: string;
	van_wie?: 'sanne' | 'daan' | 'oma' | null;
	zichtbaarheid?: Zichtbaarheid;
	organisatie?: string;
	soortHulp?: string;
	/** Typed in by Karin while the family told it. */
	karin?: boolean;
}

/**
 * The tijdlijn "Dit zijn wij!" of Familie De Boer: about fifteen years, told at the kitchen table
 * over the last weeks. Daan's birth, the divorce, school years, oma and the neighbours who came and
 * went, and help that overlaps (some only for gezin and professionals, one thing only for the
 * gezin). Years count back from now, so the demo stays fifteen years long.
 */
export interface DemoTijdlijnIds {
	/** "Oma past elke woensdag op": for everyone at the table. */
	iedereen: string;
	/** "Erik en ik gaan uit elkaar": gezin and professionals, not oma. */
	gezinEnProfessionals: string;
	/** "Ik was heel somber": only the gezin. */
	alleenGezin: string;
}

export function seedDemoTijdlijn(
	gezinId: string,
	accounts: { ouder: string; jongere: string; oma: string; wijkteam: string },
	now: Date
): DemoTijdlijnIds {
	const Y = now.getUTCFullYear();
	const y = (back: number, rest = '') => `${Y - back}${rest}`;
	const sanne: Actor = { id: accounts.ouder, name: 'Sanne de Boer' };
	const daan: Actor = { id: accounts.jongere, name: 'Daan de Boer' };
	const ria: Actor = { id: accounts.oma, name: 'Ria de Boer' };
	const karin: Actor = { id: accounts.wijkteam, name: 'Karin Janssen' };
	const people = { sanne: accounts.ouder, daan: accounts.jongere, oma: accounts.oma };

	const moments: Moment[] = [
		// Ons gezin
		{
			baan: 'gezin',
			titel: 'Daan wordt geboren',
			van: y(15, '-03-14'),
			moment: 'mooi',
			van_wie: 'sanne',
			verhaal: 'Een zware bevalling, maar hij was zo mooi. Oma was er meteen.'
		},
		{
			baan: 'gezin',
			titel: 'Ons eerste eigen huis',
			van: y(14),
			ongeveer: true,
			moment: 'mooi',
			karin: true,
			verhaal: 'Een rijtjeshuis in Zwolle-Zuid, met een tuin.'
		},
		{ baan: 'gezin', titel: 'Lotte wordt geboren', van: y(11, '-06-02'), moment: 'mooi', van_wie: 'sanne' },
		{
			baan: 'gezin',
			titel: 'Erik en ik gaan uit elkaar',
			van: y(9, '-02'),
			moment: 'moeilijk',
			van_wie: 'sanne',
			zichtbaarheid: 'gezin-en-professionals',
			verhaal: 'Er was veel ruzie. Erik ging weg. Ik stond er alleen voor met twee kinderen.'
		},
		{
			baan: 'gezin',
			titel: 'Verhuizen naar de flat',
			van: y(9, '-09'),
			moment: 'gewoon',
			karin: true,
			verhaal: 'Het huis moest verkocht worden. De flat is kleiner, maar dicht bij oma.'
		},
		{
			baan: 'gezin',
			titel: 'Ik was heel somber',
			van: y(6),
			tot: y(5),
			ongeveer: true,
			moment: 'moeilijk',
			van_wie: 'sanne',
			zichtbaarheid: 'alleen-gezin',
			verhaal: 'Ik kwam bijna de deur niet uit. Daan deed veel in huis.'
		},
		{ baan: 'gezin', titel: 'Sanne krijgt werk bij de supermarkt', van: y(5, '-04'), moment: 'mooi', van_wie: 'sanne' },
		{
			baan: 'gezin',
			titel: 'De schulden stapelen zich op',
			van: y(3),
			nogBezig: true,
			moment: 'moeilijk',
			ongeveer: true,
			zichtbaarheid: 'gezin-en-professionals',
			karin: true,
			verhaal: 'Eerst een paar rekeningen, toen steeds meer. Brieven gingen ongeopend in een la.'
		},
		{ baan: 'gezin', titel: 'Kerst bij oma, met z’n allen', van: y(1, '-12-25'), moment: 'mooi', van_wie: 'daan' },
		// De kinderen
		{
			baan: 'kinderen',
			titel: 'Daan op basisschool De Regenboog',
			van: y(11, '-08'),
			tot: y(3, '-07'),
			moment: 'gewoon',
			organisatie: ''
		},
		{ baan: 'kinderen', titel: 'Daan haalt zijn zwemdiploma A', van: y(8, '-06-21'), moment: 'mooi', van_wie: 'daan' },
		{
			baan: 'kinderen',
			titel: 'Daan voetbalt bij vv Zwolle-Zuid',
			van: y(8, '-09'),
			tot: y(4, '-05'),
			moment: 'mooi',
			van_wie: 'daan',
			verhaal: 'Elke zaterdag. Opa Henk kwam altijd kijken, tot hij ziek werd.'
		},
		{ baan: 'kinderen', titel: 'Lotte naar de basisschool', van: y(7, '-08'), nogBezig: true, moment: 'gewoon' },
		{
			baan: 'kinderen',
			titel: 'Lotte in het ziekenhuis met astma',
			van: y(4, '-02-10'),
			moment: 'moeilijk',
			van_wie: 'sanne',
			zichtbaarheid: 'gezin-en-professionals',
			verhaal: 'Drie nachten in Isala. Daan sliep bij oma.'
		},
		{
			baan: 'kinderen',
			titel: 'Daan naar het vmbo',
			van: y(3, '-08'),
			nogBezig: true,
			moment: 'gewoon',
			van_wie: 'daan'
		},
		{
			baan: 'kinderen',
			titel: 'Daan begint te spijbelen',
			van: y(2, '-10'),
			ongeveer: true,
			moment: 'moeilijk',
			zichtbaarheid: 'gezin-en-professionals',
			karin: true
		},
		{
			baan: 'kinderen',
			titel: 'Daan voetbalt weer',
			van: y(0, `-${String(Math.max(1, now.getUTCMonth())).padStart(2, '0')}`),
			moment: 'mooi',
			van_wie: 'daan',
			verhaal: 'Bij mijn oude club. De trainer vroeg of ik terug wilde komen.'
		},
		// Ons netwerk
		{
			baan: 'netwerk',
			titel: 'Oma past elke woensdag op',
			van: y(10),
			nogBezig: true,
			moment: 'mooi',
			van_wie: 'oma',
			verhaal: 'Woensdag is oma-dag. Dan eten we pannenkoeken.'
		},
		{
			baan: 'netwerk',
			titel: 'Om het weekend bij papa',
			van: y(9, '-03'),
			tot: y(6, '-10'),
			moment: 'gewoon',
			zichtbaarheid: 'gezin-en-professionals'
		},
		{
			baan: 'netwerk',
			titel: 'Het contact met papa stopt',
			van: y(6, '-10'),
			ongeveer: true,
			moment: 'moeilijk',
			van_wie: 'daan',
			zichtbaarheid: 'gezin-en-professionals'
		},
		{ baan: 'netwerk', titel: 'Opa Henk overlijdt', van: y(7, '-11-03'), moment: 'moeilijk', van_wie: 'oma' },
		{
			baan: 'netwerk',
			titel: 'Buurvrouw Anja helpt met de kinderen',
			van: y(8),
			tot: y(5, '-06'),
			moment: 'mooi',
			van_wie: 'sanne',
			verhaal: 'Anja haalde de kinderen uit school als ik moest werken.'
		},
		{ baan: 'netwerk', titel: 'Anja verhuist naar Groningen', van: y(5, '-06'), moment: 'gewoon', van_wie: 'sanne' },
		{
			baan: 'netwerk',
			titel: 'Samen sporten met vriendin Mirjam',
			van: y(2, '-01'),
			nogBezig: true,
			moment: 'mooi',
			van_wie: 'sanne'
		},
		// Hulp
		{
			baan: 'hulp',
			titel: 'Maatschappelijk werk na de scheiding',
			van: y(9, '-04'),
			tot: y(8, '-06'),
			moment: 'gewoon',
			organisatie: 'Maatschappelijk werk Zwolle',
			soortHulp: 'maatschappelijk werk',
			zichtbaarheid: 'gezin-en-professionals',
			karin: true
		},
		{
			baan: 'hulp',
			titel: 'Praatgroep voor kinderen van gescheiden ouders',
			van: y(8, '-09'),
			tot: y(8, '-12'),
			moment: 'mooi',
			organisatie: 'Maatschappelijk werk Zwolle',
			soortHulp: 'KIES-groep',
			van_wie: 'daan'
		},
		{
			baan: 'hulp',
			titel: 'Gesprekken bij de huisarts-POH',
			van: y(6, '-01'),
			tot: y(5, '-03'),
			moment: 'gewoon',
			organisatie: 'Huisartsenpraktijk Zuid',
			soortHulp: 'POH-GGZ',
			zichtbaarheid: 'alleen-gezin',
			van_wie: 'sanne'
		},
		{
			baan: 'hulp',
			titel: 'Longverpleegkundige voor Lotte',
			van: y(4, '-02'),
			tot: y(3, '-02'),
			moment: 'gewoon',
			organisatie: 'Isala',
			soortHulp: 'astmabegeleiding'
		},
		{
			baan: 'hulp',
			titel: 'Schoolmaatschappelijk werk voor Daan',
			van: y(2, '-11'),
			tot: y(1, '-06'),
			moment: 'gewoon',
			organisatie: 'Vmbo Het Stedelijk',
			soortHulp: 'schoolmaatschappelijk werk',
			zichtbaarheid: 'gezin-en-professionals',
			karin: true
		},
		{
			baan: 'hulp',
			titel: 'Schuldhulp van de gemeente',
			van: y(1, '-09'),
			nogBezig: true,
			moment: 'gewoon',
			organisatie: 'Gemeente Zwolle',
			soortHulp: 'schuldhulpverlening',
			zichtbaarheid: 'gezin-en-professionals',
			karin: true
		},
		{
			baan: 'hulp',
			titel: 'Gezinscoach van het wijkteam',
			van: y(0, '-01'),
			nogBezig: true,
			ongeveer: true,
			moment: 'mooi',
			organisatie: 'Wijkteam Zwolle-Zuid',
			soortHulp: 'gezinscoach',
			van_wie: 'sanne',
			verhaal: 'Karin komt elke twee weken. We maken samen een plan.'
		}
	];

	// Told at the table over the last 25 days, a few moments per evening.
	const created = new Map<string, Gebeurtenis>();
	moments.forEach((mo, i) => {
		const at = new Date(now.getTime() - (25 - Math.floor(i / 3)) * DAY + i * 60_000);
		const actor = mo.karin ? karin : mo.van_wie === 'daan' ? daan : mo.van_wie === 'oma' ? ria : sanne;
		const input: GebeurtenisInput = {
			baan: mo.baan,
			titel: mo.titel,
			verhaal: mo.verhaal ?? '',
			moment: mo.moment,
			wanneer: { van: mo.van, tot: mo.tot ?? null, nogBezig: mo.nogBezig ?? false, ongeveer: mo.ongeveer ?? false },
			verhaalVan: mo.van_wie ? people[mo.van_wie] : null,
			namensGezin: mo.karin ?? false,
			organisatie: mo.organisatie ?? '',
			soortHulp: mo.soortHulp ?? '',
			zichtbaarheid: mo.zichtbaarheid ?? 'iedereen'
		};
		const g = addGebeurtenis(gezinId, input, actor, at);
		created.set(mo.titel, g);
		audit(
			{
				actorId: actor.id,
				actorName: actor.name,
				onBehalfOf: mo.karin ? `gezin:${gezinId}` : null,
				gezinId,
				action: 'tijdlijn.gebeurtenis-toegevoegd',
				recordType: 'tijdlijn_gebeurtenis',
				recordId: g.id,
				detail: g.baan,
				ip: ''
			},
			at
		);
	});

	// Sanne later added to a story Karin typed in: the event has two versions.
	const huis = created.get('Ons eerste eigen huis')!;
	const later = new Date(now.getTime() - 10 * DAY);
	updateGebeurtenis(
		gezinId,
		huis.id,
		huis.versie,
		{
			baan: huis.baan,
			titel: huis.titel,
			verhaal: 'Een rijtjeshuis in Zwolle-Zuid, met een tuin. Daan leerde er lopen.',
			moment: huis.moment,
			wanneer: { van: huis.van, tot: huis.tot, nogBezig: huis.nogBezig, ongeveer: huis.ongeveer },
			verhaalVan: null,
			namensGezin: true,
			organisatie: '',
			soortHulp: '',
			zichtbaarheid: huis.zichtbaarheid
		},
		sanne,
		later
	);

	// Zo zag ik het: the same moment, other sides.
	const kant = (titel: string, actor: Actor, tekst: string, daysAgo: number) =>
		addKant(created.get(titel)!.id, tekst, actor, new Date(now.getTime() - daysAgo * DAY));
	kant('Opa Henk overlijdt', daan, 'Ik was acht. Ik mocht niet mee naar het ziekenhuis. Dat vond ik stom.', 12);
	kant('Opa Henk overlijdt', sanne, 'Ma was daarna lang stil. Toch bleef ze op woensdag komen.', 11);
	kant(
		'Daan begint te spijbelen',
		daan,
		'Ik had geen zin meer. In de klas snapte ik er niks van en thuis was het onrustig.',
		9
	);
	kant('Oma past elke woensdag op', sanne, 'Zonder oma had ik het niet gered.', 8);

	// The family calls the children's lane after the children.
	renameBaan(gezinId, 'kinderen', 'Daan en Lotte', 0, sanne, new Date(now.getTime() - 20 * DAY));

	return {
		iedereen: created.get('Oma past elke woensdag op')!.id,
		gezinEnProfessionals: created.get('Erik en ik gaan uit elkaar')!.id,
		alleenGezin: created.get('Ik was heel somber')!.id
	};
}
