import type { RequestHandler } from './$types';
import { can } from '$lib/server/access';
import { requireGezin } from '$lib/server/guard';
import { membershipOf } from '$lib/server/gezinnen';
import { tijdlijnTopic } from '$lib/server/realtime';
import { sseResponse } from '$lib/server/sse';

/**
 * Live changes of one tijdlijn as Server-Sent Events, and who else is looking. Only members get a
 * stream; changes carry no content (the page reloads its own filtered data), and the stream closes
 * as soon as access ends.
 */
export const GET: RequestHandler = (event) => {
	const { gezin, account, actor } = requireGezin(event);
	return sseResponse(
		event.request,
		tijdlijnTopic(gezin.id),
		() => {
			const own = membershipOf(gezin.id, account.id);
			return can(actor, 'gezin.view', { membership: own ? { accountId: own.accountId, role: own.role, status: own.status } : null });
		},
		{ accountId: account.id, name: account.displayName }
	);
};
