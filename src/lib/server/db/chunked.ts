/**
 * SQLite allows a limited number of bound values per statement (32,766 here, 999 in older
 * builds). A query `IN (…)` over a list that can grow (ids from a form, rows of a big gezin) is
 * run in chunks of this size and the results are joined.
 */
export const IDS_PER_QUERY = 500;

/** Runs `query` for each chunk of the (deduplicated) ids and joins the results. */
export function inChunks<T>(ids: Iterable<string>, query: (chunk: string[]) => T[]): T[] {
	const unique = [...new Set(ids)];
	const out: T[] = [];
	for (let i = 0; i < unique.length; i += IDS_PER_QUERY) out.push(...query(unique.slice(i, i + IDS_PER_QUERY)));
	return out;
}
