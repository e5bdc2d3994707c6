import type { PageServerLoad } from './$types';
import { auditView } from '$lib/server/action';
import { requireGroeiplan } from '$lib/server/groeiplan/context';
import { diffPlan, listPlanmomenten } from '$lib/server/groeiplan/history';

/** A planmoment number from the query, only if it is one of the moments this viewer can see. */
function momentParam(raw: string | null, visible: ReadonlySet<number>): number | null {
	const n = Number(raw);
	return raw && Number.isInteger(n) && visible.has(n) ? n : null;
}

export const load: PageServerLoad = (event) => {
	const ctx = requireGroeiplan(event);
	auditView(event, ctx, { recordType: 'groeiplan', recordId: ctx.plan.id, detail: 'geschiedenis' });
	const momenten = listPlanmomenten(ctx.plan.id, ctx.canSee);
	const visible = new Set(momenten.map((x) => x.seq));
	const van = momentParam(event.url.searchParams.get('van'), visible);
	const tot = momentParam(event.url.searchParams.get('tot'), visible);
	const diff = van !== null && tot !== null ? diffPlan(ctx.plan.id, van, tot, ctx.canSee) : null;
	const naam = (id: unknown) => ctx.members.find((x) => x.accountId === id)?.displayName ?? '';
	const betrokkeneNaam = (id: unknown) => ctx.betrokkenen.find((b) => b.id === id)?.naam ?? '';
	return {
		momenten: momenten.map((x) => ({ ...x, at: x.at.toISOString() })).reverse(),
		van,
		tot,
		invalid: (event.url.searchParams.has('van') && van === null) || (event.url.searchParams.has('tot') && tot === null),
		diff: diff && {
			added: diff.added.map((d) => ({
				key: d.key,
				sectie: String(d.after.sectie ?? 'regie'),
				tekst: String(d.after.tekst ?? d.after.regieBetekenis ?? '')
			})),
			removed: diff.removed.map((d) => ({
				key: d.key,
				sectie: String(d.before.sectie ?? 'regie'),
				tekst: String(d.before.tekst ?? d.before.regieBetekenis ?? '')
			})),
			changed: diff.changed.map((d) => ({
				key: d.key,
				sectie: String(d.after.sectie ?? 'regie'),
				fields: d.fields.map((field) => ({
					field,
					before:
						field === 'wieAccountId' || field === 'trekkerAccountId'
							? naam(d.before[field])
							: field === 'wieBetrokkeneId'
								? betrokkeneNaam(d.before[field])
								: show(d.before[field]),
					after:
						field === 'wieAccountId' || field === 'trekkerAccountId'
							? naam(d.after[field])
							: field === 'wieBetrokkeneId'
								? betrokkeneNaam(d.after[field])
								: show(d.after[field])
				}))
			}))
		}
	};
};

function show(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return String(value.length);
	if (typeof value === 'object')
		return Object.values(value as Record<string, unknown>)
			.filter(Boolean)
			.join(' · ');
	return String(value);
}
