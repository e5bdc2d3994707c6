import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { consumePasswordLink, findPasswordLink, setPasswordHash } from '$lib/server/accounts';
import { checkPassword, hashPassword, PASSWORD_MAX } from '$lib/server/auth/password';
import { limits } from '$lib/server/auth/rate-limit';
import { startSession } from '$lib/server/auth/login';
import { invalidateAllSessions, invalidateSession } from '$lib/server/auth/session';
import { auditPasswordReset } from '$lib/server/password-reset-audit';
import { getDb } from '$lib/server/db';
import { begin } from '$lib/server/action';
import { visitor } from '$lib/server/guard';
import { passwordProblemMessage } from '$lib/server/password-messages';
import { clientIp } from '$lib/server/request';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const ip = clientIp(event);
	const wait = limits.tokenIp.retryAfter(ip);
	if (wait > 0) return { link: null, throttled: Math.ceil(wait / 1000) };
	const link = findPasswordLink(event.params.token);
	if (!link) {
		limits.tokenIp.fail(ip);
		return { link: null, throttled: 0 };
	}
	return { link: { username: link.username, displayName: link.displayName }, throttled: 0 };
};

export const actions = {
	default: async (event) => {
		const { form, refusal } = await begin(event, visitor, () => true);
		if (refusal) return refusal;
		const ip = clientIp(event);
		const wait = Math.max(limits.tokenIp.retryAfter(ip), limits.passwordSetIp.retryAfter(ip));
		if (wait > 0) return form.fail(m.login_throttled({ seconds: Math.ceil(wait / 1000) }), 429);
		const link = findPasswordLink(event.params.token);
		if (!link) {
			limits.tokenIp.fail(ip);
			return form.fail(m.password_link_gone(), 410);
		}
		const password = form.text('wachtwoord', { max: PASSWORD_MAX * 4, required: true, secret: true });
		if (form.ok) {
			const problem = checkPassword(password, link.username);
			if (problem) form.error('wachtwoord', passwordProblemMessage(problem));
		}
		if (!form.ok) {
			limits.passwordSetIp.fail(ip);
			return form.fail();
		}
		const passwordHash = await hashPassword(password);
		const done = getDb().transaction(() => {
			if (!consumePasswordLink(link.id)) return false;
			setPasswordHash(link.accountId, passwordHash);
			invalidateAllSessions(link.accountId);
			return true;
		});
		if (!done) return form.fail(m.password_link_gone(), 410);
		auditPasswordReset(
			{ actorId: link.accountId, actorName: link.displayName, action: 'account.wachtwoord-gezet', ip },
			link.accountId
		);
		if (event.locals.session) invalidateSession(event.locals.session.id);
		startSession(event.cookies, event.url, link.accountId, event.request.headers.get('user-agent') ?? '', ip);
		redirect(303, '/');
	}
} satisfies Actions;
