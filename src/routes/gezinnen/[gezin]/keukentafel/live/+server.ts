import type { RequestHandler } from './$types';
import { can } from '$lib/server/access';
import { requireGezin } from '$lib/server/guard';
import { follow } from '$lib/server/live';
import { mensenTopic } from '$lib/server/realtime';

/**
 * Live changes to the people around a gezin (the board, the list, the netwerkkaart) as
 * Server-Sent Events, with who else is looking. Changes carry no content: the page reloads its
 * own data through the same checks; the stream closes as soon as access or the session ends.
 */
export const GET: RequestHandler = (event) => {
	const { gezin, actor } = requireGezin(event);
	return follow(event, {
		gezinId: gezin.id,
		actor,
		topic: mensenTopic(gezin.id),
		soort: 'keukentafel',
		recordId: gezin.id,
		mayFollow: (facts) => can(actor, 'gezin.view', facts),
		presence: true
	});
};
