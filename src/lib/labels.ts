import type { MemberRole, GlobalRole, OrganisatieSoort, Gezinsrol } from '$lib/domain';
import { m } from '$lib/paraglide/messages';

export function roleLabel(role: MemberRole): string {
	return { gezin: m.role_gezin, netwerk: m.role_netwerk, professional: m.role_professional }[role]();
}

export function gezinsrolLabel(rol: Gezinsrol | null): string {
	if (rol === 'ouder') return m.gezinsrol_ouder();
	if (rol === 'jeugdige') return m.gezinsrol_jeugdige();
	return '';
}

export function globalRoleLabel(role: GlobalRole): string {
	return {
		beheerder: m.globalrole_beheerder,
		professional: m.globalrole_professional,
		trainer: m.globalrole_trainer,
		voorzitter: m.globalrole_voorzitter,
		onderzoeker: m.globalrole_onderzoeker
	}[role]();
}

export function organisatieSoortLabel(soort: OrganisatieSoort): string {
	return {
		wijkteam: m.orgsoort_wijkteam,
		jeugdbescherming: m.orgsoort_jeugdbescherming,
		zorgaanbieder: m.orgsoort_zorgaanbieder,
		school: m.orgsoort_school,
		gemeente: m.orgsoort_gemeente,
		overig: m.orgsoort_overig
	}[soort]();
}
