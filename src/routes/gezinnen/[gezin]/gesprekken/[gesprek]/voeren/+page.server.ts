import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { auditView, begin, recordChange, refused } from '$lib/server/action';
import { requireGesprek } from '$lib/server/gesprek/context';
import { listPunten } from '$lib/server/gesprek/gesprekken';
import {
	addAfspraak,
	addNotitie,
	moveToPunt,
	listNotities,
	makeVerslag,
	removeNotitie,
	updateNotitie,
	wieNamer
} from '$lib/server/gesprek/verloop';
import { addOverdracht, listOverdrachten } from '$lib/server/gesprek/overdracht';
import { dagInWoorden, readNotitie, readOverdracht, readReactieTot } from '$lib/server/gesprek/verloop-form';
import { notitiesVoorLezer } from '$lib/server/gesprek/zichtbaar';
import { gesprekChange, inPhase, stepFailed } from '$lib/server/gesprek/stappen';
import { readItemInput } from '$lib/server/groeiplan/form';
import { groeiplanOf, listItems } from '$lib/server/groeiplan/items';
import { dutchToday, plusDays } from '$lib/dag';
import { listMembers } from '$lib/server/gezinnen';
import { listBetrokkenen } from '$lib/server/mensen/betrokkenen';
import { inFase } from '$lib/gesprek/fase';
import { gesprekSoortLabel } from '$lib/gesprek/labels';
import { zichtbaarheden } from '$lib/zichtbaarheid';
import { m } from '$lib/paraglide/messages';

/**
 * The gesprek at the table: the agenda item everyone follows, large; what is written down for it.
 * Whoever may lead moves on and writes; everyone else who has it open follows over /live.
 */
export const load: PageServerLoad = (event) => {
	const ctx = requireGesprek(event);
	const g = ctx.gesprek;
	// Followers load this again on every step; the family's log groups those views into one line.
	auditView(event, ctx, { recordType: 'gesprek', recordId: g.id, detail: 'tafel' });
	// Each list once.
	const allMembers = listMembers(ctx.gezin.id);
	const members = allMembers.filter((x) => x.status === 'actief');
	const betrokkenen = listBetrokkenen(ctx.gezin.id);
	const wie = wieNamer(allMembers, betrokkenen);
	const lead = ctx.mayLead && inFase(g.status, 'leiden');
	const plan = lead ? groeiplanOf(ctx.gezin.id) : undefined;
	return {
		me: ctx.account.id,
		gesprek: {
			id: g.id,
			soort: g.soort,
			datum: g.datum,
			status: g.status,
			huidigPunt: g.huidigPunt,
			puntSinds: g.puntSinds?.getTime() ?? null
		},
		serverNu: Date.now(),
		punten: listPunten(g.id).map((p) => ({ id: p.id, titel: p.titel, uitleg: p.uitleg, minuten: p.minuten })),
		// Only what this person may see: the network sees what the family agreed to share.
		notities: notitiesVoorLezer(g.id, ctx.canSee, wie),
		overdrachten:
			g.soort === 'stopt' && ctx.mayViewOverdracht
				? listOverdrachten(g.id).map((o) => ({
						id: o.id,
						vanNaam: o.vanNaam,
						naarNaam: o.naarNaam,
						wat: o.wat,
						bevestigd: !!o.bevestigdAt
					}))
				: [],
		keuzes: lead
			? {
					members: members.map((x) => ({ accountId: x.accountId, displayName: x.displayName, relatie: x.relatie })),
					professionals: members
						.filter((x) => x.role === 'professional')
						.map((x) => ({ accountId: x.accountId, displayName: x.displayName })),
					betrokkenen: betrokkenen.filter((b) => !b.accountId).map((b) => ({ id: b.id, naam: b.naam })),
					doelen: plan ? listItems(plan.id, ctx.canSee, 'doel').map((d) => ({ id: d.id, tekst: d.tekst })) : [],
					zichtbaarheden: zichtbaarheden.filter((z) => ctx.canSee(z)),
					reactieTot: plusDays(dutchToday(), 7)
				}
			: null,
		mayLead: lead,
		mayBegin: ctx.mayLead && inFase(g.status, 'beginnen')
	};
};

/** A note's visibility, so the live streams tell only those who may see it (before it changes or goes). */
const zichtbaarheidVan = (gesprekId: string, notitieId: string) =>
	listNotities(gesprekId).find((n) => n.id === notitieId)?.zichtbaarheid;

export const actions = {
	/** Everyone moves to this agenda item. */
	puntKiezen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayLead, inPhase('leiden'));
		if (refusal) return refusal;
		const result = moveToPunt(ctx.gezin.id, ctx.gesprek.id, form.text('punt', { max: 64, required: true }));
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(event, ctx, gesprekChange(ctx, null));
		return { moved: true };
	},
	notitieToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayLead, inPhase('leiden'));
		if (refusal) return refusal;
		const input = readNotitie(form, ctx.canSee);
		if (!form.ok) return form.invalid({ deel: 'notitie' });
		const result = addNotitie(ctx.gezin.id, ctx.gesprek.id, input, ctx.actorRef);
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(
			event,
			ctx,
			gesprekChange(ctx, 'gesprek.gevoerd', {
				detail: `${input.soort} ${result.notitieId} toegevoegd`,
				zichtbaarheid: input.zichtbaarheid
			})
		);
		return {
			saved: { message: input.soort === 'besluit' ? m.gesprek_besluit_saved() : m.gesprek_notitie_saved() }
		};
	},
	/** An afspraak: wie, wat, wanneer. It goes into the groeiplan at once, linked to this gesprek. */
	afspraakToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayLead, inPhase('leiden'));
		if (refusal) return refusal;
		const members = listMembers(ctx.gezin.id).filter((x) => x.status === 'actief');
		const betrokkenen = listBetrokkenen(ctx.gezin.id).filter((b) => !b.accountId);
		const plan = groeiplanOf(ctx.gezin.id);
		// Only doelen this person can see can be linked: any other id is dropped as a missing one.
		const doelen = new Set(plan ? listItems(plan.id, ctx.canSee, 'doel').map((d) => d.id) : []);
		const input = readItemInput(form, 'afspraak', {
			members: new Set(members.map((x) => x.accountId)),
			betrokkenen: new Set(betrokkenen.map((b) => b.id)),
			mayChoose: ctx.canSee,
			doelen
		});
		if (!form.ok) return form.invalid({ deel: 'afspraak' });
		const herkomst = m.gesprek_herkomst({
			soort: gesprekSoortLabel(ctx.gesprek.soort).toLowerCase(),
			datum: dagInWoorden(ctx.gesprek.datum)
		});
		const result = addAfspraak(
			ctx.gezin.id,
			ctx.gesprek.id,
			form.text('punt', { max: 64 }) || null,
			input,
			herkomst,
			ctx.actorRef
		);
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(
			event,
			ctx,
			gesprekChange(ctx, 'gesprek.gevoerd', {
				groeiplan: true,
				detail: `afspraak ${result.item.id} toegevoegd`,
				zichtbaarheid: input.zichtbaarheid
			})
		);
		return { saved: { message: m.gesprek_afspraak_saved() } };
	},
	/** A typo fixed, a word added: the note's own words (an afspraak is changed in the groeiplan). */
	notitieBewaren: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayLead, inPhase('leiden'));
		if (refusal) return refusal;
		const id = form.text('notitie', { max: 64, required: true });
		const tekst = form.text('tekst', { max: 2000, required: true });
		if (!form.ok) return form.invalid({ deel: `notitie-${id}` });
		// A note this person may not see answers as one that does not exist.
		const zichtbaarheid = zichtbaarheidVan(ctx.gesprek.id, id);
		const result = updateNotitie(ctx.gezin.id, ctx.gesprek.id, id, tekst, ctx.canSee);
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(
			event,
			ctx,
			gesprekChange(ctx, 'gesprek.gevoerd', { detail: `${result.soort} ${id} aangepast`, zichtbaarheid })
		);
		return { saved: { message: m.gesprek_notitie_changed() } };
	},
	notitieVerwijderen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayLead, inPhase('leiden'));
		if (refusal) return refusal;
		const id = form.text('notitie', { max: 64, required: true });
		const zichtbaarheid = zichtbaarheidVan(ctx.gesprek.id, id);
		const result = removeNotitie(ctx.gezin.id, ctx.gesprek.id, id, ctx.actorRef, ctx.canSee);
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(
			event,
			ctx,
			gesprekChange(ctx, 'gesprek.gevoerd', {
				groeiplan: true,
				detail: `${result.soort} ${id} weggehaald`,
				zichtbaarheid
			})
		);
		return { saved: { message: m.gesprek_notitie_removed() } };
	},
	/** Warme overdracht in an 'iemand stopt' gesprek: from whom, to which professional, what. */
	overdrachtToevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayLead, inPhase('leiden'));
		if (refusal) return refusal;
		if (!ctx.mayViewOverdracht) return refused(event, ctx, form);
		const input = readOverdracht(
			form,
			listMembers(ctx.gezin.id).filter((x) => x.status === 'actief' && x.role === 'professional')
		);
		if (!input) return form.invalid({ deel: 'overdracht' });
		const result = addOverdracht(ctx.gezin.id, ctx.gesprek.id, input);
		if (!result.ok)
			return result.reason === 'soort'
				? form.fail(m.overdracht_only_stopt(), 409)
				: stepFailed(form, ctx, result.reason);
		recordChange(event, ctx, gesprekChange(ctx, 'overdracht.vastgelegd'));
		return { saved: { message: m.overdracht_vastgelegd({ naam: input.naarNaam }) } };
	},
	/** The end of the gesprek: the verslag is made, fixed, and goes out for reactions. */
	verslagMaken: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGesprek, (c) => c.mayLead, inPhase('leiden'));
		if (refusal) return refusal;
		const reactieTot = readReactieTot(form, dutchToday());
		if (!form.ok) return form.invalid({ deel: 'verslag' });
		const result = makeVerslag(ctx.gezin.id, ctx.gesprek.id, reactieTot, ctx.actorRef);
		if (!result.ok) return stepFailed(form, ctx, result.reason);
		recordChange(event, ctx, gesprekChange(ctx, 'gesprek.verslag'));
		redirect(303, `/gezinnen/${ctx.gezin.id}/gesprekken/${ctx.gesprek.id}/verslag`);
	}
} satisfies Actions;
