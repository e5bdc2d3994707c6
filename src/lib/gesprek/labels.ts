import type { GesprekSoort, GesprekStatus, NotitieSoort } from '$lib/domain';
import { m } from '$lib/paraglide/messages';

export function gesprekSoortLabel(s: GesprekSoort): string {
	return { afstemming: m.gesprek_soort_afstemming, erbij: m.gesprek_soort_erbij, stopt: m.gesprek_soort_stopt }[s]();
}

export function gesprekSoortUitleg(s: GesprekSoort): string {
	return {
		afstemming: m.gesprek_soort_afstemming_help,
		erbij: m.gesprek_soort_erbij_help,
		stopt: m.gesprek_soort_stopt_help
	}[s]();
}

export function gesprekStatusLabel(s: GesprekStatus): string {
	return {
		gepland: m.gesprek_status_gepland,
		bezig: m.gesprek_status_bezig,
		verslag: m.gesprek_status_verslag,
		vastgesteld: m.gesprek_status_vastgesteld
	}[s]();
}

export function notitieSoortLabel(s: NotitieSoort): string {
	return { notitie: m.notitie_soort_notitie, besluit: m.notitie_soort_besluit, afspraak: m.notitie_soort_afspraak }[
		s
	]();
}
