import type { LayoutServerLoad } from './$types';
import { can } from '$lib/server/access';
import { actorOf } from '$lib/server/guard';
import { getLocale } from '$lib/paraglide/runtime';

export const load: LayoutServerLoad = ({ locals }) => {
	const actor = actorOf(locals.account);
	return {
		account: locals.account ? { displayName: locals.account.displayName } : null,
		/** What the site's menu offers: the policy decides, not the page. */
		menu: { gezinnen: can(actor, 'gezin.create', null), beheer: can(actor, 'beheer.manage', null) },
		locale: getLocale()
	};
};
