import { addInbreng, createGesprek, listPunten } from '../gesprek/gesprekken';
import {
	addAfspraak,
	addNotitie,
	addReactie,
	beginGesprek,
	moveToPunt,
	makeVerslag,
	vaststellen
} from '../gesprek/verloop';
import { listBetrokkenen } from '../mensen/betrokkenen';
import { dagInWoorden } from '../gesprek/verloop-form';
import { aanTafel } from '../mensen/tafel';
import { standaardAgenda } from '../../gesprek/agenda';

const DAY = 86_400_000;

/**
 * De Boer's next gesprek: "er komt iemand bij" for Mark, the jeugdbeschermer, in ten days at
 * Sanne's kitchen table. The people aan tafel are invited, and Mark by name; Sanne wrote down
 * what she wants to ask, Karin a short update. Oma is not at the table, so she does not see it.
 */
export function seedDemoGesprekken(
	gezinId: string,
	accounts: { ouder: string; wijkteam: string; jeugdbeschermer: string; oma: string },
	now: Date
): { gesprek: string; gesprekVastgesteld: string } {
	const gesprekVastgesteld = seedVastgesteld(gezinId, accounts, now);
	const karin = { id: accounts.wijkteam, name: 'Karin Janssen' };
	const datum = new Date(now.getTime() + 10 * DAY).toISOString().slice(0, 10);
	const deelnemers = [
		...aanTafel(gezinId).map((b) => ({ betrokkeneId: b.id, accountId: b.accountId, naam: b.naam })),
		{ betrokkeneId: null, accountId: accounts.jeugdbeschermer, naam: 'Mark Visser (jeugdbeschermer)' }
	];
	const gesprek = createGesprek(
		gezinId,
		{ soort: 'erbij', datum, tijd: '10:00', plaats: 'Bij Sanne thuis, aan de keukentafel' },
		standaardAgenda('erbij'),
		deelnemers,
		karin,
		new Date(now.getTime() - 2 * DAY)
	);
	addInbreng(
		gesprek.id,
		'vraag',
		'Wat gaat Mark precies doen? En hoe vaak komt hij?',
		{ id: accounts.ouder, name: 'Sanne de Boer' },
		new Date(now.getTime() - DAY)
	);
	addInbreng(
		gesprek.id,
		'update',
		'Daan gaat weer elke dag naar school. Het betaalplan loopt sinds juni.',
		karin,
		new Date(now.getTime() - DAY)
	);
	return { gesprek: gesprek.id, gesprekVastgesteld };
}

const dag = (now: Date, n: number) => new Date(now.getTime() + n * DAY).toISOString().slice(0, 10);

/**
 * Two weeks ago: an afstemmingsgesprek with Sanne, oma Ria, Karin and the school, run through the
 * app itself: notes per item (some shared with the network, most not), a besluit, two afspraken
 * that went into the groeiplan. The verslag went out for a week; Sanne and oma reacted; Karin
 * marked it vastgesteld.
 */
function seedVastgesteld(
	gezinId: string,
	accounts: { ouder: string; wijkteam: string; oma: string },
	now: Date
): string {
	const karin = { id: accounts.wijkteam, name: 'Karin Janssen' };
	const at = (days: number, minutes = 0) => new Date(now.getTime() - days * DAY + minutes * 60_000);
	const mensen = listBetrokkenen(gezinId);
	const uit = (naam: string) => mensen.find((b) => b.naam === naam);
	const deelnemers = ['Sanne', 'Oma Ria', 'Karin Janssen', 'Mentor van Daan', 'Schuldhulpverlener']
		.map(uit)
		.filter((b) => !!b)
		.map((b) => ({ betrokkeneId: b.id, accountId: b.accountId, naam: b.naam }));
	const g = createGesprek(
		gezinId,
		{ soort: 'afstemming', datum: dag(now, -14), tijd: '15:30', plaats: 'Wijkcentrum De Enk' },
		standaardAgenda('afstemming'),
		deelnemers,
		karin,
		at(20)
	);
	const punten = listPunten(g.id);
	const ok = (result: { ok: boolean }, what: string) => {
		if (!result.ok) throw new Error(`Demo gesprek: ${what} failed`);
	};
	ok(beginGesprek(gezinId, g.id, at(14)), 'begin');
	const bij = (
		i: number,
		minutes: number,
		soort: 'notitie' | 'besluit',
		tekst: string,
		zichtbaarheid: 'iedereen' | 'gezin-en-professionals'
	) => {
		const punt = punten[i]!;
		ok(moveToPunt(gezinId, g.id, punt.id, at(14, minutes)), 'move');
		ok(addNotitie(gezinId, g.id, { puntId: punt.id, soort, tekst, zichtbaarheid }, karin, at(14, minutes + 2)), 'note');
		return punt.id;
	};
	bij(0, 0, 'notitie', 'We kijken samen of alle hulp bij elkaar past.', 'iedereen');
	bij(
		2,
		15,
		'notitie',
		'Sanne: Daan gaat weer vaker naar school. Het geld geeft nog veel stress.',
		'gezin-en-professionals'
	);
	bij(2, 20, 'notitie', 'Oma helpt op zaterdag. Dat geeft rust.', 'iedereen');
	bij(
		3,
		35,
		'besluit',
		'De schuldhulp en het wijkteam maken één plan voor het geld, niet twee.',
		'gezin-en-professionals'
	);
	bij(4, 45, 'besluit', 'Sanne blijft de trekker. Karin helpt haar daarbij.', 'iedereen');
	const wieDoetWat = punten[5]!.id;
	ok(moveToPunt(gezinId, g.id, wieDoetWat, at(14, 55)), 'move');
	const herkomst = `afstemmingsgesprek van ${dagInWoorden(dag(now, -14))}`;
	const mentor = uit('Mentor van Daan');
	ok(
		addAfspraak(
			gezinId,
			g.id,
			wieDoetWat,
			{
				tekst: 'De mentor en de schoolmaatschappelijk werker spreken af wie Daan belt als hij er niet is.',
				wieBetrokkeneId: mentor?.id ?? null,
				wieTekst: mentor ? '' : 'mentor',
				wanneer: dag(now, 7),
				zichtbaarheid: 'iedereen'
			},
			herkomst,
			karin,
			at(14, 58)
		),
		'afspraak'
	);
	ok(
		addAfspraak(
			gezinId,
			g.id,
			wieDoetWat,
			{
				tekst: 'Karin vraagt de schuldhulp om het betaalplan aan Sanne uit te leggen.',
				wieAccountId: accounts.wijkteam,
				wanneer: dag(now, -3),
				zichtbaarheid: 'gezin-en-professionals'
			},
			herkomst,
			karin,
			at(14, 60)
		),
		'afspraak'
	);
	bij(6, 65, 'besluit', 'Oma mag de afspraken over school zien. Over geld niet.', 'iedereen');
	bij(7, 70, 'notitie', 'Over twee weken: gesprek met de jeugdbeschermer erbij.', 'iedereen');
	ok(makeVerslag(gezinId, g.id, dag(now, -7), karin, at(14, 80)), 'verslag');
	ok(
		addReactie(
			gezinId,
			g.id,
			{
				puntId: punten[2]!.id,
				akkoord: false,
				tekst: 'Het gaat nu wel iets beter met het geld. Dat wil ik erbij zeggen.'
			},
			{ id: accounts.ouder, name: 'Sanne de Boer' },
			'gezin',
			dag(now, -12),
			at(12)
		),
		'reactie'
	);
	ok(
		addReactie(
			gezinId,
			g.id,
			{ puntId: null, akkoord: true, tekst: '' },
			{ id: accounts.oma, name: 'Ria de Boer' },
			'netwerk',
			dag(now, -11),
			at(11)
		),
		'reactie'
	);
	ok(vaststellen(gezinId, g.id, karin, dag(now, -6), at(6)), 'vaststellen');
	return g.id;
}
