import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { refuse } from '$lib/server/guard';
import { begin, recordChange } from '$lib/server/action';
import { requireTijdlijn } from '$lib/server/tijdlijn/context';
import { readGebeurtenisInput } from '$lib/server/tijdlijn/form';
import { addGebeurtenis, getGebeurtenis } from '$lib/server/tijdlijn/gebeurtenissen';
import { gebeurtenisChange } from '$lib/server/tijdlijn/changes';

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

export const actions = {
	toevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireTijdlijn, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const input = readGebeurtenisInput(form, ctx.formContext);
		if (!form.ok) return form.invalid({});
		const gebeurtenis = addGebeurtenis(ctx.gezin.id, input, ctx.actorRef);
		recordChange(event, ctx, gebeurtenisChange(ctx.gezin.id, 'tijdlijn.gebeurtenis-toegevoegd', gebeurtenis));
		redirect(303, `/gezinnen/${ctx.gezin.id}/tijdlijn/vertel?klaar=${gebeurtenis.id}`);
	}
} satisfies Actions;
