import type { FormInput } from '../forms';
import { listItems, zichtbareDoelen, type CanSee, type ItemInput } from './items';
import { afspraakStatussen, doelStatussen, type GroeiplanSectie } from '../../domain';
import { zichtbaarheden, type Zichtbaarheid } from '../../zichtbaarheid';
import { m } from '$lib/paraglide/messages';

/** A plan serves a handful of doelen; this many is far beyond any real groeiplan. */
export const MAX_DOELEN_PER_PLAN = 100;

export interface ItemFormContext {
	/** Account ids of the active members: who can be named in an afspraak. */
	members: ReadonlySet<string>;
	/** Ids of the gezin's betrokkenen without an account: they can be named too (as "b:<id>"). */
	betrokkenen?: ReadonlySet<string>;
	/** Visibility levels the writer may choose: only those they can still see themselves. */
	mayChoose: (z: Zichtbaarheid) => boolean;
	/**
	 * Ids of the doelen the writer can see. A link to any other doel is dropped, exactly as a link
	 * to a doel that does not exist: nobody links to (or learns of) what they may not see.
	 */
	doelen?: ReadonlySet<string>;
}

/** What a groeiplan context gives the item form: who can be named, what may be chosen and linked. */
export function formContext(ctx: {
	plan: { id: string };
	members: readonly { accountId: string }[];
	betrokkenen: readonly { id: string }[];
	canSee: CanSee;
}): Required<ItemFormContext> {
	return {
		members: new Set(ctx.members.map((x) => x.accountId)),
		betrokkenen: new Set(ctx.betrokkenen.map((b) => b.id)),
		mayChoose: ctx.canSee,
		doelen: zichtbareDoelen(listItems(ctx.plan.id, ctx.canSee, 'doel'))
	};
}

/**
 * On a change: the links the writer cannot see stay as they were (they could not see them to
 * keep them, so their save must not drop them).
 */
export function keepHiddenDoelen(
	input: ItemInput,
	current: { doelId: string | null; doelIds: readonly string[] },
	doelen: ReadonlySet<string>
): ItemInput {
	const hidden = current.doelIds.filter((d) => !doelen.has(d));
	return {
		...input,
		doelId: current.doelId && !doelen.has(current.doelId) ? current.doelId : (input.doelId ?? null),
		doelIds: hidden.length ? [...new Set([...(input.doelIds ?? []), ...hidden])] : input.doelIds
	};
}

/** Reads the fields of one section's item from a submitted form; messages go onto the fields. */
export function readItemInput(form: FormInput, sectie: GroeiplanSectie, ctx: ItemFormContext): ItemInput {
	const zichtbaarheid = form.choice('zichtbaarheid', zichtbaarheden) ?? 'iedereen';
	if (!form.errors.zichtbaarheid && !ctx.mayChoose(zichtbaarheid))
		form.error('zichtbaarheid', m.groeiplan_visibility_self());
	const input: ItemInput = {
		tekst: form.text('tekst', { max: 500, required: true }),
		toelichting: form.text('toelichting', { max: 2000 }),
		vanWie: form.text('vanWie', { max: 80 }),
		zichtbaarheid
	};
	switch (sectie) {
		case 'doel':
			input.status = form.choice('status', doelStatussen, { required: false }) ?? 'nog-niet-begonnen';
			break;
		case 'afspraak': {
			input.status = form.choice('status', afspraakStatussen, { required: false }) ?? 'open';
			const wie = form.text('wie', { max: 70 });
			const betrokkeneId = wie.startsWith('b:') ? wie.slice(2) : '';
			const known = betrokkeneId ? !!ctx.betrokkenen?.has(betrokkeneId) : ctx.members.has(wie);
			if (wie && !known) form.error('wie', m.error_choose());
			input.wieAccountId = wie && known && !betrokkeneId ? wie : null;
			input.wieBetrokkeneId = known && betrokkeneId ? betrokkeneId : null;
			input.wieTekst = form.text('wieTekst', { max: 80 });
			if (!input.wieAccountId && !input.wieBetrokkeneId && !input.wieTekst && !form.errors.wie)
				form.error('wie', m.groeiplan_afspraak_who_required());
			input.wanneer = form.day('wanneer');
			input.doelId = form.text('doel', { max: 64 }) || null;
			input.herkomst = form.text('herkomst', { max: 200 });
			break;
		}
		case 'plan':
			input.details = {
				organisatie: form.text('organisatie', { max: 120, required: true }),
				periode: form.text('periode', { max: 80 }),
				contact: form.text('contact', { max: 200 })
			};
			// Whether they are real doelen of this plan is checked on save.
			input.doelIds = form.many('doelen', MAX_DOELEN_PER_PLAN, { maxLength: 64 });
			break;
		case 'evaluatie':
			input.wanneer = form.day('wanneer', { required: true });
			break;
		default:
			break;
	}
	if (ctx.doelen) {
		const doelen = ctx.doelen;
		if (input.doelId && !doelen.has(input.doelId)) input.doelId = null;
		if (input.doelIds) input.doelIds = input.doelIds.filter((d) => doelen.has(d));
	}
	return input;
}
