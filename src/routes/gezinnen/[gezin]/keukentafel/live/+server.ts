import type { RequestHandler } from './$types';
import { requireGezin } from '$lib/server/guard';
import { gezinStream } from '$lib/server/live';
import { mensenTopic } from '$lib/server/realtime';

/**
 * Live changes to the people around a gezin (the board, the list, the netwerkkaart) as
 * Server-Sent Events, with who else is looking. Changes carry no content: the page reloads its
 * own data through the same checks; the stream closes as soon as access or the session ends.
 */
export const GET: RequestHandler = (event) => {
	const ctx = requireGezin(event);
	return gezinStream(event, ctx, { soort: 'keukentafel', topic: mensenTopic(ctx.gezin.id), presence: true });
};
