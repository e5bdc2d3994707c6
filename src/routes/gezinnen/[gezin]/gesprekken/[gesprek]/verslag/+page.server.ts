import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { auditView, begin, recordChange } from '$lib/server/action';
import { requireGesprek } from '$lib/server/gesprek/context';
import { addReactie, listReacties, nogGeenReactie, vaststellen, extendReactietijd } from '$lib/server/gesprek/verloop';
import { listOverdrachten } from '$lib/server/gesprek/overdracht';
import { verslagVoorLezer } from '$lib/server/gesprek/verslag-lezen';
import { dagInWoorden, readReactieTot } from '$lib/server/gesprek/verloop-form';
import { gesprekChange, inPhase, stepFailed } from '$lib/server/gesprek/stappen';
import { dutchToday } from '$lib/dag';
import { inFase, reactieOpen } from '$lib/gesprek/fase';
import { m } from '$lib/paraglide/messages';

/**
 * The verslag: fixed text, with the reactions beside it (never in it). Reacting while the period
 * runs; the organiser marks it vastgesteld; after that nothing here changes. Prints on A4.
 */
export const load: PageServerLoad = (event) => {
	const ctx = requireGesprek(event);
	const g = ctx.gesprek;
	// No verslag yet: nothing to read here (the gesprek's own page says where it stands).
	if (!g.verslag) error(404, m.error_not_found());
	auditView(event, ctx, { recordType: 'gesprek', recordId: g.id, detail: 'verslag' });
	const vandaag = dutchToday();
	const reacties = listReacties(g.id)
		// Family and professionals read every reaction; the network reads its own.
		.filter((r) => ctx.mayViewReacties || r.door === ctx.account.id)
		.map((r) => ({
			id: r.id,
			puntId: r.puntId,
			akkoord: r.akkoord,
			tekst: r.tekst,
			doorNaam: r.doorNaam,
			at: r.createdAt
		}));
	const open = inFase(g.status, 'reageren') && reactieOpen(g.reactieTot, vandaag);
	return {
		me: ctx.account.id,
		gesprek: {
			id: g.id,
			soort: g.soort,
			datum: g.datum,
			tijd: g.tijd,
			plaats: g.plaats,
			status: g.status,
			organisatorNaam: g.organisatorNaam,
			reactieTot: g.reactieTot,
			vastgesteldAt: g.vastgesteldAt,
			vastgesteldDoorNaam: g.vastgesteldDoorNaam
		},
		verslag: verslagVoorLezer(g.id, g.verslag, ctx.canSee, ctx.mayViewOverdracht),
		reacties,
		overdrachtBevestigd: ctx.mayViewOverdracht ? listOverdrachten(g.id).map((o) => !!o.bevestigdAt) : [],
		nogGeenReactie: ctx.mayVaststellen && g.status === 'verslag' ? nogGeenReactie(g) : [],
		reactieOpen: open,
		mayReact: ctx.mayReact && open,
		mayVaststellen: ctx.mayVaststellen && inFase(g.status, 'vaststellen'),
		/** A vastgesteld gesprek is followed by a new one: whoever may plan is shown the way. */
		mayPlanNieuw: ctx.mayPrepare && g.status === 'vastgesteld',
		vandaag
	};
};

export const actions = {
	/** A reaction beside the text: agreement, words, or both; about one item or the whole. */
	reactieToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayReact, inPhase('reageren'));
		if (refusal) return refusal;
		const akkoord = form.text('akkoord', { max: 3 }) === 'ja';
		const tekst = form.text('tekst', { max: 2000 });
		const puntId = form.text('punt', { max: 64 }) || null;
		if (!akkoord && !tekst && form.ok) form.error('tekst', m.gesprek_reactie_empty());
		if (!form.ok) return form.invalid({ deel: 'reactie' });
		const result = addReactie(
			ctx.gezin.id,
			ctx.gesprek.id,
			{ puntId, akkoord, tekst },
			ctx.actorRef,
			ctx.membership.role,
			dutchToday()
		);
		if (!result.ok && result.reason === 'te_laat') return form.fail(m.gesprek_reactie_too_late(), 409);
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(event, ctx, gesprekChange(ctx, 'gesprek.gereageerd'));
		return { saved: { message: m.gesprek_reactie_saved() } };
	},
	/** More time to react (never less: people were told a date). */
	verlengen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayVaststellen);
		if (refusal) return refusal;
		const reactieTot = readReactieTot(form, dutchToday());
		if (!form.ok) return form.invalid({ deel: 'verleng' });
		const result = extendReactietijd(ctx.gezin.id, ctx.gesprek.id, reactieTot);
		if (!result.ok && result.reason === 'korter') {
			form.error('reactieTot', m.gesprek_reactie_not_shorter());
			return form.invalid({ deel: 'verleng' });
		}
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(event, ctx, gesprekChange(ctx, 'gesprek.verslag'));
		return { saved: { message: m.gesprek_reactie_tot_saved() } };
	},
	vaststellen: async (event) => {
		// Whoever may not is told who can (the organiser), not only "not allowed".
		const { ctx, form, refusal } = await begin(event, requireGesprek, () => true);
		if (refusal) return refusal;
		if (!ctx.mayVaststellen) return form.fail(m.gesprek_only_organisator({ naam: ctx.gesprek.organisatorNaam }), 403);
		const result = vaststellen(ctx.gezin.id, ctx.gesprek.id, ctx.actorRef, dutchToday());
		if (!result.ok && result.reason === 'wacht')
			return form.fail(
				m.gesprek_vaststellen_waiting({
					namen: result.wie.join(', '),
					datum: ctx.gesprek.reactieTot ? dagInWoorden(ctx.gesprek.reactieTot) : ''
				}),
				409
			);
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(event, ctx, gesprekChange(ctx, 'gesprek.vastgesteld'));
		return { saved: { message: m.gesprek_vastgesteld_done() } };
	}
} satisfies Actions;
