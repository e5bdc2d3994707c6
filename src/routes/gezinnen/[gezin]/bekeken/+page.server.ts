import type { PageServerLoad } from './$types';
import { auditBy, requireGezin } from '$lib/server/guard';
import { audit } from '$lib/server/audit';
import { gezinAuditPage } from '$lib/server/audit-read';
import { m } from '$lib/paraglide/messages';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A yyyy-mm-dd from the filter, or null with a message when it is not a real date. */
function readDate(raw: string | null): { value: string | null; error?: string } {
	if (!raw) return { value: null };
	if (!DATE.test(raw) || Number.isNaN(Date.parse(raw + 'T00:00:00Z')))
		return { value: null, error: m.audit_filter_bad_date() };
	return { value: raw };
}

function nextDay(date: string): string {
	const d = new Date(date + 'T00:00:00Z');
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/** The UTC instant at which this calendar day starts in the Netherlands (CET or CEST). */
function dutchMidnight(date: string): string {
	const utc = new Date(date + 'T00:00:00Z');
	const asDutch = new Date(utc.toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
	const asUtc = new Date(utc.toLocaleString('en-US', { timeZone: 'UTC' }));
	return new Date(utc.getTime() - (asDutch.getTime() - asUtc.getTime())).toISOString();
}

/** `?voor=<seq>`: the page of rows older than that one. */
function readVoor(raw: string | null): { value?: number; error?: string } {
	if (!raw) return {};
	if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) return { error: m.audit_page_bad() };
	return { value: Number(raw) };
}

export const load: PageServerLoad = (event) => {
	const { gezin } = requireGezin(event, 'gezin.viewAudit');
	const van = readDate(event.url.searchParams.get('van'));
	const tot = readDate(event.url.searchParams.get('tot'));
	audit({
		...auditBy(event),
		gezinId: gezin.id,
		action: 'gezin.audit-bekeken',
		recordType: 'gezin',
		recordId: gezin.id
	});
	const voor = readVoor(event.url.searchParams.get('voor'));
	// The filter speaks in whole Dutch days, both ends included.
	const page = gezinAuditPage(gezin.id, {
		from: van.value ? dutchMidnight(van.value) : undefined,
		to: tot.value ? dutchMidnight(nextDay(tot.value)) : undefined,
		before: voor.value
	});
	return {
		gezin: { id: gezin.id, naam: gezin.naam },
		filter: { van: van.value ?? '', tot: tot.value ?? '', error: van.error ?? tot.error ?? voor.error ?? null },
		page
	};
};
