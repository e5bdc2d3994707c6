import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { closeDatabase, type DatabaseHandle } from '$lib/server/db';
import { loadAccount } from '$lib/server/auth/session';
import { approveMembership, createGezin } from '$lib/server/gezinnen';
import { acceptInvite, createInvite } from '$lib/server/invites';
import { requireBeheerder, requireGezin, type GezinGuardAction } from '$lib/server/guard';
import { auditActionLabel } from '$lib/audit-labels';
import { freshDatabase, makeAccount } from './helpers';

let h: DatabaseHandle;
let prof: string;
let gezinId: string;

beforeEach(() => {
	h = freshDatabase();
	prof = makeAccount('Sanne', ['professional']);
	gezinId = createGezin('Familie De Boer', prof, 'gezinscoach');
});

afterEach(() => closeDatabase());

function eventFor(accountId: string, gezin: string, path = `/gezinnen/${gezin}`) {
	return {
		locals: { account: loadAccount(accountId), session: null },
		url: new URL(`http://localhost${path}`),
		getClientAddress: () => '198.18.0.9',
		params: { gezin }
	} as unknown as Parameters<typeof requireGezin>[0];
}

/** What the guard answers: the status and message of the error it throws. */
function answer(run: () => unknown): { status: number; message: string } {
	try {
		run();
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, message: e.body.message };
		throw e;
	}
	throw new Error('the guard let it through');
}

function refusals(): {
	gezin_id: string | null;
	actor_id: string;
	action: string;
	detail: string;
	record_id: string;
	ip: string;
}[] {
	return h.sqlite
		.prepare(
			"SELECT gezin_id, actor_id, action, detail, record_id, ip FROM audit_log WHERE action LIKE '%poging-geweigerd' ORDER BY seq"
		)
		.all() as never;
}

function joinAsNetwerk(accountId: string): void {
	const inv = createInvite({ gezinId, role: 'netwerk', gezinsrol: null, relatie: 'oma', naam: '', createdBy: prof });
	const result = acceptInvite(inv.id, accountId);
	if (!result.ok) throw new Error(result.reason);
	if (result.status !== 'actief') approveMembership(gezinId, result.membershipId, prof);
}

describe('refused attempts on a real gezin are kept in its log', () => {
	it('someone without access gets the same 404 as for a gezin that does not exist, and the family sees the attempt', () => {
		const ayse = makeAccount('Ayse', ['professional']);
		const missing = answer(() => requireGezin(eventFor(ayse, 'bestaat-niet')));
		expect(refusals()).toEqual([]);

		const real = answer(() => requireGezin(eventFor(ayse, gezinId, `/gezinnen/${gezinId}/groeiplan`)));
		expect(real).toEqual(missing);
		expect(real.status).toBe(404);
		expect(refusals()).toEqual([
			{
				gezin_id: gezinId,
				actor_id: ayse,
				action: 'gezin.poging-geweigerd',
				detail: 'geen-toegang',
				record_id: `/gezinnen/${gezinId}/groeiplan`,
				ip: '198.18.0.9'
			}
		]);
		expect(auditActionLabel('gezin.poging-geweigerd', 'geen-toegang')).toBe(
			'probeerde jullie gezin te openen, maar heeft geen toegang. Dat is niet gelukt.'
		);
	});

	it('a member asking for what the policy refuses gets 403, and the attempt is logged', () => {
		const oma = makeAccount('Ria');
		joinAsNetwerk(oma);
		expect(requireGezin(eventFor(oma, gezinId)).gezin.id).toBe(gezinId);
		const action: GezinGuardAction = 'gezin.viewAudit';
		expect(answer(() => requireGezin(eventFor(oma, gezinId, `/gezinnen/${gezinId}/bekeken`), action)).status).toBe(403);
		expect(refusals()).toMatchObject([{ gezin_id: gezinId, actor_id: oma, detail: 'niet-toegestaan' }]);
		expect(auditActionLabel('gezin.poging-geweigerd', 'niet-toegestaan')).toBe(
			'probeerde iets te openen of te doen wat niet mag. Dat is niet gelukt.'
		);
	});

	it('a member with access leaves no refusal', () => {
		requireGezin(eventFor(prof, gezinId), 'gezin.invite');
		expect(refusals()).toEqual([]);
	});

	it('a refused beheer page is logged (without a gezin)', () => {
		expect(answer(() => requireBeheerder(eventFor(prof, '', '/beheer/accounts'))).status).toBe(403);
		expect(refusals()).toMatchObject([
			{ gezin_id: null, actor_id: prof, action: 'beheer.poging-geweigerd', record_id: '/beheer/accounts' }
		]);
	});
});
