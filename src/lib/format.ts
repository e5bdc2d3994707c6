import { getLocale } from '$lib/paraglide/runtime';

/** Dates are stored in UTC and shown in Dutch time. */
const TIME_ZONE = 'Europe/Amsterdam';

export function formatDateTime(iso: string | Date): string {
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: TIME_ZONE
	}).format(new Date(iso));
}

/** "09:12": a time of day in Dutch time. */
export function formatTime(iso: string | Date): string {
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		timeStyle: 'short',
		timeZone: TIME_ZONE
	}).format(new Date(iso));
}

export function formatDate(iso: string | Date): string {
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'long',
		timeZone: TIME_ZONE
	}).format(new Date(iso));
}

/** "maart 2026": for grouping by month. */
export function formatMonth(iso: string | Date): string {
	return new Intl.DateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		month: 'long',
		year: 'numeric',
		timeZone: TIME_ZONE
	}).format(new Date(iso));
}
