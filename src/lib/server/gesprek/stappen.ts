import type { RequestEvent } from '@sveltejs/kit';
import type { AuditAction } from '$lib/audit-actions';
import type { GesprekStatus } from '$lib/domain';
import { audit } from '../audit';
import { auditBy } from '../guard';
import { gesprekTopic, groeiplanTopic, publish, type Change } from '../realtime';
import type { Zichtbaarheid } from '$lib/zichtbaarheid';
import { m } from '$lib/paraglide/messages';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'request'>;

/** Why a step cannot happen in this phase, in words for the person who tried. */
export function faseFout(status: GesprekStatus): string {
	switch (status) {
		case 'vastgesteld':
			return m.gesprek_fout_vastgesteld();
		case 'verslag':
			return m.gesprek_fout_verslag();
		case 'bezig':
			return m.gesprek_fout_bezig();
		default:
			return m.gesprek_fout_niet_begonnen();
	}
}

/**
 * A change to a gesprek: everyone who has it open follows; with an action, the audit log keeps it.
 * `groeiplan`: an afspraak came or went, so the groeiplan's viewers follow too. `detail`: what
 * exactly was written ("notitie <id> aangepast"), for the audit log. `zichtbaarheid`: of what was
 * written down, so only those who may see it are told.
 */
export function tellAboutGesprek(
	event: Event,
	ctx: { gezin: { id: string }; account: { id: string }; gesprek: { id: string } },
	action: AuditAction | null,
	{
		groeiplan = false,
		detail,
		zichtbaarheid
	}: { groeiplan?: boolean; detail?: string; zichtbaarheid?: Zichtbaarheid } = {}
): void {
	if (action)
		audit({
			...auditBy(event),
			gezinId: ctx.gezin.id,
			action,
			recordType: 'gesprek',
			recordId: ctx.gesprek.id,
			detail
		});
	const change: Change = { by: ctx.account.id, ...(zichtbaarheid ? { zichtbaarheid: [zichtbaarheid] } : {}) };
	publish(gesprekTopic(ctx.gesprek.id), change);
	if (groeiplan) publish(groeiplanTopic(ctx.gezin.id), change);
}
