import type Database from 'better-sqlite3';
import { getHandle } from './db';

export interface GezinAuditRow {
	seq: number;
	at: string;
	actorId: string | null;
	actorName: string;
	action: string;
	detail: string;
	onBehalfOf: string | null;
	role: string | null;
	relatie: string | null;
	organisatie: string | null;
}

/** One line on the family's page: one row, or the same person viewing the same thing several times on one day. */
export interface GezinAuditLine extends GezinAuditRow {
	/** How many rows this line stands for (1 for a change). */
	count: number;
	/** The oldest row's time when `count` > 1 (`at` is the newest). */
	firstAt: string;
}

export interface GezinAuditPage {
	lines: GezinAuditLine[];
	/** The seq to ask for the next (older) page with `?voor=`, or null when this is the oldest. */
	older: number | null;
	/** Rows in the chosen period, and in the whole log of this gezin. */
	inPeriod: number;
	total: number;
	/** Rows on this page, and how many newer rows in the period come before it (for "regel 101 tot 200"). */
	rowsOnPage: number;
	newer: number;
	/** Whether this is an older page (asked for with `before`). */
	paged: boolean;
}

/** `from`/`to` are ISO instants (inclusive from, exclusive to); `before` a seq (exclusive). */
export interface AuditRange {
	from?: string;
	to?: string;
}

/** Reading, not changing: these repeat a lot and are grouped; every change stays a line of its own. */
const GROUPED = new Set(['gezin.bekeken', 'gezin.audit-bekeken', 'gezin.poging-geweigerd']);

/** A page has about this many rows; a group that goes on past it stays whole (up to MAX_ROWS). */
export const PAGE_ROWS = 200;
const MAX_ROWS = 5000;

const dutchDay = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

function groupKey(row: GezinAuditRow): string | null {
	if (!GROUPED.has(row.action)) return null;
	return JSON.stringify([
		row.actorId,
		row.actorName,
		row.onBehalfOf,
		row.action,
		row.detail,
		dutchDay.format(new Date(row.at))
	]);
}

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(sqlite: Database.Database) {
	const where = `a.gezin_id = @gezinId AND (@from IS NULL OR a.at >= @from) AND (@to IS NULL OR a.at < @to)`;
	return {
		rows: sqlite.prepare(
			`SELECT a.seq, a.at, a.actor_id AS actorId, a.actor_name AS actorName, a.action, a.detail, a.on_behalf_of AS onBehalfOf,
			        ms.role AS role, ms.relatie AS relatie, o.naam AS organisatie
			   FROM audit_log a
			   LEFT JOIN membership ms ON ms.gezin_id = a.gezin_id AND ms.account_id = a.actor_id
			   LEFT JOIN account acc ON acc.id = a.actor_id
			   LEFT JOIN organisatie o ON o.id = acc.organisatie_id
			  WHERE ${where} AND (@before IS NULL OR a.seq < @before)
			  ORDER BY a.seq DESC
			  LIMIT @limit`
		),
		count: sqlite.prepare(`SELECT count(*) FROM audit_log a WHERE ${where}`).pluck(),
		newer: sqlite.prepare(`SELECT count(*) FROM audit_log a WHERE ${where} AND a.seq >= @before`).pluck()
	};
}

/** Consecutive rows (newest first) with the same group key become one line. */
export function groupAuditRows(rows: GezinAuditRow[]): GezinAuditLine[] {
	const lines: GezinAuditLine[] = [];
	let lastKey: string | null = null;
	for (const row of rows) {
		const key = groupKey(row);
		const last = lines.at(-1);
		if (key !== null && key === lastKey && last) {
			last.count += 1;
			last.firstAt = row.at;
		} else {
			lines.push({ ...row, count: 1, firstAt: row.at });
		}
		lastKey = key;
	}
	return lines;
}

/**
 * One page of what happened in one gezin, newest first, for the family's page "Wie heeft ons plan
 * bekeken". Paged on `seq` (keyset: `before` is exclusive), so no row can be pushed out of reach.
 */
export function gezinAuditPage(
	gezinId: string,
	range: AuditRange & { before?: number },
	pageRows = PAGE_ROWS
): GezinAuditPage {
	const sqlite = getHandle().sqlite;
	let q = statements.get(sqlite);
	if (!q) statements.set(sqlite, (q = prepare(sqlite)));
	const params = { gezinId, from: range.from ?? null, to: range.to ?? null };
	const rows = q.rows.all({ ...params, before: range.before ?? null, limit: pageRows + 1 }) as GezinAuditRow[];
	let more = rows.length > pageRows;
	if (more) rows.length = pageRows;
	// A group of views that goes on past the page stays whole on this page.
	while (more && rows.length < MAX_ROWS) {
		const key = groupKey(rows.at(-1)!);
		if (key === null) break;
		const next = q.rows.all({ ...params, before: rows.at(-1)!.seq, limit: PAGE_ROWS }) as GezinAuditRow[];
		const same = next.findIndex((r) => groupKey(r) !== key);
		rows.push(...(same === -1 ? next : next.slice(0, same)));
		more = same !== -1 || next.length === PAGE_ROWS;
		if (same !== -1) break;
	}
	return {
		lines: groupAuditRows(rows),
		older: more && rows.length > 0 ? rows.at(-1)!.seq : null,
		inPeriod: q.count.get(params) as number,
		total: q.count.get({ gezinId, from: null, to: null }) as number,
		rowsOnPage: rows.length,
		newer: range.before ? (q.newer.get({ ...params, before: range.before }) as number) : 0,
		paged: range.before !== undefined
	};
}
