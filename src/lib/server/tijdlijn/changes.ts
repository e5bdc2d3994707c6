import type { RequestEvent } from '@sveltejs/kit';
import type { AuditAction } from '../../audit-actions';
import { audit } from '../audit';
import { auditBy } from '../guard';
import { publish, tijdlijnTopic } from '../realtime';
import type { TijdlijnContext } from './context';
import type { Gebeurtenis } from './gebeurtenissen';

/**
 * After every change on a tijdlijn: one audit row (on behalf of the gezin when a professional typed
 * what the family told) and a content-free signal to everyone looking at it.
 */
export function tellAbout(
	event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'>,
	ctx: Pick<TijdlijnContext, 'gezin' | 'account'>,
	action: AuditAction | null,
	gebeurtenis: Pick<Gebeurtenis, 'id' | 'baan' | 'namensGezin'> | null,
	recordType = 'tijdlijn_gebeurtenis'
): void {
	if (action && gebeurtenis) {
		audit({
			...auditBy(event),
			onBehalfOf: gebeurtenis.namensGezin ? `gezin:${ctx.gezin.id}` : null,
			gezinId: ctx.gezin.id,
			action,
			recordType,
			recordId: gebeurtenis.id,
			detail: gebeurtenis.baan
		});
	}
	publish(tijdlijnTopic(ctx.gezin.id), { by: ctx.account.id, at: Date.now() });
}
