import type { RequestEvent } from '@sveltejs/kit';
import { can } from '../access';
import { requireGezin } from '../guard';
import { listMembers } from '../gezinnen';
import { mensenWrites } from '../write-limit';
import { mensenTopic } from '../realtime';
import type { Change } from '../action';
import type { AuditAction } from '../../audit-actions';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'params'>;

/** The gezin, its active members and what the current account may do with its people. */
export function requireMensen(event: Event) {
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

export type MensenContext = ReturnType<typeof requireMensen>;

/** Counts one write to the people or the board by this account, just before it happens (after the checks of the input); false when it writes too fast (then refuse with 429). */
export const mayWriteNow = (ctx: Pick<MensenContext, 'account'>): boolean => mensenWrites.take(ctx.account.id);

/** A change to the people, the board or the tips, for `recordChange`: live pages of the people hear of it. */
export const mensenChange = (
	ctx: Pick<MensenContext, 'gezin'>,
	action: AuditAction,
	recordType: 'betrokkene' | 'netwerk',
	recordId: string
): Change => ({ topic: mensenTopic(ctx.gezin.id), action, recordType, recordId });
