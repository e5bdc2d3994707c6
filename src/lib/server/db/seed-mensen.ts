import { addBetrokkene, type Actor, type BetrokkeneInput } from '../mensen/betrokkenen';

const DAY = 86_400_000;

/**
 * The people around Familie De Boer: twelve betrokkenen of every kind, some with an account
 * (Sanne, Daan, oma Ria, Karin), most without. Papa Erik carries the "niet veilig / spanning" mark,
 * which only the family and the professionals see.
 */
export function seedDemoMensen(gezinId: string, accounts: { ouder: string; jongere: string; oma: string; wijkteam: string }, now: Date): void {
	const sanne: Actor = { id: accounts.ouder, name: 'Sanne de Boer' };
	const karin: Actor = { id: accounts.wijkteam, name: 'Karin Janssen' };
	const base = { organisatie: '', functie: '', opdracht: '', contact: '', accountId: null, steun: [], nietVeilig: false, nietVeiligToelichting: '' };
	const people: Array<[Partial<BetrokkeneInput> & Pick<BetrokkeneInput, 'naam' | 'soort' | 'nabijheid'>, Actor]> = [
		[{ naam: 'Sanne', soort: 'gezin', nabijheid: 'dichtbij', accountId: accounts.ouder }, karin],
		[{ naam: 'Daan', soort: 'gezin', nabijheid: 'dichtbij', accountId: accounts.jongere }, sanne],
		[{ naam: 'Lotte', soort: 'gezin', nabijheid: 'dichtbij' }, sanne],
		[{ naam: 'Oma Ria', soort: 'familie', nabijheid: 'dichtbij', accountId: accounts.oma, steun: ['praktisch', 'gezelschap', 'emotioneel'], contact: '06-12345678' }, sanne],
		[{ naam: 'Papa Erik', soort: 'familie', nabijheid: 'verder-weg', nietVeilig: true, nietVeiligToelichting: 'Geen contact sinds de scheiding. Niet zonder overleg benaderen.' }, karin],
		[{ naam: 'Vriendin Mirjam', soort: 'vrienden-en-buren', nabijheid: 'midden', steun: ['gezelschap', 'emotioneel'] }, sanne],
		[{ naam: 'De buurvrouw (Petra)', soort: 'vrienden-en-buren', nabijheid: 'midden', steun: ['praktisch'] }, sanne],
		[{ naam: 'Mentor van Daan', soort: 'school-en-werk', nabijheid: 'midden', steun: ['advies'], contact: 'mentor@stedelijk.example.nl' }, karin],
		[{ naam: 'Trainer voetbalclub', soort: 'vrijwilliger', nabijheid: 'verder-weg', steun: ['gezelschap'] }, sanne],
		[{ naam: 'Karin Janssen', soort: 'professional', nabijheid: 'midden', accountId: accounts.wijkteam, organisatie: 'Wijkteam Zwolle-Zuid', functie: 'gezinscoach', opdracht: 'Samen met het gezin het groeiplan maken en de regie ondersteunen.', steun: ['advies'], contact: 'k.janssen@wijkteam.example.nl' }, karin],
		[{ naam: 'Schuldhulpverlener', soort: 'professional', nabijheid: 'verder-weg', organisatie: 'Gemeente Zwolle', functie: 'schuldhulpverlener', opdracht: 'Een betaalplan maken en de schulden regelen.', steun: ['praktisch', 'advies'] }, karin],
		[{ naam: 'Schoolmaatschappelijk werker', soort: 'professional', nabijheid: 'verder-weg', organisatie: 'Vmbo Het Stedelijk', functie: 'schoolmaatschappelijk werk', opdracht: 'Met Daan praten over school en thuis.', steun: ['advies', 'emotioneel'] }, karin]
	];
	people.forEach(([input, actor], i) => addBetrokkene(gezinId, { ...base, ...input }, actor, new Date(now.getTime() - (22 - i) * DAY)));
}
