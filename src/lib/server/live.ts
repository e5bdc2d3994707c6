import type { RequestEvent } from '@sveltejs/kit';
import { can, type Actor, type GezinFacts } from './access';
import { audit } from './audit';
import { auditBy, gezinFacts, requireAccount } from './guard';
import { sseResponse } from './sse';

/** The pages that can be followed live; the audit row's detail. */
export type LiveSoort = 'groeiplan' | 'tijdlijn' | 'keukentafel' | 'gesprek';

/** Opening the same stream again (a reconnect, a reload) within this time writes no new audit row. */
export const LIVE_AUDIT_INTERVAL_MS = 10 * 60_000;
const lastAudited = new Map<string, number>();

/** One audit row per stream opened, but not for every reconnect of the same page in the same session. */
function auditOpened(key: string, now: number): boolean {
	const last = lastAudited.get(key);
	if (last !== undefined && now - last < LIVE_AUDIT_INTERVAL_MS) return false;
	lastAudited.set(key, now);
	if (lastAudited.size > 10_000)
		for (const [k, t] of lastAudited) if (now - t >= LIVE_AUDIT_INTERVAL_MS) lastAudited.delete(k);
	return true;
}

/** Forget which streams were audited (tests). */
export const resetLiveAudit = () => lastAudited.clear();

export interface FollowOptions {
	gezinId: string;
	actor: Actor;
	topic: string;
	soort: LiveSoort;
	/** What is followed, for the audit row (the gezin or the gesprek). */
	recordId: string;
	/** May this member follow it (asked with fresh facts before every event)? */
	mayFollow: (facts: GezinFacts) => boolean;
	/** Count as someone looking, with "presence" events. */
	presence: boolean;
}

/**
 * A live stream for a page of a gezin, after the page's own access check: it lasts as long as the
 * session and `mayFollow` do, passes on only changes to what this person may see (`item.view`), and
 * opening it is kept in the audit log as reading is.
 */
export function follow(
	event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'request'>,
	options: FollowOptions
): Response {
	const account = requireAccount(event);
	const session = event.locals.session!;
	const facts = (): GezinFacts => gezinFacts(options.gezinId, account.id);
	const response = sseResponse(event.request, {
		topic: options.topic,
		session: { id: session.id, accountId: account.id },
		stillAllowed: () => options.mayFollow(facts()),
		maySee: (zichtbaarheid) => can(options.actor, 'item.view', { ...facts(), zichtbaarheid }),
		...(options.presence ? { who: { accountId: account.id, name: account.displayName } } : {})
	});
	if (response.ok && auditOpened(`${session.id}|${options.topic}`, Date.now())) {
		audit({
			...auditBy(event),
			gezinId: options.gezinId,
			action: 'live.gevolgd',
			recordType: options.soort,
			recordId: options.recordId,
			detail: options.soort
		});
	}
	return response;
}

/** A context that has passed its page's access check: the gezin and the actor. */
interface Checked {
	gezin: { id: string };
	actor: Actor;
}

/**
 * The one helper for a gezin's live streams, after the endpoint's own access check (`requireGezin`
 * or a tool's `require…`): by default it follows the whole gezin (`gezin.view`), with its id as
 * the audit record.
 */
export function gezinStream(
	event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'request'>,
	ctx: Checked,
	stream: { soort: LiveSoort; topic: string; presence: boolean } & Partial<
		Pick<FollowOptions, 'recordId' | 'mayFollow'>
	>
): Response {
	return follow(event, {
		gezinId: ctx.gezin.id,
		actor: ctx.actor,
		recordId: ctx.gezin.id,
		mayFollow: (facts) => can(ctx.actor, 'gezin.view', facts),
		...stream
	});
}
