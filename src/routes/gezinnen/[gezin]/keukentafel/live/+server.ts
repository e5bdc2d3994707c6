import type { RequestHandler } from './$types';
import { can } from '$lib/server/access';
import { requireGezin } from '$lib/server/guard';
import { membershipOf } from '$lib/server/gezinnen';
import { mensenTopic } from '$lib/server/realtime';
import { sseResponse } from '$lib/server/sse';

/**
 * Live changes to the people around a gezin (the board, the list, the netwerkkaart) as
 * Server-Sent Events, with who else is looking. Changes carry no content: the page reloads its
 * own data through the same checks; the stream closes as soon as access ends.
 */
export const GET: RequestHandler = (event) => {
	const { gezin, account, actor } = requireGezin(event);
	return sseResponse(
		event.request,
		mensenTopic(gezin.id),
		() => {
			const own = membershipOf(gezin.id, account.id);
			return can(actor, 'gezin.view', { membership: own ? { accountId: own.accountId, role: own.role, status: own.status } : null });
		},
		{ accountId: account.id, name: account.displayName }
	);
};
