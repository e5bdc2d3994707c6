import type { Actions, PageServerLoad } from './$types';
import { requireAccount, auditBy } from '$lib/server/guard';
import { invalidateAllSessions, invalidateOwnSession, listSessions } from '$lib/server/auth/session';
import { audit } from '$lib/server/audit';
import { begin } from '$lib/server/action';
import { checkPassword, hashPassword, PASSWORD_MAX, verifyPassword } from '$lib/server/auth/password';
import { findAccountForLogin, setDisplayName, setPasswordHash } from '$lib/server/accounts';
import { nameTakenForAccount } from '$lib/server/display-names';
import { limits } from '$lib/server/auth/rate-limit';
import { clientIp } from '$lib/server/request';
import { passwordProblemMessage } from '$lib/server/password-messages';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const account = requireAccount(event);
	const current = event.locals.session!.id;
	return {
		me: {
			username: account.username,
			displayName: account.displayName,
			email: account.email,
			organisatie: account.organisatieNaam,
			roles: account.roles
		},
		sessions: listSessions(account.id).map((s) => ({
			id: s.id,
			current: s.id === current,
			createdAt: s.createdAt.toISOString(),
			lastActiveAt: s.lastActiveAt.toISOString(),
			expiresAt: s.expiresAt.toISOString(),
			device: describeDevice(s.userAgent)
		}))
	};
};

function describeDevice(userAgent: string): string {
	const browser = /Firefox\//.test(userAgent)
		? 'Firefox'
		: /Edg\//.test(userAgent)
			? 'Edge'
			: /Chrome\//.test(userAgent)
				? 'Chrome'
				: /Safari\//.test(userAgent)
					? 'Safari'
					: '';
	const system = /Android/.test(userAgent)
		? 'Android'
		: /iPhone|iPad/.test(userAgent)
			? 'iOS'
			: /Windows/.test(userAgent)
				? 'Windows'
				: /Mac OS X/.test(userAgent)
					? 'macOS'
					: /Linux/.test(userAgent)
						? 'Linux'
						: '';
	return [browser, system].filter(Boolean).join(' · ');
}

/** Every logged-in account manages its own sessions, name and password (and only those). */
const ownAccount = () => true;

export const actions = {
	sessieBeeindigen: async (event) => {
		const { ctx: account, form, refusal } = await begin(event, requireAccount, ownAccount);
		if (refusal) return refusal;
		const id = form.text('sessie', { max: 64, required: true });
		if (!form.ok) return form.fail();
		if (id === event.locals.session!.id || !invalidateOwnSession(account.id, id)) {
			return form.fail(m.account_session_not_found(), 404);
		}
		audit({ ...auditBy(event), action: 'account.sessie-beeindigd', recordType: 'session', recordId: id });
		return { success: m.account_session_ended() };
	},
	andereBeeindigen: async (event) => {
		const { ctx: account, refusal } = await begin(event, requireAccount, ownAccount);
		if (refusal) return refusal;
		const ended = invalidateAllSessions(account.id, event.locals.session!.id);
		audit({
			...auditBy(event),
			action: 'account.sessie-beeindigd',
			recordType: 'session',
			recordId: '*',
			detail: `${ended} andere sessies`
		});
		return {
			success:
				ended === 0
					? m.account_sessions_ended_none()
					: ended === 1
						? m.account_sessions_ended_one()
						: m.account_sessions_ended({ count: ended })
		};
	},
	/** A new display name, never one that another member of the same gezin goes by. */
	naam: async (event) => {
		const { ctx: account, form, refusal } = await begin(event, requireAccount, ownAccount);
		if (refusal) return refusal;
		const naam = form.text('naam', { max: 80, required: true });
		if (form.ok && nameTakenForAccount(account.id, naam)) form.error('naam', m.account_name_taken());
		if (!form.ok) return form.fail();
		setDisplayName(account.id, naam);
		audit({
			...auditBy(event),
			action: 'account.naam-gewijzigd',
			recordType: 'account',
			recordId: account.id,
			detail: `${account.displayName} → ${naam}`
		});
		return { success: m.account_name_changed() };
	},
	wachtwoord: async (event) => {
		const { ctx: account, form, refusal } = await begin(event, requireAccount, ownAccount);
		if (refusal) return refusal;
		const ip = clientIp(event);
		const current = form.text('huidig', { max: PASSWORD_MAX * 4, required: true, secret: true });
		const next = form.text('nieuw', { max: PASSWORD_MAX * 4, required: true, secret: true });
		if (!form.ok) return form.fail();
		const wait = limits.passwordSetIp.retryAfter(ip);
		if (wait > 0) return form.fail(m.login_throttled({ seconds: Math.ceil(wait / 1000) }), 429);
		const problem = checkPassword(next, account.username);
		if (problem) {
			form.error('nieuw', passwordProblemMessage(problem));
			return form.fail();
		}
		const found = findAccountForLogin(account.username);
		if (!found?.passwordHash || !(await verifyPassword(found.passwordHash, current))) {
			limits.passwordSetIp.fail(ip);
			form.error('huidig', m.account_password_current_wrong());
			return form.fail();
		}
		setPasswordHash(account.id, await hashPassword(next));
		const ended = invalidateAllSessions(account.id, event.locals.session!.id);
		audit({
			...auditBy(event),
			action: 'account.wachtwoord-gezet',
			recordType: 'account',
			recordId: account.id,
			detail: `${ended} andere sessies beëindigd`
		});
		return { success: m.account_password_changed() };
	}
} satisfies Actions;
