import type { PageServerLoad } from './$types';
import { requireBeheerder } from '$lib/server/guard';
import { listAccounts } from '$lib/server/accounts';
import { listOrganisaties } from '$lib/server/organisaties';

export const load: PageServerLoad = (event) => {
	requireBeheerder(event);
	const accounts = listAccounts();
	return {
		organisaties: listOrganisaties().length,
		accounts: accounts.length,
		withoutPassword: accounts.filter((a) => !a.hasPassword && a.roles.length > 0).length
	};
};
