import type { Actions, PageServerLoad } from './$types';
import { tijdlijnBanen } from '$lib/domain';
import { auditView, begin, recordChange } from '$lib/server/action';
import { dutchToday } from '$lib/dag';
import { renameBaan } from '$lib/server/tijdlijn/banen';
import { requireTijdlijn } from '$lib/server/tijdlijn/context';
import { readGebeurtenisInput } from '$lib/server/tijdlijn/form';
import { addGebeurtenis, listGebeurtenissen, toViews } from '$lib/server/tijdlijn/gebeurtenissen';
import { gebeurtenisChange, tijdlijnChange } from '$lib/server/tijdlijn/changes';
import { m } from '$lib/paraglide/messages';

/** The list shows this many moments per page (a long tijdlijn stays quick and readable). */
const PER_PAGE = 100;

export const load: PageServerLoad = (event) => {
	const ctx = requireTijdlijn(event);
	auditView(event, ctx, { recordType: 'tijdlijn', recordId: ctx.gezin.id });
	// The list shows the start of each story (three lines); the whole story is on its own page.
	const events = toViews(listGebeurtenissen(ctx.gezin.id, ctx.canSee), { verhaalMax: 240 });
	const pages = Math.max(1, Math.ceil(events.length / PER_PAGE));
	const asked = Number(event.url.searchParams.get('pagina'));
	const current = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, pages) : 1;
	const from = (current - 1) * PER_PAGE;
	const to = Math.min(events.length, current * PER_PAGE);
	return {
		...ctx.pageBasics,
		banen: ctx.banen,
		mayRename: ctx.mayRename,
		/** For the drawing: every moment, only what it draws. */
		drawn: events.map(({ id, baan, titel, soort, wanneer }) => ({ id, baan, titel, soort, wanneer })),
		/** For the list: one page of moments, in full; from/to count from 0 over all moments. */
		list: { events: events.slice(from, to), page: current, pages, from, to, total: events.length },
		today: dutchToday()
	};
};

export const actions = {
	toevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireTijdlijn, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		const input = readGebeurtenisInput(form, ctx.formContext);
		if (!form.ok) return form.invalid({ nieuw: true });
		const gebeurtenis = addGebeurtenis(ctx.gezin.id, input, ctx.actorRef);
		recordChange(event, ctx, gebeurtenisChange(ctx.gezin.id, 'tijdlijn.gebeurtenis-toegevoegd', gebeurtenis));
		return { saved: { id: gebeurtenis.id, message: m.tijdlijn_saved({ titel: gebeurtenis.titel }) } };
	},
	baanBewaren: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireTijdlijn, (ctx) => ctx.mayRename);
		if (refusal) return refusal;
		const baan = form.choice('baan', tijdlijnBanen);
		const naam = form.text('naam', { max: 40 });
		const versie = Number(form.text('versie', { max: 10, required: true }));
		if (!Number.isInteger(versie) || versie < 0) form.error('naam', m.tijdlijn_baan_conflict());
		if (!form.ok || !baan) return form.invalid({ baanForm: baan });
		const result = renameBaan(ctx.gezin.id, baan, naam, versie, ctx.actorRef);
		if (!result.ok) {
			form.error('naam', m.tijdlijn_baan_conflict());
			return form.invalid({ baanForm: baan }, { status: 409, message: m.tijdlijn_baan_conflict() });
		}
		recordChange(
			event,
			ctx,
			tijdlijnChange(ctx.gezin.id, {
				action: 'tijdlijn.baan-hernoemd',
				recordType: 'tijdlijn_baan',
				recordId: baan,
				detail: naam
			})
		);
		return { saved: { message: m.tijdlijn_baan_saved() } };
	}
} satisfies Actions;
