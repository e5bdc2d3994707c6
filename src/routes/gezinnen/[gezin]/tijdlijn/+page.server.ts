import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { tijdlijnBanen } from '$lib/domain';
import { audit } from '$lib/server/audit';
import { auditBy, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
import { dutchToday } from '$lib/dag';
import { renameBaan } from '$lib/server/tijdlijn/banen';
import { requireTijdlijn } from '$lib/server/tijdlijn/context';
import { readGebeurtenisInput } from '$lib/server/tijdlijn/form';
import { addGebeurtenis, listGebeurtenissen, toViews } from '$lib/server/tijdlijn/gebeurtenissen';
import { gebeurtenisChange, tellAbout } from '$lib/server/tijdlijn/changes';
import { m } from '$lib/paraglide/messages';

/** The list shows this many moments per page (a long tijdlijn stays quick and readable). */
const PER_PAGINA = 100;

export const load: PageServerLoad = (event) => {
	const ctx = requireTijdlijn(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'tijdlijn',
		recordId: ctx.gezin.id,
		detail: 'tijdlijn'
	});
	// The list shows the start of each story (three lines); the whole story is on its own page.
	const events = toViews(listGebeurtenissen(ctx.gezin.id, ctx.canSee), { verhaalMax: 240 });
	const paginas = Math.max(1, Math.ceil(events.length / PER_PAGINA));
	const asked = Number(event.url.searchParams.get('pagina'));
	const pagina = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, paginas) : 1;
	const van = (pagina - 1) * PER_PAGINA;
	const tot = Math.min(events.length, pagina * PER_PAGINA);
	return {
		...ctx.pageBasics,
		banen: ctx.banen,
		mayRename: ctx.mayRename,
		/** For the drawing: every moment, only what it draws. */
		teken: events.map(({ id, baan, titel, moment, wanneer }) => ({ id, baan, titel, moment, wanneer })),
		/** For the list: one page of moments, in full; van/tot count from 0 over all moments. */
		lijst: { events: events.slice(van, tot), pagina, paginas, van, tot, totaal: events.length },
		today: dutchToday()
	};
};

export const actions: Actions = {
	toevoegen: async (event) => {
		const ctx = requireTijdlijn(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayEdit) return refuseForm(event, ctx.gezin.id, form);
		const input = readGebeurtenisInput(form, ctx.formContext);
		if (!form.ok)
			return fail(400, { nieuw: true, errors: form.errors, values: form.values, message: m.error_check_form() });
		const gebeurtenis = addGebeurtenis(ctx.gezin.id, input, ctx.actorRef);
		tellAbout(event, ctx, gebeurtenisChange('tijdlijn.gebeurtenis-toegevoegd', gebeurtenis));
		return { saved: { id: gebeurtenis.id, message: m.tijdlijn_saved({ titel: gebeurtenis.titel }) } };
	},
	baan: async (event) => {
		const ctx = requireTijdlijn(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayRename) return refuseForm(event, ctx.gezin.id, form);
		const baan = form.choice('baan', tijdlijnBanen);
		const naam = form.text('naam', { max: 40 });
		const versie = Number(form.text('versie', { max: 10, required: true }));
		if (!Number.isInteger(versie) || versie < 0) form.error('naam', m.tijdlijn_baan_conflict());
		if (!form.ok || !baan)
			return fail(400, { baanForm: baan, errors: form.errors, values: form.values, message: m.error_check_form() });
		const result = renameBaan(ctx.gezin.id, baan, naam, versie, ctx.actorRef);
		if (!result.ok)
			return fail(409, {
				baanForm: baan,
				values: form.values,
				errors: { naam: m.tijdlijn_baan_conflict() },
				message: m.tijdlijn_baan_conflict()
			});
		tellAbout(event, ctx, {
			action: 'tijdlijn.baan-hernoemd',
			recordType: 'tijdlijn_baan',
			recordId: baan,
			detail: naam
		});
		return { saved: { message: m.tijdlijn_baan_saved() } };
	}
};
