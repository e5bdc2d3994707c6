import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { audit } from '$lib/server/audit';
import { auditBy, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
import { mayWriteNow, mensenContext, tellAbout, type MensenContext } from '$lib/server/mensen/context';
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

const context = mensenContext;

export const load: PageServerLoad = (event) => {
	const ctx = context(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'betrokkene',
		recordId: ctx.gezin.id,
		detail: 'mensen'
	});
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
		betrokkenen: listBetrokkenen(ctx.gezin.id).map((b) => toView(b, ctx.vertrouwelijk)),
		members: ctx.members.map((x) => ({ accountId: x.accountId, displayName: x.displayName, relatie: x.relatie })),
		mayEdit: ctx.mayEdit,
		mayTips: ctx.mayTips,
		vertrouwelijk: ctx.vertrouwelijk
	};
};

function done(
	event: RequestEvent,
	ctx: MensenContext,
	action: 'mensen.betrokkene-toegevoegd' | 'mensen.betrokkene-gewijzigd' | 'mensen.betrokkene-verwijderd',
	id: string
) {
	tellAbout(event, ctx, action, 'betrokkene', id);
}

export const actions: Actions = {
	toevoegen: async (event) => {
		const ctx = context(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const input = readBetrokkeneInput(form, { members: new Set(ctx.members.map((x) => x.accountId)) });
		if (!form.ok)
			return fail(400, { nieuw: true, errors: form.errors, values: form.values, message: m.error_check_form() });
		const vol = () =>
			fail(400, {
				nieuw: true,
				errors: form.errors,
				values: form.values,
				message: m.mensen_vol({ max: MAX_BETROKKENEN })
			});
		if (!ruimteVoorBetrokkene(ctx.gezin.id)) return vol();
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		let b;
		try {
			b = addBetrokkene(ctx.gezin.id, input, ctx.actorRef);
		} catch (e) {
			if (e instanceof BetrokkenenVol) return vol();
			throw e;
		}
		done(event, ctx, 'mensen.betrokkene-toegevoegd', b.id);
		return { saved: { message: m.mensen_saved({ naam: b.naam }) } };
	},
	bewaren: async (event) => {
		const ctx = context(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const id = form.text('betrokkene', { max: 64, required: true });
		const current = form.ok ? getBetrokkene(ctx.gezin.id, id) : undefined;
		if (!current) return form.fail(m.mensen_not_found(), 404);
		const versie = form.versie();
		if (versie < 1) form.error('versie', m.error_check_form());
		const input = readBetrokkeneInput(form, { members: new Set(ctx.members.map((x) => x.accountId)) });
		if (!form.ok)
			return fail(400, { betrokkeneId: id, errors: form.errors, values: form.values, message: m.error_check_form() });
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		const result = updateBetrokkene(ctx.gezin.id, id, versie, input, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return fail(409, {
				betrokkeneId: id,
				errors: {},
				values: form.values,
				conflict: toView(result.current, ctx.vertrouwelijk),
				message: m.mensen_conflict()
			});
		}
		if (!result.ok) return form.fail(m.mensen_not_found(), 404);
		done(event, ctx, 'mensen.betrokkene-gewijzigd', id);
		return { saved: { message: m.mensen_saved({ naam: result.betrokkene.naam }) } };
	},
	verwijderen: async (event) => {
		const ctx = context(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const id = form.text('betrokkene', { max: 64, required: true });
		const current = form.ok ? getBetrokkene(ctx.gezin.id, id) : undefined;
		if (!current) return form.fail(m.mensen_not_found(), 404);
		const versie = form.versie();
		if (versie < 1) return form.fail(m.error_check_form(), 400);
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		const result = removeBetrokkene(ctx.gezin.id, id, versie, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') return fail(409, { message: m.mensen_conflict() });
		if (!result.ok) return form.fail(m.mensen_not_found(), 404);
		done(event, ctx, 'mensen.betrokkene-verwijderd', id);
		return { saved: { message: m.mensen_removed({ naam: current.naam }) } };
	}
};
