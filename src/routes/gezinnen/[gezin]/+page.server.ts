import type { PageServerLoad } from './$types';
import { requireGezin } from '$lib/server/guard';
import { auditView } from '$lib/server/action';
import { listMembers } from '$lib/server/gezinnen';
import { can, visibilityFilter } from '$lib/server/access';
import { groeiplanOf, listItems } from '$lib/server/groeiplan/items';
import { tijdlijnSamenvatting } from '$lib/server/tijdlijn/samenvatting';
import { listBetrokkenen } from '$lib/server/mensen/betrokkenen';
import { gesprekkenNu, volgendGesprek } from '$lib/server/gesprek/zichtbaar';

export const load: PageServerLoad = (event) => {
	const ctx = requireGezin(event);
	const { actor, account, gezin, membership, facts } = ctx;
	auditView(event, ctx, { recordType: 'gezin', recordId: gezin.id, detail: 'overzicht' });
	const members = listMembers(gezin.id);
	const plan = groeiplanOf(gezin.id);
	const canSee = visibilityFilter(actor, facts);
	const items = plan ? listItems(plan.id, canSee) : [];
	const tijdlijn = tijdlijnSamenvatting(gezin.id, canSee, 0);
	return {
		groeiplanSince: gezin.groeiplanCreatedAt?.toISOString() ?? null,
		me: { role: membership.role, relatie: membership.relatie },
		plan: {
			doelen: items.filter((i) => i.sectie === 'doel' && (i.status === 'nog-niet-begonnen' || i.status === 'bezig'))
				.length,
			openAfspraken: items.filter((i) => i.sectie === 'afspraak' && (i.status === 'open' || i.status === 'bezig'))
				.length
		},
		tijdlijn: { aantal: tijdlijn.aantal, vanJaar: tijdlijn.vanJaar },
		betrokkenen: listBetrokkenen(gezin.id).length,
		volgendGesprek: volgendGesprek(gezin.id, actor, facts, account.id),
		gesprekkenNu: gesprekkenNu(gezin.id, actor, facts, account.id),
		members: members
			.filter((x) => x.status === 'actief')
			.map((x) => ({
				id: x.id,
				displayName: x.displayName,
				relatie: x.relatie,
				role: x.role,
				gezinsrol: x.gezinsrol,
				organisatie: x.role === 'professional' ? x.organisatieNaam : null
			})),
		waitingCount: can(actor, 'gezin.decideAccess', facts) ? members.filter((x) => x.status === 'wacht').length : 0,
		may: {
			manageAccess: can(actor, 'gezin.invite', facts) || can(actor, 'gezin.decideAccess', facts),
			viewAudit: can(actor, 'gezin.viewAudit', facts)
		}
	};
};
