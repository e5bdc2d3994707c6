import type { GesprekSoort } from '$lib/domain';
import { m } from '$lib/paraglide/messages';

/**
 * The default agenda of each kind of afstemmingsgesprek: our text in B1, copied into a new
 * gesprek, where it can be changed. Every kind covers who is who (role, opdracht, until when),
 * the family first on what goes well and the worries, the doelen and plans, regie, who does what,
 * information sharing, the next meeting and how it was for the family; a handover adds what
 * passes to whom, someone joining adds what the new person must know.
 */
export const punten = {
	welkom: { minuten: 5, titel: m.agenda_welkom_titel, uitleg: m.agenda_welkom_uitleg },
	wieIsWie: { minuten: 10, titel: m.agenda_wie_titel, uitleg: m.agenda_wie_uitleg },
	goedEnZorgen: { minuten: 15, titel: m.agenda_goed_titel, uitleg: m.agenda_goed_uitleg },
	doelen: { minuten: 10, titel: m.agenda_doelen_titel, uitleg: m.agenda_doelen_uitleg },
	regie: { minuten: 10, titel: m.agenda_regie_titel, uitleg: m.agenda_regie_uitleg },
	nieuw: { minuten: 10, titel: m.agenda_nieuw_titel, uitleg: m.agenda_nieuw_uitleg },
	overdracht: { minuten: 15, titel: m.agenda_overdracht_titel, uitleg: m.agenda_overdracht_uitleg },
	wieDoetWat: { minuten: 10, titel: m.agenda_wdw_titel, uitleg: m.agenda_wdw_uitleg },
	informatie: { minuten: 5, titel: m.agenda_info_titel, uitleg: m.agenda_info_uitleg },
	volgende: { minuten: 5, titel: m.agenda_volgende_titel, uitleg: m.agenda_volgende_uitleg },
	hoeWasHet: { minuten: 5, titel: m.agenda_hoe_titel, uitleg: m.agenda_hoe_uitleg }
} as const;

export type PuntId = keyof typeof punten;

const agendas: Record<GesprekSoort, PuntId[]> = {
	afstemming: [
		'welkom',
		'wieIsWie',
		'goedEnZorgen',
		'doelen',
		'regie',
		'wieDoetWat',
		'informatie',
		'volgende',
		'hoeWasHet'
	],
	erbij: [
		'welkom',
		'wieIsWie',
		'nieuw',
		'goedEnZorgen',
		'doelen',
		'regie',
		'wieDoetWat',
		'informatie',
		'volgende',
		'hoeWasHet'
	],
	stopt: [
		'welkom',
		'wieIsWie',
		'goedEnZorgen',
		'overdracht',
		'doelen',
		'regie',
		'wieDoetWat',
		'informatie',
		'volgende',
		'hoeWasHet'
	]
};

export interface AgendaPunt {
	titel: string;
	uitleg: string;
	minuten: number;
}

/** The agenda a new gesprek of this kind starts with, in the current language. */
export function standaardAgenda(soort: GesprekSoort): AgendaPunt[] {
	return agendas[soort].map((id) => ({
		titel: punten[id].titel(),
		uitleg: punten[id].uitleg(),
		minuten: punten[id].minuten
	}));
}
