import { can, type Actor, type GezinFacts } from '../access';
import { dutchToday } from '../../dag';
import { listGesprekken, uitgenodigdIn, type Gesprek } from './gesprekken';
import { afsprakenVan, listNotities, listReacties, notitieZichtbaar } from './verloop';
import type { CanSee, Item } from '../groeiplan/items';
import { reactieOpen } from '../../gesprek/fase';

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

/**
 * What asks for this person now, for the gezin's overview: gesprekken going on at this moment
 * (to follow), and verslagen out for reactions that this person may react to and has not yet.
 */
export function gesprekkenNu(gezinId: string, actor: Actor, facts: GezinFacts, accountId: string) {
	const today = dutchToday();
	const zichtbaar = zichtbareGesprekken(gezinId, actor, facts, accountId);
	const invited = uitgenodigdIn(gezinId, accountId);
	const kort = (g: Gesprek) => ({ id: g.id, soort: g.soort, datum: g.datum, reactieTot: g.reactieTot });
	return {
		bezig: zichtbaar.filter((g) => g.status === 'bezig').map(kort),
		reageren: zichtbaar
			.filter((g) => g.status === 'verslag' && reactieOpen(g.reactieTot, today))
			.filter((g) => can(actor, 'gesprek.react', { ...facts, uitgenodigd: invited.has(g.id) }))
			.filter((g) => !listReacties(g.id).some((r) => r.door === accountId))
			.map(kort)
	};
}

/**
 * What was written down at the table, as this reader may see it: a note by its own visibility; an
 * afspraak also by its item in the groeiplan now (it lives on there: its text, who and when come
 * from the item, and hiding it there hides it here).
 */
export function notitiesVoorLezer(
	gesprekId: string,
	canSee: CanSee,
	wie: (item: Pick<Item, 'wieAccountId' | 'wieBetrokkeneId' | 'wieTekst'>) => string
) {
	const afspraken = new Map(afsprakenVan(gesprekId).map((a) => [a.id, a]));
	return listNotities(gesprekId).flatMap((n) => {
		const item = n.itemId ? afspraken.get(n.itemId) : undefined;
		if (!notitieZichtbaar(n, item, canSee)) return [];
		return [
			{
				id: n.id,
				puntId: n.puntId,
				soort: n.soort,
				tekst: item?.tekst ?? n.tekst,
				wie: item ? wie(item) : '',
				wanneer: item?.wanneer ?? null,
				doorNaam: n.doorNaam
			}
		];
	});
}
