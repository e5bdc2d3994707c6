import type { BetrokkeneSoort, Nabijheid, SteunSoort } from '$lib/domain';
import { m } from '$lib/paraglide/messages';

export function soortLabel(soort: BetrokkeneSoort): string {
	return {
		gezin: m.mensen_soort_gezin,
		familie: m.mensen_soort_familie,
		'vrienden-en-buren': m.mensen_soort_vrienden,
		'school-en-werk': m.mensen_soort_school,
		vrijwilliger: m.mensen_soort_vrijwilliger,
		professional: m.mensen_soort_professional
	}[soort]();
}

export function nabijheidLabel(n: Nabijheid): string {
	return { dichtbij: m.mensen_nabij_dichtbij, midden: m.mensen_nabij_midden, 'verder-weg': m.mensen_nabij_verder }[n]();
}

export function steunLabel(s: SteunSoort): string {
	return { praktisch: m.mensen_steun_praktisch, gezelschap: m.mensen_steun_gezelschap, advies: m.mensen_steun_advies, emotioneel: m.mensen_steun_emotioneel }[s]();
}
