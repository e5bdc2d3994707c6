import { addItem, removeItem, updateItem } from '../groeiplan/items';
import type { Actor, Item, ItemInput } from '../groeiplan/items';
import { updateRegie } from '../groeiplan/regie';
import type { GroeiplanSectie } from '../../domain';

const DAY = 86_400_000;
const maanden = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december'
];

/**
 * The demo groeiplan of Familie De Boer, written as it grew over the last month: a first
 * keukentafelgesprek (~27 days ago), changes along the way, an evaluation (~14 days ago) and the
 * jeugdbescherming's plan added when Mark Visser was invited. Every save goes through the normal
 * item functions with an explicit date, so the planmomenten spread over those days.
 */
export function seedDemoGroeiplan(
	groeiplanId: string,
	accounts: { ouder: string; jongere: string; oma: string; wijkteam: string },
	now: Date
): void {
	const sanne: Actor = { id: accounts.ouder, name: 'Sanne de Boer' };
	const daan: Actor = { id: accounts.jongere, name: 'Daan de Boer' };
	const ria: Actor = { id: accounts.oma, name: 'Ria de Boer' };
	const karin: Actor = { id: accounts.wijkteam, name: 'Karin Janssen' };

	/** A moment `daysAgo` days back; `minutes` keeps saves on one day in order. */
	const at = (daysAgo: number, minutes = 0) => new Date(now.getTime() - daysAgo * DAY + minutes * 60_000);
	const shift = (days: number) => new Date(now.getTime() + days * DAY);
	/** yyyy-mm-dd, `days` from today (negative is in the past). */
	const dag = (days: number) => {
		const d = shift(days);
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	};
	/** "3 november", for where an afspraak came from. */
	const datum = (daysAgo: number) => {
		const d = shift(-daysAgo);
		return `${d.getDate()} ${maanden[d.getMonth()]}`;
	};
	const gesprek1 = `keukentafelgesprek ${datum(27)}`;
	const gesprek2 = `evaluatie aan tafel ${datum(14)}`;

	const add = (sectie: GroeiplanSectie, input: ItemInput, actor: Actor, when: Date) =>
		addItem(groeiplanId, sectie, input, actor, when);
	/** A later save of an item: everything stays as it was, except `patch`. */
	const change = (item: Item, patch: Partial<ItemInput>, actor: Actor, when: Date): Item => {
		const {
			tekst,
			toelichting,
			vanWie,
			status,
			wieAccountId,
			wieTekst,
			wanneer,
			doelId,
			herkomst,
			details,
			doelIds,
			zichtbaarheid
		} = item;
		const result = updateItem(
			groeiplanId,
			item.id,
			item.versie,
			{
				tekst,
				toelichting,
				vanWie,
				status,
				wieAccountId,
				wieTekst,
				wanneer,
				doelId,
				herkomst,
				details,
				doelIds,
				zichtbaarheid,
				...patch
			},
			actor,
			when
		);
		if (!result.ok) throw new Error(`Demo groeiplan: change failed (${result.reason})`);
		return result.item;
	};

	// Day 27: the first keukentafelgesprek. Karin writes down what the family says.
	const naarSchool = add(
		'goed',
		{ tekst: 'Daan gaat weer naar school.', vanWie: 'Sanne', zichtbaarheid: 'iedereen' },
		karin,
		at(27, 10)
	);
	add(
		'goed',
		{ tekst: 'We eten bijna elke avond samen aan tafel.', vanWie: 'het gezin', zichtbaarheid: 'iedereen' },
		karin,
		at(27, 11)
	);

	const spijbelen = add(
		'zorg',
		{ tekst: 'Daan spijbelt vaak. School belt bijna elke week.', vanWie: 'Sanne', zichtbaarheid: 'iedereen' },
		karin,
		at(27, 12)
	);
	const schulden = add(
		'zorg',
		{
			tekst: 'We hebben schulden. De rekeningen stapelen zich op.',
			vanWie: 'Sanne',
			zichtbaarheid: 'gezin-en-professionals'
		},
		karin,
		at(27, 13)
	);
	add(
		'zorg',
		{
			tekst: 'Daan zit tot laat op zijn telefoon en is moe op school.',
			vanWie: 'Sanne en Ria',
			zichtbaarheid: 'iedereen'
		},
		karin,
		at(27, 14)
	);

	// Doelen in the family's own words, with why they matter.
	const doel = (
		tekst: string,
		toelichting: string,
		vanWie: string,
		status: string,
		zichtbaarheid: ItemInput['zichtbaarheid'],
		actor: Actor,
		when: Date
	) => add('doel', { tekst, toelichting, vanWie, status, zichtbaarheid }, actor, when);
	const school = doel(
		'Daan haalt zijn diploma.',
		'Dan kan ik later de opleiding tot monteur doen.',
		'Daan',
		'bezig',
		'iedereen',
		karin,
		at(27, 20)
	);
	const geld = doel(
		'Geen zorgen meer over geld.',
		'Als de schulden geregeld zijn, heb ik weer rust in mijn hoofd. Dan heb ik meer tijd voor Daan.',
		'Sanne',
		'nog-niet-begonnen',
		'gezin-en-professionals',
		karin,
		at(27, 21)
	);
	const rust = doel(
		'Minder ruzie thuis, meer rust.',
		'We willen weer plezier hebben samen. Daan wil thuis blijven wonen.',
		'het gezin',
		'bezig',
		'iedereen',
		karin,
		at(27, 22)
	);
	const slapen = doel(
		'Daan slaapt op tijd en is fit op school.',
		'Als hij uitgerust is, gaat school beter en is er minder ruzie.',
		'Sanne en Daan',
		'nog-niet-begonnen',
		'iedereen',
		karin,
		at(27, 23)
	);

	const afspraak = (
		input: Omit<ItemInput, 'zichtbaarheid'> & { zichtbaarheid?: ItemInput['zichtbaarheid'] },
		actor: Actor,
		when: Date
	) => add('afspraak', { zichtbaarheid: 'iedereen', status: 'open', ...input }, actor, when);
	const belSchuldhulp = afspraak(
		{
			tekst: 'Sanne belt de schuldhulp van de gemeente voor een afspraak.',
			wieAccountId: accounts.ouder,
			wanneer: dag(-24),
			doelId: geld.id,
			herkomst: gesprek1,
			zichtbaarheid: 'gezin-en-professionals'
		},
		karin,
		at(27, 30)
	);
	const meeNaarSchuldhulp = afspraak(
		{
			tekst: 'Karin gaat mee naar het eerste gesprek bij de schuldhulp.',
			wieAccountId: accounts.wijkteam,
			wanneer: dag(-10),
			doelId: geld.id,
			herkomst: gesprek1,
			zichtbaarheid: 'gezin-en-professionals'
		},
		karin,
		at(27, 31)
	);
	const telefoon = afspraak(
		{
			tekst: 'Daan legt om 22.00 uur zijn telefoon in de keuken.',
			wieAccountId: accounts.jongere,
			wanneer: dag(-20),
			doelId: slapen.id,
			herkomst: gesprek1
		},
		karin,
		at(27, 32)
	);
	const huiswerk = afspraak(
		{
			tekst: 'Daan maakt een planning voor zijn huiswerk.',
			wieAccountId: accounts.jongere,
			wanneer: dag(-12),
			doelId: school.id,
			herkomst: gesprek1
		},
		karin,
		at(27, 33)
	);

	// Sanne is trekker from the start.
	const regie1 = updateRegie(
		groeiplanId,
		1,
		{ trekkerAccountId: accounts.ouder, regieBetekenis: 'Wij beslissen zelf.', volgendeEvaluatie: dag(-14) },
		sanne,
		at(27, 40)
	);
	if (!regie1.ok) throw new Error(`Demo groeiplan: regie failed (${regie1.reason})`);

	// The weeks after: the family adds and changes things themselves.
	change(school, { tekst: 'Ik haal mijn diploma.' }, daan, at(26));
	add(
		'zorg',
		{
			tekst: 'Daan en ik hebben vaak ruzie. Vooral als ik moe ben van het werk.',
			vanWie: 'Sanne',
			zichtbaarheid: 'alleen-gezin'
		},
		sanne,
		at(25)
	);
	// No afspraak or plan serves this doel yet: it shows up as a gap.
	doel(
		'Ik heb mensen om me heen bij wie ik terecht kan.',
		'Ik doe nu alles alleen. Dat is te zwaar.',
		'Sanne',
		'nog-niet-begonnen',
		'iedereen',
		sanne,
		at(22)
	);
	add(
		'plan-b',
		{ tekst: 'Als Sanne ziek is, past oma op Daan.', vanWie: 'Sanne', zichtbaarheid: 'iedereen' },
		sanne,
		at(21)
	);
	add(
		'goed',
		{ tekst: 'Oma haalt Daan op woensdag op. Dan eten ze samen.', vanWie: 'Ria', zichtbaarheid: 'iedereen' },
		ria,
		at(20)
	);
	afspraak(
		{
			tekst: 'Oma past op zaterdag op Daan. Dan heeft Sanne even tijd voor zichzelf.',
			wieAccountId: accounts.oma,
			wanneer: dag(4),
			doelId: rust.id,
			herkomst: `telefoontje met oma ${datum(20)}`,
			status: 'bezig'
		},
		ria,
		at(20, 5)
	);
	change(belSchuldhulp, { status: 'gedaan' }, sanne, at(20, 30));
	const telefoonBezig = change(telefoon, { status: 'bezig' }, daan, at(18));

	// Day 14: the evaluation at the table, and what it changed.
	add(
		'evaluatie',
		{
			tekst: 'Daan gaat weer elke dag naar school. Sanne heeft hulp bij de schulden. Thuis is er minder ruzie.',
			toelichting:
				'Daan legt zijn telefoon op tijd weg en slaapt beter. Sanne voelt meer rust. Het spijbelen is gestopt, dus die zorg is weg.',
			vanWie: 'het gezin',
			wanneer: dag(-14),
			zichtbaarheid: 'iedereen'
		},
		karin,
		at(14, 10)
	);
	change(naarSchool, { tekst: 'Daan gaat weer elke dag naar school.' }, karin, at(14, 20));
	removeItem(groeiplanId, spijbelen.id, spijbelen.versie, karin, at(14, 21));
	afspraak(
		{
			tekst: 'De mentor belt Sanne elke twee weken over hoe het met Daan gaat.',
			wieTekst: 'mentor school',
			wanneer: dag(-2),
			doelId: school.id,
			herkomst: gesprek2
		},
		karin,
		at(14, 30)
	);
	afspraak(
		{
			tekst: 'Sanne en Daan doen één keer per week samen iets leuks.',
			wieAccountId: accounts.ouder,
			wanneer: dag(3),
			doelId: rust.id,
			herkomst: gesprek2,
			status: 'bezig'
		},
		karin,
		at(14, 31)
	);
	const jeugdbescherming = afspraak(
		{
			tekst: 'Karin vraagt bij de jeugdbescherming wie met het gezin meedoet.',
			wieAccountId: accounts.wijkteam,
			wanneer: dag(-4),
			doelId: rust.id,
			herkomst: gesprek2
		},
		karin,
		at(14, 32)
	);
	const regie2 = updateRegie(
		groeiplanId,
		regie1.versie,
		{
			trekkerAccountId: accounts.ouder,
			regieBetekenis: 'Wij beslissen zelf wat er gebeurt. Karin helpt ons daarbij.',
			volgendeEvaluatie: dag(21)
		},
		sanne,
		at(14, 40)
	);
	if (!regie2.ok) throw new Error(`Demo groeiplan: regie failed (${regie2.reason})`);
	add(
		'plan-b',
		{
			tekst: 'Als de ruzie thuis te groot wordt, slaapt Daan een nacht bij oma. Sanne belt dan Karin.',
			vanWie: 'het gezin',
			zichtbaarheid: 'gezin-en-professionals'
		},
		karin,
		at(14, 45)
	);

	// The last two weeks.
	add(
		'goed',
		{ tekst: 'Daan voetbalt weer bij zijn oude club.', vanWie: 'Daan', zichtbaarheid: 'iedereen' },
		daan,
		at(12)
	);
	change(geld, { status: 'bezig' }, sanne, at(10, 30));
	change(meeNaarSchuldhulp, { status: 'gedaan' }, karin, at(10, 40));
	change(
		schulden,
		{ tekst: 'We hebben schulden. De schuldhulp helpt nu, maar het geeft nog veel stress.' },
		sanne,
		at(10, 50)
	);
	const map = afspraak(
		{
			tekst: 'Sanne doet alle brieven en rekeningen in één map.',
			wieAccountId: accounts.ouder,
			wanneer: dag(-5),
			doelId: geld.id,
			herkomst: `gesprek schuldhulp ${datum(10)}`,
			zichtbaarheid: 'gezin-en-professionals'
		},
		sanne,
		at(10, 60)
	);
	change(
		map,
		{
			wanneer: dag(-3),
			tekst: 'Sanne doet alle brieven en rekeningen in één map en neemt die mee naar de schuldhulp.'
		},
		sanne,
		at(9)
	);
	change(huiswerk, { status: 'niet-gelukt' }, daan, at(8));
	change(telefoonBezig, { status: 'gedaan' }, daan, at(5));
	change(slapen, { status: 'bereikt' }, sanne, at(5, 10));

	// Day 2: Karin invites the jeugdbeschermer and adds their plan (Mark is not a member yet).
	change(jeugdbescherming, { status: 'gedaan' }, karin, at(2));
	add(
		'plan',
		{
			tekst: 'De jeugdbeschermer kijkt mee of het thuis goed gaat met Daan en helpt het gezin om rust te houden.',
			herkomst: 'Jeugdbescherming Overijssel',
			details: {
				naam: 'Plan van aanpak',
				organisatie: 'Jeugdbescherming Overijssel',
				periode: 'sept 2026 – sept 2027',
				contact: 'Mark Visser, 06-12345678'
			},
			doelIds: [rust.id, school.id],
			zichtbaarheid: 'gezin-en-professionals'
		},
		karin,
		at(2, 10)
	);
}
