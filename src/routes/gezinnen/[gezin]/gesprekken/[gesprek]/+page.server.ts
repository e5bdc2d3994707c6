import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { audit } from '$lib/server/audit';
import { auditBy, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
import { requireGesprek } from '$lib/server/gesprek/context';
import { readDetails, readPunt } from '$lib/server/gesprek/form';
import {
	addDeelnemer,
	addInbreng,
	addPunt,
	listDeelnemers,
	listInbreng,
	listPunten,
	movePunt,
	removeDeelnemer,
	removePunt,
	updateDetails,
	updatePunt
} from '$lib/server/gesprek/gesprekken';
import { getBetrokkene, listBetrokkenen } from '$lib/server/mensen/betrokkenen';
import { beginGesprek } from '$lib/server/gesprek/verloop';
import { bevestigOverdracht, getOverdracht, listOverdrachten } from '$lib/server/gesprek/overdracht';
import { faseFout, tellAboutGesprek } from '$lib/server/gesprek/stappen';
import { kan } from '$lib/gesprek/fase';
import { can } from '$lib/server/access';
import { m } from '$lib/paraglide/messages';

type Ctx = ReturnType<typeof requireGesprek>;

export const load: PageServerLoad = (event) => {
	const ctx = requireGesprek(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'gesprek',
		recordId: ctx.gesprek.id,
		detail: 'gesprek'
	});
	const deelnemers = listDeelnemers(ctx.gesprek.id);
	const invited = new Set(deelnemers.map((d) => d.betrokkeneId).filter(Boolean));
	const g = ctx.gesprek;
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
		gesprek: {
			id: g.id,
			soort: g.soort,
			datum: g.datum,
			tijd: g.tijd,
			plaats: g.plaats,
			status: g.status,
			organisatorNaam: g.organisatorNaam,
			versie: g.versie
		},
		punten: listPunten(g.id).map((p) => ({ id: p.id, titel: p.titel, uitleg: p.uitleg, minuten: p.minuten })),
		deelnemers: deelnemers.map((d) => ({ id: d.id, naam: d.naam })),
		// Professionals' updates are for the family and the professionals, not the network.
		inbreng: listInbreng(g.id)
			.filter((i) => i.soort === 'vraag' || ctx.mayViewUpdates)
			.map((i) => ({ id: i.id, soort: i.soort, tekst: i.tekst, doorNaam: i.doorNaam, at: i.createdAt })),
		kandidaten: ctx.mayPrepare
			? listBetrokkenen(ctx.gezin.id)
					.filter((b) => !invited.has(b.id))
					.map((b) => ({ id: b.id, naam: b.naam }))
			: [],
		overdrachten: ctx.mayViewOverdracht
			? listOverdrachten(g.id).map((o) => ({
					id: o.id,
					vanNaam: o.vanNaam,
					naarNaam: o.naarNaam,
					wat: o.wat,
					bevestigdAt: o.bevestigdAt,
					mayConfirm:
						!o.bevestigdAt && can(ctx.actor, 'overdracht.confirm', { ...ctx.facts, naarAccountId: o.naarAccountId })
				}))
			: [],
		// Preparing stops once the gesprek is over; the forms go, the text stays.
		mayPrepare: ctx.mayPrepare && kan(g.status, 'voorbereiden'),
		mayVraag: ctx.mayVraag && kan(g.status, 'inbrengen'),
		mayUpdate: ctx.mayUpdate && kan(g.status, 'inbrengen'),
		mayBegin: ctx.mayLead && kan(g.status, 'beginnen'),
		mayViewUpdates: ctx.mayViewUpdates
	};
};

/** Every preparing action: the gesprek (or 404), the right to prepare, the form. */
async function prepare(
	event: RequestEvent
): Promise<{ ctx: Ctx; form: FormInput } | { denied: ReturnType<typeof fail> }> {
	const ctx = requireGesprek(event);
	const form = await FormInput.from(event.request);
	if (!ctx.mayPrepare) return { denied: refuseForm(event, ctx.gezin.id, form) };
	if (!kan(ctx.gesprek.status, 'voorbereiden')) return { denied: form.fail(faseFout(ctx.gesprek.status), 409) };
	return { ctx, form };
}

function done(event: RequestEvent, ctx: Ctx, message: string) {
	tellAboutGesprek(event, ctx, 'gesprek.voorbereid');
	return { saved: { message } };
}

export const actions: Actions = {
	details: async (event) => {
		const p = await prepare(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const versie = form.versie();
		const details = readDetails(form);
		if (!form.ok || versie < 1)
			return fail(400, { deel: 'details', errors: form.errors, values: form.values, message: m.error_check_form() });
		const result = updateDetails(ctx.gezin.id, ctx.gesprek.id, versie, details);
		if (!result.ok && result.reason === 'conflict')
			return fail(409, {
				deel: 'details',
				errors: {},
				values: form.values,
				conflict: true,
				message: m.gesprek_conflict()
			});
		if (!result.ok) return form.fail(m.gesprek_niet_gevonden(), 404);
		return done(event, ctx, m.gesprek_details_bewaard());
	},
	puntNieuw: async (event) => {
		const p = await prepare(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const punt = readPunt(form);
		if (!form.ok)
			return fail(400, { deel: 'puntNieuw', errors: form.errors, values: form.values, message: m.error_check_form() });
		addPunt(ctx.gesprek.id, punt);
		return done(event, ctx, m.gesprek_punt_bewaard());
	},
	punt: async (event) => {
		const p = await prepare(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const id = form.text('punt', { max: 64, required: true });
		const punt = readPunt(form);
		if (!form.ok)
			return fail(400, { deel: `punt-${id}`, errors: form.errors, values: form.values, message: m.error_check_form() });
		if (!updatePunt(ctx.gesprek.id, id, punt)) return form.fail(m.gesprek_niet_gevonden(), 404);
		return done(event, ctx, m.gesprek_punt_bewaard());
	},
	puntWeg: async (event) => {
		const p = await prepare(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		if (!removePunt(ctx.gesprek.id, form.text('punt', { max: 64, required: true })))
			return form.fail(m.gesprek_niet_gevonden(), 404);
		return done(event, ctx, m.gesprek_punt_bewaard());
	},
	puntVerplaats: async (event) => {
		const p = await prepare(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const id = form.text('punt', { max: 64, required: true });
		const richting = form.choice('richting', ['omhoog', 'omlaag'] as const, { required: true });
		if (!richting) return form.fail(m.error_check_form(), 400);
		if (!movePunt(ctx.gesprek.id, id, richting === 'omhoog' ? -1 : 1)) return form.fail(m.gesprek_niet_gevonden(), 404);
		return done(event, ctx, m.gesprek_punt_bewaard());
	},
	deelnemer: async (event) => {
		const p = await prepare(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const betrokkeneId = form.text('betrokkene', { max: 64 });
		const naam = form.text('naam', { max: 80 });
		const b = betrokkeneId ? getBetrokkene(ctx.gezin.id, betrokkeneId) : undefined;
		if (betrokkeneId && !b) form.error('betrokkene', m.error_choose());
		if (!betrokkeneId && !naam && form.ok) form.error('naam', m.gesprek_wie_kies_of_naam());
		if (!form.ok)
			return fail(400, { deel: 'deelnemer', errors: form.errors, values: form.values, message: m.error_check_form() });
		const d = addDeelnemer(
			ctx.gesprek.id,
			b ? { betrokkeneId: b.id, accountId: b.accountId, naam: b.naam } : { betrokkeneId: null, accountId: null, naam }
		);
		return done(event, ctx, m.gesprek_wie_toegevoegd({ naam: d.naam }));
	},
	deelnemerWeg: async (event) => {
		const p = await prepare(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		if (!removeDeelnemer(ctx.gesprek.id, form.text('deelnemer', { max: 64, required: true })))
			return form.fail(m.gesprek_niet_gevonden(), 404);
		return done(event, ctx, m.gesprek_wie_weggehaald());
	},
	/** The family's own question for the gesprek. */
	vraag: async (event) => {
		const ctx = requireGesprek(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayVraag) return refuseForm(event, ctx.gezin.id, form);
		if (!kan(ctx.gesprek.status, 'inbrengen')) return form.fail(faseFout(ctx.gesprek.status), 409);
		const tekst = form.text('tekst', { max: 1000, required: true });
		if (!form.ok)
			return fail(400, { deel: 'vraag', errors: form.errors, values: form.values, message: m.error_check_form() });
		addInbreng(ctx.gesprek.id, 'vraag', tekst, ctx.actorRef);
		return done(event, ctx, m.gesprek_vraag_bewaard());
	},
	/** A professional's short update beforehand. */
	update: async (event) => {
		const ctx = requireGesprek(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayUpdate) return refuseForm(event, ctx.gezin.id, form);
		if (!kan(ctx.gesprek.status, 'inbrengen')) return form.fail(faseFout(ctx.gesprek.status), 409);
		const tekst = form.text('tekst', { max: 2000, required: true });
		if (!form.ok)
			return fail(400, { deel: 'update', errors: form.errors, values: form.values, message: m.error_check_form() });
		addInbreng(ctx.gesprek.id, 'update', tekst, ctx.actorRef);
		return done(event, ctx, m.gesprek_update_bewaard());
	},
	/** The gesprek starts: everyone who has it open follows the first agenda item. */
	begin: async (event) => {
		const ctx = requireGesprek(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayLead) return refuseForm(event, ctx.gezin.id, form);
		const result = beginGesprek(ctx.gezin.id, ctx.gesprek.id);
		if (!result.ok)
			return form.fail(
				result.reason === 'fase' ? faseFout(ctx.gesprek.status) : m.gesprek_niet_gevonden(),
				result.reason === 'fase' ? 409 : 404
			);
		tellAboutGesprek(event, ctx, 'gesprek.gevoerd');
		redirect(303, `/gezinnen/${ctx.gezin.id}/gesprekken/${ctx.gesprek.id}/voeren`);
	},
	/** The receiving professional confirms a handover; only then is it done. */
	bevestig: async (event) => {
		const ctx = requireGesprek(event);
		const form = await FormInput.from(event.request);
		const o = getOverdracht(ctx.gezin.id, form.text('overdracht', { max: 64, required: true }));
		if (!o || o.gesprekId !== ctx.gesprek.id) return form.fail(m.gesprek_niet_gevonden(), 404);
		if (!can(ctx.actor, 'overdracht.confirm', { ...ctx.facts, naarAccountId: o.naarAccountId }))
			return form.fail(m.overdracht_alleen_ontvanger(), 403);
		if (o.bevestigdAt) return { saved: { message: m.overdracht_bevestigd() } };
		bevestigOverdracht(ctx.gezin.id, o.id);
		tellAboutGesprek(event, ctx, 'overdracht.bevestigd');
		return { saved: { message: m.overdracht_bevestigd() } };
	}
};
