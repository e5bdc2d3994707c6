import { addInbreng, createGesprek } from '../gesprek/gesprekken';
import { aanTafel } from '../mensen/tafel';
import { standaardAgenda } from '../../gesprek/agenda';

const DAY = 86_400_000;

/**
 * De Boer's next gesprek: "er komt iemand bij" for Mark, the jeugdbeschermer, in ten days at
 * Sanne's kitchen table. The people aan tafel are invited, and Mark by name; Sanne wrote down
 * what she wants to ask, Karin a short update. Oma is not at the table, so she does not see it.
 */
export function seedDemoGesprekken(gezinId: string, accounts: { ouder: string; wijkteam: string; jeugdbeschermer: string }, now: Date): string {
	const karin = { id: accounts.wijkteam, name: 'Karin Janssen' };
	const datum = new Date(now.getTime() + 10 * DAY).toISOString().slice(0, 10);
	const deelnemers = [
		...aanTafel(gezinId).map((b) => ({ betrokkeneId: b.id, accountId: b.accountId, naam: b.naam })),
		{ betrokkeneId: null, accountId: accounts.jeugdbeschermer, naam: 'Mark Visser (jeugdbeschermer)' }
	];
	const gesprek = createGesprek(gezinId, { soort: 'erbij', datum, tijd: '10:00', plaats: 'Bij Sanne thuis, aan de keukentafel' }, standaardAgenda('erbij'), deelnemers, karin, new Date(now.getTime() - 2 * DAY));
	addInbreng(gesprek.id, 'vraag', 'Wat gaat Mark precies doen? En hoe vaak komt hij?', { id: accounts.ouder, name: 'Sanne de Boer' }, new Date(now.getTime() - DAY));
	addInbreng(gesprek.id, 'update', 'Daan gaat weer elke dag naar school. Het betaalplan loopt sinds juni.', karin, new Date(now.getTime() - DAY));
	return gesprek.id;
}
