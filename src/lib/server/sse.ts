import { subscribe, type Change } from './realtime';
import { join, present, presenceTopic, type Present } from './presence';

const HEARTBEAT_MS = 25_000;

/**
 * A Server-Sent Events response for one topic. `stillAllowed` is asked again before every event
 * and heartbeat: when access ends, the stream ends. Cleans up on cancel and on request abort.
 * With `who`, the stream also counts as someone looking, and sends "presence" events: the people
 * looking now (names of members only, as the page itself shows them).
 */
export function sseResponse(request: Request, topic: string, stillAllowed: () => boolean, who?: Present): Response {
	const encoder = new TextEncoder();
	let cleanup = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			let closed = false;
			controller.enqueue(encoder.encode('retry: 3000\n: verbonden\n\n'));
			const send = (text: string) => {
				if (!stillAllowed()) return close();
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					close();
				}
			};
			const unsubscribe = subscribe(topic, (change: Change) => send(`event: change\ndata: ${JSON.stringify(change)}\n\n`));
			const sendPresence = () => send(`event: presence\ndata: ${JSON.stringify({ people: present(topic).map((p) => ({ id: p.accountId, name: p.name })) })}\n\n`);
			const unsubscribePresence = who ? subscribe(presenceTopic(topic), sendPresence) : () => {};
			const leave = who ? join(topic, who) : () => {};
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
			cleanup = () => {
				clearInterval(heartbeat);
				unsubscribe();
				unsubscribePresence();
				leave();
				request.signal.removeEventListener('abort', close);
			};
			request.signal.addEventListener('abort', close);
			if (closed) cleanup();
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(stream, {
		headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' }
	});
}
