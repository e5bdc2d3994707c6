import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { audit } from '$lib/server/audit';
import { auditBy, visitor } from '$lib/server/guard';
import { begin } from '$lib/server/action';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.account) redirect(303, '/');
	return {};
};

export const actions = {
	default: async (event) => {
		const { refusal } = await begin(event, visitor, () => true);
		if (refusal) return refusal;
		const { locals, cookies, url } = event;
		if (locals.session) {
			invalidateSession(locals.session.id);
			audit({ ...auditBy(event), action: 'account.uitgelogd', recordType: 'session', recordId: locals.session.id });
		}
		deleteSessionCookie(cookies, url);
		redirect(303, '/inloggen?uitgelogd=1');
	}
} satisfies Actions;
