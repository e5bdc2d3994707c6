import type { Zichtbaarheid } from '../zichtbaarheid';

/**
 * Who may read an older version of something (a groeiplan item, a tijdlijn moment) follows what
 * it is NOW: when the family makes an item *alleen gezin*, its earlier versions close too, for
 * everyone who may no longer see it, also for whoever joins later. A removed item keeps the
 * visibility it had last. On top of that a version stays as closed as it was when it was saved:
 * making an item visible later opens its current words, not what was private then.
 *
 * One rule for every reader of a history (the groeiplan's planmomenten and comparisons, a
 * moment's versions): they all filter through this.
 */
export interface VersieRij {
	/** What the version belongs to (an item id); null for the plan itself (regie). */
	key: string | null;
	zichtbaarheid: Zichtbaarheid;
}

export type CanSee = (zichtbaarheid: Zichtbaarheid) => boolean;

/**
 * A filter over `rows`, the WHOLE history in the order it was saved (its last version of each
 * key is what the item is now, or was when it was removed). `current` may give an item's
 * visibility now where the caller has it from the item itself; it wins over the last version.
 */
export function leesbaarNu(
	rows: readonly VersieRij[],
	canSee: CanSee,
	current: ReadonlyMap<string, Zichtbaarheid> = new Map()
): (row: VersieRij) => boolean {
	const nu = new Map<string | null, Zichtbaarheid>();
	for (const row of rows) nu.set(row.key, row.zichtbaarheid);
	for (const [key, z] of current) nu.set(key, z);
	return (row) => {
		const now = nu.get(row.key) ?? row.zichtbaarheid;
		return canSee(now) && canSee(row.zichtbaarheid);
	};
}
