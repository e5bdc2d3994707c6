import type { RequestEvent } from '@sveltejs/kit';
import type { AuditAction } from '../../audit-actions';
import { audit } from '../audit';
import { auditBy } from '../guard';
import { publish, tijdlijnTopic } from '../realtime';
import type { TijdlijnContext } from './context';
import type { Zichtbaarheid } from '../../zichtbaarheid';

export interface TijdlijnChange {
	action: AuditAction;
	recordType: 'tijdlijn_gebeurtenis' | 'tijdlijn_kant' | 'tijdlijn_baan';
	recordId: string;
	detail: string;
	/** Told by the family, typed in by a professional: the audit row says on whose behalf. */
	namensGezin?: boolean;
	/** Who may see what changed (the event's visibility, before and after); live streams tell only them. */
	zichtbaarheid?: readonly Zichtbaarheid[];
}

/** After every change on a tijdlijn: one audit row and a content-free signal to everyone looking at it. */
export function tellAbout(
	event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'>,
	ctx: Pick<TijdlijnContext, 'gezin' | 'account'>,
	change: TijdlijnChange
): void {
	audit({
		...auditBy(event),
		onBehalfOf: change.namensGezin ? `gezin:${ctx.gezin.id}` : null,
		gezinId: ctx.gezin.id,
		action: change.action,
		recordType: change.recordType,
		recordId: change.recordId,
		detail: change.detail
	});
	publish(tijdlijnTopic(ctx.gezin.id), {
		by: ctx.account.id,
		...(change.zichtbaarheid ? { zichtbaarheid: change.zichtbaarheid } : {})
	});
}

/** The change record for an event; `before`: its visibility before this change, when that differed. */
export const gebeurtenisChange = (
	action: AuditAction,
	g: { id: string; baan: string; namensGezin: boolean; zichtbaarheid: Zichtbaarheid },
	before?: Zichtbaarheid
): TijdlijnChange => ({
	action,
	recordType: 'tijdlijn_gebeurtenis',
	recordId: g.id,
	detail: g.baan,
	namensGezin: g.namensGezin,
	zichtbaarheid: before && before !== g.zichtbaarheid ? [before, g.zichtbaarheid] : [g.zichtbaarheid]
});
