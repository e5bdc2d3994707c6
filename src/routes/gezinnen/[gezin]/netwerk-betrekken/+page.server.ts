import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/access';
import { auditView, begin, recordChange } from '$lib/server/action';
import { refuse } from '$lib/server/guard';
import { dutchToday } from '$lib/dag';
import { mensenChange, requireMensen } from '$lib/server/mensen/context';
import { addPoging, listPogingen, listStappen, setStap } from '$lib/server/mensen/netwerk';
import { netwerkStappen } from '$lib/domain';
import { stapLabel, tipIds, tipTitel } from '$lib/mensen/tips';
import { m } from '$lib/paraglide/messages';

/** Only family and professionals see the tipsheet; only professionals write in it. */
function requireNetwerk(event: Parameters<typeof requireMensen>[0]) {
	const ctx = requireMensen(event);
	if (!can(ctx.actor, 'netwerk.view', ctx.facts)) refuse(event, ctx.gezin.id, 403);
	return { ...ctx, mayRecord: can(ctx.actor, 'netwerk.record', ctx.facts) };
}

export const load: PageServerLoad = (event) => {
	const ctx = requireNetwerk(event);
	auditView(event, ctx, { recordType: 'netwerk', recordId: ctx.gezin.id, detail: 'netwerk-betrekken' });
	return {
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
		today: dutchToday()
	};
};

export const actions = {
	/** "Ik heb dit geprobeerd": which tip, when, and what came of it. */
	poging: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireNetwerk, (ctx) => ctx.mayRecord);
		if (refusal) return refusal;
		const tip = form.choice('tip', tipIds, { required: true });
		const op = form.day('op', {
			required: true,
			min: '2000-01-01',
			max: dutchToday(),
			message: m.tips_poging_datum_fout()
		});
		const uitkomst = form.text('uitkomst', { max: 2000 });
		if (!form.ok || !tip || !op) return form.invalid({ tip: form.values.tip });
		const poging = addPoging(ctx.gezin.id, { tip, op, uitkomst }, ctx.actorRef);
		recordChange(event, ctx, mensenChange(ctx, 'mensen.netwerk-tip', 'netwerk', poging.id));
		return { saved: { message: m.tips_poging_bewaard({ tip: tipTitel(tip) }) } };
	},
	/** Where the gezin stands: a step reached, or not (yet) after all. */
	stap: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireNetwerk, (ctx) => ctx.mayRecord);
		if (refusal) return refusal;
		const stap = form.choice('stap', netwerkStappen, { required: true });
		const bereikt = form.choice('bereikt', ['ja', 'nee'] as const, { required: true });
		if (!stap || !bereikt) return form.fail(m.error_check_form(), 400);
		setStap(ctx.gezin.id, stap, bereikt === 'ja', dutchToday(), ctx.actorRef);
		recordChange(event, ctx, mensenChange(ctx, 'mensen.netwerk-stap', 'netwerk', stap));
		return { saved: { message: m.tips_stap_bewaard({ stap: stapLabel(stap) }) } };
	}
} satisfies Actions;
