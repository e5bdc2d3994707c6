import type { AuditAction } from '$lib/audit-actions';
import type { GesprekStatus } from '$lib/domain';
import type { Change } from '../action';
import type { FormInput } from '../forms';
import { gesprekTopic, groeiplanTopic } from '../realtime';
import { inFase, type Handeling } from '$lib/gesprek/fase';
import type { Zichtbaarheid } from '$lib/zichtbaarheid';
import { m } from '$lib/paraglide/messages';

/** Why a step cannot happen in this phase, in words for the person who tried. */
export function phaseError(status: GesprekStatus): string {
	switch (status) {
		case 'vastgesteld':
			return m.gesprek_error_vastgesteld();
		case 'verslag':
			return m.gesprek_error_verslag();
		case 'bezig':
			return m.gesprek_error_bezig();
		default:
			return m.gesprek_error_not_started();
	}
}

/**
 * A change to a gesprek, for `recordChange`: everyone who has it open follows; with an action, the
 * audit log keeps it. `groeiplan`: an afspraak came or went, so the groeiplan's viewers follow too.
 * `detail`: what exactly was written ("notitie <id> aangepast"), for the audit log. `zichtbaarheid`:
 * of what was written down, so only those who may see it are told.
 */
export function gesprekChange(
	ctx: { gezin: { id: string }; gesprek: { id: string } },
	action: AuditAction | null,
	{
		groeiplan = false,
		detail,
		zichtbaarheid
	}: { groeiplan?: boolean; detail?: string; zichtbaarheid?: Zichtbaarheid } = {}
): Change {
	const topic = gesprekTopic(ctx.gesprek.id);
	return {
		topic: groeiplan ? [topic, groeiplanTopic(ctx.gezin.id)] : topic,
		action,
		recordType: 'gesprek',
		recordId: ctx.gesprek.id,
		detail,
		...(zichtbaarheid ? { zichtbaarheid: [zichtbaarheid] } : {})
	};
}

/** What the step was about is gone (or was never this person's to see): 404 in words. */
export const gone = (form: FormInput) => form.fail(m.gesprek_not_found(), 404);

/** A step the domain refused: the gesprek moved to another phase (409, in words), or what it was about is gone (404). */
export function stepFailed(form: FormInput, ctx: { gesprek: { status: GesprekStatus } }, reason: string) {
	return reason === 'fase' ? form.fail(phaseError(ctx.gesprek.status), 409) : gone(form);
}

/** `begin`'s check that the gesprek is in a phase that allows this step; else 409 in words. */
export const inPhase = (handeling: Handeling) => (ctx: { gesprek: { status: GesprekStatus } }, form: FormInput) =>
	inFase(ctx.gesprek.status, handeling) ? undefined : form.fail(phaseError(ctx.gesprek.status), 409);
