/**
 * The live streams open now, per session and per account: to cap how many one person may hold
 * open (each costs a connection, a presence entry and a check per event), and to end them the
 * moment their session ends (logout, a new password, "log out elsewhere"). In memory: one Node
 * process serves the app.
 */

/** Streams per session (a few tabs) and per account (a few devices). */
export const MAX_STREAMS_PER_SESSION = 6;
export const MAX_STREAMS_PER_ACCOUNT = 12;

interface Open {
	sessionId: string;
	accountId: string;
	close: () => void;
}

const open = new Set<Open>();

const count = (where: (o: Open) => boolean) => {
	let n = 0;
	for (const o of open) if (where(o)) n++;
	return n;
};

/**
 * Registers a stream; `close` ends it from outside. Returns the way to unregister it, or null when
 * this session or account already has as many as it may.
 */
export function registerStream(sessionId: string, accountId: string, close: () => void): (() => void) | null {
	if (count((o) => o.sessionId === sessionId) >= MAX_STREAMS_PER_SESSION) return null;
	if (count((o) => o.accountId === accountId) >= MAX_STREAMS_PER_ACCOUNT) return null;
	const entry: Open = { sessionId, accountId, close };
	open.add(entry);
	return () => void open.delete(entry);
}

function closeWhere(where: (o: Open) => boolean): number {
	const ending = [...open].filter(where);
	for (const o of ending) {
		open.delete(o);
		try {
			o.close();
		} catch (error) {
			console.error('closing a live stream failed', error);
		}
	}
	return ending.length;
}

/** The session ended: its streams end now. */
export const closeSessionStreams = (sessionId: string) => closeWhere((o) => o.sessionId === sessionId);

/** All sessions of an account ended (but perhaps this one): their streams end now. */
export const closeAccountStreams = (accountId: string, exceptSessionId?: string) =>
	closeWhere((o) => o.accountId === accountId && o.sessionId !== exceptSessionId);

export const openStreamCount = (accountId: string) => count((o) => o.accountId === accountId);
