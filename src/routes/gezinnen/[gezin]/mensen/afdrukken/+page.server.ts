import type { PageServerLoad } from './$types';
import { auditView } from '$lib/server/action';
import { listBetrokkenen, toView } from '$lib/server/mensen/betrokkenen';
import { requireMensen } from '$lib/server/mensen/context';
import { layoutTiming, netwerkkaartLayout, netwerkPersoon } from '$lib/server/mensen/netwerkkaart';

const soorten = ['kaarten', 'tafel', 'netwerkkaart'] as const;
export type Afdruk = (typeof soorten)[number];

/** The people on paper: cards to cut out, the keukentafel board, or the netwerkkaart with its table. */
export const load: PageServerLoad = (event) => {
	const ctx = requireMensen(event);
	auditView(event, ctx, { recordType: 'betrokkene', recordId: ctx.gezin.id, detail: 'mensen-afdrukken' });
	const asked = event.url.searchParams.get('wat');
	const wat: Afdruk = (soorten as readonly string[]).includes(asked ?? '') ? (asked as Afdruk) : 'kaarten';
	const betrokkenen = listBetrokkenen(ctx.gezin.id).map((b) => toView(b, ctx.vertrouwelijk));
	const kaart =
		wat === 'netwerkkaart'
			? netwerkkaartLayout(ctx.gezin.naam, betrokkenen.map(netwerkPersoon), ctx.vertrouwelijk)
			: null;
	if (kaart) event.setHeaders(layoutTiming(kaart.ms));
	return {
		betrokkenen,
		layout: kaart?.layout ?? null,
		vertrouwelijk: ctx.vertrouwelijk,
		wat
	};
};
