import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { FormInput } from '$lib/server/forms';
import { audit } from '$lib/server/audit';
import { auditBy, refuseForm } from '$lib/server/guard';
import { requireGesprek } from '$lib/server/gesprek/context';
import { addReactie, listReacties, nogGeenReactie, vaststellen, verlengReactietijd } from '$lib/server/gesprek/verloop';
import { listOverdrachten } from '$lib/server/gesprek/overdracht';
import { verslagVoorLezer } from '$lib/server/gesprek/verslag-lezen';
import { dagInWoorden, readReactieTot } from '$lib/server/gesprek/verloop-form';
import { faseFout, tellAboutGesprek } from '$lib/server/gesprek/stappen';
import { dutchToday } from '$lib/dag';
import { membershipOf } from '$lib/server/gezinnen';
import { kan, reactieOpen } from '$lib/gesprek/fase';
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
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'gesprek',
		recordId: g.id,
		detail: 'verslag'
	});
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
	const open = kan(g.status, 'reageren') && reactieOpen(g.reactieTot, vandaag);
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
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
		mayVaststellen: ctx.mayVaststellen && kan(g.status, 'vaststellen'),
		/** A vastgesteld gesprek is followed by a new one: whoever may plan is shown the way. */
		mayPlanNieuw: ctx.mayPrepare && g.status === 'vastgesteld',
		vandaag
	};
};

export const actions: Actions = {
	/** A reaction beside the text: agreement, words, or both; about one item or the whole. */
	reactie: async (event) => {
		const ctx = requireGesprek(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayReact) return refuseForm(event, ctx.gezin.id, form);
		if (!kan(ctx.gesprek.status, 'reageren')) return form.fail(faseFout(ctx.gesprek.status), 409);
		const akkoord = form.text('akkoord', { max: 3 }) === 'ja';
		const tekst = form.text('tekst', { max: 2000 });
		const puntId = form.text('punt', { max: 64 }) || null;
		if (!akkoord && !tekst && form.ok) form.error('tekst', m.gesprek_reactie_leeg());
		if (!form.ok)
			return fail(400, { deel: 'reactie', errors: form.errors, values: form.values, message: m.error_check_form() });
		const own = membershipOf(ctx.gezin.id, ctx.account.id);
		const result = addReactie(
			ctx.gezin.id,
			ctx.gesprek.id,
			{ puntId, akkoord, tekst },
			ctx.actorRef,
			own?.role ?? 'netwerk',
			dutchToday()
		);
		if (!result.ok && result.reason === 'te_laat') return form.fail(m.gesprek_reactie_te_laat(), 409);
		if (!result.ok)
			return form.fail(
				result.reason === 'fase' ? faseFout(ctx.gesprek.status) : m.gesprek_niet_gevonden(),
				result.reason === 'fase' ? 409 : 404
			);
		tellAboutGesprek(event, ctx, 'gesprek.gereageerd');
		return { saved: { message: m.gesprek_reactie_bewaard() } };
	},
	/** More time to react (never less: people were told a date). */
	verleng: async (event) => {
		const ctx = requireGesprek(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayVaststellen) return refuseForm(event, ctx.gezin.id, form);
		const reactieTot = readReactieTot(form, dutchToday());
		if (!form.ok)
			return fail(400, { deel: 'verleng', errors: form.errors, values: form.values, message: m.error_check_form() });
		const result = verlengReactietijd(ctx.gezin.id, ctx.gesprek.id, reactieTot);
		if (!result.ok && result.reason === 'korter')
			return fail(400, {
				deel: 'verleng',
				errors: { reactieTot: m.gesprek_reactie_niet_korter() },
				values: form.values,
				message: m.error_check_form()
			});
		if (!result.ok)
			return form.fail(
				result.reason === 'fase' ? faseFout(ctx.gesprek.status) : m.gesprek_niet_gevonden(),
				result.reason === 'fase' ? 409 : 404
			);
		tellAboutGesprek(event, ctx, 'gesprek.verslag');
		return { saved: { message: m.gesprek_reactie_tot_bewaard() } };
	},
	vaststellen: async (event) => {
		const ctx = requireGesprek(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayVaststellen) return form.fail(m.gesprek_alleen_organisator({ naam: ctx.gesprek.organisatorNaam }), 403);
		const result = vaststellen(ctx.gezin.id, ctx.gesprek.id, ctx.actorRef, dutchToday());
		if (!result.ok && result.reason === 'wacht')
			return form.fail(
				m.gesprek_vaststellen_wacht({
					namen: result.wie.join(', '),
					datum: ctx.gesprek.reactieTot ? dagInWoorden(ctx.gesprek.reactieTot) : ''
				}),
				409
			);
		if (!result.ok)
			return form.fail(
				result.reason === 'fase' ? faseFout(ctx.gesprek.status) : m.gesprek_niet_gevonden(),
				result.reason === 'fase' ? 409 : 404
			);
		tellAboutGesprek(event, ctx, 'gesprek.vastgesteld');
		return { saved: { message: m.gesprek_vastgesteld_gedaan() } };
	}
};
