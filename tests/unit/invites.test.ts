import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db';
import { closeDatabase } from '$lib/server/db';
import {
	acceptInvite,
	createInvite,
	findInviteByToken,
	listOpenInvites,
	revokeInvite,
	type NewInvite
} from '$lib/server/invites';
import {
	createGezin,
	endAccess,
	listGezinnenFor,
	listMembers,
	listWaitingFor,
	membershipOf
} from '$lib/server/gezinnen';
import { can } from '$lib/server/access';
import { newSecret } from '$lib/server/ids';
import { DAY, freshDatabase, makeAccount } from './helpers';

let h: DatabaseHandle;
let prof: string;
let gezinId: string;

beforeEach(() => {
	h = freshDatabase();
	prof = makeAccount('Sanne', ['professional']);
	gezinId = createGezin('  Familie De Vries ', prof, 'gezinscoach wijkteam');
});

afterEach(() => closeDatabase());

function invite(createdBy: string, role: NewInvite['role'], extra: Partial<NewInvite> = {}, now?: Date) {
	return createInvite(
		{
			gezinId,
			role,
			gezinsrol: role === 'gezin' ? 'ouder' : null,
			relatie: role === 'gezin' ? 'moeder' : 'oma',
			naam: '',
			createdBy,
			...extra
		},
		now
	);
}

/** Invites and accepts in one go; returns the new member's account id. */
function join(createdBy: string, role: NewInvite['role'], name: string): { accountId: string; status: string } {
	const accountId = makeAccount(name);
	const inv = invite(createdBy, role);
	const result = acceptInvite(inv.id, accountId);
	if (!result.ok) throw new Error(`accept failed: ${result.reason}`);
	return { accountId, status: result.status };
}

function hasAccess(accountId: string): boolean {
	const m = membershipOf(gezinId, accountId);
	return can({ id: accountId, roles: [] }, 'gezin.view', {
		membership: m ? { accountId: m.accountId, role: m.role, status: m.status } : null
	});
}

function activeFamily(): number {
	return listMembers(gezinId).filter((x) => x.role === 'gezin' && x.status === 'actief').length;
}

describe('createGezin', () => {
	it('gives the creating professional active access and trims the name', () => {
		expect(listGezinnenFor(prof)).toEqual([
			expect.objectContaining({
				id: gezinId,
				naam: 'Familie De Vries',
				role: 'professional',
				relatie: 'gezinscoach wijkteam'
			})
		]);
		expect(hasAccess(prof)).toBe(true);
		expect(activeFamily()).toBe(0);
	});
});

describe('invitation tokens', () => {
	it('are found by their token, and only their hash is stored', () => {
		const inv = invite(prof, 'gezin', { naam: 'Marieke' });
		const found = findInviteByToken(inv.token);
		expect(found.ok).toBe(true);
		if (found.ok) {
			expect(found.invite.id).toBe(inv.id);
			expect(found.gezinNaam).toBe('Familie De Vries');
			expect(found.invitedByName).toBe('Sanne');
		}
		const raw = JSON.stringify(h.sqlite.prepare('SELECT * FROM invite').all(), (_k, v: unknown) =>
			Buffer.isBuffer(v) ? v.toString('hex') : v
		);
		expect(raw).not.toContain(inv.token);
	});

	it('are not found with an unknown, empty or oversized token', () => {
		invite(prof, 'gezin');
		expect(findInviteByToken(newSecret()).ok).toBe(false);
		expect(findInviteByToken('').ok).toBe(false);
		expect(findInviteByToken('a'.repeat(101)).ok).toBe(false);
	});

	it('expire after 7 days', () => {
		const created = new Date('2026-03-02T09:00:00Z');
		const inv = invite(prof, 'gezin', {}, created);
		expect(inv.expiresAt.getTime()).toBe(created.getTime() + 7 * DAY);
		expect(findInviteByToken(inv.token, new Date(created.getTime() + 7 * DAY - 1)).ok).toBe(true);
		expect(findInviteByToken(inv.token, new Date(created.getTime() + 7 * DAY)).ok).toBe(false);
	});
});

describe('acceptInvite: who gets access at once', () => {
	it('the first family member, invited by the professional, gets access at once', () => {
		const moeder = join(prof, 'gezin', 'Marieke');
		expect(moeder.status).toBe('actief');
		expect(hasAccess(moeder.accountId)).toBe(true);
		expect(activeFamily()).toBe(1);
	});

	it('a second family member invited by the professional waits for the family', () => {
		join(prof, 'gezin', 'Marieke');
		const vader = join(prof, 'gezin', 'Ahmed');
		expect(vader.status).toBe('wacht');
		expect(hasAccess(vader.accountId)).toBe(false);
		expect(listWaitingFor(vader.accountId)).toEqual([expect.objectContaining({ id: gezinId })]);
		expect(listGezinnenFor(vader.accountId)).toEqual([]);
	});

	it('network and other professionals invited by a professional wait for the family', () => {
		join(prof, 'gezin', 'Marieke');
		const oma = join(prof, 'netwerk', 'Oma Joke');
		const collega = join(prof, 'professional', 'Jeroen');
		expect(oma.status).toBe('wacht');
		expect(collega.status).toBe('wacht');
		expect(hasAccess(oma.accountId)).toBe(false);
		expect(hasAccess(collega.accountId)).toBe(false);
	});

	it('a network member invited by the professional before there is any family still waits', () => {
		const oma = join(prof, 'netwerk', 'Oma Joke');
		expect(oma.status).toBe('wacht');
	});

	it('anyone invited by an active family member gets access at once', () => {
		const moeder = join(prof, 'gezin', 'Marieke');
		expect(join(moeder.accountId, 'netwerk', 'Oma Joke').status).toBe('actief');
		expect(join(moeder.accountId, 'gezin', 'Ahmed').status).toBe('actief');
		expect(join(moeder.accountId, 'professional', 'Jeroen').status).toBe('actief');
	});

	it('an invitation made by a family member who has since lost access stops working', () => {
		const moeder = join(prof, 'gezin', 'Marieke');
		const vader = join(moeder.accountId, 'gezin', 'Ahmed');
		const inv = invite(vader.accountId, 'netwerk');
		const m = membershipOf(gezinId, vader.accountId)!;
		expect(endAccess(gezinId, m.id, moeder.accountId).ok).toBe(true);

		expect(findInviteByToken(inv.token).ok).toBe(false);
		const oma = makeAccount('Oma Joke');
		expect(acceptInvite(inv.id, oma)).toEqual({ ok: false, reason: 'gone' });
		expect(membershipOf(gezinId, oma)).toBeUndefined();
	});
});

describe('acceptInvite: single use, revoked, expired', () => {
	it('works once: a second account cannot use the same invitation', () => {
		const inv = invite(prof, 'gezin');
		const first = makeAccount('Marieke');
		const second = makeAccount('Indringer');
		expect(acceptInvite(inv.id, first).ok).toBe(true);
		expect(acceptInvite(inv.id, second)).toEqual({ ok: false, reason: 'gone' });
		expect(membershipOf(gezinId, second)).toBeUndefined();
		expect(findInviteByToken(inv.token).ok).toBe(false);
		expect(listOpenInvites(gezinId)).toEqual([]);
	});

	it('fails after the invitation was revoked', () => {
		const inv = invite(prof, 'gezin');
		expect(listOpenInvites(gezinId).map((i) => i.id)).toEqual([inv.id]);
		expect(revokeInvite(inv.id)).toBe(true);
		expect(revokeInvite(inv.id)).toBe(false);
		expect(findInviteByToken(inv.token).ok).toBe(false);
		const marieke = makeAccount('Marieke');
		expect(acceptInvite(inv.id, marieke)).toEqual({ ok: false, reason: 'gone' });
		expect(membershipOf(gezinId, marieke)).toBeUndefined();
		expect(listOpenInvites(gezinId)).toEqual([]);
	});

	it('cannot revoke an invitation that was already used', () => {
		const inv = invite(prof, 'gezin');
		acceptInvite(inv.id, makeAccount('Marieke'));
		expect(revokeInvite(inv.id)).toBe(false);
	});

	it('fails after the invitation expired', () => {
		const created = new Date(Date.now() - 8 * DAY);
		const inv = invite(prof, 'gezin', {}, created);
		const marieke = makeAccount('Marieke');
		expect(findInviteByToken(inv.token).ok).toBe(false);
		expect(acceptInvite(inv.id, marieke)).toEqual({ ok: false, reason: 'gone' });
		expect(membershipOf(gezinId, marieke)).toBeUndefined();
	});

	it('fails at the exact moment of expiry and works just before', () => {
		const created = new Date('2026-03-02T09:00:00Z');
		const late = invite(prof, 'netwerk', {}, created);
		const inTime = invite(prof, 'netwerk', {}, created);
		expect(acceptInvite(late.id, makeAccount('Laat'), new Date(created.getTime() + 7 * DAY))).toEqual({
			ok: false,
			reason: 'gone'
		});
		expect(acceptInvite(inTime.id, makeAccount('Op tijd'), new Date(created.getTime() + 7 * DAY - 1)).ok).toBe(true);
	});

	it('fails for an unknown invitation id', () => {
		expect(acceptInvite('bestaat-niet', makeAccount('Marieke'))).toEqual({ ok: false, reason: 'gone' });
	});
});

describe('acceptInvite: existing members', () => {
	it('refuses an account that already has access, and leaves the invitation usable', () => {
		const moeder = join(prof, 'gezin', 'Marieke');
		const inv = invite(prof, 'netwerk');
		expect(acceptInvite(inv.id, moeder.accountId)).toEqual({ ok: false, reason: 'already_member' });
		expect(membershipOf(gezinId, moeder.accountId)?.role).toBe('gezin');
		expect(findInviteByToken(inv.token).ok).toBe(true);
	});

	it('refuses an account that is still waiting', () => {
		join(prof, 'gezin', 'Marieke');
		const vader = join(prof, 'gezin', 'Ahmed');
		const inv = invite(prof, 'gezin');
		expect(acceptInvite(inv.id, vader.accountId)).toEqual({ ok: false, reason: 'already_member' });
	});

	it('refuses the professional who created the gezin', () => {
		const inv = invite(prof, 'gezin');
		expect(acceptInvite(inv.id, prof)).toEqual({ ok: false, reason: 'already_member' });
		expect(membershipOf(gezinId, prof)?.role).toBe('professional');
	});

	it('lets someone whose access ended come back through a new invitation', () => {
		const moeder = join(prof, 'gezin', 'Marieke');
		const oma = join(moeder.accountId, 'netwerk', 'Oma Joke');
		const before = membershipOf(gezinId, oma.accountId)!;
		expect(endAccess(gezinId, before.id, moeder.accountId).ok).toBe(true);
		expect(hasAccess(oma.accountId)).toBe(false);

		const again = invite(moeder.accountId, 'netwerk', { relatie: 'buurvrouw' });
		expect(acceptInvite(again.id, oma.accountId)).toMatchObject({
			ok: true,
			status: 'actief',
			membershipId: before.id
		});
		const after = membershipOf(gezinId, oma.accountId)!;
		expect(after).toMatchObject({ status: 'actief', relatie: 'buurvrouw', endedAt: null, endedBy: null });
		expect(hasAccess(oma.accountId)).toBe(true);
	});
});

describe('acceptInvite: only an ouder admits at once', () => {
	/** A family with a mother (ouder) and a son (jeugdige), both active. */
	function family() {
		const moeder = join(prof, 'gezin', 'Marieke');
		const zoonAccount = makeAccount('Daan');
		const inv = invite(moeder.accountId, 'gezin', { gezinsrol: 'jeugdige', relatie: 'zoon' });
		expect(acceptInvite(inv.id, zoonAccount)).toMatchObject({ ok: true, status: 'actief' });
		return { moeder: moeder.accountId, zoon: zoonAccount };
	}

	it.each(['gezin', 'netwerk', 'professional'] as const)(
		"a jeugdige's invitation as %s waits for an ouder's yes",
		(role) => {
			const { zoon } = family();
			const friend = makeAccount('Vriend van Daan');
			const inv = invite(zoon, role, role === 'gezin' ? { gezinsrol: 'ouder', relatie: 'moeder' } : {});
			expect(acceptInvite(inv.id, friend)).toMatchObject({ ok: true, status: 'wacht' });
			expect(hasAccess(friend)).toBe(false);
			expect(membershipOf(gezinId, friend)).toMatchObject({ status: 'wacht', approvedBy: null, invitedBy: zoon });
		}
	);

	it("the jeugdige's invitee cannot be let in by the jeugdige, only by an ouder", () => {
		const { moeder, zoon } = family();
		const friend = makeAccount('Vriend van Daan');
		acceptInvite(invite(zoon, 'gezin', { gezinsrol: 'ouder', relatie: 'moeder' }).id, friend);
		const zoonFacts = { membership: { ...membershipOf(gezinId, zoon)! } };
		const moederFacts = { membership: { ...membershipOf(gezinId, moeder)! } };
		expect(can({ id: zoon, roles: [] }, 'gezin.decideAccess', zoonFacts)).toBe(false);
		expect(can({ id: moeder, roles: [] }, 'gezin.decideAccess', moederFacts)).toBe(true);
	});

	it("a jeugdige cannot end the mother's access, only step back", () => {
		const { moeder, zoon } = family();
		const m = membershipOf(gezinId, moeder)!;
		const z = membershipOf(gezinId, zoon)!;
		expect(can({ id: zoon, roles: [] }, 'gezin.endAccess', { membership: z, target: m })).toBe(false);
		expect(can({ id: zoon, roles: [] }, 'gezin.endAccess', { membership: z, target: z })).toBe(true);
	});
});

describe('acceptInvite: nobody joins under the name of someone at the table', () => {
	it.each(['Sanne', '  sanne ', 'SANNE', 'San ne'])(
		'refuses an account called %j where the professional Sanne is a member, and leaves the invitation usable',
		(name) => {
			const inv = invite(prof, 'gezin');
			const copycat = makeAccount(name);
			expect(acceptInvite(inv.id, copycat)).toEqual({ ok: false, reason: 'name_taken' });
			expect(membershipOf(gezinId, copycat)).toBeUndefined();
			expect(findInviteByToken(inv.token).ok).toBe(true);
		}
	);

	it('allows the name of someone whose access has ended, and names that only look alike', () => {
		const moeder = join(prof, 'gezin', 'Marieke');
		const oma = join(moeder.accountId, 'netwerk', 'Oma Joke');
		expect(join(moeder.accountId, 'netwerk', 'Sanneke').status).toBe('actief');
		expect(endAccess(gezinId, membershipOf(gezinId, oma.accountId)!.id, moeder.accountId).ok).toBe(true);
		expect(join(moeder.accountId, 'netwerk', 'Oma Joke').status).toBe('actief');
	});
});

describe('a lost password: the gezin invites again', () => {
	it('a family member who lost their password joins again with a new account, at once when an ouder invites', () => {
		const moeder = join(prof, 'gezin', 'Marieke');
		const oma = join(moeder.accountId, 'netwerk', 'Oma Joke');
		// The old account keeps its name while it is at the table; the family ends it, and the new one takes the name.
		expect(endAccess(gezinId, membershipOf(gezinId, oma.accountId)!.id, moeder.accountId).ok).toBe(true);
		const fresh = makeAccount('Oma Joke');
		expect(acceptInvite(invite(moeder.accountId, 'netwerk').id, fresh)).toMatchObject({ ok: true, status: 'actief' });
		expect(hasAccess(fresh)).toBe(true);
	});

	it("a professional's new invitation for a family member waits for an ouder's yes", () => {
		join(prof, 'gezin', 'Marieke');
		const fresh = makeAccount('Ahmed');
		expect(acceptInvite(invite(prof, 'gezin').id, fresh)).toMatchObject({ ok: true, status: 'wacht' });
		expect(hasAccess(fresh)).toBe(false);
	});
});
