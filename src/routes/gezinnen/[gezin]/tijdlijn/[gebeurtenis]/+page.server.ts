import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { can } from '$lib/server/access';
import { audit } from '$lib/server/audit';
import { auditBy, refuse, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
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
import { gebeurtenisChange, tellAbout } from '$lib/server/tijdlijn/changes';
import { m } from '$lib/paraglide/messages';

/**
 * The gezin and this event, if the viewer may see it. Otherwise the same 404 as for a gezin that
 * does not exist: nobody can tell a hidden moment from a missing one.
 */
function requireGebeurtenis(event: Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress' | 'params'>) {
	const ctx = requireTijdlijn(event);
	const gebeurtenis = getGebeurtenis(ctx.gezin.id, event.params.gebeurtenis, ctx.canSee);
	if (!gebeurtenis) {
		// A hidden moment answers as a missing one; the family's log keeps the attempt.
		if (getGebeurtenis(ctx.gezin.id, event.params.gebeurtenis, () => true)) refuse(event, ctx.gezin.id, 404);
		error(404, m.error_not_found());
	}
	return { ctx, gebeurtenis };
}

export const load: PageServerLoad = (event) => {
	const { ctx, gebeurtenis } = requireGebeurtenis(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'tijdlijn_gebeurtenis',
		recordId: gebeurtenis.id,
		detail: 'tijdlijn'
	});
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
		mayAddKant: can(ctx.actor, 'tijdlijn.addKant', { ...ctx.facts, zichtbaarheid: gebeurtenis.zichtbaarheid })
	};
};

export const actions: Actions = {
	bewaren: async (event) => {
		const { ctx, gebeurtenis } = requireGebeurtenis(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const versie = form.versie();
		if (versie < 1) form.error('versie', m.error_check_form());
		const input = readGebeurtenisInput(form, ctx.formContext);
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values, message: m.error_check_form() });
		const result = updateGebeurtenis(ctx.gezin.id, gebeurtenis.id, versie, input, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return fail(409, {
				values: form.values,
				conflict: { mine: { titel: input.titel, verhaal: input.verhaal }, theirs: toViews([result.current])[0]! },
				message: m.tijdlijn_conflict()
			});
		}
		if (!result.ok) return form.fail(m.tijdlijn_not_found(), 404);
		tellAbout(
			event,
			ctx,
			gebeurtenisChange('tijdlijn.gebeurtenis-gewijzigd', result.gebeurtenis, gebeurtenis.zichtbaarheid)
		);
		return { saved: { message: m.tijdlijn_changed() } };
	},
	verwijderen: async (event) => {
		const { ctx, gebeurtenis } = requireGebeurtenis(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const versie = form.versie();
		if (!form.ok || versie < 1) return form.fail(m.error_check_form(), 400);
		const result = removeGebeurtenis(ctx.gezin.id, gebeurtenis.id, versie, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return fail(409, { removeConflict: true, message: m.tijdlijn_conflict_remove() });
		}
		if (!result.ok) return form.fail(m.tijdlijn_not_found(), 404);
		tellAbout(event, ctx, gebeurtenisChange('tijdlijn.gebeurtenis-verwijderd', result.gebeurtenis));
		redirect(303, `/gezinnen/${ctx.gezin.id}/tijdlijn?weg=1`);
	},
	kant: async (event) => {
		const { ctx, gebeurtenis } = requireGebeurtenis(event);
		const form = await FormInput.from(event.request);
		if (!can(ctx.actor, 'tijdlijn.addKant', { ...ctx.facts, zichtbaarheid: gebeurtenis.zichtbaarheid }))
			return refuseForm(event, ctx.gezin.id, form);
		const tekst = form.text('tekst', { max: 4000, required: true });
		if (!form.ok)
			return fail(400, { kantForm: 'nieuw', errors: form.errors, values: form.values, message: m.error_check_form() });
		const kant = addKant(gebeurtenis.id, tekst, ctx.actorRef);
		tellAbout(event, ctx, {
			action: 'tijdlijn.kant-toegevoegd',
			recordType: 'tijdlijn_kant',
			recordId: kant.id,
			detail: gebeurtenis.baan,
			zichtbaarheid: [gebeurtenis.zichtbaarheid]
		});
		return { saved: { message: m.tijdlijn_kant_saved() } };
	},
	kantBewaren: async (event) => {
		const { ctx, gebeurtenis } = requireGebeurtenis(event);
		const form = await FormInput.from(event.request);
		const kant = getKant(gebeurtenis.id, form.text('kant', { max: 64, required: true }));
		if (!kant) return form.fail(m.tijdlijn_kant_not_found(), 404);
		if (!can(ctx.actor, 'tijdlijn.editKant', { ...ctx.facts, authorId: kant.accountId }))
			return refuseForm(event, ctx.gezin.id, form);
		const versie = form.versie();
		const tekst = form.text('tekst', { max: 4000, required: true });
		if (!form.ok)
			return fail(400, { kantForm: kant.id, errors: form.errors, values: form.values, message: m.error_check_form() });
		const result = updateKant(gebeurtenis.id, kant.id, versie, tekst);
		if (!result.ok && result.reason === 'conflict') {
			return fail(409, {
				kantForm: kant.id,
				values: form.values,
				kantConflict: result.current.tekst,
				message: m.tijdlijn_conflict()
			});
		}
		if (!result.ok) return form.fail(m.tijdlijn_kant_not_found(), 404);
		tellAbout(event, ctx, {
			action: 'tijdlijn.kant-gewijzigd',
			recordType: 'tijdlijn_kant',
			recordId: kant.id,
			detail: gebeurtenis.baan,
			zichtbaarheid: [gebeurtenis.zichtbaarheid]
		});
		return { saved: { message: m.tijdlijn_kant_saved() } };
	},
	kantVerwijderen: async (event) => {
		const { ctx, gebeurtenis } = requireGebeurtenis(event);
		const form = await FormInput.from(event.request);
		const kant = getKant(gebeurtenis.id, form.text('kant', { max: 64, required: true }));
		if (!kant) return form.fail(m.tijdlijn_kant_not_found(), 404);
		if (!can(ctx.actor, 'tijdlijn.editKant', { ...ctx.facts, authorId: kant.accountId }))
			return refuseForm(event, ctx.gezin.id, form);
		const versie = form.versie();
		if (!form.ok || versie < 1) return form.fail(m.error_check_form(), 400);
		const result = removeKant(gebeurtenis.id, kant.id, versie);
		if (!result.ok && result.reason === 'conflict')
			return fail(409, { kantForm: kant.id, message: m.tijdlijn_conflict_remove() });
		if (!result.ok) return form.fail(m.tijdlijn_kant_not_found(), 404);
		tellAbout(event, ctx, {
			action: 'tijdlijn.kant-verwijderd',
			recordType: 'tijdlijn_kant',
			recordId: kant.id,
			detail: gebeurtenis.baan,
			zichtbaarheid: [gebeurtenis.zichtbaarheid]
		});
		return { saved: { message: m.tijdlijn_kant_removed() } };
	}
};
