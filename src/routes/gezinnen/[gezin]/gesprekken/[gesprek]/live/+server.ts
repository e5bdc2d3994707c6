import type { RequestHandler } from './$types';
import { can } from '$lib/server/access';
import { membershipOf } from '$lib/server/gezinnen';
import { requireGesprek } from '$lib/server/gesprek/context';
import { isUitgenodigd } from '$lib/server/gesprek/gesprekken';
import { gesprekTopic } from '$lib/server/realtime';
import { sseResponse } from '$lib/server/sse';

/**
 * Follow the gesprek live: every step (the next agenda item, a note, the verslag) as a
 * Server-Sent Event without content, and who else has it open. The page loads its own data again
 * through the same checks; the stream ends as soon as this person may no longer see the gesprek.
 */
export const GET: RequestHandler = (event) => {
	const { gezin, gesprek, account, actor } = requireGesprek(event);
	return sseResponse(
		event.request,
		gesprekTopic(gesprek.id),
		() => {
			const own = membershipOf(gezin.id, account.id);
			const membership = own ? { accountId: own.accountId, role: own.role, status: own.status } : null;
			return can(actor, 'gesprek.view', { membership, uitgenodigd: isUitgenodigd(gesprek.id, account.id) });
		},
		{ accountId: account.id, name: account.displayName }
	);
};
