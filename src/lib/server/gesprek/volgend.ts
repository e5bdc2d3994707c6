import { can, type Actor, type GezinFacts } from '../access';
import { dutchToday } from '../groeiplan/context';
import { isUitgenodigd, listGesprekken } from './gesprekken';

/** The next planned gesprek this person may see (today or later), for the gezin's overview. */
export function volgendGesprek(gezinId: string, actor: Actor, facts: GezinFacts, accountId: string) {
	const today = dutchToday();
	const next = listGesprekken(gezinId)
		.filter((g) => g.status === 'gepland' && g.datum >= today)
		.filter((g) => can(actor, 'gesprek.view', { ...facts, uitgenodigd: isUitgenodigd(g.id, accountId) }))
		.sort((a, b) => a.datum.localeCompare(b.datum) || a.tijd.localeCompare(b.tijd))[0];
	return next ? { id: next.id, soort: next.soort, datum: next.datum } : null;
}
