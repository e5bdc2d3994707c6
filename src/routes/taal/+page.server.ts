import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { cookieName, cookieMaxAge, locales } from '$lib/paraglide/runtime';
import { begin } from '$lib/server/action';
import { visitor } from '$lib/server/guard';
import { redirectTarget } from '$lib/server/redirect-target';

export const actions = {
	default: async (event) => {
		const { form, refusal } = await begin(event, visitor, () => true);
		if (refusal) return refusal;
		const { cookies, url } = event;
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
} satisfies Actions;
