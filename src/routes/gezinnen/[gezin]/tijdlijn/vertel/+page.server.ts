import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { refuse, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
import { requireTijdlijn } from '$lib/server/tijdlijn/context';
import { readGebeurtenisInput } from '$lib/server/tijdlijn/form';
import { addGebeurtenis, getGebeurtenis } from '$lib/server/tijdlijn/gebeurtenissen';
import { gebeurtenisChange, tellAbout } from '$lib/server/tijdlijn/changes';
import { m } from '$lib/paraglide/messages';

/**
 * "Vertel een moment": the tijdlijn at the table, one question per screen. The answers are one
 * form, so it also works without JavaScript (then all questions show at once).
 */
export const load: PageServerLoad = (event) => {
	const ctx = requireTijdlijn(event);
	if (!ctx.mayEdit) refuse(event, ctx.gezin.id, 403);
	const klaarId = event.url.searchParams.get('klaar');
	const klaar = klaarId ? getGebeurtenis(ctx.gezin.id, klaarId, ctx.canSee) : undefined;
	return {
		...ctx.pageBasics,
		banen: ctx.banen,
		thisYear: ctx.formContext.thisYear,
		klaar: klaar ? { id: klaar.id, titel: klaar.titel } : null
	};
};

export const actions: Actions = {
	vertellen: async (event) => {
		const ctx = requireTijdlijn(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const input = readGebeurtenisInput(form, ctx.formContext);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values, message: m.error_check_form() });
		const gebeurtenis = addGebeurtenis(ctx.gezin.id, input, ctx.actorRef);
		tellAbout(event, ctx, gebeurtenisChange('tijdlijn.gebeurtenis-toegevoegd', gebeurtenis));
		redirect(303, `/gezinnen/${ctx.gezin.id}/tijdlijn/vertel?klaar=${gebeurtenis.id}`);
	}
};
