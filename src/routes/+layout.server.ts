import type { LayoutServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';

export const load: LayoutServerLoad = ({ locals }) => ({
	account: locals.account ? { displayName: locals.account.displayName, roles: locals.account.roles } : null,
	locale: getLocale()
});
