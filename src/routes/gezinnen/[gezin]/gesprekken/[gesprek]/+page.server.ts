import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { auditView, begin, recordChange } from '$lib/server/action';
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
import { confirmOverdracht, getOverdracht, listOverdrachten } from '$lib/server/gesprek/overdracht';
import { gesprekChange, gone, inPhase, stepFailed } from '$lib/server/gesprek/stappen';
import { inFase } from '$lib/gesprek/fase';
import { can } from '$lib/server/access';
import { m } from '$lib/paraglide/messages';

type Ctx = ReturnType<typeof requireGesprek>;

export const load: PageServerLoad = (event) => {
	const ctx = requireGesprek(event);
	auditView(event, ctx, { recordType: 'gesprek', recordId: ctx.gesprek.id, detail: 'gesprek' });
	const deelnemers = listDeelnemers(ctx.gesprek.id);
	const invited = new Set(deelnemers.map((d) => d.betrokkeneId).filter(Boolean));
	const g = ctx.gesprek;
	return {
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
		mayPrepare: ctx.mayPrepare && inFase(g.status, 'voorbereiden'),
		mayVraag: ctx.mayVraag && inFase(g.status, 'inbrengen'),
		mayUpdate: ctx.mayUpdate && inFase(g.status, 'inbrengen'),
		mayBegin: ctx.mayLead && inFase(g.status, 'beginnen'),
		mayViewUpdates: ctx.mayViewUpdates
	};
};

function done(event: RequestEvent, ctx: Ctx, message: string) {
	recordChange(event, ctx, gesprekChange(ctx, 'gesprek.voorbereid'));
	return { saved: { message } };
}

export const actions = {
	detailsBewaren: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayPrepare, inPhase('voorbereiden'));
		if (refusal) return refusal;
		const versie = form.versie();
		const details = readDetails(form);
		if (!form.ok || versie < 1) return form.invalid({ deel: 'details' });
		const result = updateDetails(ctx.gezin.id, ctx.gesprek.id, versie, details);
		if (!result.ok && result.reason === 'conflict')
			return form.invalid({ deel: 'details', conflict: true }, { status: 409, message: m.gesprek_conflict() });
		if (!result.ok) return gone(form);
		return done(event, ctx, m.gesprek_details_saved());
	},
	puntToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayPrepare, inPhase('voorbereiden'));
		if (refusal) return refusal;
		const punt = readPunt(form);
		if (!form.ok) return form.invalid({ deel: 'puntNieuw' });
		addPunt(ctx.gesprek.id, punt);
		return done(event, ctx, m.gesprek_punt_saved());
	},
	puntBewaren: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayPrepare, inPhase('voorbereiden'));
		if (refusal) return refusal;
		const id = form.text('punt', { max: 64, required: true });
		const punt = readPunt(form);
		if (!form.ok) return form.invalid({ deel: `punt-${id}` });
		if (!updatePunt(ctx.gesprek.id, id, punt)) return gone(form);
		return done(event, ctx, m.gesprek_punt_saved());
	},
	puntVerwijderen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayPrepare, inPhase('voorbereiden'));
		if (refusal) return refusal;
		if (!removePunt(ctx.gesprek.id, form.text('punt', { max: 64, required: true }))) return gone(form);
		return done(event, ctx, m.gesprek_punt_saved());
	},
	puntVerplaatsen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayPrepare, inPhase('voorbereiden'));
		if (refusal) return refusal;
		const id = form.text('punt', { max: 64, required: true });
		const richting = form.choice('richting', ['omhoog', 'omlaag'] as const, { required: true });
		if (!richting) return form.fail(m.error_check_form(), 400);
		if (!movePunt(ctx.gesprek.id, id, richting === 'omhoog' ? -1 : 1)) return gone(form);
		return done(event, ctx, m.gesprek_punt_saved());
	},
	deelnemerToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayPrepare, inPhase('voorbereiden'));
		if (refusal) return refusal;
		const betrokkeneId = form.text('betrokkene', { max: 64 });
		const naam = form.text('naam', { max: 80 });
		const b = betrokkeneId ? getBetrokkene(ctx.gezin.id, betrokkeneId) : undefined;
		if (betrokkeneId && !b) form.error('betrokkene', m.error_choose());
		if (!betrokkeneId && !naam && form.ok) form.error('naam', m.gesprek_wie_choose_or_naam());
		if (!form.ok) return form.invalid({ deel: 'deelnemer' });
		const d = addDeelnemer(
			ctx.gesprek.id,
			b ? { betrokkeneId: b.id, accountId: b.accountId, naam: b.naam } : { betrokkeneId: null, accountId: null, naam }
		);
		return done(event, ctx, m.gesprek_wie_added({ naam: d.naam }));
	},
	deelnemerVerwijderen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayPrepare, inPhase('voorbereiden'));
		if (refusal) return refusal;
		if (!removeDeelnemer(ctx.gesprek.id, form.text('deelnemer', { max: 64, required: true }))) return gone(form);
		return done(event, ctx, m.gesprek_wie_removed());
	},
	/** The family's own question for the gesprek. */
	vraagToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayVraag, inPhase('inbrengen'));
		if (refusal) return refusal;
		const tekst = form.text('tekst', { max: 1000, required: true });
		if (!form.ok) return form.invalid({ deel: 'vraag' });
		addInbreng(ctx.gesprek.id, 'vraag', tekst, ctx.actorRef);
		return done(event, ctx, m.gesprek_vraag_saved());
	},
	/** A professional's short update beforehand. */
	updateToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayUpdate, inPhase('inbrengen'));
		if (refusal) return refusal;
		const tekst = form.text('tekst', { max: 2000, required: true });
		if (!form.ok) return form.invalid({ deel: 'update' });
		addInbreng(ctx.gesprek.id, 'update', tekst, ctx.actorRef);
		return done(event, ctx, m.gesprek_update_saved());
	},
	/** The gesprek starts: everyone who has it open follows the first agenda item. */
	begin: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayLead);
		if (refusal) return refusal;
		const result = beginGesprek(ctx.gezin.id, ctx.gesprek.id);
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(event, ctx, gesprekChange(ctx, 'gesprek.gevoerd'));
		redirect(303, `/gezinnen/${ctx.gezin.id}/gesprekken/${ctx.gesprek.id}/voeren`);
	},
	/** The receiving professional confirms a handover; only then is it done. */
	overdrachtBevestigen: async (event) => {
		// Who may confirm depends on the handover: asked below, once it is found.
		const { ctx, form, refusal } = await begin(event, requireGesprek, () => true);
		if (refusal) return refusal;
		const o = getOverdracht(ctx.gezin.id, form.text('overdracht', { max: 64, required: true }));
		if (!o || o.gesprekId !== ctx.gesprek.id) return gone(form);
		if (!can(ctx.actor, 'overdracht.confirm', { ...ctx.facts, naarAccountId: o.naarAccountId }))
			return form.fail(m.overdracht_only_ontvanger(), 403);
		if (o.bevestigdAt) return { saved: { message: m.overdracht_bevestigd() } };
		confirmOverdracht(ctx.gezin.id, o.id);
		recordChange(event, ctx, gesprekChange(ctx, 'overdracht.bevestigd'));
		return { saved: { message: m.overdracht_bevestigd() } };
	}
} satisfies Actions;
