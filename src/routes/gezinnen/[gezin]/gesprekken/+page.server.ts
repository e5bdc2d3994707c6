import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { audit } from '$lib/server/audit';
import { auditBy, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
import { gesprekkenContext } from '$lib/server/gesprek/context';
import { readDetails } from '$lib/server/gesprek/form';
import { createGesprek } from '$lib/server/gesprek/gesprekken';
import { zichtbareGesprekken } from '$lib/server/gesprek/zichtbaar';
import { aanTafel } from '$lib/server/mensen/tafel';
import { dutchToday } from '$lib/dag';
import { gesprekSoorten } from '$lib/domain';
import { standaardAgenda } from '$lib/gesprek/agenda';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const ctx = gesprekkenContext(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'gesprek',
		recordId: ctx.gezin.id,
		detail: 'gesprekken'
	});
	// The network sees only the gesprekken it is invited to.
	const gesprekken = zichtbareGesprekken(ctx.gezin.id, ctx.actor, ctx.facts, ctx.account.id);
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
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

export const actions: Actions = {
	/** A new gesprek: its kind's agenda, and the people aan tafel as the invitees. */
	nieuw: async (event) => {
		const ctx = gesprekkenContext(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayPrepare) return refuseForm(event, ctx.gezin.id, form);
		const soort = form.choice('soort', gesprekSoorten, { required: true });
		const details = readDetails(form);
		if (!form.ok || !soort)
			return fail(400, { errors: form.errors, values: form.values, message: m.error_check_form() });
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
		audit({
			...auditBy(event),
			gezinId: ctx.gezin.id,
			action: 'gesprek.gepland',
			recordType: 'gesprek',
			recordId: gesprek.id
		});
		redirect(303, `/gezinnen/${ctx.gezin.id}/gesprekken/${gesprek.id}`);
	}
};
