import type { RequestEvent } from '@sveltejs/kit';

/** The client's address, or '' when the proxy header is missing (never a 500 for that). */
export function clientIp(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		return '';
	}
}

export function publicOrigin(url: URL): string {
	return process.env.ORIGIN || url.origin;
}
