import { describe, expect, it } from 'vitest';
import { can, type Actor, type MembershipFacts } from '$lib/server/access';
import type { GlobalRole, MemberRole, MembershipStatus } from '$lib/server/db/schema';
import { zichtbaarheden, type Zichtbaarheid } from '$lib/zichtbaarheid';

/**
 * The tijdlijn part of the policy, written out independently of the implementation: which member
 * role, with an *active* membership, may do what. Nobody else gets anything.
 */
type Check = (actor: Actor | null, membership: MembershipFacts | null) => boolean;

const ME = 'ik';
const OTHER = 'iemand-anders';

const checks: Record<string, Check> = {
	'tijdlijn.edit': (actor, membership) => can(actor, 'tijdlijn.edit', { membership }),
	'tijdlijn.renameBaan': (actor, membership) => can(actor, 'tijdlijn.renameBaan', { membership }),
	...Object.fromEntries(
		zichtbaarheden.map((zichtbaarheid): [string, Check] => [
			`tijdlijn.addKant ${zichtbaarheid}`,
			(actor, membership) => can(actor, 'tijdlijn.addKant', { membership, zichtbaarheid })
		])
	),
	'tijdlijn.editKant (own side)': (actor, membership) => can(actor, 'tijdlijn.editKant', { membership, authorId: ME }),
	"tijdlijn.editKant (someone else's side)": (actor, membership) =>
		can(actor, 'tijdlijn.editKant', { membership, authorId: OTHER }),
	'tijdlijn.editKant (side of a deleted account)': (actor, membership) =>
		can(actor, 'tijdlijn.editKant', { membership, authorId: null })
};

/** Who may read each visibility level (so who may tell their side of such an event). */
const readers: Record<Zichtbaarheid, readonly MemberRole[]> = {
	iedereen: ['gezin', 'netwerk', 'professional'],
	'gezin-en-professionals': ['gezin', 'professional'],
	'alleen-gezin': ['gezin']
};

const allowedWhenActive: Record<string, readonly MemberRole[]> = {
	'tijdlijn.edit': ['gezin', 'professional'],
	'tijdlijn.renameBaan': ['gezin'],
	'tijdlijn.addKant iedereen': readers.iedereen,
	'tijdlijn.addKant gezin-en-professionals': readers['gezin-en-professionals'],
	'tijdlijn.addKant alleen-gezin': readers['alleen-gezin'],
	'tijdlijn.editKant (own side)': ['gezin', 'netwerk', 'professional'],
	"tijdlijn.editKant (someone else's side)": [],
	'tijdlijn.editKant (side of a deleted account)': []
};

const roles: MemberRole[] = ['gezin', 'netwerk', 'professional'];
const statuses: MembershipStatus[] = ['actief', 'wacht', 'beeindigd'];
/** Global roles must not matter for the tijdlijn of a gezin. */
const globalRoleSets: GlobalRole[][] = [
	[],
	['professional'],
	['beheerder', 'professional', 'trainer', 'voorzitter', 'onderzoeker']
];

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

describe('can() on the tijdlijn', () => {
	it('covers every tijdlijn action, role, status and set of global roles', () => {
		expect(Object.keys(allowedWhenActive).sort()).toEqual(Object.keys(checks).sort());
		expect(table).toHaveLength(8 * 3 * 3 * 3);
		// edit 2 + rename 1 + addKant 3+2+1 + own kant 3 = 12 allowed (role, action) pairs, each for 3 global role sets.
		expect(table.filter((row) => row.expected)).toHaveLength(12 * 3);
	});

	it.each(table)(
		'$role member ($status, global roles $globalRoles): $action → $expected',
		({ action, role, status, globalRoles, expected }) => {
			const actor: Actor = { id: ME, roles: globalRoles };
			const membership: MembershipFacts = { accountId: ME, role, status };
			expect(checks[action]!(actor, membership)).toBe(expected);
		}
	);

	it.each(Object.keys(checks))(
		'gives nobody %s with an active membership that belongs to another account',
		(action) => {
			for (const role of roles) {
				const actor: Actor = { id: ME, roles: ['professional', 'beheerder'] };
				expect(checks[action]!(actor, { accountId: OTHER, role, status: 'actief' })).toBe(false);
			}
		}
	);

	it.each(Object.keys(checks))('gives %s to nobody without a membership, not even a beheerder', (action) => {
		const actor: Actor = { id: ME, roles: ['beheerder', 'professional', 'trainer', 'voorzitter', 'onderzoeker'] };
		expect(checks[action]!(actor, null)).toBe(false);
	});

	it.each(Object.keys(checks))('gives %s to nobody who is not logged in, whatever membership is claimed', (action) => {
		for (const role of roles) {
			for (const status of statuses) {
				expect(checks[action]!(null, { accountId: ME, role, status })).toBe(false);
			}
		}
		expect(checks[action]!(null, null)).toBe(false);
	});

	it('lets an author who stepped back no longer change their own side', () => {
		for (const role of roles) {
			const actor: Actor = { id: ME, roles: [] };
			expect(
				can(actor, 'tijdlijn.editKant', { membership: { accountId: ME, role, status: 'actief' }, authorId: ME })
			).toBe(true);
			expect(
				can(actor, 'tijdlijn.editKant', { membership: { accountId: ME, role, status: 'beeindigd' }, authorId: ME })
			).toBe(false);
			expect(
				can(actor, 'tijdlijn.editKant', { membership: { accountId: ME, role, status: 'wacht' }, authorId: ME })
			).toBe(false);
		}
	});
});
