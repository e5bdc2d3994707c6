import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { acceptInvite, createInvite } from '$lib/server/invites';
import {
	approveMembership,
	createGezin,
	endAccess,
	listMembers,
	membershipOf,
	refuseMembership
} from '$lib/server/gezinnen';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import type { MemberRole } from '$lib/server/db/schema';
import { freshDatabase, makeAccount } from './helpers';

let prof: string;
let gezinId: string;

beforeEach(() => {
	freshDatabase();
	prof = makeAccount('Sanne', ['professional']);
	gezinId = createGezin('Familie De Vries', prof, 'gezinscoach');
});

afterEach(() => closeDatabase());

function join(
	inGezin: string,
	createdBy: string,
	role: MemberRole,
	accountId: string
): { membershipId: string; status: string } {
	const inv = createInvite({
		gezinId: inGezin,
		role,
		gezinsrol: role === 'gezin' ? 'ouder' : null,
		relatie: 'familie',
		naam: '',
		createdBy
	});
	const result = acceptInvite(inv.id, accountId);
	if (!result.ok) throw new Error(`accept failed: ${result.reason}`);
	return { membershipId: result.membershipId, status: result.status };
}

function statusOf(accountId: string, inGezin = gezinId) {
	return membershipOf(inGezin, accountId)?.status;
}

function idOf(accountId: string, inGezin = gezinId): string {
	const m = membershipOf(inGezin, accountId);
	if (!m) throw new Error('no membership');
	return m.id;
}

describe('approve and refuse', () => {
	it('approving a waiting member gives access, once', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const oma = makeAccount('Oma Joke');
		const { membershipId, status } = join(gezinId, prof, 'netwerk', oma);
		expect(status).toBe('wacht');

		expect(approveMembership(gezinId, membershipId, moeder)).toEqual({ ok: true, accountId: oma, relatie: 'familie' });
		expect(membershipOf(gezinId, oma)).toMatchObject({ status: 'actief', approvedBy: moeder });
		expect(approveMembership(gezinId, membershipId, moeder)).toEqual({ ok: false, reason: 'not_found' });
	});

	it('refusing a waiting member ends it without access', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const oma = makeAccount('Oma Joke');
		const { membershipId } = join(gezinId, prof, 'netwerk', oma);

		expect(refuseMembership(gezinId, membershipId, moeder).ok).toBe(true);
		expect(membershipOf(gezinId, oma)).toMatchObject({ status: 'beeindigd', endedBy: moeder });
		expect(approveMembership(gezinId, membershipId, moeder)).toEqual({ ok: false, reason: 'not_found' });
	});

	it('cannot approve or refuse an active membership', () => {
		const moeder = makeAccount('Marieke');
		const { membershipId } = join(gezinId, prof, 'gezin', moeder);
		expect(approveMembership(gezinId, membershipId, moeder)).toEqual({ ok: false, reason: 'not_found' });
		expect(refuseMembership(gezinId, membershipId, moeder)).toEqual({ ok: false, reason: 'not_found' });
		expect(statusOf(moeder)).toBe('actief');
	});

	it('cannot reach a membership of another gezin through this gezin', () => {
		const otherProf = makeAccount('Jeroen', ['professional']);
		const otherGezin = createGezin('Familie Bakker', otherProf, 'jeugdbeschermer');
		join(otherGezin, otherProf, 'gezin', makeAccount('Els'));
		const stranger = makeAccount('Vreemde');
		const { membershipId } = join(otherGezin, otherProf, 'netwerk', stranger);

		expect(approveMembership(gezinId, membershipId, prof)).toEqual({ ok: false, reason: 'not_found' });
		expect(refuseMembership(gezinId, membershipId, prof)).toEqual({ ok: false, reason: 'not_found' });
		expect(endAccess(gezinId, membershipId, prof)).toEqual({ ok: false, reason: 'not_found' });
		expect(statusOf(stranger, otherGezin)).toBe('wacht');
	});
});

describe('endAccess keeps every gezin anchored', () => {
	it('refuses to end the creating professional when nobody else anchors the gezin', () => {
		expect(endAccess(gezinId, idOf(prof), prof)).toEqual({ ok: false, reason: 'would_orphan' });
		expect(statusOf(prof)).toBe('actief');
	});

	it('lets the creating professional leave once a family member has access', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		expect(endAccess(gezinId, idOf(prof), moeder)).toMatchObject({ ok: true, accountId: prof });
		expect(statusOf(prof)).toBe('beeindigd');
		expect(membershipOf(gezinId, prof)).toMatchObject({ endedBy: moeder });
	});

	it('refuses to end the last family member when the creating professional has left', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		endAccess(gezinId, idOf(prof), moeder);
		expect(endAccess(gezinId, idOf(moeder), moeder)).toEqual({ ok: false, reason: 'would_orphan' });
		expect(statusOf(moeder)).toBe('actief');
	});

	it('does not count network or a professional who did not create the gezin as anchor', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const collega = makeAccount('Jeroen', ['professional']);
		join(gezinId, moeder, 'professional', collega);
		join(gezinId, moeder, 'netwerk', makeAccount('Oma Joke'));
		expect(endAccess(gezinId, idOf(prof), moeder).ok).toBe(true);

		expect(endAccess(gezinId, idOf(moeder), moeder)).toEqual({ ok: false, reason: 'would_orphan' });
		expect(statusOf(moeder)).toBe('actief');
	});

	it('lets the last family member leave while the creating professional still has access', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		expect(endAccess(gezinId, idOf(moeder), moeder).ok).toBe(true);
		expect(statusOf(moeder)).toBe('beeindigd');
	});

	it('lets one of two family members go', () => {
		const moeder = makeAccount('Marieke');
		const vader = makeAccount('Ahmed');
		join(gezinId, prof, 'gezin', moeder);
		join(gezinId, moeder, 'gezin', vader);
		endAccess(gezinId, idOf(prof), moeder);
		expect(endAccess(gezinId, idOf(vader), moeder).ok).toBe(true);
		expect(
			listMembers(gezinId)
				.filter((m) => m.status === 'actief')
				.map((m) => m.accountId)
		).toEqual([moeder]);
	});

	it('reports an already ended membership as not found', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const oma = makeAccount('Oma Joke');
		join(gezinId, moeder, 'netwerk', oma);
		expect(endAccess(gezinId, idOf(oma), moeder).ok).toBe(true);
		expect(endAccess(gezinId, idOf(oma), moeder)).toEqual({ ok: false, reason: 'not_found' });
	});
});

describe('endAccess and sessions', () => {
	it('logs out a network member who has no access left anywhere', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const oma = makeAccount('Oma Joke');
		join(gezinId, moeder, 'netwerk', oma);
		const phone = createSession(oma, 'family', 'telefoon');
		const tablet = createSession(oma, 'family', 'tablet');
		const moederSession = createSession(moeder, 'family', '');

		expect(endAccess(gezinId, idOf(oma), moeder).ok).toBe(true);
		expect(validateSessionToken(phone.token)).toBeNull();
		expect(validateSessionToken(tablet.token)).toBeNull();
		expect(validateSessionToken(moederSession.token)).not.toBeNull();
	});

	it('logs out a family member who steps back and has no other gezin', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const session = createSession(moeder, 'family', '');
		expect(endAccess(gezinId, idOf(moeder), moeder).ok).toBe(true);
		expect(validateSessionToken(session.token)).toBeNull();
	});

	it('keeps the sessions of someone who still has access to another gezin', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const oma = makeAccount('Oma Joke');
		join(gezinId, moeder, 'netwerk', oma);
		const otherGezin = createGezin('Familie Bakker', prof, 'gezinscoach');
		join(otherGezin, prof, 'gezin', oma);
		const session = createSession(oma, 'family', '');

		expect(endAccess(gezinId, idOf(oma), moeder).ok).toBe(true);
		expect(validateSessionToken(session.token)).not.toBeNull();
	});

	it('keeps the sessions of someone still waiting for another gezin (they must see that page)', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const oma = makeAccount('Oma Joke');
		join(gezinId, moeder, 'netwerk', oma);
		const otherGezin = createGezin('Familie Bakker', prof, 'gezinscoach');
		join(otherGezin, prof, 'gezin', makeAccount('Els'));
		expect(join(otherGezin, prof, 'netwerk', oma).status).toBe('wacht');
		const session = createSession(oma, 'family', '');

		expect(endAccess(gezinId, idOf(oma), moeder).ok).toBe(true);
		expect(validateSessionToken(session.token)).not.toBeNull();
	});

	it('keeps the sessions of an account with a global role', () => {
		const moeder = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', moeder);
		const session = createSession(prof, 'professional', '');
		expect(endAccess(gezinId, idOf(prof), moeder).ok).toBe(true);
		expect(validateSessionToken(session.token)).not.toBeNull();
	});

	it('does not log anyone out when the end is refused', () => {
		const session = createSession(prof, 'professional', '');
		const lonely = makeAccount('Marieke');
		join(gezinId, prof, 'gezin', lonely);
		endAccess(gezinId, idOf(prof), lonely);
		const familySession = createSession(lonely, 'family', '');
		expect(endAccess(gezinId, idOf(lonely), lonely)).toEqual({ ok: false, reason: 'would_orphan' });
		expect(validateSessionToken(familySession.token)).not.toBeNull();
		expect(validateSessionToken(session.token)).not.toBeNull();
	});
});
