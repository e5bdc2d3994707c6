import { describe, expect, it } from 'vitest';
import { can, passwordLinkAllowedFor, policyActions, type Actor, type FamilyMembershipFacts } from '$lib/server/access';
import type { GlobalRole, MemberRole, MembershipStatus } from '$lib/server/db/schema';

/**
 * The expected policy, written out independently of the implementation:
 * which member role (with an *active* membership) may do what. A family member here is an
 * ouder; what differs for a jeugdige is tested below.
 */
type Check = (actor: Actor | null, membership: FamilyMembershipFacts | null) => boolean;

const OTHER = 'iemand-anders';
/** Who the actor is (also when nobody is signed in: the facts then still name this account). */
const idOf = (actor: Actor | null) => actor?.id ?? 'ik';

/** Each check is named `<action>` or `<action> (<case>)`: the action comes first. */
const checks: Record<string, Check> = {
	'gezin.view': (actor, membership) => can(actor, 'gezin.view', { membership }),
	'gezin.viewAudit': (actor, membership) => can(actor, 'gezin.viewAudit', { membership }),
	'gezin.invite': (actor, membership) => can(actor, 'gezin.invite', { membership }),
	'gezin.decideAccess': (actor, membership) => can(actor, 'gezin.decideAccess', { membership }),
	'gezin.admitAtOnce': (actor, membership) => can(actor, 'gezin.admitAtOnce', { membership }),
	'gezin.revokeInvite (own invite)': (actor, membership) =>
		can(actor, 'gezin.revokeInvite', { membership, inviteCreatedBy: idOf(actor) }),
	"gezin.revokeInvite (someone else's invite)": (actor, membership) =>
		can(actor, 'gezin.revokeInvite', { membership, inviteCreatedBy: OTHER }),
	'gezin.endAccess (own access)': (actor, membership) =>
		can(actor, 'gezin.endAccess', {
			membership,
			target: {
				accountId: idOf(actor),
				role: membership?.role ?? 'gezin',
				status: 'actief',
				gezinsrol: membership?.gezinsrol ?? null
			}
		}),
	"gezin.endAccess (someone else's access)": (actor, membership) =>
		can(actor, 'gezin.endAccess', {
			membership,
			target: { accountId: OTHER, role: 'netwerk', status: 'actief', gezinsrol: null }
		}),
	'groeiplan.edit': (actor, membership) => can(actor, 'groeiplan.edit', { membership }),
	'item.view iedereen': (actor, membership) => can(actor, 'item.view', { membership, zichtbaarheid: 'iedereen' }),
	'item.view gezin-en-professionals': (actor, membership) =>
		can(actor, 'item.view', { membership, zichtbaarheid: 'gezin-en-professionals' }),
	'item.view alleen-gezin': (actor, membership) =>
		can(actor, 'item.view', { membership, zichtbaarheid: 'alleen-gezin' }),
	'tijdlijn.edit': (actor, membership) => can(actor, 'tijdlijn.edit', { membership }),
	'tijdlijn.typeForGezin': (actor, membership) => can(actor, 'tijdlijn.typeForGezin', { membership }),
	'tijdlijn.renameBaan': (actor, membership) => can(actor, 'tijdlijn.renameBaan', { membership }),
	'tijdlijn.addKant (event for iedereen)': (actor, membership) =>
		can(actor, 'tijdlijn.addKant', { membership, zichtbaarheid: 'iedereen' }),
	'tijdlijn.addKant (event for gezin-en-professionals)': (actor, membership) =>
		can(actor, 'tijdlijn.addKant', { membership, zichtbaarheid: 'gezin-en-professionals' }),
	'tijdlijn.addKant (event for alleen-gezin)': (actor, membership) =>
		can(actor, 'tijdlijn.addKant', { membership, zichtbaarheid: 'alleen-gezin' }),
	'tijdlijn.editKant (own side)': (actor, membership) =>
		can(actor, 'tijdlijn.editKant', { membership, authorId: idOf(actor) }),
	"tijdlijn.editKant (someone else's side)": (actor, membership) =>
		can(actor, 'tijdlijn.editKant', { membership, authorId: OTHER }),
	'tijdlijn.editKant (author gone)': (actor, membership) =>
		can(actor, 'tijdlijn.editKant', { membership, authorId: null }),
	'betrokkene.edit': (actor, membership) => can(actor, 'betrokkene.edit', { membership }),
	'betrokkene.viewVertrouwelijk': (actor, membership) => can(actor, 'betrokkene.viewVertrouwelijk', { membership }),
	'netwerk.view': (actor, membership) => can(actor, 'netwerk.view', { membership }),
	'netwerk.record': (actor, membership) => can(actor, 'netwerk.record', { membership }),
	'gesprek.view (invited)': (actor, membership) => can(actor, 'gesprek.view', { membership, uitgenodigd: true }),
	'gesprek.view (not invited)': (actor, membership) => can(actor, 'gesprek.view', { membership, uitgenodigd: false }),
	'gesprek.prepare': (actor, membership) => can(actor, 'gesprek.prepare', { membership }),
	'gesprek.vraag': (actor, membership) => can(actor, 'gesprek.vraag', { membership }),
	'gesprek.update': (actor, membership) => can(actor, 'gesprek.update', { membership }),
	'gesprek.viewUpdates': (actor, membership) => can(actor, 'gesprek.viewUpdates', { membership }),
	'gesprek.lead': (actor, membership) => can(actor, 'gesprek.lead', { membership }),
	'gesprek.react (invited)': (actor, membership) => can(actor, 'gesprek.react', { membership, uitgenodigd: true }),
	'gesprek.react (not invited)': (actor, membership) => can(actor, 'gesprek.react', { membership, uitgenodigd: false }),
	'gesprek.viewReacties': (actor, membership) => can(actor, 'gesprek.viewReacties', { membership }),
	'gesprek.vaststellen (organised it)': (actor, membership) =>
		can(actor, 'gesprek.vaststellen', { membership, organisator: idOf(actor) }),
	'gesprek.vaststellen (someone else organised it)': (actor, membership) =>
		can(actor, 'gesprek.vaststellen', { membership, organisator: OTHER }),
	'gesprek.vaststellen (organiser gone)': (actor, membership) =>
		can(actor, 'gesprek.vaststellen', { membership, organisator: null }),
	'overdracht.view': (actor, membership) => can(actor, 'overdracht.view', { membership }),
	'overdracht.confirm (handed to me)': (actor, membership) =>
		can(actor, 'overdracht.confirm', { membership, naarAccountId: idOf(actor) }),
	'overdracht.confirm (handed to someone else)': (actor, membership) =>
		can(actor, 'overdracht.confirm', { membership, naarAccountId: OTHER })
};

const allowedWhenActive: Record<string, readonly MemberRole[]> = {
	'gezin.view': ['gezin', 'netwerk', 'professional'],
	'gezin.viewAudit': ['gezin'],
	'gezin.invite': ['gezin', 'professional'],
	'gezin.decideAccess': ['gezin'],
	'gezin.admitAtOnce': ['gezin'],
	'gezin.revokeInvite (own invite)': ['gezin', 'netwerk', 'professional'],
	"gezin.revokeInvite (someone else's invite)": ['gezin'],
	'gezin.endAccess (own access)': ['gezin', 'netwerk', 'professional'],
	"gezin.endAccess (someone else's access)": ['gezin'],
	'groeiplan.edit': ['gezin', 'professional'],
	'item.view iedereen': ['gezin', 'netwerk', 'professional'],
	'item.view gezin-en-professionals': ['gezin', 'professional'],
	'item.view alleen-gezin': ['gezin'],
	'tijdlijn.edit': ['gezin', 'professional'],
	'tijdlijn.typeForGezin': ['professional'],
	'tijdlijn.renameBaan': ['gezin'],
	'tijdlijn.addKant (event for iedereen)': ['gezin', 'netwerk', 'professional'],
	'tijdlijn.addKant (event for gezin-en-professionals)': ['gezin', 'professional'],
	'tijdlijn.addKant (event for alleen-gezin)': ['gezin'],
	'tijdlijn.editKant (own side)': ['gezin', 'netwerk', 'professional'],
	"tijdlijn.editKant (someone else's side)": [],
	'tijdlijn.editKant (author gone)': [],
	'betrokkene.edit': ['gezin', 'professional'],
	'betrokkene.viewVertrouwelijk': ['gezin', 'professional'],
	'netwerk.view': ['gezin', 'professional'],
	'netwerk.record': ['professional'],
	'gesprek.view (invited)': ['gezin', 'netwerk', 'professional'],
	'gesprek.view (not invited)': ['gezin', 'professional'],
	'gesprek.prepare': ['gezin', 'professional'],
	'gesprek.vraag': ['gezin'],
	'gesprek.update': ['professional'],
	'gesprek.viewUpdates': ['gezin', 'professional'],
	'gesprek.lead': ['gezin', 'professional'],
	'gesprek.react (invited)': ['gezin', 'netwerk', 'professional'],
	'gesprek.react (not invited)': ['gezin'],
	'gesprek.viewReacties': ['gezin', 'professional'],
	'gesprek.vaststellen (organised it)': ['gezin', 'professional'],
	'gesprek.vaststellen (someone else organised it)': [],
	'gesprek.vaststellen (organiser gone)': ['professional'],
	'overdracht.view': ['gezin', 'professional'],
	'overdracht.confirm (handed to me)': ['professional'],
	'overdracht.confirm (handed to someone else)': []
};

/** The actions that are not about a gezin, each with its own table below ("global actions", "password links"). */
const globalChecks: Record<string, (actor: Actor | null) => boolean> = {
	'beheer.manage': (actor) => can(actor, 'beheer.manage', null),
	'gezin.create': (actor) => can(actor, 'gezin.create', null),
	'account.passwordLink': (actor) =>
		can(actor, 'account.passwordLink', { globalRoles: ['professional'], memberRoles: [] })
};

const actionOf = (check: string) => check.split(' ')[0]!;

const roles: MemberRole[] = ['gezin', 'netwerk', 'professional'];
const statuses: MembershipStatus[] = ['actief', 'wacht', 'beeindigd'];
/** Global roles must not matter for access to a gezin. */
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

describe('can() on a gezin', () => {
	it('covers every action, role, status and set of global roles', () => {
		expect(Object.keys(allowedWhenActive).sort()).toEqual(Object.keys(checks).sort());
		expect(table).toHaveLength(42 * 3 * 3 * 3);
		// Sanity: the table really contains both outcomes.
		expect(table.filter((row) => row.expected)).toHaveLength(69 * 3);
	});

	it.each(table)(
		'$role member ($status, global roles $globalRoles): $action → $expected',
		({ action, role, status, globalRoles, expected }) => {
			const actor: Actor = { id: 'ik', roles: globalRoles };
			const membership: FamilyMembershipFacts = {
				accountId: 'ik',
				role,
				status,
				gezinsrol: role === 'gezin' ? 'ouder' : null
			};
			expect(checks[action]!(actor, membership)).toBe(expected);
		}
	);

	it.each(Object.keys(checks))('gives nobody %s with a membership that belongs to another account', (action) => {
		for (const role of roles) {
			const actor: Actor = { id: 'ik', roles: ['professional', 'beheerder'] };
			expect(
				checks[action]!(actor, {
					accountId: OTHER,
					role,
					status: 'actief',
					gezinsrol: role === 'gezin' ? 'ouder' : null
				})
			).toBe(false);
		}
	});

	it.each(Object.keys(checks))('gives %s to nobody without a membership, not even a beheerder', (action) => {
		const actor: Actor = { id: 'ik', roles: ['beheerder', 'professional', 'trainer', 'voorzitter', 'onderzoeker'] };
		expect(checks[action]!(actor, null)).toBe(false);
	});
});

describe('every action of the policy', () => {
	it('has expectations in this file: a new rule without a test fails here', () => {
		const tested = new Set([...Object.keys(checks).map(actionOf), ...Object.keys(globalChecks)]);
		expect(policyActions.filter((action) => !tested.has(action))).toEqual([]);
		// And nothing tested here that the policy no longer has.
		expect([...tested].filter((action) => !(policyActions as readonly string[]).includes(action))).toEqual([]);
	});

	it.each([...Object.keys(checks), ...Object.keys(globalChecks)])('%s: never for nobody signed in', (check) => {
		const gezinCheck = checks[check];
		if (gezinCheck) {
			for (const role of roles)
				for (const status of statuses)
					expect(
						gezinCheck(null, { accountId: 'ik', role, status, gezinsrol: role === 'gezin' ? 'ouder' : null })
					).toBe(false);
			expect(gezinCheck(null, null)).toBe(false);
		} else {
			expect(globalChecks[check]!(null)).toBe(false);
		}
	});
});

describe('can() without an actor', () => {
	it('never allows anything', () => {
		const gezinMember: FamilyMembershipFacts = { accountId: 'ik', role: 'gezin', status: 'actief', gezinsrol: 'ouder' };
		expect(can(null, 'beheer.manage', null)).toBe(false);
		expect(can(null, 'gezin.create', null)).toBe(false);
		expect(can(null, 'gezin.view', { membership: gezinMember })).toBe(false);
		expect(can(null, 'gezin.viewAudit', { membership: gezinMember })).toBe(false);
		expect(can(null, 'gezin.invite', { membership: gezinMember })).toBe(false);
		expect(can(null, 'gezin.decideAccess', { membership: gezinMember })).toBe(false);
		expect(can(null, 'gezin.admitAtOnce', { membership: gezinMember })).toBe(false);
		expect(can(null, 'account.passwordLink', { globalRoles: ['professional'], memberRoles: [] })).toBe(false);
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
	] as Array<[GlobalRole[], boolean, boolean]>)(
		'roles %j: beheer %s, create gezin %s',
		(globalRoles, beheer, create) => {
			const actor: Actor = { id: 'ik', roles: globalRoles };
			expect(can(actor, 'beheer.manage', null)).toBe(beheer);
			expect(can(actor, 'gezin.create', null)).toBe(create);
		}
	);
});

describe('ouder and jeugdige: only an ouder/verzorger decides who joins', () => {
	const ME = 'ik';
	const actor: Actor = { id: ME, roles: [] };
	const lid = (
		gezinsrol: 'ouder' | 'jeugdige' | null,
		accountId = ME,
		role: FamilyMembershipFacts['role'] = 'gezin'
	): FamilyMembershipFacts => ({
		accountId,
		role,
		status: 'actief',
		gezinsrol
	});

	it('an ouder (or a family member without a gezinsrol) says yes or no and admits at once; a jeugdige does neither', () => {
		for (const gezinsrol of ['ouder', null] as const) {
			expect(can(actor, 'gezin.decideAccess', { membership: lid(gezinsrol) })).toBe(true);
			expect(can(actor, 'gezin.admitAtOnce', { membership: lid(gezinsrol) })).toBe(true);
		}
		expect(can(actor, 'gezin.decideAccess', { membership: lid('jeugdige') })).toBe(false);
		expect(can(actor, 'gezin.admitAtOnce', { membership: lid('jeugdige') })).toBe(false);
	});

	it('a professional, the network or a waiting ouder never admits at once', () => {
		expect(can(actor, 'gezin.admitAtOnce', { membership: lid(null, ME, 'professional') })).toBe(false);
		expect(can(actor, 'gezin.admitAtOnce', { membership: lid(null, ME, 'netwerk') })).toBe(false);
		expect(can(actor, 'gezin.admitAtOnce', { membership: { ...lid('ouder'), status: 'wacht' } })).toBe(false);
		expect(can(actor, 'gezin.admitAtOnce', { membership: null })).toBe(false);
	});

	it('a jeugdige still invites, sees who looked, and may step back', () => {
		const facts = { membership: lid('jeugdige') };
		expect(can(actor, 'gezin.invite', facts)).toBe(true);
		expect(can(actor, 'gezin.viewAudit', facts)).toBe(true);
		expect(can(actor, 'gezin.endAccess', { ...facts, target: lid('jeugdige') })).toBe(true);
	});

	it("a jeugdige cannot end an ouder's access; an ouder can end a jeugdige's", () => {
		expect(can(actor, 'gezin.endAccess', { membership: lid('jeugdige'), target: lid('ouder', OTHER) })).toBe(false);
		expect(can(actor, 'gezin.endAccess', { membership: lid('jeugdige'), target: lid(null, OTHER) })).toBe(false);
		expect(can(actor, 'gezin.endAccess', { membership: lid('ouder'), target: lid('jeugdige', OTHER) })).toBe(true);
		expect(can(actor, 'gezin.endAccess', { membership: lid('ouder'), target: lid('ouder', OTHER) })).toBe(true);
		// What the brief leaves to the family: a jeugdige may still end the network's or a professional's access.
		expect(can(actor, 'gezin.endAccess', { membership: lid('jeugdige'), target: lid(null, OTHER, 'netwerk') })).toBe(
			true
		);
	});
});

describe('password links', () => {
	it.each([
		[[], [], false],
		[[], ['gezin'], false],
		[[], ['netwerk'], false],
		[['professional'], [], true],
		[['professional'], ['professional'], true],
		[['professional'], ['professional', 'netwerk'], false],
		[['beheerder'], ['gezin'], false],
		[['trainer'], [], true]
	] as Array<[GlobalRole[], MemberRole[], boolean]>)(
		'an account with global roles %j and memberships %j: %s',
		(globalRoles, memberRoles, allowed) => {
			expect(passwordLinkAllowedFor({ globalRoles, memberRoles })).toBe(allowed);
			expect(can({ id: 'beheer', roles: ['beheerder'] }, 'account.passwordLink', { globalRoles, memberRoles })).toBe(
				allowed
			);
			// Only a beheerder makes them, and being one does not widen the rule.
			expect(
				can({ id: 'prof', roles: ['professional', 'voorzitter'] }, 'account.passwordLink', { globalRoles, memberRoles })
			).toBe(false);
		}
	);
});
