import { error, type RequestEvent } from '@sveltejs/kit';
import { can, visibilityFilter } from '../access';
import { requireGezin } from '../guard';
import { listMembers } from '../gezinnen';
import { groeiplanOf } from './items';
import { listBetrokkenen } from '../mensen/betrokkenen';
import { m } from '$lib/paraglide/messages';

/** The gezin, its groeiplan and what the current account may see and do there. */
export function requireGroeiplan(
	event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'> & { params: Partial<Record<string, string>> }
) {
	const ctx = requireGezin(event);
	const plan = groeiplanOf(ctx.gezin.id);
	if (!plan) error(404, m.error_not_found());
	const canSee = visibilityFilter(ctx.actor, ctx.facts);
	const members = listMembers(ctx.gezin.id).filter((x) => x.status === 'actief');
	return {
		...ctx,
		plan,
		canSee,
		members,
		/** People around the gezin without an account: they can be named in an afspraak. */
		betrokkenen: listBetrokkenen(ctx.gezin.id).filter((b) => !b.accountId),
		mayEdit: can(ctx.actor, 'groeiplan.edit', ctx.facts),
		actorRef: { id: ctx.account.id, name: ctx.account.displayName }
	};
}
