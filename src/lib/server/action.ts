import type { RequestEvent } from '@sveltejs/kit';
import { audit } from './audit';
import { auditBy, logRefusal } from './guard';
import { FormInput } from './forms';
import { publish } from './realtime';
import type { AuditAction } from '../audit-actions';
import type { Zichtbaarheid } from '../zichtbaarheid';
import { m } from '$lib/paraglide/messages';

/**
 * The one action pipeline. Every form action reads:
 *
 *     const { ctx, form, refusal } = await begin(event, requireGroeiplan, (ctx) => ctx.mayEdit);
 *     if (refusal) return refusal;
 *     const input = readItemInput(form, …);           // parse: messages land on the fields
 *     if (!form.ok) return form.invalid({ sectie });
 *     const item = addItem(ctx.plan.id, input, …);     // the domain function
 *     recordChange(event, ctx, { topic: groeiplanTopic(ctx.gezin.id), action: …, recordType: …, recordId: item.id });
 *     return { saved: { message: m.common_saved() } };
 *
 * and every load of a gezin page calls `auditView` once. A failure always has the shape of
 * `FormInput.invalid` (message, errors, values and what the page needs), so pages read `form` as
 * SvelteKit types it, without casts.
 */

/** The failure `begin` returns when the policy says no (403). */
export type Refused = ReturnType<FormInput['fail']>;

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'params' | 'request'>;

/** What a context must hold for a refusal to be kept in a gezin's log. */
interface InGezin {
	gezin: { id: string };
}

/** The refused-form answer: 403, and for a real gezin the attempt in its log (the family reads it). */
export function refused(event: Event, ctx: Partial<InGezin> | object, form: FormInput) {
	if ('gezin' in ctx && ctx.gezin) logRefusal(event, ctx.gezin.id, 'niet-toegestaan');
	return form.fail(m.error_forbidden(), 403);
}

/**
 * Begins an action: the context (session, gezin, membership; it throws the 404 itself), the parsed
 * form, and the policy's answer through `allowed`. Returns `{ ctx, form }`, or the `refusal` to return.
 */
export async function begin<C extends object>(
	event: Event,
	require: (event: Event) => C,
	allowed: (ctx: C) => boolean,
	/** A check after the policy's yes that is not about access (a gesprek's phase): its failure, or nothing. */
	check?: (ctx: C, form: FormInput) => Refused | undefined
): Promise<{ ctx: C; form: FormInput; refusal?: undefined } | { ctx?: undefined; form?: undefined; refusal: Refused }> {
	const ctx = require(event);
	const form = await FormInput.from(event.request);
	if (!allowed(ctx)) return { refusal: refused(event, ctx, form) };
	const failure = check?.(ctx, form);
	if (failure) return { refusal: failure };
	return { ctx, form };
}

/** One change, as the audit log keeps it and the live pages hear of it. */
export interface Change {
	/** The live topic(s) whose pages reload (they get no content, only a nudge). */
	topic: string | readonly string[];
	/** What the audit log keeps; null for a step that changes nothing kept (the table moving to the next item). */
	action: AuditAction | null;
	recordType: string;
	recordId: string;
	detail?: string;
	/** Told by the family, typed in by a professional: the audit row says on whose behalf. */
	onBehalfOf?: string | null;
	/** Who may see what changed (its visibility before and after): live streams tell only them. */
	zichtbaarheid?: readonly Zichtbaarheid[];
}

/** After every change in a gezin: one audit row and one content-free signal to everyone looking. */
export function recordChange(event: Event, ctx: InGezin & { account: { id: string } }, change: Change): void {
	if (change.action)
		audit({
			...auditBy(event),
			gezinId: ctx.gezin.id,
			onBehalfOf: change.onBehalfOf ?? null,
			action: change.action,
			recordType: change.recordType,
			recordId: change.recordId,
			detail: change.detail
		});
	const nudge = { by: ctx.account.id, ...(change.zichtbaarheid ? { zichtbaarheid: change.zichtbaarheid } : {}) };
	for (const topic of typeof change.topic === 'string' ? [change.topic] : change.topic) publish(topic, nudge);
}

/** What a page of a gezin showed, for its log (*Wie heeft ons plan bekeken*). */
export interface View {
	recordType: string;
	recordId: string;
	/** What the family reads in the log; by default the record type. */
	detail?: string;
}

/** Every load of a gezin page records its view through this, once. */
export function auditView(event: Event, ctx: InGezin, view: View): void {
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: view.recordType,
		recordId: view.recordId,
		detail: view.detail ?? view.recordType
	});
}
