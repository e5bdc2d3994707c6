import type { RequestHandler } from './$types';
import { can } from '$lib/server/access';
import { requireGesprek } from '$lib/server/gesprek/context';
import { isUitgenodigd } from '$lib/server/gesprek/gesprekken';
import { gezinStream } from '$lib/server/live';
import { gesprekTopic } from '$lib/server/realtime';

/**
 * Follow the gesprek live: every step (the next agenda item, a note, the verslag) as a
 * Server-Sent Event without content, and who else has it open. The page loads its own data again
 * through the same checks; the stream ends as soon as this person may no longer see the gesprek,
 * or their session ends.
 */
export const GET: RequestHandler = (event) => {
	const ctx = requireGesprek(event);
	const uitgenodigd = () => isUitgenodigd(ctx.gesprek.id, ctx.account.id);
	return gezinStream(event, ctx, {
		soort: 'gesprek',
		topic: gesprekTopic(ctx.gesprek.id),
		recordId: ctx.gesprek.id,
		mayFollow: (facts) => can(ctx.actor, 'gesprek.view', { ...facts, uitgenodigd: uitgenodigd() }),
		presence: true
	});
};
