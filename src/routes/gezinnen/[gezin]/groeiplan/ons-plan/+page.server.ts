import type { PageServerLoad } from './$types';
import { auditView } from '$lib/server/action';
import { listItems } from '$lib/server/groeiplan/items';
import { dutchToday } from '$lib/dag';
import { requireGroeiplan } from '$lib/server/groeiplan/context';

/** "Ons plan op papier": one B1 page to take home, with only what this reader may see. */
/** The plan on paper is one page: the soonest afspraken, and how many more the groeiplan has. */
const OP_PAPIER = 4;

export const load: PageServerLoad = (event) => {
	const ctx = requireGroeiplan(event);
	auditView(event, ctx, { recordType: 'groeiplan', recordId: ctx.plan.id, detail: 'op papier' });
	const items = listItems(ctx.plan.id, ctx.canSee);
	const naam = (id: string | null) => ctx.members.find((x) => x.accountId === id)?.displayName ?? '';
	const betrokkeneNaam = (id: string | null) => ctx.betrokkenen.find((b) => b.id === id)?.naam ?? '';
	const trekker = ctx.members.find((x) => x.accountId === ctx.plan.trekkerAccountId);
	const afspraken = items
		.filter((i) => i.sectie === 'afspraak' && (i.status === 'open' || i.status === 'bezig'))
		.sort((a, b) => (a.wanneer ?? '9999').localeCompare(b.wanneer ?? '9999'));
	return {
		today: dutchToday(),
		doelen: items
			.filter((i) => i.sectie === 'doel' && (i.status === 'nog-niet-begonnen' || i.status === 'bezig'))
			.map((i) => ({ id: i.id, tekst: i.tekst })),
		afspraken: afspraken.slice(0, OP_PAPIER).map((i) => ({
			id: i.id,
			tekst: i.tekst,
			wie: naam(i.wieAccountId) || betrokkeneNaam(i.wieBetrokkeneId) || i.wieTekst,
			wanneer: i.wanneer
		})),
		meerAfspraken: Math.max(0, afspraken.length - OP_PAPIER),
		bellen: [
			...ctx.members
				.filter((x) => x.role === 'professional' || x.accountId === trekker?.accountId)
				.map((x) => ({
					key: x.id,
					naam: x.displayName,
					wat: [x.relatie, x.role === 'professional' ? x.organisatieNaam : null].filter(Boolean).join(', ')
				})),
			...items
				.filter((i) => i.sectie === 'plan' && i.details.contact)
				.map((i) => ({
					key: i.id,
					naam: i.details.contact ?? '',
					wat: [i.tekst, i.details.organisatie].filter(Boolean).join(', ')
				}))
		],
		volgendeEvaluatie: ctx.plan.volgendeEvaluatie
	};
};
