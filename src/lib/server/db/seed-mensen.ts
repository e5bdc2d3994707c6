import { addBetrokkene, getBetrokkene, type Actor, type BetrokkeneInput } from '../mensen/betrokkenen';
import { placeKaart } from '../mensen/tafel';
import { addPoging, setStap } from '../mensen/netwerk';
import type { TafelPlek } from '../../domain';

const DAY = 86_400_000;

/**
 * The people around Familie De Boer: twelve betrokkenen of every kind, some with an account
 * (Sanne, Daan, oma Ria, Karin), most without. Papa Erik carries the "niet veilig / spanning" mark,
 * which only the family and the professionals see.
 *
 * The keukentafel has a history: in March Sanne, oma Ria and Karin sat at the table; in June the
 * schuldhulpverlener and Mirjam joined; now oma and Mirjam are in the background and school sits
 * at the table, so three professionals face two from the family and network: the board warns.
 */
export function seedDemoMensen(
	gezinId: string,
	accounts: { ouder: string; jongere: string; oma: string; wijkteam: string },
	now: Date
): void {
	const sanne: Actor = { id: accounts.ouder, name: 'Sanne de Boer' };
	const karin: Actor = { id: accounts.wijkteam, name: 'Karin Janssen' };
	const base = {
		organisatie: '',
		functie: '',
		opdracht: '',
		contact: '',
		accountId: null,
		steun: [],
		nietVeilig: false,
		nietVeiligToelichting: ''
	};
	const people: Array<[Partial<BetrokkeneInput> & Pick<BetrokkeneInput, 'naam' | 'soort' | 'nabijheid'>, Actor]> = [
		[{ naam: 'Sanne', soort: 'gezin', nabijheid: 'dichtbij', accountId: accounts.ouder }, karin],
		[{ naam: 'Daan', soort: 'gezin', nabijheid: 'dichtbij', accountId: accounts.jongere }, sanne],
		[{ naam: 'Lotte', soort: 'gezin', nabijheid: 'dichtbij' }, sanne],
		[
			{
				naam: 'Oma Ria',
				soort: 'familie',
				nabijheid: 'dichtbij',
				accountId: accounts.oma,
				steun: ['praktisch', 'gezelschap', 'emotioneel'],
				contact: '06-12345678'
			},
			sanne
		],
		[
			{
				naam: 'Papa Erik',
				soort: 'familie',
				nabijheid: 'verder-weg',
				nietVeilig: true,
				nietVeiligToelichting: 'Geen contact sinds de scheiding. Niet zonder overleg benaderen.'
			},
			karin
		],
		[
			{ naam: 'Vriendin Mirjam', soort: 'vrienden-en-buren', nabijheid: 'midden', steun: ['gezelschap', 'emotioneel'] },
			sanne
		],
		[{ naam: 'De buurvrouw (Petra)', soort: 'vrienden-en-buren', nabijheid: 'midden', steun: ['praktisch'] }, sanne],
		[
			{
				naam: 'Mentor van Daan',
				soort: 'school-en-werk',
				nabijheid: 'midden',
				steun: ['advies'],
				contact: 'mentor@stedelijk.example.nl'
			},
			karin
		],
		[{ naam: 'Trainer voetbalclub', soort: 'vrijwilliger', nabijheid: 'verder-weg', steun: ['gezelschap'] }, sanne],
		[
			{
				naam: 'Karin Janssen',
				soort: 'professional',
				nabijheid: 'midden',
				accountId: accounts.wijkteam,
				organisatie: 'Wijkteam Zwolle-Zuid',
				functie: 'gezinscoach',
				opdracht: 'Samen met het gezin het groeiplan maken en de regie ondersteunen.',
				steun: ['advies'],
				contact: 'k.janssen@wijkteam.example.nl'
			},
			karin
		],
		[
			{
				naam: 'Schuldhulpverlener',
				soort: 'professional',
				nabijheid: 'verder-weg',
				organisatie: 'Gemeente Zwolle',
				functie: 'schuldhulpverlener',
				opdracht: 'Een betaalplan maken en de schulden regelen.',
				steun: ['praktisch', 'advies']
			},
			karin
		],
		[
			{
				naam: 'Schoolmaatschappelijk werker',
				soort: 'professional',
				nabijheid: 'verder-weg',
				organisatie: 'Vmbo Het Stedelijk',
				functie: 'schoolmaatschappelijk werk',
				opdracht: 'Met Daan praten over school en thuis.',
				steun: ['advies', 'emotioneel']
			},
			karin
		]
	];
	// The story happens in one year: this year from September on, else last year (so "March" and
	// "June" are always in the past, and the table of now comes after June).
	const year = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
	const on = (month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 10));
	const ago = (days: number) => new Date(now.getTime() - days * DAY);
	// Everyone was written down in February, before the first table.
	const ids = new Map(
		people.map(([input, actor], i) => [
			input.naam,
			addBetrokkene(gezinId, { ...base, ...input }, actor, new Date(on(2, 5).getTime() + i * 3_600_000)).id
		])
	);
	const place = (naam: string, plek: TafelPlek, rol: string, bijdrage: string, at: Date, actor = sanne) => {
		const id = ids.get(naam)!;
		const current = getBetrokkene(gezinId, id)!;
		placeKaart(gezinId, id, current.tafelVersie, { plek, rol, bijdrage }, actor, at);
	};
	// March: the first table.
	place('Sanne', 'aan-tafel', 'trekker', 'Ik houd het plan bij en zeg wat wij nodig hebben.', on(3, 7));
	place('Oma Ria', 'aan-tafel', 'steunt-iemand', 'Past op Lotte op woensdag.', on(3, 7));
	place('Karin Janssen', 'aan-tafel', 'meedenker', 'Denkt mee en helpt met het plan.', on(3, 8), karin);
	place('Papa Erik', 'niet-nodig', '', '', on(3, 8), karin);
	// June: money worries; the schuldhulpverlener and Mirjam join.
	place('Schuldhulpverlener', 'aan-tafel', 'doet-iets', 'Maakt een betaalplan met Sanne.', on(6, 4), karin);
	place('Vriendin Mirjam', 'aan-tafel', 'meedenker', 'Gaat mee naar afspraken als Sanne dat wil.', on(6, 6));
	// Now: oma is ill and Mirjam moved; school joins. Three professionals, two from gezin and network.
	place('Oma Ria', 'achtergrond', 'steunt-iemand', 'Past op Lotte op woensdag.', ago(40));
	place('Vriendin Mirjam', 'achtergrond', 'meedenker', 'Gaat mee naar afspraken als Sanne dat wil.', ago(38));
	place(
		'Schoolmaatschappelijk werker',
		'aan-tafel',
		'geeft-informatie',
		'Vertelt hoe het met Daan op school gaat.',
		ago(30),
		karin
	);
	place('Mentor van Daan', 'aan-tafel', 'meedenker', 'Zorgt dat Daan zijn rooster haalt.', ago(30), karin);

	// Karin's tipsheet: what she tried, and where the gezin stands.
	const day = (at: Date) => at.toISOString().slice(0, 10);
	addPoging(
		gezinId,
		{
			tip: 'wie-helpt-nu',
			op: day(on(3, 5)),
			uitkomst: 'Sanne noemde oma Ria en de buurvrouw. Oma past nu op woensdag op Lotte.'
		},
		karin
	);
	addPoging(
		gezinId,
		{ tip: 'kinderen', op: day(on(5, 12)), uitkomst: 'Daan noemde zijn mentor en de trainer van de voetbalclub.' },
		karin
	);
	addPoging(
		gezinId,
		{
			tip: 'familiegroepsplan',
			op: day(ago(45)),
			uitkomst: 'Sanne wil erover nadenken. Volgende keer vragen we het weer.'
		},
		karin
	);
	setStap(gezinId, 'netwerk-in-beeld', true, day(on(5, 12)), karin);
	setStap(gezinId, 'familiegroepsplan-aangeboden', true, day(ago(45)), karin);
}
