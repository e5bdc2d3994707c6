import type { PageServerLoad } from './$types';
import { auditView } from '$lib/server/action';
import { dutchToday } from '$lib/dag';
import { requireTijdlijn } from '$lib/server/tijdlijn/context';
import { listGebeurtenissen, toViews } from '$lib/server/tijdlijn/gebeurtenissen';

const formaten = ['a4', 'a3', 'lijst'] as const;
export type Formaat = (typeof formaten)[number];

/** The tijdlijn on paper: the four lanes on A4 or A3 landscape, or the list on A4. */
export const load: PageServerLoad = (event) => {
	const ctx = requireTijdlijn(event);
	auditView(event, ctx, { recordType: 'tijdlijn', recordId: ctx.gezin.id });
	const asked = event.url.searchParams.get('formaat');
	const formaat: Formaat = (formaten as readonly string[]).includes(asked ?? '') ? (asked as Formaat) : 'a4';
	return {
		banen: ctx.banen,
		events: toViews(listGebeurtenissen(ctx.gezin.id, ctx.canSee)),
		today: dutchToday(),
		formaat
	};
};
