import { subscribe, type Change } from './realtime';

const HEARTBEAT_MS = 25_000;

/**
 * A Server-Sent Events response for one topic. `stillAllowed` is asked again before every event
 * and heartbeat: when access ends, the stream ends. Cleans up on cancel and on request abort.
 */
export function sseResponse(request: Request, topic: string, stillAllowed: () => boolean): Response {
	const encoder = new TextEncoder();
	let cleanup = () => {};
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (text: string) => {
				if (!stillAllowed()) return close();
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					close();
				}
			};
			const unsubscribe = subscribe(topic, (change: Change) => send(`event: change\ndata: ${JSON.stringify(change)}\n\n`));
			const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
			let closed = false;
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
				request.signal.removeEventListener('abort', close);
			};
			request.signal.addEventListener('abort', close);
			controller.enqueue(encoder.encode('retry: 3000\n: verbonden\n\n'));
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(stream, {
		headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' }
	});
}
