import type { RequestHandler } from './$types';
import { can } from '$lib/server/access';
import { requireGezin } from '$lib/server/guard';
import { membershipOf } from '$lib/server/gezinnen';
import { groeiplanTopic } from '$lib/server/realtime';
import { sseResponse } from '$lib/server/sse';

/**
 * Live changes of one groeiplan as Server-Sent Events. Only members get a stream; it carries no
 * plan content, only "something changed", and it closes as soon as access ends.
 */
export const GET: RequestHandler = (event) => {
	const { gezin, account, actor } = requireGezin(event);
	return sseResponse(event.request, groeiplanTopic(gezin.id), () => {
		const own = membershipOf(gezin.id, account.id);
		return can(actor, 'gezin.view', { membership: own ? { accountId: own.accountId, role: own.role, status: own.status } : null });
	});
};
