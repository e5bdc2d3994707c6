import type { RequestHandler } from './$types';
import { can } from '$lib/server/access';
import { requireGezin } from '$lib/server/guard';
import { follow } from '$lib/server/live';
import { groeiplanTopic } from '$lib/server/realtime';

/**
 * Live changes of one groeiplan as Server-Sent Events. Only members get a stream; it carries no
 * plan content, only "something changed" that this person may see, and it closes as soon as access
 * or the session ends.
 */
export const GET: RequestHandler = (event) => {
	const { gezin, actor } = requireGezin(event);
	return follow(event, {
		gezinId: gezin.id,
		actor,
		topic: groeiplanTopic(gezin.id),
		soort: 'groeiplan',
		recordId: gezin.id,
		mayFollow: (facts) => can(actor, 'gezin.view', facts),
		presence: false
	});
};
