import type { AfspraakStatus, DoelStatus, GroeiplanSectie } from '$lib/domain';
import { m } from '$lib/paraglide/messages';

export function sectieTitel(sectie: GroeiplanSectie): string {
	return {
		goed: m.groeiplan_sectie_goed,
		zorg: m.groeiplan_sectie_zorg,
		doel: m.groeiplan_sectie_doel,
		afspraak: m.groeiplan_sectie_afspraak,
		plan: m.groeiplan_sectie_plan,
		evaluatie: m.groeiplan_sectie_evaluatie,
		'plan-b': m.groeiplan_sectie_planb
	}[sectie]();
}

export function nieuwLabel(sectie: GroeiplanSectie): string {
	return {
		goed: m.groeiplan_new_goed,
		zorg: m.groeiplan_new_zorg,
		doel: m.groeiplan_new_doel,
		afspraak: m.groeiplan_new_afspraak,
		plan: m.groeiplan_new_plan,
		evaluatie: m.groeiplan_new_evaluatie,
		'plan-b': m.groeiplan_new_planb
	}[sectie]();
}

export function tekstLabel(sectie: GroeiplanSectie): string {
	return {
		goed: m.groeiplan_tekst_goed,
		zorg: m.groeiplan_tekst_zorg,
		doel: m.groeiplan_tekst_doel,
		afspraak: m.groeiplan_tekst_afspraak,
		plan: m.groeiplan_tekst_plan,
		evaluatie: m.groeiplan_tekst_evaluatie,
		'plan-b': m.groeiplan_tekst_planb
	}[sectie]();
}

export function statusLabel(status: string | null): string {
	const labels: Record<DoelStatus | AfspraakStatus, () => string> = {
		'nog-niet-begonnen': m.status_nog_niet_begonnen,
		bezig: m.status_bezig,
		bereikt: m.status_bereikt,
		losgelaten: m.status_losgelaten,
		open: m.status_open,
		gedaan: m.status_gedaan,
		'niet-gelukt': m.status_niet_gelukt
	};
	return status && status in labels ? labels[status as DoelStatus]() : '';
}
