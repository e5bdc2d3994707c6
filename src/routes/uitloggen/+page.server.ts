import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { audit } from '$lib/server/audit';
import { auditBy } from '$lib/server/guard';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.account) redirect(303, '/');
	return {};
};

export const actions: Actions = {
	default: (event) => {
		const { locals, cookies, url } = event;
		if (locals.session) {
			invalidateSession(locals.session.id);
			audit({ ...auditBy(event), action: 'account.uitgelogd', recordType: 'session', recordId: locals.session.id });
		}
		deleteSessionCookie(cookies, url);
		redirect(303, '/inloggen?uitgelogd=1');
	}
};
