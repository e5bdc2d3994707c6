import type { BetrokkeneSoort, Nabijheid, SteunSoort, TafelPlek } from '$lib/domain';
import { m } from '$lib/paraglide/messages';
import { isStandaardRol } from './tafel';

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
	return {
		praktisch: m.mensen_steun_praktisch,
		gezelschap: m.mensen_steun_gezelschap,
		advies: m.mensen_steun_advies,
		emotioneel: m.mensen_steun_emotioneel
	}[s]();
}

export function plekLabel(p: TafelPlek): string {
	return {
		'aan-tafel': m.tafel_plek_aan_tafel,
		achtergrond: m.tafel_plek_achtergrond,
		'niet-nodig': m.tafel_plek_niet_nodig
	}[p]();
}

/** Our roles by their label; a gezin's own role is shown as typed. */
export function rolLabel(rol: string): string {
	if (!isStandaardRol(rol)) return rol;
	return {
		trekker: m.tafel_rol_trekker,
		meedenker: m.tafel_rol_meedenker,
		'doet-iets': m.tafel_rol_doet_iets,
		'steunt-iemand': m.tafel_rol_steunt_iemand,
		'geeft-informatie': m.tafel_rol_geeft_informatie
	}[rol]();
}

/** The name a ready card from the deck gets on the board. */
export function stapelNaam(id: string): string {
	const labels: Record<string, () => string> = {
		oma: m.stapel_oma,
		opa: m.stapel_opa,
		'tante-oom': m.stapel_tante_oom,
		buurvrouw: m.stapel_buurvrouw,
		buurman: m.stapel_buurman,
		vriendin: m.stapel_vriendin,
		leerkracht: m.stapel_leerkracht,
		'intern-begeleider': m.stapel_intern_begeleider,
		sportcoach: m.stapel_sportcoach,
		huisarts: m.stapel_huisarts,
		jongerenwerker: m.stapel_jongerenwerker,
		gezinscoach: m.stapel_gezinscoach,
		jeugdbeschermer: m.stapel_jeugdbeschermer,
		voogd: m.stapel_voogd,
		'schoolmaatschappelijk-werk': m.stapel_schoolmaatschappelijk_werk,
		ggd: m.stapel_ggd
	};
	return (labels[id] ?? (() => id))();
}
