import type { PageServerLoad } from './$types';
import { audit } from '$lib/server/audit';
import { auditBy } from '$lib/server/guard';
import { requireGesprek } from '$lib/server/gesprek/context';
import { listDeelnemers, listInbreng, listPunten } from '$lib/server/gesprek/gesprekken';

/** The agenda on paper (A4), to hand out: when, where, who, the items and the family's questions. */
export const load: PageServerLoad = (event) => {
	const ctx = requireGesprek(event);
	audit({
		...auditBy(event),
		gezinId: ctx.gezin.id,
		action: 'gezin.bekeken',
		recordType: 'gesprek',
		recordId: ctx.gesprek.id,
		detail: 'agenda'
	});
	const g = ctx.gesprek;
	return {
		gezin: { id: ctx.gezin.id, naam: ctx.gezin.naam },
		gesprek: { id: g.id, soort: g.soort, datum: g.datum, tijd: g.tijd, plaats: g.plaats },
		punten: listPunten(g.id).map((p) => ({ id: p.id, titel: p.titel, uitleg: p.uitleg, minuten: p.minuten })),
		deelnemers: listDeelnemers(g.id).map((d) => ({ id: d.id, naam: d.naam })),
		vragen: listInbreng(g.id)
			.filter((i) => i.soort === 'vraag')
			.map((i) => ({ id: i.id, tekst: i.tekst }))
	};
};
