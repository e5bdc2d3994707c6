/**
 * When something happened on the tijdlijn, as precisely as the family knows it. A point in time is
 * a partial date: "2015" (a year), "2015-03" (a month) or "2015-03-12" (a day). A period has a
 * start and an end (each with its own precision) or is still going ("nog bezig"). "Ongeveer" marks
 * an estimate. Pure functions, shared by server, pages and the drawing; all dates are UTC.
 */

export type Precisie = 'dag' | 'maand' | 'jaar';

export interface Wanneer {
	van: string;
	tot: string | null;
	nogBezig: boolean;
	ongeveer: boolean;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision of a partial date, or null when it is not one (or not a real calendar date). */
export function precisieOf(value: string): Precisie | null {
	const match = PARTIAL.exec(value);
	if (!match) return null;
	const [, y, mo, d] = match;
	const year = Number(y);
	if (year < 1 || year > 9999) return null;
	if (mo === undefined) return 'jaar';
	const month = Number(mo);
	if (month < 1 || month > 12) return null;
	if (d === undefined) return 'maand';
	const day = Number(d);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? 'dag' : null;
}

/** A partial date from its parts; empty month or day means "weet ik niet". */
export function partialDate(year: number, month?: number | null, day?: number | null): string {
	const y = String(year).padStart(4, '0');
	if (!month) return y;
	const mo = String(month).padStart(2, '0');
	if (!day) return `${y}-${mo}`;
	return `${y}-${mo}-${String(day).padStart(2, '0')}`;
}

export function partsOf(value: string): { jaar: number; maand: number | null; dag: number | null } {
	const [y, mo, d] = value.split('-').map(Number);
	return { jaar: y ?? 0, maand: mo ?? null, dag: d ?? null };
}

/** The first moment of a partial date (UTC). */
export function startOf(value: string): Date {
	const { jaar, maand, dag } = partsOf(value);
	const date = new Date(0);
	date.setUTCFullYear(jaar, (maand ?? 1) - 1, dag ?? 1);
	return date;
}

/** The moment right after a partial date ends (exclusive, UTC). */
export function endOf(value: string): Date {
	const { jaar, maand, dag } = partsOf(value);
	const date = new Date(0);
	if (maand && dag) date.setUTCFullYear(jaar, maand - 1, dag + 1);
	else if (maand) date.setUTCFullYear(jaar, maand, 1);
	else date.setUTCFullYear(jaar + 1, 0, 1);
	return date;
}

export function isPeriode(w: Pick<Wanneer, 'tot' | 'nogBezig'>): boolean {
	return w.tot !== null || w.nogBezig;
}

/**
 * The stretch of time an event covers: a moment covers its whole day, month or year; a period runs
 * from the start of `van` to the end of `tot`, or to `now` while it is still going.
 */
export function interval(w: Wanneer, now: Date): { start: Date; end: Date } {
	const start = startOf(w.van);
	if (w.nogBezig) return { start, end: new Date(Math.max(now.getTime(), endOf(w.van).getTime())) };
	return { start, end: endOf(w.tot ?? w.van) };
}

/** Chronological order: earlier start first, then the less precise (the longer) one first. */
export function compareWanneer(a: Wanneer, b: Wanneer): number {
	const diff = startOf(a.van).getTime() - startOf(b.van).getTime();
	if (diff !== 0) return diff;
	return b.van.length === a.van.length ? 0 : a.van.length - b.van.length;
}

export type CheckResult =
	{ ok: true; wanneer: Wanneer } | { ok: false; field: 'van' | 'tot'; reason: 'invalid' | 'before' | 'range' };

/** Validates a when: real partial dates within the range, the end not before the start. */
export function checkWanneer(w: Wanneer, range: { minJaar: number; maxJaar: number }): CheckResult {
	const vanP = precisieOf(w.van);
	if (!vanP) return { ok: false, field: 'van', reason: 'invalid' };
	const jaar = partsOf(w.van).jaar;
	if (jaar < range.minJaar || jaar > range.maxJaar) return { ok: false, field: 'van', reason: 'range' };
	if (w.tot !== null) {
		if (!precisieOf(w.tot)) return { ok: false, field: 'tot', reason: 'invalid' };
		const totJaar = partsOf(w.tot).jaar;
		if (totJaar < range.minJaar || totJaar > range.maxJaar) return { ok: false, field: 'tot', reason: 'range' };
		if (endOf(w.tot).getTime() <= startOf(w.van).getTime()) return { ok: false, field: 'tot', reason: 'before' };
	}
	return { ok: true, wanneer: { ...w, tot: w.nogBezig ? null : w.tot } };
}

const MONTHS: Record<'nl' | 'en', string[]> = {
	nl: [
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
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

export function monthNames(locale: 'nl' | 'en'): readonly string[] {
	return MONTHS[locale];
}

/** "12 maart 2015", "maart 2015" or "2015". */
export function formatPartial(value: string, locale: 'nl' | 'en' = 'nl'): string {
	const { jaar, maand, dag } = partsOf(value);
	if (!maand) return String(jaar);
	const month = MONTHS[locale][maand - 1];
	return dag ? `${dag} ${month} ${jaar}` : `${month} ${jaar}`;
}

const WORDS = {
	nl: { ongeveer: 'ongeveer', sinds: 'sinds', nogBezig: 'nog bezig', tot: 'tot' },
	en: { ongeveer: 'about', sinds: 'since', nogBezig: 'still going', tot: 'to' }
} as const;

/** The when in words: "ongeveer 2015", "maart 2015 – juni 2018", "sinds 2020 (nog bezig)". */
export function formatWanneer(w: Wanneer, locale: 'nl' | 'en' = 'nl'): string {
	const words = WORDS[locale];
	const prefix = w.ongeveer ? `${words.ongeveer} ` : '';
	if (w.nogBezig) return `${prefix}${words.sinds} ${formatPartial(w.van, locale)} (${words.nogBezig})`;
	if (w.tot !== null) return `${prefix}${formatPartial(w.van, locale)} – ${formatPartial(w.tot, locale)}`;
	return `${prefix}${formatPartial(w.van, locale)}`;
}
