/**
 * Days as the app stores them: `yyyy-mm-dd`, a calendar day in the Netherlands. The one home of
 * day arithmetic and of the check that a typed day exists (no 30 February).
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar day as yyyy-mm-dd (2025-02-30 is not), within `min`..`max` when given. */
export function isDay(value: string, range: { min?: string; max?: string } = {}): boolean {
	if (!DAY.test(value)) return false;
	const t = Date.parse(`${value}T00:00:00Z`);
	if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) return false;
	return (!range.min || value >= range.min) && (!range.max || value <= range.max);
}

/** Today in the Netherlands, yyyy-mm-dd: the day that decides what is overdue. */
export function dutchToday(now = new Date()): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** The day `days` after `day` (before, when negative). */
export function plusDays(day: string, days: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** The day after `day`. */
export const nextDay = (day: string): string => plusDays(day, 1);

/** The UTC instant at which this calendar day starts in the Netherlands (CET or CEST). */
export function dutchMidnight(day: string): string {
	const utc = new Date(`${day}T00:00:00Z`);
	const asDutch = new Date(utc.toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
	const asUtc = new Date(utc.toLocaleString('en-US', { timeZone: 'UTC' }));
	return new Date(utc.getTime() - (asDutch.getTime() - asUtc.getTime())).toISOString();
}
