import type { PageServerLoad } from './$types';
import { auditBy, requireGezin } from '$lib/server/guard';
import { audit } from '$lib/server/audit';
import { gezinAuditPage } from '$lib/server/audit-read';
import { dutchMidnight, isDay, nextDay } from '$lib/dag';
import { m } from '$lib/paraglide/messages';

/** A yyyy-mm-dd from the filter, or null with a message when it is not a real day (2025-02-30 is not). */
function readDate(raw: string | null): { value: string | null; error?: string } {
	if (!raw) return { value: null };
	if (!isDay(raw)) return { value: null, error: m.audit_filter_bad_date() };
	return { value: raw };
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
	// Not `auditView`: reading the log itself is kept as its own action (`gezin.audit-bekeken`).
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
		filter: { van: van.value ?? '', tot: tot.value ?? '', error: van.error ?? tot.error ?? voor.error ?? null },
		page
	};
};
