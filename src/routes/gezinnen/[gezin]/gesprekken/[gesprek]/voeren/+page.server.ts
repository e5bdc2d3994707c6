import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { audit } from '$lib/server/audit';
import { auditBy, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
import { requireGesprek } from '$lib/server/gesprek/context';
import { listPunten } from '$lib/server/gesprek/gesprekken';
import {
	addAfspraak,
	addNotitie,
	afsprakenVan,
	gaNaarPunt,
	listNotities,
	maakVerslag,
	notitieZichtbaar,
	removeNotitie,
	updateNotitie,
	wieNamer
} from '$lib/server/gesprek/verloop';
import { addOverdracht, listOverdrachten } from '$lib/server/gesprek/overdracht';
import { dagInWoorden, plusDagen, readNotitie, readReactieTot } from '$lib/server/gesprek/verloop-form';
import { faseFout, tellAboutGesprek } from '$lib/server/gesprek/stappen';
import { readItemInput } from '$lib/server/groeiplan/form';
import { groeiplanOf, listItems } from '$lib/server/groeiplan/items';
import { dutchToday } from '$lib/dag';
import { listMembers } from '$lib/server/gezinnen';
import { listBetrokkenen } from '$lib/server/mensen/betrokkenen';
import { kan } from '$lib/gesprek/fase';
import { gesprekSoortLabel } from '$lib/gesprek/labels';
import { zichtbaarheden } from '$lib/zichtbaarheid';
import { m } from '$lib/paraglide/messages';

type Ctx = ReturnType<typeof requireGesprek>;

/**
 * The gesprek at the table: the agenda item everyone follows, large; what is written down for it.
 * Whoever may lead moves on and writes; everyone else who has it open follows over /live.
 */
export const load: PageServerLoad = (event) => {
	const ctx = requireGesprek(event);
	const g = ctx.gesprek;
	// Followers load this again on every step; the family's log groups those views into one line.
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'gesprek',
		recordId: g.id,
		detail: 'tafel'
	});
	// Each list once.
	const allMembers = listMembers(ctx.gezin.id);
	const members = allMembers.filter((x) => x.status === 'actief');
	const betrokkenen = listBetrokkenen(ctx.gezin.id);
	const wie = wieNamer(allMembers, betrokkenen);
	const afspraken = new Map(afsprakenVan(g.id).map((a) => [a.id, a]));
	const lead = ctx.mayLead && kan(g.status, 'leiden');
	const plan = lead ? groeiplanOf(ctx.gezin.id) : undefined;
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
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
		notities: listNotities(g.id).flatMap((n) => {
			const item = n.itemId ? afspraken.get(n.itemId) : undefined;
			// An afspraak lives on in the groeiplan: its visibility there now decides, too.
			if (!notitieZichtbaar(n, item, ctx.canSee)) return [];
			return [
				{
					id: n.id,
					puntId: n.puntId,
					soort: n.soort,
					tekst: item?.tekst ?? n.tekst,
					wie: item ? wie(item) : '',
					wanneer: item?.wanneer ?? null,
					doorNaam: n.doorNaam
				}
			];
		}),
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
					reactieTot: plusDagen(dutchToday(), 7)
				}
			: null,
		mayLead: lead,
		mayBegin: ctx.mayLead && kan(g.status, 'beginnen')
	};
};

/** Every step at the table: the gesprek (or 404), the right to lead, the form. */
async function leiden(
	event: RequestEvent
): Promise<{ ctx: Ctx; form: FormInput } | { denied: ReturnType<typeof fail> }> {
	const ctx = requireGesprek(event);
	const form = await FormInput.from(event.request);
	if (!ctx.mayLead) return { denied: refuseForm(event, ctx.gezin.id, form) };
	if (!kan(ctx.gesprek.status, 'leiden')) return { denied: form.fail(faseFout(ctx.gesprek.status), 409) };
	return { ctx, form };
}

function stapFout(form: FormInput, ctx: Ctx, reason: 'fase' | 'not_found') {
	return reason === 'fase' ? form.fail(faseFout(ctx.gesprek.status), 409) : form.fail(m.gesprek_niet_gevonden(), 404);
}

/** A note's visibility, so the live streams tell only those who may see it (before it changes or goes). */
const zichtbaarheidVan = (gesprekId: string, notitieId: string) =>
	listNotities(gesprekId).find((n) => n.id === notitieId)?.zichtbaarheid;

export const actions: Actions = {
	/** Everyone moves to this agenda item. */
	naar: async (event) => {
		const p = await leiden(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const result = gaNaarPunt(ctx.gezin.id, ctx.gesprek.id, form.text('punt', { max: 64, required: true }));
		if (!result.ok) return stapFout(form, ctx, result.reason);
		tellAboutGesprek(event, ctx, null);
		return { moved: true };
	},
	notitie: async (event) => {
		const p = await leiden(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const input = readNotitie(form, ctx.canSee);
		if (!form.ok)
			return fail(400, { deel: 'notitie', errors: form.errors, values: form.values, message: m.error_check_form() });
		const result = addNotitie(ctx.gezin.id, ctx.gesprek.id, input, ctx.actorRef);
		if (!result.ok) return stapFout(form, ctx, result.reason);
		tellAboutGesprek(event, ctx, 'gesprek.gevoerd', {
			detail: `${input.soort} ${result.notitieId} toegevoegd`,
			zichtbaarheid: input.zichtbaarheid
		});
		return {
			saved: { message: input.soort === 'besluit' ? m.gesprek_besluit_bewaard() : m.gesprek_notitie_bewaard() }
		};
	},
	/** An afspraak: wie, wat, wanneer. It goes into the groeiplan at once, linked to this gesprek. */
	afspraak: async (event) => {
		const p = await leiden(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
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
		if (!form.ok)
			return fail(400, { deel: 'afspraak', errors: form.errors, values: form.values, message: m.error_check_form() });
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
		if (!result.ok) return stapFout(form, ctx, result.reason);
		tellAboutGesprek(event, ctx, 'gesprek.gevoerd', {
			groeiplan: true,
			detail: `afspraak ${result.item.id} toegevoegd`,
			zichtbaarheid: input.zichtbaarheid
		});
		return { saved: { message: m.gesprek_afspraak_bewaard() } };
	},
	/** A typo fixed, a word added: the note's own words (an afspraak is changed in the groeiplan). */
	notitieBewaren: async (event) => {
		const p = await leiden(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const id = form.text('notitie', { max: 64, required: true });
		const tekst = form.text('tekst', { max: 2000, required: true });
		if (!form.ok)
			return fail(400, {
				deel: `notitie-${id}`,
				errors: form.errors,
				values: form.values,
				message: m.error_check_form()
			});
		// A note this person may not see answers as one that does not exist.
		const zichtbaarheid = zichtbaarheidVan(ctx.gesprek.id, id);
		const result = updateNotitie(ctx.gezin.id, ctx.gesprek.id, id, tekst, ctx.canSee);
		if (!result.ok) return stapFout(form, ctx, result.reason);
		tellAboutGesprek(event, ctx, 'gesprek.gevoerd', { detail: `${result.soort} ${id} aangepast`, zichtbaarheid });
		return { saved: { message: m.gesprek_notitie_aangepast() } };
	},
	notitieWeg: async (event) => {
		const p = await leiden(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const id = form.text('notitie', { max: 64, required: true });
		const zichtbaarheid = zichtbaarheidVan(ctx.gesprek.id, id);
		const result = removeNotitie(ctx.gezin.id, ctx.gesprek.id, id, ctx.actorRef, ctx.canSee);
		if (!result.ok) return stapFout(form, ctx, result.reason);
		tellAboutGesprek(event, ctx, 'gesprek.gevoerd', {
			groeiplan: true,
			detail: `${result.soort} ${id} weggehaald`,
			zichtbaarheid
		});
		return { saved: { message: m.gesprek_notitie_weg_gedaan() } };
	},
	/** Warme overdracht in an 'iemand stopt' gesprek: from whom, to which professional, what. */
	overdracht: async (event) => {
		const p = await leiden(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		if (!ctx.mayViewOverdracht) return refuseForm(event, ctx.gezin.id, form);
		const professionals = listMembers(ctx.gezin.id).filter((x) => x.status === 'actief' && x.role === 'professional');
		const vanId = form.text('van', { max: 64 });
		const vanNaamGetypt = form.text('vanNaam', { max: 80 });
		const naarId = form.text('naar', { max: 64, required: true });
		const wat = form.text('wat', { max: 2000, required: true });
		const van = vanId ? professionals.find((x) => x.accountId === vanId) : undefined;
		const naar = professionals.find((x) => x.accountId === naarId);
		if (vanId && !van) form.error('van', m.error_choose());
		if (!vanId && !vanNaamGetypt && !form.errors.van) form.error('van', m.overdracht_van_nodig());
		if (naarId && !naar) form.error('naar', m.overdracht_naar_professional());
		if (naar && van && naar.accountId === van.accountId) form.error('naar', m.overdracht_naar_ander());
		if (!form.ok || !naar)
			return fail(400, { deel: 'overdracht', errors: form.errors, values: form.values, message: m.error_check_form() });
		const result = addOverdracht(ctx.gezin.id, ctx.gesprek.id, {
			vanAccountId: van?.accountId ?? null,
			vanNaam: van?.displayName ?? vanNaamGetypt,
			naarAccountId: naar.accountId,
			naarNaam: naar.displayName,
			wat
		});
		if (!result.ok)
			return result.reason === 'soort'
				? form.fail(m.overdracht_alleen_stopt(), 409)
				: stapFout(form, ctx, result.reason);
		tellAboutGesprek(event, ctx, 'overdracht.vastgelegd');
		return { saved: { message: m.overdracht_vastgelegd({ naam: naar.displayName }) } };
	},
	/** The end of the gesprek: the verslag is made, fixed, and goes out for reactions. */
	verslag: async (event) => {
		const p = await leiden(event);
		if ('denied' in p) return p.denied;
		const { ctx, form } = p;
		const reactieTot = readReactieTot(form, dutchToday());
		if (!form.ok)
			return fail(400, { deel: 'verslag', errors: form.errors, values: form.values, message: m.error_check_form() });
		const result = maakVerslag(ctx.gezin.id, ctx.gesprek.id, reactieTot, ctx.actorRef);
		if (!result.ok) return stapFout(form, ctx, result.reason);
		tellAboutGesprek(event, ctx, 'gesprek.verslag');
		redirect(303, `/gezinnen/${ctx.gezin.id}/gesprekken/${ctx.gesprek.id}/verslag`);
	}
};
