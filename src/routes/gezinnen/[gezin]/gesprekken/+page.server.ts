import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { auditView, begin, recordChange } from '$lib/server/action';
import { gesprekTopic } from '$lib/server/realtime';
import { requireGesprekken } from '$lib/server/gesprek/context';
import { readDetails } from '$lib/server/gesprek/form';
import { createGesprek } from '$lib/server/gesprek/gesprekken';
import { zichtbareGesprekken } from '$lib/server/gesprek/zichtbaar';
import { aanTafel } from '$lib/server/mensen/tafel';
import { dutchToday } from '$lib/dag';
import { gesprekSoorten } from '$lib/domain';
import { standaardAgenda } from '$lib/gesprek/agenda';

export const load: PageServerLoad = (event) => {
	const ctx = requireGesprekken(event);
	auditView(event, ctx, { recordType: 'gesprek', recordId: ctx.gezin.id, detail: 'gesprekken' });
	// The network sees only the gesprekken it is invited to.
	const gesprekken = zichtbareGesprekken(ctx.gezin.id, ctx.actor, ctx.facts, ctx.account.id);
	return {
		gesprekken: gesprekken.map((g) => ({
			id: g.id,
			soort: g.soort,
			datum: g.datum,
			tijd: g.tijd,
			plaats: g.plaats,
			status: g.status
		})),
		mayPrepare: ctx.mayPrepare,
		today: dutchToday()
	};
};

export const actions = {
	/** A new gesprek: its kind's agenda, and the people aan tafel as the invitees. */
	toevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprekken, (c) => c.mayPrepare);
		if (refusal) return refusal;
		const soort = form.choice('soort', gesprekSoorten, { required: true });
		const details = readDetails(form);
		if (!form.ok || !soort) return form.invalid({});
		const deelnemers = aanTafel(ctx.gezin.id).map((b) => ({
			betrokkeneId: b.id,
			accountId: b.accountId,
			naam: b.naam
		}));
		const gesprek = createGesprek(
			ctx.gezin.id,
			{ soort, ...details },
			standaardAgenda(soort),
			deelnemers,
			ctx.actorRef
		);
		recordChange(event, ctx, {
			topic: gesprekTopic(gesprek.id),
			action: 'gesprek.gepland',
			recordType: 'gesprek',
			recordId: gesprek.id
		});
		redirect(303, `/gezinnen/${ctx.gezin.id}/gesprekken/${gesprek.id}`);
	}
} satisfies Actions;
