import type { Actions, PageServerLoad } from './$types';
import { auditView, begin, recordChange } from '$lib/server/action';
import type { FormInput } from '$lib/server/forms';
import {
	addBetrokkene,
	BetrokkenenVol,
	getBetrokkene,
	listBetrokkenen,
	MAX_BETROKKENEN,
	ruimteVoorBetrokkene,
	toView
} from '$lib/server/mensen/betrokkenen';
import { mayWriteNow, mensenChange, requireMensen, type MensenContext } from '$lib/server/mensen/context';
import { getOpstelling, listOpstellingen } from '$lib/server/mensen/opstelling';
import { deckCardInput, eigenRollenOf, placeKaart, sortedEigenRollen } from '$lib/server/mensen/tafel';
import { readRol } from '$lib/server/mensen/tafel-form';
import { tafelPlekken } from '$lib/domain';
import { klaarKaart, stapel } from '$lib/mensen/stapel';
import { stapelNaam, plekLabel } from '$lib/mensen/labels';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const ctx = requireMensen(event);
	auditView(event, ctx, { recordType: 'betrokkene', recordId: ctx.gezin.id, detail: 'keukentafel' });
	const opId = event.url.searchParams.get('op');
	const opstelling = opId ? getOpstelling(ctx.gezin.id, opId) : undefined;
	const rows = listBetrokkenen(ctx.gezin.id);
	return {
		betrokkenen: rows.map((b) => toView(b, ctx.vertrouwelijk)),
		eigenRollen: sortedEigenRollen(rows),
		mayEdit: ctx.mayEdit,
		mayTips: ctx.mayTips,
		stapel: stapel.map((k) => k.id),
		opstellingen: listOpstellingen(ctx.gezin.id),
		opstelling: opstelling
			? { id: opstelling.id, at: opstelling.at, doorNaam: opstelling.doorNaam, kaarten: opstelling.kaarten }
			: null,
		opOnbekend: !!opId && !opstelling,
		me: ctx.account.id
	};
};

function cardOf(ctx: MensenContext, form: FormInput) {
	const id = form.text('betrokkene', { max: 64, required: true });
	return { id, current: form.ok ? getBetrokkene(ctx.gezin.id, id) : undefined };
}

export const actions = {
	/** Moves a card to another area (by a button, or by dragging, which presses the same button). */
	verplaatsen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireMensen, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const { id, current } = cardOf(ctx, form);
		if (!current) return form.fail(m.tafel_niet_gevonden(), 404);
		const plek = form.choice('plek', tafelPlekken, { required: true });
		const versie = form.versie('tafelVersie');
		if (!plek || versie < 1) return form.fail(m.error_check_form(), 400);
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		const result = placeKaart(
			ctx.gezin.id,
			id,
			versie,
			{ plek, rol: current.rol, bijdrage: current.bijdrage },
			ctx.actorRef
		);
		if (!result.ok && result.reason === 'conflict')
			return form.invalid({ kaart: id }, { status: 409, message: m.tafel_conflict_verplaats() });
		if (!result.ok) return form.fail(m.tafel_niet_gevonden(), 404);
		recordChange(event, ctx, mensenChange(ctx, 'mensen.tafel-gewijzigd', 'betrokkene', id));
		return { saved: { kaart: id, message: m.tafel_verplaatst({ naam: current.naam, plek: plekLabel(plek) }) } };
	},
	/** The role and contribution of a card. */
	rol: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireMensen, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const { id, current } = cardOf(ctx, form);
		if (!current) return form.fail(m.tafel_niet_gevonden(), 404);
		const versie = form.versie('tafelVersie');
		const rol = readRol(form, eigenRollenOf(listBetrokkenen(ctx.gezin.id)));
		const bijdrage = form.text('bijdrage', { max: 500 });
		if (versie < 1) form.error('tafelVersie', m.error_check_form());
		if (!form.ok) return form.invalid({ kaart: id });
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		const result = placeKaart(ctx.gezin.id, id, versie, { plek: current.plek, rol, bijdrage }, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return form.invalid({ kaart: id, conflict: true }, { status: 409, message: m.tafel_conflict() });
		}
		if (!result.ok) return form.fail(m.tafel_niet_gevonden(), 404);
		recordChange(event, ctx, mensenChange(ctx, 'mensen.tafel-gewijzigd', 'betrokkene', id));
		return { saved: { kaart: id, message: m.tafel_rol_bewaard({ naam: current.naam }) } };
	},
	/** A ready card from the deck, onto the background. */
	stapel: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireMensen, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const kaart = klaarKaart(form.text('kaart', { max: 40, required: true }));
		if (!kaart) return form.fail(m.error_choose(), 400);
		const naam = stapelNaam(kaart.id);
		const vol = () => form.fail(m.mensen_vol({ max: MAX_BETROKKENEN }), 400);
		if (!ruimteVoorBetrokkene(ctx.gezin.id)) return vol();
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		let b;
		try {
			b = addBetrokkene(ctx.gezin.id, deckCardInput(kaart, naam), ctx.actorRef);
		} catch (e) {
			if (e instanceof BetrokkenenVol) return vol();
			throw e;
		}
		recordChange(event, ctx, mensenChange(ctx, 'mensen.betrokkene-toegevoegd', 'betrokkene', b.id));
		return { saved: { kaart: b.id, message: m.tafel_stapel_toegevoegd({ naam }) } };
	}
} satisfies Actions;
