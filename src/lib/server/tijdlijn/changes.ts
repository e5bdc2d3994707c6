import type { AuditAction } from '../../audit-actions';
import type { Change } from '../action';
import { tijdlijnTopic } from '../realtime';
import type { Zichtbaarheid } from '../../zichtbaarheid';

/** A change on a tijdlijn (a lane, a kant): its live topic is the gezin's tijdlijn. */
export const tijdlijnChange = (
	gezinId: string,
	change: Omit<Change, 'topic'> & { recordType: 'tijdlijn_gebeurtenis' | 'tijdlijn_kant' | 'tijdlijn_baan' }
): Change => ({ topic: tijdlijnTopic(gezinId), ...change });

/**
 * The change record for an event; `before`: its visibility before this change, when that differed.
 * Told by the family, typed in by a professional: the audit row says on whose behalf.
 */
export const gebeurtenisChange = (
	gezinId: string,
	action: AuditAction,
	g: { id: string; baan: string; namensGezin: boolean; zichtbaarheid: Zichtbaarheid },
	before?: Zichtbaarheid
): Change =>
	tijdlijnChange(gezinId, {
		action,
		recordType: 'tijdlijn_gebeurtenis',
		recordId: g.id,
		detail: g.baan,
		onBehalfOf: g.namensGezin ? `gezin:${gezinId}` : null,
		zichtbaarheid: before && before !== g.zichtbaarheid ? [before, g.zichtbaarheid] : [g.zichtbaarheid]
	});
