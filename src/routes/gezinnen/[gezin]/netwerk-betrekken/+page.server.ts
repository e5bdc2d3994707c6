import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { can } from '$lib/server/access';
import { audit } from '$lib/server/audit';
import { auditBy, refuse, refuseForm } from '$lib/server/guard';
import { FormInput } from '$lib/server/forms';
import { dutchToday } from '$lib/dag';
import { mensenContext, tellAbout } from '$lib/server/mensen/context';
import { addPoging, listPogingen, listStappen, setStap } from '$lib/server/mensen/netwerk';
import { netwerkStappen } from '$lib/domain';
import { stapLabel, tipIds, tipTitel } from '$lib/mensen/tips';
import { m } from '$lib/paraglide/messages';

/** Only family and professionals see the tipsheet; only professionals write in it. */
function context(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const ctx = mensenContext(event);
	if (!can(ctx.actor, 'netwerk.view', ctx.facts)) refuse(event, ctx.gezin.id, 403);
	return { ...ctx, mayRecord: can(ctx.actor, 'netwerk.record', ctx.facts) };
}

const today = () => dutchToday();

export const load: PageServerLoad = (event) => {
	const ctx = context(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'netwerk',
		recordId: ctx.gezin.id,
		detail: 'netwerk-betrekken'
	});
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
		pogingen: listPogingen(ctx.gezin.id).map((p) => ({
			id: p.id,
			tip: p.tip,
			op: p.op,
			doorNaam: p.doorNaam,
			uitkomst: p.uitkomst
		})),
		stappen: listStappen(ctx.gezin.id).map((s) => ({ stap: s.stap, op: s.op, doorNaam: s.doorNaam })),
		mayRecord: ctx.mayRecord,
		mayEdit: ctx.mayEdit,
		today: today()
	};
};

export const actions: Actions = {
	/** "Ik heb dit geprobeerd": which tip, when, and what came of it. */
	poging: async (event) => {
		const ctx = context(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayRecord) return refuseForm(event, ctx.gezin.id, form);
		const tip = form.choice('tip', tipIds, { required: true });
		const op = form.text('op', { max: 10, required: true });
		const uitkomst = form.text('uitkomst', { max: 2000 });
		if (
			form.ok &&
			(!/^\d{4}-\d{2}-\d{2}$/.test(op) ||
				Number.isNaN(Date.parse(op)) ||
				new Date(op).toISOString().slice(0, 10) !== op ||
				op > today() ||
				op < '2000-01-01')
		) {
			form.error('op', m.tips_poging_datum_fout());
		}
		if (!form.ok || !tip)
			return fail(400, {
				tip: form.values.tip,
				errors: form.errors,
				values: form.values,
				message: m.error_check_form()
			});
		const poging = addPoging(ctx.gezin.id, { tip, op, uitkomst }, ctx.actorRef);
		tellAbout(event, ctx, 'mensen.netwerk-tip', 'netwerk', poging.id);
		return { saved: { message: m.tips_poging_bewaard({ tip: tipTitel(tip) }) } };
	},
	/** Where the gezin stands: a step reached, or not (yet) after all. */
	stap: async (event) => {
		const ctx = context(event);
		const form = await FormInput.from(event.request);
		if (!ctx.mayRecord) return refuseForm(event, ctx.gezin.id, form);
		const stap = form.choice('stap', netwerkStappen, { required: true });
		const bereikt = form.choice('bereikt', ['ja', 'nee'] as const, { required: true });
		if (!stap || !bereikt) return form.fail(m.error_check_form(), 400);
		setStap(ctx.gezin.id, stap, bereikt === 'ja', today(), ctx.actorRef);
		tellAbout(event, ctx, 'mensen.netwerk-stap', 'netwerk', stap);
		return { saved: { message: m.tips_stap_bewaard({ stap: stapLabel(stap) }) } };
	}
};
