import type { PageServerLoad } from './$types';
import { audit } from '$lib/server/audit';
import { auditBy } from '$lib/server/guard';
import { listBetrokkenen, toView } from '$lib/server/mensen/betrokkenen';
import { mensenContext } from '$lib/server/mensen/context';
import { layoutTiming, netwerkkaartLayout, netwerkPersoon } from '$lib/server/mensen/netwerkkaart';

export const load: PageServerLoad = (event) => {
	const ctx = mensenContext(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'betrokkene',
		recordId: ctx.gezin.id,
		detail: 'netwerkkaart'
	});
	const mensen = listBetrokkenen(ctx.gezin.id).map((b) => netwerkPersoon(toView(b, ctx.vertrouwelijk)));
	const { layout, ms } = netwerkkaartLayout(ctx.gezin.naam, mensen, ctx.vertrouwelijk);
	event.setHeaders(layoutTiming(ms));
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
		mensen,
		layout,
		vertrouwelijk: ctx.vertrouwelijk,
		tips: ctx.mayTips,
		me: ctx.account.id
	};
};
