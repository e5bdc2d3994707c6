import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { cookieName, cookieMaxAge, locales } from '$lib/paraglide/runtime';
import { FormInput } from '$lib/server/forms';
import { safeRedirectTarget } from '$lib/server/request';

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await FormInput.from(request);
		const taal = form.choice('taal', locales);
		const terug = safeRedirectTarget(form.text('terug', { max: 500 }));
		if (taal) cookies.set(cookieName, taal, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:' });
		redirect(303, terug);
	}
};
