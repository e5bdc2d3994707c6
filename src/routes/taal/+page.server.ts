import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { cookieName, cookieMaxAge, locales } from '$lib/paraglide/runtime';
import { FormInput } from '$lib/server/forms';
import { redirectTarget } from '$lib/server/redirect-target';

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await FormInput.from(request);
		const taal = form.choice('taal', locales);
		const terug = redirectTarget(form.text('terug', { max: 500 }), url.origin);
		if (taal)
			cookies.set(cookieName, taal, {
				path: '/',
				maxAge: cookieMaxAge,
				httpOnly: false,
				sameSite: 'lax',
				secure: url.protocol === 'https:'
			});
		redirect(303, terug);
	}
};
