import { describe, expect, it } from 'vitest';
import { can, type Actor, type MembershipFacts } from '$lib/server/access';
import type { GlobalRole, MemberRole, MembershipStatus } from '$lib/server/db/schema';

/**
 * The expected policy, written out independently of the implementation:
 * which member role (with an *active* membership) may do what.
 */
type Check = (actor: Actor, membership: MembershipFacts | null) => boolean;

const OTHER = 'iemand-anders';

const checks: Record<string, Check> = {
	'gezin.view': (actor, membership) => can(actor, 'gezin.view', { membership }),
	'gezin.viewAudit': (actor, membership) => can(actor, 'gezin.viewAudit', { membership }),
	'gezin.invite': (actor, membership) => can(actor, 'gezin.invite', { membership }),
	'gezin.decideAccess': (actor, membership) => can(actor, 'gezin.decideAccess', { membership }),
	'gezin.revokeInvite (own invite)': (actor, membership) => can(actor, 'gezin.revokeInvite', { membership, inviteCreatedBy: actor.id }),
	"gezin.revokeInvite (someone else's invite)": (actor, membership) => can(actor, 'gezin.revokeInvite', { membership, inviteCreatedBy: OTHER }),
	'gezin.endAccess (own access)': (actor, membership) =>
		can(actor, 'gezin.endAccess', { membership, target: { accountId: actor.id, role: membership?.role ?? 'gezin', status: 'actief' } }),
	"gezin.endAccess (someone else's access)": (actor, membership) =>
		can(actor, 'gezin.endAccess', { membership, target: { accountId: OTHER, role: 'netwerk', status: 'actief' } }),
	'item.view iedereen': (actor, membership) => can(actor, 'item.view', { membership, zichtbaarheid: 'iedereen' }),
	'item.view gezin-en-professionals': (actor, membership) => can(actor, 'item.view', { membership, zichtbaarheid: 'gezin-en-professionals' }),
	'item.view alleen-gezin': (actor, membership) => can(actor, 'item.view', { membership, zichtbaarheid: 'alleen-gezin' })
};

const allowedWhenActive: Record<string, readonly MemberRole[]> = {
	'gezin.view': ['gezin', 'netwerk', 'professional'],
	'gezin.viewAudit': ['gezin'],
	'gezin.invite': ['gezin', 'professional'],
	'gezin.decideAccess': ['gezin'],
	'gezin.revokeInvite (own invite)': ['gezin', 'netwerk', 'professional'],
	"gezin.revokeInvite (someone else's invite)": ['gezin'],
	'gezin.endAccess (own access)': ['gezin', 'netwerk', 'professional'],
	"gezin.endAccess (someone else's access)": ['gezin'],
	'item.view iedereen': ['gezin', 'netwerk', 'professional'],
	'item.view gezin-en-professionals': ['gezin', 'professional'],
	'item.view alleen-gezin': ['gezin']
};

const roles: MemberRole[] = ['gezin', 'netwerk', 'professional'];
const statuses: MembershipStatus[] = ['actief', 'wacht', 'beeindigd'];
/** Global roles must not matter for access to a gezin. */
const globalRoleSets: GlobalRole[][] = [[], ['professional'], ['beheerder', 'professional', 'trainer', 'voorzitter', 'onderzoeker']];

const table = Object.keys(checks).flatMap((action) =>
	roles.flatMap((role) =>
		statuses.flatMap((status) =>
			globalRoleSets.map((globalRoles) => ({
				action,
				role,
				status,
				globalRoles,
				expected: status === 'actief' && (allowedWhenActive[action] ?? []).includes(role)
			}))
		)
	)
);

describe('can() on a gezin', () => {
	it('covers every action, role, status and set of global roles', () => {
		expect(Object.keys(allowedWhenActive).sort()).toEqual(Object.keys(checks).sort());
		expect(table).toHaveLength(11 * 3 * 3 * 3);
		// Sanity: the table really contains both outcomes.
		expect(table.filter((row) => row.expected)).toHaveLength(21 * 3);
	});

	it.each(table)('$role member ($status, global roles $globalRoles): $action → $expected', ({ action, role, status, globalRoles, expected }) => {
		const actor: Actor = { id: 'ik', roles: globalRoles };
		const membership: MembershipFacts = { accountId: 'ik', role, status };
		expect(checks[action]!(actor, membership)).toBe(expected);
	});

	it.each(Object.keys(checks))('gives nobody %s with a membership that belongs to another account', (action) => {
		for (const role of roles) {
			const actor: Actor = { id: 'ik', roles: ['professional', 'beheerder'] };
			expect(checks[action]!(actor, { accountId: OTHER, role, status: 'actief' })).toBe(false);
		}
	});

	it.each(Object.keys(checks))('gives %s to nobody without a membership, not even a beheerder', (action) => {
		const actor: Actor = { id: 'ik', roles: ['beheerder', 'professional', 'trainer', 'voorzitter', 'onderzoeker'] };
		expect(checks[action]!(actor, null)).toBe(false);
	});
});

describe('can() without an actor', () => {
	it('never allows anything', () => {
		const gezinMember: MembershipFacts = { accountId: 'ik', role: 'gezin', status: 'actief' };
		expect(can(null, 'beheer.manage', null)).toBe(false);
		expect(can(null, 'gezin.create', null)).toBe(false);
		expect(can(null, 'gezin.view', { membership: gezinMember })).toBe(false);
		expect(can(null, 'gezin.viewAudit', { membership: gezinMember })).toBe(false);
		expect(can(null, 'gezin.invite', { membership: gezinMember })).toBe(false);
		expect(can(null, 'gezin.decideAccess', { membership: gezinMember })).toBe(false);
		expect(can(null, 'gezin.revokeInvite', { membership: gezinMember, inviteCreatedBy: 'ik' })).toBe(false);
		expect(can(null, 'gezin.endAccess', { membership: gezinMember, target: gezinMember })).toBe(false);
		expect(can(null, 'item.view', { membership: gezinMember, zichtbaarheid: 'iedereen' })).toBe(false);
	});
});

describe('global actions', () => {
	it.each([
		[[], false, false],
		[['professional'], false, true],
		[['beheerder'], true, false],
		[['trainer', 'voorzitter', 'onderzoeker'], false, false],
		[['beheerder', 'professional'], true, true]
	] as Array<[GlobalRole[], boolean, boolean]>)('roles %j: beheer %s, create gezin %s', (globalRoles, beheer, create) => {
		const actor: Actor = { id: 'ik', roles: globalRoles };
		expect(can(actor, 'beheer.manage', null)).toBe(beheer);
		expect(can(actor, 'gezin.create', null)).toBe(create);
	});
});
