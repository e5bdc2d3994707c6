import type { PageServerLoad } from './$types';
import { audit } from '$lib/server/audit';
import { auditBy, requireBeheerder } from '$lib/server/guard';
import { listAccounts } from '$lib/server/accounts';
import { listOrganisaties } from '$lib/server/organisaties';

export const load: PageServerLoad = (event) => {
	requireBeheerder(event);
	audit({ ...auditBy(event), action: 'beheer.bekeken', recordType: 'beheer', detail: 'overzicht' });
	const accounts = listAccounts();
	return {
		organisaties: listOrganisaties().length,
		accounts: accounts.length,
		withoutPassword: accounts.filter((a) => !a.hasPassword && a.roles.length > 0).length
	};
};
