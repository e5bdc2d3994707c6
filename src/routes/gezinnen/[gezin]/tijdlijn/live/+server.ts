import type { RequestHandler } from './$types';
import { can } from '$lib/server/access';
import { requireGezin } from '$lib/server/guard';
import { follow } from '$lib/server/live';
import { tijdlijnTopic } from '$lib/server/realtime';

/**
 * Live changes of one tijdlijn as Server-Sent Events, and who else is looking. Only members get a
 * stream; changes carry no content and reach only those who may see the moment (the page reloads
 * its own filtered data); the stream closes as soon as access or the session ends.
 */
export const GET: RequestHandler = (event) => {
	const { gezin, actor } = requireGezin(event);
	return follow(event, {
		gezinId: gezin.id,
		actor,
		topic: tijdlijnTopic(gezin.id),
		soort: 'tijdlijn',
		recordId: gezin.id,
		mayFollow: (facts) => can(actor, 'gezin.view', facts),
		presence: true
	});
};
