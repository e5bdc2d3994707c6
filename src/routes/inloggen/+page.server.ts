import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { attemptLogin, startSession } from '$lib/server/auth/login';
import { invalidateSession } from '$lib/server/auth/session';
import { begin } from '$lib/server/action';
import { visitor } from '$lib/server/guard';
import { clientIp } from '$lib/server/request';
import { redirectTarget } from '$lib/server/redirect-target';
import { PASSWORD_MAX } from '$lib/server/auth/password';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.account) redirect(303, redirectTarget(url.searchParams.get('terug'), url.origin));
	return {};
};

export const actions = {
	default: async (event) => {
		const { form, refusal } = await begin(event, visitor, () => true);
		if (refusal) return refusal;
		const identifier = form.text('gebruikersnaam', { max: 254, required: true });
		const password = form.text('wachtwoord', { max: PASSWORD_MAX * 4, required: true, secret: true });
		if (!form.ok) return form.fail();

		const result = await attemptLogin(identifier, password, clientIp(event), event);
		if (!result.ok) {
			const message =
				result.reason === 'throttled'
					? m.login_throttled({ seconds: Math.ceil(result.retryAfterMs / 1000) })
					: m.login_failed();
			return form.fail(message, result.reason === 'throttled' ? 429 : 400);
		}
		if (event.locals.session) invalidateSession(event.locals.session.id);
		startSession(
			event.cookies,
			event.url,
			result.accountId,
			event.request.headers.get('user-agent') ?? '',
			clientIp(event)
		);
		redirect(303, redirectTarget(event.url.searchParams.get('terug'), event.url.origin));
	}
} satisfies Actions;
