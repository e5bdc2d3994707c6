import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { can } from '$lib/server/access';
import { auditView, begin, recordChange, refused } from '$lib/server/action';
import { refuse } from '$lib/server/guard';
import { requireTijdlijn } from '$lib/server/tijdlijn/context';
import { readGebeurtenisInput } from '$lib/server/tijdlijn/form';
import {
	getGebeurtenis,
	listVersies,
	removeGebeurtenis,
	toViews,
	updateGebeurtenis
} from '$lib/server/tijdlijn/gebeurtenissen';
import { addKant, getKant, listKanten, removeKant, updateKant } from '$lib/server/tijdlijn/kanten';
import { gebeurtenisChange, tijdlijnChange } from '$lib/server/tijdlijn/changes';
import { m } from '$lib/paraglide/messages';

/**
 * The gezin and this event, if the viewer may see it. Otherwise the same 404 as for a gezin that
 * does not exist: nobody can tell a hidden moment from a missing one.
 */
function requireGebeurtenis(
	event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'> & { params: Partial<Record<string, string>> }
) {
	const ctx = requireTijdlijn(event);
	const id = event.params.gebeurtenis ?? '';
	const gebeurtenis = getGebeurtenis(ctx.gezin.id, id, ctx.canSee);
	if (!gebeurtenis) {
		// A hidden moment answers as a missing one; the family's log keeps the attempt.
		if (getGebeurtenis(ctx.gezin.id, id, () => true)) refuse(event, ctx.gezin.id, 404);
		error(404, m.error_not_found());
	}
	const mayAddKant = can(ctx.actor, 'tijdlijn.addKant', { ...ctx.facts, zichtbaarheid: gebeurtenis.zichtbaarheid });
	return { ...ctx, gebeurtenis, mayAddKant };
}

type Ctx = ReturnType<typeof requireGebeurtenis>;

/** A change to one of this event's kanten: as visible as the event. */
const kantChange = (
	ctx: Ctx,
	action: 'tijdlijn.kant-toegevoegd' | 'tijdlijn.kant-gewijzigd' | 'tijdlijn.kant-verwijderd',
	kantId: string
) =>
	tijdlijnChange(ctx.gezin.id, {
		action,
		recordType: 'tijdlijn_kant',
		recordId: kantId,
		detail: ctx.gebeurtenis.baan,
		zichtbaarheid: [ctx.gebeurtenis.zichtbaarheid]
	});

export const load: PageServerLoad = (event) => {
	const ctx = requireGebeurtenis(event);
	const { gebeurtenis } = ctx;
	auditView(event, ctx, { recordType: 'tijdlijn_gebeurtenis', recordId: gebeurtenis.id, detail: 'tijdlijn' });
	return {
		...ctx.pageBasics,
		banen: ctx.banen,
		gebeurtenis: toViews([gebeurtenis])[0]!,
		kanten: listKanten(gebeurtenis.id).map((k) => ({
			id: k.id,
			accountId: k.accountId,
			naam: k.naam,
			tekst: k.tekst,
			versie: k.versie,
			mine: k.accountId === ctx.account.id
		})),
		versies: listVersies(ctx.gezin.id, gebeurtenis.id, ctx.canSee),
		mayAddKant: ctx.mayAddKant
	};
};

export const actions = {
	bewaren: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGebeurtenis, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const { gebeurtenis } = ctx;
		const versie = form.versie();
		if (versie < 1) form.error('versie', m.error_check_form());
		const input = readGebeurtenisInput(form, ctx.formContext);
		if (!form.ok) return form.invalid({});
		const result = updateGebeurtenis(ctx.gezin.id, gebeurtenis.id, versie, input, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return form.invalid(
				{ conflict: { mine: { titel: input.titel, verhaal: input.verhaal }, theirs: toViews([result.current])[0]! } },
				{ status: 409, message: m.tijdlijn_conflict() }
			);
		}
		if (!result.ok) return form.fail(m.tijdlijn_not_found(), 404);
		recordChange(
			event,
			ctx,
			gebeurtenisChange(ctx.gezin.id, 'tijdlijn.gebeurtenis-gewijzigd', result.gebeurtenis, gebeurtenis.zichtbaarheid)
		);
		return { saved: { message: m.tijdlijn_changed() } };
	},
	verwijderen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGebeurtenis, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const versie = form.versie();
		if (!form.ok || versie < 1) return form.fail(m.error_check_form(), 400);
		const result = removeGebeurtenis(ctx.gezin.id, ctx.gebeurtenis.id, versie, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return form.invalid({ removeConflict: true }, { status: 409, message: m.tijdlijn_conflict_remove() });
		}
		if (!result.ok) return form.fail(m.tijdlijn_not_found(), 404);
		recordChange(event, ctx, gebeurtenisChange(ctx.gezin.id, 'tijdlijn.gebeurtenis-verwijderd', result.gebeurtenis));
		redirect(303, `/gezinnen/${ctx.gezin.id}/tijdlijn?weg=1`);
	},
	kantToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGebeurtenis, (ctx) => ctx.mayAddKant);
		if (refusal) return refusal;
		const tekst = form.text('tekst', { max: 4000, required: true });
		if (!form.ok) return form.invalid({ kantForm: 'nieuw' });
		const kant = addKant(ctx.gebeurtenis.id, tekst, ctx.actorRef);
		recordChange(event, ctx, kantChange(ctx, 'tijdlijn.kant-toegevoegd', kant.id));
		return { saved: { message: m.tijdlijn_kant_saved() } };
	},
	kantBewaren: async (event) => {
		// Whose kant it is decides, so the policy is asked once the kant is found.
		const { ctx, form, refusal } = await begin(event, requireGebeurtenis, () => true);
		if (refusal) return refusal;
		const kant = getKant(ctx.gebeurtenis.id, form.text('kant', { max: 64, required: true }));
		if (!kant) return form.fail(m.tijdlijn_kant_not_found(), 404);
		if (!can(ctx.actor, 'tijdlijn.editKant', { ...ctx.facts, authorId: kant.accountId }))
			return refused(event, ctx, form);
		const versie = form.versie();
		const tekst = form.text('tekst', { max: 4000, required: true });
		if (!form.ok) return form.invalid({ kantForm: kant.id });
		const result = updateKant(ctx.gebeurtenis.id, kant.id, versie, tekst);
		if (!result.ok && result.reason === 'conflict') {
			return form.invalid(
				{ kantForm: kant.id, kantConflict: result.current.tekst },
				{ status: 409, message: m.tijdlijn_conflict() }
			);
		}
		if (!result.ok) return form.fail(m.tijdlijn_kant_not_found(), 404);
		recordChange(event, ctx, kantChange(ctx, 'tijdlijn.kant-gewijzigd', kant.id));
		return { saved: { message: m.tijdlijn_kant_saved() } };
	},
	kantVerwijderen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGebeurtenis, () => true);
		if (refusal) return refusal;
		const kant = getKant(ctx.gebeurtenis.id, form.text('kant', { max: 64, required: true }));
		if (!kant) return form.fail(m.tijdlijn_kant_not_found(), 404);
		if (!can(ctx.actor, 'tijdlijn.editKant', { ...ctx.facts, authorId: kant.accountId }))
			return refused(event, ctx, form);
		const versie = form.versie();
		if (!form.ok || versie < 1) return form.fail(m.error_check_form(), 400);
		const result = removeKant(ctx.gebeurtenis.id, kant.id, versie);
		if (!result.ok && result.reason === 'conflict')
			return form.invalid(
				{ kantForm: kant.id, removeConflict: true },
				{ status: 409, message: m.tijdlijn_conflict_remove() }
			);
		if (!result.ok) return form.fail(m.tijdlijn_kant_not_found(), 404);
		recordChange(event, ctx, kantChange(ctx, 'tijdlijn.kant-verwijderd', kant.id));
		return { saved: { message: m.tijdlijn_kant_removed() } };
	}
} satisfies Actions;
