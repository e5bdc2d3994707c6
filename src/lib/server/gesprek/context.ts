import { error, type RequestEvent } from '@sveltejs/kit';
import { can } from '../access';
import { requireGezin } from '../guard';
import { getGesprek, isUitgenodigd } from './gesprekken';
import { m } from '$lib/paraglide/messages';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'params'>;

/** The gezin and what this account may do with its gesprekken. */
export function gesprekkenContext(event: Event) {
	const ctx = requireGezin(event);
	return {
		...ctx,
		mayPrepare: can(ctx.actor, 'gesprek.prepare', ctx.facts),
		mayVraag: can(ctx.actor, 'gesprek.vraag', ctx.facts),
		mayUpdate: can(ctx.actor, 'gesprek.update', ctx.facts),
		mayViewUpdates: can(ctx.actor, 'gesprek.viewUpdates', ctx.facts),
		actorRef: { id: ctx.account.id, name: ctx.account.displayName }
	};
}

export type GesprekkenContext = ReturnType<typeof gesprekkenContext>;

/**
 * One gesprek, for someone who may see it. A gesprek someone may not see answers exactly as one
 * that does not exist (404), as gezinnen do.
 */
export function requireGesprek(event: Event) {
	const ctx = gesprekkenContext(event);
	const gesprek = getGesprek(ctx.gezin.id, event.params.gesprek ?? '');
	if (!gesprek || !can(ctx.actor, 'gesprek.view', { ...ctx.facts, uitgenodigd: isUitgenodigd(gesprek.id, ctx.account.id) })) error(404, m.error_not_found());
	return { ...ctx, gesprek };
}
