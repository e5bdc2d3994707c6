import { subscribe, type Change } from './realtime';
import { join, presenceData, presenceTopic, type Present } from './presence';
import { isSessionActive } from './auth/session';
import { registerStream } from './live-streams';
import type { Zichtbaarheid } from '../zichtbaarheid';
import { m } from '$lib/paraglide/messages';

const HEARTBEAT_MS = 25_000;

export interface LiveStream {
	topic: string;
	/** The session the stream belongs to: when it ends (logout, new password, elsewhere), so does the stream. */
	session: { id: string; accountId: string };
	/** Access apart from the session (the membership), asked again before every event and heartbeat. */
	stillAllowed: () => boolean;
	/** May this person see something of this visibility? A change is passed on only if so. */
	maySee: (zichtbaarheid: Zichtbaarheid) => boolean;
	/** With this, the stream counts as someone looking, and sends "presence" events. */
	who?: Present;
}

/** What a "change" event says: only whether it was this person's own change (their tab ignores it). */
export const changeData = (change: Change, accountId: string) => JSON.stringify({ eigen: change.by === accountId });

/** Whether a stream of someone who may see `maySee` is told about this change. */
export const tellsAbout = (change: Change, maySee: (z: Zichtbaarheid) => boolean) =>
	!change.zichtbaarheid || change.zichtbaarheid.some(maySee);

/**
 * A Server-Sent Events response for one topic. Before every event and heartbeat the session and
 * `stillAllowed` are asked again; the session's end also closes the stream at once (live-streams.ts).
 * A change goes only to those who may see what changed, and says neither who nor when. With `who`,
 * "presence" events list the people looking now (names of members only, as the page shows them).
 * A session or account with too many streams open gets 429.
 */
export function sseResponse(request: Request, live: LiveStream): Response {
	const encoder = new TextEncoder();
	let cleanup = () => {};
	let closeFromOutside = () => {};
	const unregister = registerStream(live.session.id, live.session.accountId, () => closeFromOutside());
	if (!unregister) {
		return new Response(m.live_te_veel(), {
			status: 429,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
		});
	}
	const allowed = () => isSessionActive(live.session.id) && live.stillAllowed();
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			let closed = false;
			controller.enqueue(encoder.encode('retry: 3000\n: verbonden\n\n'));
			const send = (text: string) => {
				if (closed) return;
				if (!allowed()) return close();
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					close();
				}
			};
			const unsubscribe = subscribe(live.topic, (change: Change) => {
				if (tellsAbout(change, live.maySee))
					send(`event: change\ndata: ${changeData(change, live.session.accountId)}\n\n`);
			});
			const sendPresence = () => send(`event: presence\ndata: ${presenceData(live.topic)}\n\n`);
			const unsubscribePresence = live.who ? subscribe(presenceTopic(live.topic), sendPresence) : () => {};
			const leave = live.who ? join(live.topic, live.who) : () => {};
			const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
			function close() {
				if (closed) return;
				closed = true;
				cleanup();
				try {
					controller.close();
				} catch {
					/* already closed */
				}
			}
			closeFromOutside = close;
			cleanup = () => {
				clearInterval(heartbeat);
				unsubscribe();
				unsubscribePresence();
				leave();
				unregister();
				request.signal.removeEventListener('abort', close);
			};
			request.signal.addEventListener('abort', close);
			if (request.signal.aborted) close();
			// Who is here already, for this stream at once (the others hear of it with the next signal).
			else if (live.who) sendPresence();
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(stream, {
		headers: {
			'Content-Type': 'text/event-stream',
			'Cache-Control': 'no-store',
			Connection: 'keep-alive',
			'X-Accel-Buffering': 'no'
		}
	});
}
