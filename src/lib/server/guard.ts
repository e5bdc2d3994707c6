import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Actor, type FamilyFacts } from './access';
import type { SessionAccount } from './auth/session';
import { getGezin, membershipOf } from './gezinnen';
import { clientIp } from './request';
import { audit, type AuditEntry } from './audit';
import { m } from '$lib/paraglide/messages';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'getClientAddress'>;

export function actorOf(account: SessionAccount): Actor;
export function actorOf(account: SessionAccount | null): Actor | null;
export function actorOf(account: SessionAccount | null): Actor | null {
	return account ? { id: account.id, roles: account.roles } : null;
}

/**
 * The context of pages open to everyone (logging in, an invitation, a password link, the
 * language): who is logged in, if anyone. Their actions still go through `begin`.
 */
export function visitor(event: Event): { account: SessionAccount | null } {
	return { account: event.locals.account ?? null };
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
	if (!can(actorOf(account), 'beheer.manage', null)) {
		audit({
			...auditBy(event),
			action: 'beheer.poging-geweigerd',
			recordType: 'pad',
			recordId: event.url.pathname.slice(0, 200)
		});
		error(403, m.error_forbidden());
	}
	return account;
}

/** Why an attempt on a real gezin was refused, as kept in its log (the family reads it in words). */
export type Refusal = 'geen-toegang' | 'niet-toegestaan';

/**
 * Keeps a refused attempt on a real gezin in that gezin's log (NEN 7513: every refused attempt),
 * so the family sees it. The answer to the person does not change.
 */
export function logRefusal(event: Event, gezinId: string, why: Refusal): void {
	audit({
		...auditBy(event),
		gezinId,
		action: 'gezin.poging-geweigerd',
		recordType: 'pad',
		recordId: event.url.pathname.slice(0, 200),
		detail: why
	});
}

/** Refuses with `status` and keeps the attempt in the gezin's log. */
export function refuse(event: Event, gezinId: string, status: 403 | 404, why: Refusal = 'niet-toegestaan'): never {
	logRefusal(event, gezinId, why);
	error(status, status === 404 ? m.error_not_found() : m.error_forbidden());
}

export type GezinGuardAction = 'gezin.view' | 'gezin.viewAudit' | 'gezin.invite' | 'gezin.decideAccess';

/** The access facts of one account in one gezin, fresh from the database (its own membership). */
export function gezinFacts(gezinId: string, accountId: string): FamilyFacts {
	const own = membershipOf(gezinId, accountId);
	return {
		membership: own ? { accountId: own.accountId, role: own.role, status: own.status, gezinsrol: own.gezinsrol } : null
	};
}

/**
 * Loads a gezin for the current account. Someone who is not an active member gets 404, exactly
 * as for a gezin that does not exist: the answer never confirms that it exists.
 */
export function requireGezin(
	event: Event & { params: Partial<Record<string, string>> },
	action: GezinGuardAction = 'gezin.view'
) {
	const account = requireAccount(event);
	const actor = actorOf(account)!;
	const gezinId = event.params.gezin ?? '';
	const gezin = getGezin(gezinId);
	const own = gezin ? membershipOf(gezin.id, account.id) : undefined;
	const facts: FamilyFacts = {
		membership: own ? { accountId: own.accountId, role: own.role, status: own.status, gezinsrol: own.gezinsrol } : null
	};
	if (!gezin) error(404, m.error_not_found());
	// The same 404 as for a gezin that does not exist; only the family's log knows the difference.
	if (!own || !can(actor, 'gezin.view', facts)) refuse(event, gezin.id, 404, 'geen-toegang');
	if (!can(actor, action, facts)) refuse(event, gezin.id, 403);
	return { account, actor, gezin, membership: own, facts };
}

/**
 * The gezin for the shared chrome of its pages (the `[gezin]` layout): its id and name, for an
 * active member only, otherwise the same 404 as `requireGezin`. It logs nothing and guards
 * nothing: every page, action and endpoint still calls its own `require…` (a layout guards
 * neither actions nor parallel loads), and that keeps a refused attempt in the family's log.
 */
export function gezinChrome(event: Event & { params: Partial<Record<string, string>> }): { id: string; naam: string } {
	const account = requireAccount(event);
	const gezin = getGezin(event.params.gezin ?? '');
	if (!gezin || !can(actorOf(account), 'gezin.view', gezinFacts(gezin.id, account.id))) error(404, m.error_not_found());
	return { id: gezin.id, naam: gezin.naam };
}

/** The who/where part of an audit entry for this request. */
export function auditBy(event: Event): Pick<AuditEntry, 'actorId' | 'actorName' | 'ip'> {
	const account = event.locals.account;
	return { actorId: account?.id ?? null, actorName: account?.displayName ?? '', ip: clientIp(event) };
}
