import type { RequestEvent } from '@sveltejs/kit';
import { can, visibilityFilter } from '../access';
import { requireGezin } from '../guard';
import { listMembers } from '../gezinnen';
import { listBanen } from './banen';
import type { GebeurtenisFormContext } from './form';
import { baanNaam } from '$lib/tijdlijn/labels';
import { zichtbaarheden } from '$lib/zichtbaarheid';

/** The gezin, its lanes and what the current account may see and do on the tijdlijn. */
export function requireTijdlijn(
	event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'> & { params: Partial<Record<string, string>> }
) {
	const ctx = requireGezin(event);
	const canSee = visibilityFilter(ctx.actor, ctx.facts);
	const members = listMembers(ctx.gezin.id).filter((x) => x.status === 'actief');
	const mayEdit = can(ctx.actor, 'tijdlijn.edit', ctx.facts);
	const mayTypeForGezin = can(ctx.actor, 'tijdlijn.typeForGezin', ctx.facts);
	const formContext: GebeurtenisFormContext = {
		members: new Set(members.map((x) => x.accountId)),
		mayChoose: canSee,
		mayTypeForGezin,
		thisYear: new Date().getUTCFullYear()
	};
	return {
		...ctx,
		canSee,
		members,
		banen: listBanen(ctx.gezin.id, baanNaam),
		mayEdit,
		mayRename: can(ctx.actor, 'tijdlijn.renameBaan', ctx.facts),
		formContext,
		/** What every tijdlijn page needs to build its forms. */
		pageBasics: {
			members: members.map((x) => ({ accountId: x.accountId, displayName: x.displayName, relatie: x.relatie })),
			zichtbaarheden: zichtbaarheden.filter((z) => canSee(z)),
			mayEdit,
			/** A professional may type a moment in on the family's behalf (the policy decides). */
			mayTypeForGezin,
			me: ctx.account.id
		},
		actorRef: { id: ctx.account.id, name: ctx.account.displayName }
	};
}

export type TijdlijnContext = ReturnType<typeof requireTijdlijn>;
