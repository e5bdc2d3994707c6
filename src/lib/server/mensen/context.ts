import type { RequestEvent } from '@sveltejs/kit';
import { can } from '../access';
import { audit } from '../audit';
import type { AuditAction } from '../../audit-actions';
import { auditBy, requireGezin } from '../guard';
import { listMembers } from '../gezinnen';
import { publish, mensenTopic } from '../realtime';
import { mensenWrites } from '../write-limit';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'params'>;

/** The gezin, its active members and what the current account may do with its people. */
export function mensenContext(event: Event) {
	const ctx = requireGezin(event);
	const members = listMembers(ctx.gezin.id).filter((x) => x.status === 'actief');
	return {
		...ctx,
		members,
		mayEdit: can(ctx.actor, 'betrokkene.edit', ctx.facts),
		vertrouwelijk: can(ctx.actor, 'betrokkene.viewVertrouwelijk', ctx.facts),
		/** May open the tipsheet netwerk betrekken (the link in the people's menu). */
		mayTips: can(ctx.actor, 'netwerk.view', ctx.facts),
		actorRef: { id: ctx.account.id, name: ctx.account.displayName }
	};
}

export type MensenContext = ReturnType<typeof mensenContext>;

/** Every change to the people, the board or the tips: into the audit log, and a content-free nudge to live pages. */
export function tellAbout(
	event: Event,
	ctx: Pick<MensenContext, 'gezin' | 'account'>,
	action: AuditAction,
	recordType: string,
	recordId: string
): void {
	audit({ ...auditBy(event), gezinId: ctx.gezin.id, action, recordType, recordId });
	publish(mensenTopic(ctx.gezin.id), { by: ctx.account.id });
}

/** Counts one write to the people or the board by this account, just before it happens (after the checks of the input); false when it writes too fast (then refuse with 429). */
export const mayWriteNow = (ctx: Pick<MensenContext, 'account'>): boolean => mensenWrites.take(ctx.account.id);
