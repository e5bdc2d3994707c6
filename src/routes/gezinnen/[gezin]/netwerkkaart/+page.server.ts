import type { PageServerLoad } from './$types';
import { auditView } from '$lib/server/action';
import { listBetrokkenen, toView } from '$lib/server/mensen/betrokkenen';
import { requireMensen } from '$lib/server/mensen/context';
import { layoutTiming, netwerkkaartLayout, netwerkPersoon } from '$lib/server/mensen/netwerkkaart';

export const load: PageServerLoad = (event) => {
	const ctx = requireMensen(event);
	auditView(event, ctx, { recordType: 'betrokkene', recordId: ctx.gezin.id, detail: 'netwerkkaart' });
	const mensen = listBetrokkenen(ctx.gezin.id).map((b) => netwerkPersoon(toView(b, ctx.vertrouwelijk)));
	const { layout, ms } = netwerkkaartLayout(ctx.gezin.naam, mensen, ctx.vertrouwelijk);
	event.setHeaders(layoutTiming(ms));
	return {
		mensen,
		layout,
		vertrouwelijk: ctx.vertrouwelijk,
		tips: ctx.mayTips,
		me: ctx.account.id
	};
};
