import { eq } from 'drizzle-orm';
import { getDb } from '../db';
import { groeiplanItem } from '../db/schema';
import { leesbaarNu, type CanSee } from '../versies';
import type { Zichtbaarheid } from '../../zichtbaarheid';
import { verslagVoor, type Verslag, type VerslagRegel } from '../../gesprek/verslag';
import { listNotities } from './verloop';

/**
 * Reading a verslag. Its text stays as it was made; who may read a line follows what the line
 * points at NOW: an afspraak the family later made *alleen gezin* in the groeiplan (or removed
 * while it was) leaves the verslag for everyone who may not see it, in the page, its data and on
 * paper. The same rule as for every older version (`leesbaarNu`).
 */

/** Lines we cannot tie to an item any more are read as the strictest level: better too closed. */
const ONBEKEND: Zichtbaarheid = 'alleen-gezin';

/**
 * For verslagen made before lines kept their item: which item each afspraak line was, rebuilt
 * the way the verslag was made (notes in order, afspraken still in the plan at that moment).
 */
function oudeRegelItems(
	gesprekId: string,
	verslag: Verslag,
	items: ReadonlyMap<string, { verwijderdAt: Date | null }>
): Map<VerslagRegel, string> {
	const gemaakt = new Date(verslag.gemaaktAt).getTime();
	const perPunt = new Map<string, string[]>();
	for (const n of listNotities(gesprekId)) {
		const item = n.itemId ? items.get(n.itemId) : undefined;
		if (n.soort !== 'afspraak' || !item || (item.verwijderdAt && item.verwijderdAt.getTime() <= gemaakt)) continue;
		const punt = verslag.punten.some((p) => p.id === n.puntId) ? n.puntId! : '';
		perPunt.set(punt, [...(perPunt.get(punt) ?? []), n.itemId!]);
	}
	const result = new Map<VerslagRegel, string>();
	for (const p of verslag.punten) {
		const zonder = p.regels.filter((r) => r.soort === 'afspraak' && !r.itemId);
		const ids = perPunt.get(p.id) ?? [];
		// Only when the count matches is the order a safe guide; otherwise these lines stay unknown.
		if (zonder.length === ids.length) zonder.forEach((r, i) => result.set(r, ids[i]!));
	}
	return result;
}

/** A filter over the lines of this gesprek's verslag: may this reader read the line now? */
export function regelLeesbaar(gesprekId: string, verslag: Verslag, canSee: CanSee): (regel: VerslagRegel) => boolean {
	const items = new Map(
		getDb()
			.select({
				id: groeiplanItem.id,
				zichtbaarheid: groeiplanItem.zichtbaarheid,
				verwijderdAt: groeiplanItem.verwijderdAt
			})
			.from(groeiplanItem)
			.where(eq(groeiplanItem.gesprekId, gesprekId))
			.all()
			.map((i) => [i.id, i])
	);
	const oud = verslag.punten.some((p) => p.regels.some((r) => r.soort === 'afspraak' && !r.itemId))
		? oudeRegelItems(gesprekId, verslag, items)
		: new Map<VerslagRegel, string>();
	const nu = new Map<string, Zichtbaarheid>();
	for (const [id, item] of items) nu.set(id, item.zichtbaarheid);
	const leesbaar = leesbaarNu([], canSee, nu);
	return (regel) => {
		if (regel.soort !== 'afspraak') return leesbaar({ key: null, zichtbaarheid: regel.zichtbaarheid });
		const itemId = regel.itemId ?? oud.get(regel);
		if (!itemId || !nu.has(itemId)) return canSee(ONBEKEND) && canSee(regel.zichtbaarheid);
		return leesbaar({ key: itemId, zichtbaarheid: regel.zichtbaarheid });
	};
}

/** The verslag as this reader may read it now. */
export function verslagVoorLezer(
	gesprekId: string,
	verslag: Verslag,
	canSee: CanSee,
	overdrachtenZien: boolean
): Verslag {
	return verslagVoor(verslag, regelLeesbaar(gesprekId, verslag, canSee), overdrachtenZien);
}
