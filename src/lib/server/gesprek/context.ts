import { error, type RequestEvent } from '@sveltejs/kit';
import { can, visibilityFilter } from '../access';
import { refuse, requireGezin } from '../guard';
import { getGesprek, isUitgenodigd } from './gesprekken';
import { m } from '$lib/paraglide/messages';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'params'>;

/** The gezin and what this account may do with its gesprekken. */
export function requireGesprekken(event: Event) {
	const ctx = requireGezin(event);
	return {
		...ctx,
		mayPrepare: can(ctx.actor, 'gesprek.prepare', ctx.facts),
		mayVraag: can(ctx.actor, 'gesprek.vraag', ctx.facts),
		mayUpdate: can(ctx.actor, 'gesprek.update', ctx.facts),
		mayViewUpdates: can(ctx.actor, 'gesprek.viewUpdates', ctx.facts),
		mayLead: can(ctx.actor, 'gesprek.lead', ctx.facts),
		mayViewReacties: can(ctx.actor, 'gesprek.viewReacties', ctx.facts),
		mayViewOverdracht: can(ctx.actor, 'overdracht.view', ctx.facts),
		actorRef: { id: ctx.account.id, name: ctx.account.displayName }
	};
}

export type GesprekkenContext = ReturnType<typeof requireGesprekken>;

/**
 * One gesprek, for someone who may see it. A gesprek someone may not see answers exactly as one
 * that does not exist (404), as gezinnen do.
 */
export function requireGesprek(event: Event) {
	const ctx = requireGesprekken(event);
	const gesprek = getGesprek(ctx.gezin.id, event.params.gesprek ?? '');
	const uitgenodigd = !!gesprek && isUitgenodigd(gesprek.id, ctx.account.id);
	if (!gesprek) error(404, m.error_not_found());
	// A gesprek someone may not see answers as a missing one; the family's log keeps the attempt.
	if (!can(ctx.actor, 'gesprek.view', { ...ctx.facts, uitgenodigd })) refuse(event, ctx.gezin.id, 404);
	return {
		...ctx,
		gesprek,
		mayReact: can(ctx.actor, 'gesprek.react', { ...ctx.facts, uitgenodigd }),
		mayVaststellen: can(ctx.actor, 'gesprek.vaststellen', { ...ctx.facts, organisator: gesprek.organisator }),
		/** The line's visibility against this reader (what the family agreed may be shared). */
		canSee: visibilityFilter(ctx.actor, ctx.facts)
	};
}
