import type { RequestEvent } from '@sveltejs/kit';

/** The client's address, or '' when the proxy header is missing (never a 500 for that). */
export function clientIp(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress();
	} catch {
		return '';
	}
}

/** Only same-site paths may be a redirect target after login. */
export function safeRedirectTarget(raw: string | null | undefined, fallback = '/'): string {
	if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.length > 500) return fallback;
	return raw;
}

export function publicOrigin(url: URL): string {
	return process.env.ORIGIN || url.origin;
}
