import type { RequestHandler } from './$types';
import { requireGezin } from '$lib/server/guard';
import { gezinStream } from '$lib/server/live';
import { groeiplanTopic } from '$lib/server/realtime';

/**
 * Live changes of one groeiplan as Server-Sent Events. Only members get a stream; it carries no
 * plan content, only "something changed" that this person may see, and it closes as soon as access
 * or the session ends.
 */
export const GET: RequestHandler = (event) => {
	const ctx = requireGezin(event);
	return gezinStream(event, ctx, { soort: 'groeiplan', topic: groeiplanTopic(ctx.gezin.id), presence: false });
};
