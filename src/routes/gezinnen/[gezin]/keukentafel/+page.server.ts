import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { audit } from '$lib/server/audit';
import { auditBy, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
import {
	addBetrokkene,
	BetrokkenenVol,
	getBetrokkene,
	listBetrokkenen,
	MAX_BETROKKENEN,
	ruimteVoorBetrokkene,
	toView
} from '$lib/server/mensen/betrokkenen';
import { mayWriteNow, mensenContext, tellAbout, type MensenContext } from '$lib/server/mensen/context';
import { getOpstelling, listOpstellingen } from '$lib/server/mensen/opstelling';
import { placeKaart } from '$lib/server/mensen/tafel';
import { readRol } from '$lib/server/mensen/tafel-form';
import { tafelPlekken } from '$lib/domain';
import { klaarKaart, stapel } from '$lib/mensen/stapel';
import { isStandaardRol } from '$lib/mensen/tafel';
import { stapelNaam, plekLabel } from '$lib/mensen/labels';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const ctx = mensenContext(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'betrokkene',
		recordId: ctx.gezin.id,
		detail: 'keukentafel'
	});
	const opId = event.url.searchParams.get('op');
	const opstelling = opId ? getOpstelling(ctx.gezin.id, opId) : undefined;
	const rows = listBetrokkenen(ctx.gezin.id);
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
		betrokkenen: rows.map((b) => toView(b, ctx.vertrouwelijk)),
		eigenRollen: [...eigenRollenOf(rows)].sort((a, b) => a.localeCompare(b, 'nl')),
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

/** The roles this gezin made up itself, offered again in the list. */
function eigenRollenOf(rows: Array<{ rol: string }>): Set<string> {
	return new Set(rows.map((b) => b.rol).filter((r) => r && !isStandaardRol(r)));
}

function cardOf(ctx: MensenContext, form: FormInput) {
	const id = form.text('betrokkene', { max: 64, required: true });
	return { id, current: form.ok ? getBetrokkene(ctx.gezin.id, id) : undefined };
}

function changed(event: RequestEvent, ctx: MensenContext, id: string) {
	tellAbout(event, ctx, 'mensen.tafel-gewijzigd', 'betrokkene', id);
}

export const actions: Actions = {
	/** Moves a card to another area (by a button, or by dragging, which presses the same button). */
	verplaatsen: async (event) => {
		const ctx = mensenContext(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
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
			return fail(409, { kaart: id, message: m.tafel_conflict_verplaats() });
		if (!result.ok) return form.fail(m.tafel_niet_gevonden(), 404);
		changed(event, ctx, id);
		return { saved: { kaart: id, message: m.tafel_verplaatst({ naam: current.naam, plek: plekLabel(plek) }) } };
	},
	/** The role and contribution of a card. */
	rol: async (event) => {
		const ctx = mensenContext(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const { id, current } = cardOf(ctx, form);
		if (!current) return form.fail(m.tafel_niet_gevonden(), 404);
		const versie = form.versie('tafelVersie');
		const rol = readRol(form, eigenRollenOf(listBetrokkenen(ctx.gezin.id)));
		const bijdrage = form.text('bijdrage', { max: 500 });
		if (versie < 1) form.error('tafelVersie', m.error_check_form());
		if (!form.ok)
			return fail(400, { kaart: id, errors: form.errors, values: form.values, message: m.error_check_form() });
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		const result = placeKaart(ctx.gezin.id, id, versie, { plek: current.plek, rol, bijdrage }, ctx.actorRef);
		if (!result.ok && result.reason === 'conflict') {
			return fail(409, { kaart: id, errors: {}, values: form.values, conflict: true, message: m.tafel_conflict() });
		}
		if (!result.ok) return form.fail(m.tafel_niet_gevonden(), 404);
		changed(event, ctx, id);
		return { saved: { kaart: id, message: m.tafel_rol_bewaard({ naam: current.naam }) } };
	},
	/** A ready card from the deck, onto the background. */
	stapel: async (event) => {
		const ctx = mensenContext(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const kaart = klaarKaart(form.text('kaart', { max: 40, required: true }));
		if (!kaart) return form.fail(m.error_choose(), 400);
		const naam = stapelNaam(kaart.id);
		const vol = () => form.fail(m.mensen_vol({ max: MAX_BETROKKENEN }), 400);
		if (!ruimteVoorBetrokkene(ctx.gezin.id)) return vol();
		if (!mayWriteNow(ctx)) return form.fail(m.mensen_te_snel(), 429);
		let b;
		try {
			b = addBetrokkene(
				ctx.gezin.id,
				{
					naam,
					soort: kaart.soort,
					organisatie: '',
					functie: kaart.soort === 'professional' ? naam : '',
					opdracht: '',
					contact: '',
					accountId: null,
					nabijheid: kaart.nabijheid,
					steun: [],
					nietVeilig: false,
					nietVeiligToelichting: ''
				},
				ctx.actorRef
			);
		} catch (e) {
			if (e instanceof BetrokkenenVol) return vol();
			throw e;
		}
		tellAbout(event, ctx, 'mensen.betrokkene-toegevoegd', 'betrokkene', b.id);
		return { saved: { kaart: b.id, message: m.tafel_stapel_toegevoegd({ naam }) } };
	}
};
