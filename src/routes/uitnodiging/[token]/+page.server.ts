import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { acceptInvite, findInviteByToken, type AcceptResult } from '$lib/server/invites';
import { TransactionRollbackError } from 'drizzle-orm';
import { createAccount, displayNameOf, normalizeUsername, usernameTaken, USERNAME_PATTERN } from '$lib/server/accounts';
import { nameTakenInGezin } from '$lib/server/display-names';
import { attemptLogin, startSession } from '$lib/server/auth/login';
import { checkPassword, hashPassword, PASSWORD_MAX } from '$lib/server/auth/password';
import { invalidateSession } from '$lib/server/auth/session';
import { limits } from '$lib/server/auth/rate-limit';
import { audit } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import type { FormInput } from '$lib/server/forms';
import { begin } from '$lib/server/action';
import { visitor } from '$lib/server/guard';
import { passwordProblemMessage } from '$lib/server/password-messages';
import { clientIp } from '$lib/server/request';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const ip = clientIp(event);
	const wait = limits.tokenIp.retryAfter(ip);
	if (wait > 0) return { invite: null, throttled: Math.ceil(wait / 1000), me: null };
	const found = findInviteByToken(event.params.token);
	if (!found.ok) {
		limits.tokenIp.fail(ip);
		return { invite: null, throttled: 0, me: null };
	}
	return {
		invite: {
			gezinNaam: found.gezinNaam,
			relatie: found.invite.relatie,
			role: found.invite.role,
			naam: found.invite.naam,
			invitedBy: found.invitedByName
		},
		throttled: 0,
		me: event.locals.account ? { displayName: event.locals.account.displayName } : null
	};
};

/** Finds the invitation again for a POST, counting unknown tokens against the IP. */
function usableInvite(event: RequestEvent<{ token: string }>, form: FormInput) {
	const ip = clientIp(event);
	const wait = limits.tokenIp.retryAfter(ip);
	if (wait > 0) return { failure: form.fail(m.login_throttled({ seconds: Math.ceil(wait / 1000) }), 429) };
	const found = findInviteByToken(event.params.token);
	if (!found.ok) {
		limits.tokenIp.fail(ip);
		return { failure: form.fail(m.invite_gone(), 410) };
	}
	return { found };
}

function finish(event: RequestEvent<{ token: string }>, form: FormInput, inviteId: string, accountId: string) {
	const result = acceptInvite(inviteId, accountId);
	if (!result.ok) {
		const message =
			result.reason === 'already_member'
				? m.invite_already_member()
				: result.reason === 'name_taken'
					? m.invite_name_taken_account({ name: displayNameOf(accountId) })
					: m.invite_gone();
		return form.fail(message, 409);
	}
	return accepted(event, inviteId, accountId, result);
}

/**
 * Audits the accepted invitation and sends the person on: into the gezin, or to wait. The log
 * names the account by its display name, never by what was typed to log in.
 */
function accepted(
	event: RequestEvent<{ token: string }>,
	inviteId: string,
	accountId: string,
	result: Extract<AcceptResult, { ok: true }>
): never {
	audit({
		actorId: accountId,
		actorName: displayNameOf(accountId),
		gezinId: result.gezinId,
		action: 'toegang.uitnodiging-geaccepteerd',
		recordType: 'invite',
		recordId: inviteId,
		detail: result.status,
		ip: clientIp(event)
	});
	redirect(303, result.status === 'actief' ? `/gezinnen/${result.gezinId}` : '/gezinnen?wacht=1');
}

export const actions = {
	/** New account: username and password, no e-mail needed. */
	nieuw: async (event) => {
		const { form, refusal } = await begin(event, visitor, () => true);
		if (refusal) return refusal;
		const { found, failure } = usableInvite(event, form);
		if (failure) return failure;
		const username = normalizeUsername(form.text('gebruikersnaam', { max: 40, required: true }));
		const displayName = form.text('naam', { max: 80, required: true });
		const password = form.text('wachtwoord', { max: PASSWORD_MAX * 4, required: true, secret: true });
		if (username && !form.errors.gebruikersnaam) {
			if (!USERNAME_PATTERN.test(username)) form.error('gebruikersnaam', m.username_invalid());
			else if (usernameTaken(username)) form.error('gebruikersnaam', m.username_taken());
		}
		if (displayName && !form.errors.naam && nameTakenInGezin(found.invite.gezinId, displayName, null))
			form.error('naam', m.invite_name_taken());
		if (password && !form.errors.wachtwoord) {
			const problem = checkPassword(password, username);
			if (problem) form.error('wachtwoord', passwordProblemMessage(problem));
		}
		if (!form.ok) {
			limits.passwordSetIp.fail(clientIp(event));
			return form.fail();
		}
		const passwordHash = await hashPassword(password);
		// Account and membership together, or neither: no account without a gezin is left behind.
		let outcome: { accountId: string; result: AcceptResult };
		const refused: { reason?: string } = {};
		try {
			outcome = getDb().transaction((tx) => {
				const accountId = createAccount({ username, displayName, passwordHash });
				const result = acceptInvite(found.invite.id, accountId);
				if (!result.ok) {
					refused.reason = result.reason;
					tx.rollback();
				}
				return { accountId, result };
			});
		} catch (error) {
			if (error instanceof TransactionRollbackError) {
				if (refused.reason === 'name_taken') {
					form.error('naam', m.invite_name_taken());
					return form.fail();
				}
				return form.fail(m.invite_gone(), 410);
			}
			form.error('gebruikersnaam', m.username_taken());
			return form.fail();
		}
		const { accountId, result } = outcome;
		if (!result.ok) return form.fail(m.invite_gone(), 410);
		const ip = clientIp(event);
		audit({
			actorId: accountId,
			actorName: displayName,
			gezinId: found.invite.gezinId,
			action: 'account.aangemaakt',
			recordType: 'account',
			recordId: accountId,
			detail: 'via uitnodiging',
			ip
		});
		if (event.locals.session) invalidateSession(event.locals.session.id);
		startSession(event.cookies, event.url, accountId, event.request.headers.get('user-agent') ?? '', ip);
		return accepted(event, found.invite.id, accountId, result);
	},
	/** Already logged in: accept with this account. */
	accepteren: async (event) => {
		const { ctx, form, refusal } = await begin(event, visitor, () => true);
		if (refusal) return refusal;
		const { account } = ctx;
		if (!account) return form.fail(m.invite_login_first(), 401);
		const { found, failure } = usableInvite(event, form);
		if (failure) return failure;
		return finish(event, form, found.invite.id, account.id);
	},
	/** Existing account, not logged in yet. */
	inloggen: async (event) => {
		const { form, refusal } = await begin(event, visitor, () => true);
		if (refusal) return refusal;
		const { found, failure } = usableInvite(event, form);
		if (failure) return failure;
		const identifier = form.text('login', { max: 254, required: true });
		const password = form.text('login_wachtwoord', { max: PASSWORD_MAX * 4, required: true, secret: true });
		if (!form.ok) return form.fail();
		const result = await attemptLogin(identifier, password, clientIp(event), event);
		if (!result.ok) {
			return form.fail(
				result.reason === 'throttled'
					? m.login_throttled({ seconds: Math.ceil(result.retryAfterMs / 1000) })
					: m.login_failed(),
				result.reason === 'throttled' ? 429 : 400
			);
		}
		if (event.locals.session) invalidateSession(event.locals.session.id);
		startSession(
			event.cookies,
			event.url,
			result.accountId,
			event.request.headers.get('user-agent') ?? '',
			clientIp(event)
		);
		return finish(event, form, found.invite.id, result.accountId);
	}
} satisfies Actions;
