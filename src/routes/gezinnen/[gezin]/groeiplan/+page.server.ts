import { can } from '$lib/server/access';
import type { Actions, PageServerLoad } from './$types';
import { groeiplanSecties } from '$lib/domain';
import { zichtbaarheden, type Zichtbaarheid } from '$lib/zichtbaarheid';
import { auditView, begin, recordChange, type Change } from '$lib/server/action';
import {
	addItem,
	doelGaps,
	getItem,
	listItems,
	removeItem,
	toView,
	updateItem,
	zichtbareDoelen
} from '$lib/server/groeiplan/items';
import { formContext, keepHiddenDoelen, readItemInput } from '$lib/server/groeiplan/form';
import { updateRegie } from '$lib/server/groeiplan/regie';
import { dutchToday } from '$lib/dag';
import { requireGroeiplan } from '$lib/server/groeiplan/context';
import { groeiplanTopic } from '$lib/server/realtime';
import { tijdlijnSamenvatting } from '$lib/server/tijdlijn/samenvatting';
import { listStappen } from '$lib/server/mensen/netwerk';
import { aanTafel } from '$lib/server/mensen/tafel';
import { uitgenodigdIn } from '$lib/server/gesprek/gesprekken';
import { openOverdrachten } from '$lib/server/gesprek/overdracht';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const ctx = requireGroeiplan(event);
	auditView(event, ctx, { recordType: 'groeiplan', recordId: ctx.plan.id });
	const items = listItems(ctx.plan.id, ctx.canSee);
	// Family and professionals open every gesprek; the network those it was invited to.
	const uitgenodigd = uitgenodigdIn(ctx.gezin.id, ctx.account.id);
	const gesprekOpen = (id: string) =>
		can(ctx.actor, 'gesprek.view', { ...ctx.facts, uitgenodigd: uitgenodigd.has(id) });
	const trekker = ctx.members.find((x) => x.accountId === ctx.plan.trekkerAccountId);
	const doelen = zichtbareDoelen(items);
	return {
		items: items.map((i) => toView(i, doelen, gesprekOpen)),
		overdrachten: can(ctx.actor, 'overdracht.view', ctx.facts)
			? openOverdrachten(ctx.gezin.id).map((o) => ({
					id: o.id,
					gesprekId: o.gesprekId,
					datum: o.datum,
					vanNaam: o.vanNaam,
					naarNaam: o.naarNaam,
					wat: o.wat
				}))
			: [],
		gaps: doelGaps(items).map((d) => d.id),
		members: ctx.members.map((x) => ({ accountId: x.accountId, displayName: x.displayName, relatie: x.relatie })),
		betrokkenen: ctx.betrokkenen.map((b) => ({ id: b.id, naam: b.naam })),
		regie: {
			trekkerAccountId: trekker ? trekker.accountId : null,
			trekkerNaam: trekker?.displayName ?? null,
			regieBetekenis: ctx.plan.regieBetekenis,
			volgendeEvaluatie: ctx.plan.volgendeEvaluatie,
			versie: ctx.plan.versie
		},
		ditZijnWij: tijdlijnSamenvatting(ctx.gezin.id, ctx.canSee),
		netwerk: {
			aanTafel: aanTafel(ctx.gezin.id).map((b) => b.naam),
			stappen: listStappen(ctx.gezin.id).map((s) => ({ stap: s.stap, op: s.op })),
			tips: can(ctx.actor, 'netwerk.view', ctx.facts)
		},
		mayEdit: ctx.mayEdit,
		zichtbaarheden: zichtbaarheden.filter((z) => ctx.canSee(z)),
		today: dutchToday(),
		me: ctx.account.id
	};
};

type Ctx = ReturnType<typeof requireGroeiplan>;

/** Every change to the plan: its audit row and, for those who may see the item, a nudge to live pages. */
const change = (
	ctx: Ctx,
	action:
		| 'groeiplan.item-toegevoegd'
		| 'groeiplan.item-gewijzigd'
		| 'groeiplan.item-verwijderd'
		| 'groeiplan.regie-gewijzigd',
	recordId: string,
	detail: string,
	zichtbaarheid?: readonly Zichtbaarheid[]
): Change => ({
	topic: groeiplanTopic(ctx.gezin.id),
	action,
	recordType: 'groeiplan_item',
	recordId,
	detail,
	zichtbaarheid
});

export const actions = {
	toevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGroeiplan, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const sectie = form.choice('sectie', groeiplanSecties);
		if (!sectie) return form.fail();
		const input = readItemInput(form, sectie, formContext(ctx));
		if (!form.ok) return form.invalid({ sectie });
		const item = addItem(ctx.plan.id, sectie, input, ctx.actorRef);
		recordChange(event, ctx, change(ctx, 'groeiplan.item-toegevoegd', item.id, sectie, [item.zichtbaarheid]));
		return { saved: { sectie, message: m.common_saved() } };
	},
	bewaren: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGroeiplan, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const id = form.text('item', { max: 64, required: true });
		const versie = form.versie();
		const current = form.ok ? getItem(ctx.plan.id, id, ctx.canSee) : undefined;
		if (!current) return form.fail(m.groeiplan_not_found(), 404);
		if (versie < 1) return form.fail(m.groeiplan_not_found(), 400);
		const context = formContext(ctx);
		const input = keepHiddenDoelen(readItemInput(form, current.sectie, context), current, context.doelen);
		if (!form.ok) return form.invalid({ itemId: id });
		const result = updateItem(ctx.plan.id, id, versie, input, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return form.invalid(
				{
					itemId: id,
					conflict: {
						mine: { tekst: input.tekst, toelichting: input.toelichting ?? '' },
						theirs: toView(result.current, context.doelen)
					}
				},
				{ status: 409, message: m.common_conflict() }
			);
		}
		if (!result.ok) return form.fail(m.groeiplan_not_found(), 404);
		recordChange(
			event,
			ctx,
			change(ctx, 'groeiplan.item-gewijzigd', id, current.sectie, [current.zichtbaarheid, input.zichtbaarheid])
		);
		return { saved: { sectie: current.sectie, message: m.common_saved() } };
	},
	verwijderen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGroeiplan, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const id = form.text('item', { max: 64, required: true });
		const versie = form.versie();
		const current = form.ok ? getItem(ctx.plan.id, id, ctx.canSee) : undefined;
		if (!current) return form.fail(m.groeiplan_not_found(), 404);
		const result = removeItem(ctx.plan.id, id, versie, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return form.invalid(
				{
					itemId: id,
					conflict: { mine: { tekst: '', toelichting: '' }, theirs: toView(result.current, formContext(ctx).doelen) }
				},
				{ status: 409, message: m.common_conflict_remove() }
			);
		}
		if (!result.ok) return form.fail(m.groeiplan_not_found(), 404);
		recordChange(event, ctx, change(ctx, 'groeiplan.item-verwijderd', id, current.sectie, [current.zichtbaarheid]));
		return { saved: { sectie: current.sectie, message: m.groeiplan_removed() } };
	},
	regie: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGroeiplan, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const trekker = form.text('trekker', { max: 64 });
		const regieBetekenis = form.text('regieBetekenis', { max: 2000 });
		const volgendeEvaluatie = form.day('volgendeEvaluatie');
		const versie = form.versie();
		if (trekker && !ctx.members.some((x) => x.accountId === trekker)) form.error('trekker', m.error_choose());
		if (!form.ok) return form.invalid({ regieForm: true });
		const result = updateRegie(
			ctx.plan.id,
			versie,
			{ trekkerAccountId: trekker || null, regieBetekenis, volgendeEvaluatie },
			ctx.actorRef
		);
		if (!result.ok && result.reason === 'conflict') {
			return form.invalid(
				{ regieForm: true, regieConflict: { regieBetekenis: result.current.regieBetekenis } },
				{ status: 409, message: m.common_conflict() }
			);
		}
		if (!result.ok) {
			form.error('trekker', m.error_choose());
			return form.invalid({ regieForm: true });
		}
		recordChange(event, ctx, change(ctx, 'groeiplan.regie-gewijzigd', ctx.plan.id, 'regie'));
		return { saved: { sectie: 'regie' as const, message: m.common_saved() } };
	}
} satisfies Actions;
