import { can, type Actor, type GezinFacts } from '../access';
import { dutchToday } from '../groeiplan/context';
import { listGesprekken, uitgenodigdIn, type Gesprek } from './gesprekken';

/** The gesprekken of a gezin this person may see (the network: only those it is invited to), newest first. */
export function zichtbareGesprekken(gezinId: string, actor: Actor, facts: GezinFacts, accountId: string): Gesprek[] {
	const all = listGesprekken(gezinId);
	// Family and professionals see every one; only ask who is invited when that matters.
	if (can(actor, 'gesprek.view', { ...facts, uitgenodigd: false })) return all;
	const invited = uitgenodigdIn(gezinId, accountId);
	return all.filter((g) => can(actor, 'gesprek.view', { ...facts, uitgenodigd: invited.has(g.id) }));
}

/** The next planned gesprek this person may see (today or later), for the gezin's overview. */
export function volgendGesprek(gezinId: string, actor: Actor, facts: GezinFacts, accountId: string) {
	const today = dutchToday();
	const next = zichtbareGesprekken(gezinId, actor, facts, accountId)
		.filter((g) => g.status === 'gepland' && g.datum >= today)
		.sort((a, b) => a.datum.localeCompare(b.datum) || a.tijd.localeCompare(b.tijd))[0];
	return next ? { id: next.id, soort: next.soort, datum: next.datum } : null;
}
