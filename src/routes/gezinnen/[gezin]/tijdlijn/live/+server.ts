import type { RequestHandler } from './$types';
import { requireGezin } from '$lib/server/guard';
import { gezinStream } from '$lib/server/live';
import { tijdlijnTopic } from '$lib/server/realtime';

/**
 * Live changes of one tijdlijn as Server-Sent Events, and who else is looking. Only members get a
 * stream; changes carry no content and reach only those who may see the moment (the page reloads
 * its own filtered data); the stream closes as soon as access or the session ends.
 */
export const GET: RequestHandler = (event) => {
	const ctx = requireGezin(event);
	return gezinStream(event, ctx, { soort: 'tijdlijn', topic: tijdlijnTopic(ctx.gezin.id), presence: true });
};
