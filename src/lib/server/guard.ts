import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Actor, type FamilyFacts } from './access';
import type { SessionAccount } from './auth/session';
import { getGezin, membershipOf } from './gezinnen';
import { clientIp } from './request';
import type { AuditEntry } from './audit';
import { m } from '$lib/paraglide/messages';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'>;

export function actorOf(account: SessionAccount | null): Actor | null {
	return account ? { id: account.id, roles: account.roles } : null;
}

/** Anonymous visitors go to the login page and come back here afterwards. */
export function requireAccount(event: Event): SessionAccount {
	const account = event.locals.account;
	if (!account) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/inloggen?terug=${encodeURIComponent(back)}`);
	}
	return account;
}

export function requireBeheerder(event: Event): SessionAccount {
	const account = requireAccount(event);
	if (!can(actorOf(account), 'beheer.manage', null)) error(403, m.error_forbidden());
	return account;
}

export type GezinGuardAction = 'gezin.view' | 'gezin.viewAudit' | 'gezin.invite' | 'gezin.decideAccess';

/**
 * Loads a gezin for the current account. Someone who is not an active member gets 404, exactly
 * as for a gezin that does not exist: the answer never confirms that it exists.
 */
export function requireGezin(event: Event & { params: Partial<Record<string, string>> }, action: GezinGuardAction = 'gezin.view') {
	const account = requireAccount(event);
	const actor = actorOf(account)!;
	const gezinId = event.params.gezin ?? '';
	const gezin = getGezin(gezinId);
	const own = gezin ? membershipOf(gezin.id, account.id) : undefined;
	const facts: FamilyFacts = { membership: own ? { accountId: own.accountId, role: own.role, status: own.status, gezinsrol: own.gezinsrol } : null };
	if (!gezin || !own || !can(actor, 'gezin.view', facts)) error(404, m.error_not_found());
	if (!can(actor, action, facts)) error(403, m.error_forbidden());
	return { account, actor, gezin, membership: own, facts };
}

/** The who/where part of an audit entry for this request. */
export function auditBy(event: Event): Pick<AuditEntry, 'actorId' | 'actorName' | 'ip'> {
	const account = event.locals.account;
	return { actorId: account?.id ?? null, actorName: account?.displayName ?? '', ip: clientIp(event) };
}
