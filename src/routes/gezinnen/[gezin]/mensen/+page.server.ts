import type { Actions, PageServerLoad } from './$types';
import { auditView, begin, recordChange } from '$lib/server/action';
import { mayWriteNow, mensenChange, requireMensen } from '$lib/server/mensen/context';
import {
	addBetrokkene,
	BetrokkenenVol,
	getBetrokkene,
	listBetrokkenen,
	MAX_BETROKKENEN,
	removeBetrokkene,
	ruimteVoorBetrokkene,
	toView,
	updateBetrokkene
} from '$lib/server/mensen/betrokkenen';
import { readBetrokkeneInput } from '$lib/server/mensen/form';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const ctx = requireMensen(event);
	auditView(event, ctx, { recordType: 'betrokkene', recordId: ctx.gezin.id, detail: 'mensen' });
	return {
		betrokkenen: listBetrokkenen(ctx.gezin.id).map((b) => toView(b, ctx.vertrouwelijk)),
		members: ctx.members.map((x) => ({ accountId: x.accountId, displayName: x.displayName, relatie: x.relatie })),
		mayEdit: ctx.mayEdit,
		mayTips: ctx.mayTips,
		vertrouwelijk: ctx.vertrouwelijk
	};
};

export const actions = {
	toevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireMensen, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const input = readBetrokkeneInput(form, { members: new Set(ctx.members.map((x) => x.accountId)) });
		if (!form.ok) return form.invalid({ nieuw: true });
		const vol = () => form.invalid({ nieuw: true }, { message: m.mensen_vol({ max: MAX_BETROKKENEN }) });
		if (!ruimteVoorBetrokkene(ctx.gezin.id)) return vol();
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		let b;
		try {
			b = addBetrokkene(ctx.gezin.id, input, ctx.actorRef);
		} catch (e) {
			if (e instanceof BetrokkenenVol) return vol();
			throw e;
		}
		recordChange(event, ctx, mensenChange(ctx, 'mensen.betrokkene-toegevoegd', 'betrokkene', b.id));
		return { saved: { message: m.mensen_saved({ naam: b.naam }) } };
	},
	bewaren: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireMensen, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const id = form.text('betrokkene', { max: 64, required: true });
		const current = form.ok ? getBetrokkene(ctx.gezin.id, id) : undefined;
		if (!current) return form.fail(m.mensen_not_found(), 404);
		const versie = form.versie();
		if (versie < 1) form.error('versie', m.error_check_form());
		const input = readBetrokkeneInput(form, { members: new Set(ctx.members.map((x) => x.accountId)) });
		if (!form.ok) return form.invalid({ betrokkeneId: id });
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		const result = updateBetrokkene(ctx.gezin.id, id, versie, input, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return form.invalid(
				{ betrokkeneId: id, conflict: toView(result.current, ctx.vertrouwelijk) },
				{ status: 409, message: m.mensen_conflict() }
			);
		}
		if (!result.ok) return form.fail(m.mensen_not_found(), 404);
		recordChange(event, ctx, mensenChange(ctx, 'mensen.betrokkene-gewijzigd', 'betrokkene', id));
		return { saved: { message: m.mensen_saved({ naam: result.betrokkene.naam }) } };
	},
	verwijderen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireMensen, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const id = form.text('betrokkene', { max: 64, required: true });
		const current = form.ok ? getBetrokkene(ctx.gezin.id, id) : undefined;
		if (!current) return form.fail(m.mensen_not_found(), 404);
		const versie = form.versie();
		if (versie < 1) return form.fail(m.error_check_form(), 400);
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		const result = removeBetrokkene(ctx.gezin.id, id, versie, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') return form.fail(m.mensen_conflict(), 409);
		if (!result.ok) return form.fail(m.mensen_not_found(), 404);
		recordChange(event, ctx, mensenChange(ctx, 'mensen.betrokkene-verwijderd', 'betrokkene', id));
		return { saved: { message: m.mensen_removed({ naam: current.naam }) } };
	}
} satisfies Actions;
