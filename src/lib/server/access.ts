import type { Gezinsrol, GlobalRole, MemberRole, MembershipStatus } from './db/schema';
import type { Zichtbaarheid } from '../zichtbaarheid';

/**
 * The one policy module. Every load, action and endpoint asks `can(actor, action, resource)`;
 * nothing else decides access. Access to a gezin comes only from an active membership of it.
 * Pure: callers load the facts, this decides.
 */

export interface Actor {
	id: string;
	roles: readonly GlobalRole[];
}

export interface MembershipFacts {
	accountId: string;
	role: MemberRole;
	status: MembershipStatus;
	/** Only for role `gezin`: ouder/verzorger or jeugdige. Left out where it does not matter. */
	gezinsrol?: Gezinsrol | null;
}

/** A membership whose gezinsrol is known: needed where ouders and jeugdigen differ. */
export type FamilyMembershipFacts = MembershipFacts & { gezinsrol: Gezinsrol | null };

export interface GezinFacts {
	/** The actor's own membership of this gezin, if any. */
	membership: MembershipFacts | null;
}

/** The actor's membership with its gezinsrol, for the rules that tell an ouder from a jeugdige. */
export interface FamilyFacts extends GezinFacts {
	membership: FamilyMembershipFacts | null;
}

/** The account a password link would be for: its global roles and the roles it holds in gezinnen. */
export interface PasswordLinkFacts {
	globalRoles: readonly GlobalRole[];
	/** Roles of its memberships that are not ended. */
	memberRoles: readonly MemberRole[];
}

/**
 * A password link is for accounts with a global role only, and never for one that is family or
 * network somewhere: whoever sets the password reads as that person, and a global role must never
 * become access to a gezin. Family and network come back through a new invitation of their gezin.
 */
export function passwordLinkAllowedFor(target: PasswordLinkFacts): boolean {
	return target.globalRoles.length > 0 && !target.memberRoles.some((r) => r === 'gezin' || r === 'netwerk');
}

/**
 * Every action with the facts its rule needs (its resource). A resource need not be about a gezin:
 * a rule for a trainer's stellingenset takes the set's owner and sharing, one for an anonymous game
 * participant the game and the participant's cookie facts (with `actor` null). Adding an action
 * here without a rule below, or a rule that reads the wrong facts, does not compile.
 */
export interface Resources {
	'beheer.manage': null;
	/** Making a password link for an account: the beheerder, for the accounts that allows. */
	'account.passwordLink': PasswordLinkFacts;
	/** Starting a new gezin (and seeing the list of one's gezinnen as a professional). */
	'gezin.create': null;
	'gezin.view': GezinFacts;
	'gezin.viewAudit': GezinFacts;
	'gezin.invite': GezinFacts;
	/** Saying yes or no to a waiting request: an ouder/verzorger, not a jeugdige. */
	'gezin.decideAccess': FamilyFacts;
	/**
	 * Whether an invitation made by this actor gives access at once, without an ouder's yes:
	 * only an ouder/verzorger's does (a jeugdige's and a professional's wait).
	 */
	'gezin.admitAtOnce': FamilyFacts;
	'gezin.revokeInvite': GezinFacts & { inviteCreatedBy: string };
	/** The family ends access; a jeugdige not an ouder's. Everyone may step back themselves. */
	'gezin.endAccess': FamilyFacts & { target: FamilyMembershipFacts };
	/** Writing in the groeiplan: family and professionals; the network reads. */
	'groeiplan.edit': GezinFacts;
	'item.view': GezinFacts & { zichtbaarheid: Zichtbaarheid };
	/** Adding and changing events on the tijdlijn: family and professionals; the network reads. */
	'tijdlijn.edit': GezinFacts;
	/** Typing in what the family tells ("Het gezin vertelt, ik typ het in"): professionals only. */
	'tijdlijn.typeForGezin': GezinFacts;
	/** The lanes are the family's: only they rename them. */
	'tijdlijn.renameBaan': GezinFacts;
	/** "Zo zag ik het": everyone at the table may tell their side of an event they can see. */
	'tijdlijn.addKant': GezinFacts & { zichtbaarheid: Zichtbaarheid };
	/** A side stays its author's: only they change or remove it. */
	'tijdlijn.editKant': GezinFacts & { authorId: string | null };
	/** Adding and changing the people around the gezin (betrokkenen): family and professionals. */
	'betrokkene.edit': GezinFacts;
	/** The "niet veilig / spanning" mark and contact details: family and professionals, not the network. */
	'betrokkene.viewVertrouwelijk': GezinFacts;
	/** The tipsheet netwerk betrekken and what was tried: family and professionals read it. */
	'netwerk.view': GezinFacts;
	/** Writing down a tip tried and where the gezin stands: professionals, whose tipsheet it is. */
	'netwerk.record': GezinFacts;
	/** An afstemmingsgesprek: family and professionals see every one; the network only those it is invited to. */
	'gesprek.view': GezinFacts & { uitgenodigd: boolean };
	/** Planning a gesprek and preparing it (when, where, who, the agenda): family and professionals. */
	'gesprek.prepare': GezinFacts;
	/** "Wat wil ik bespreken": the family's own questions. */
	'gesprek.vraag': GezinFacts;
	/** A professional's short update beforehand; the family reads these, the network does not. */
	'gesprek.update': GezinFacts;
	'gesprek.viewUpdates': GezinFacts;
	/** Running the gesprek (moving on, writing down) and making the verslag: family and professionals. */
	'gesprek.lead': GezinFacts;
	/** Reacting to the verslag: the family, and everyone invited. */
	'gesprek.react': GezinFacts & { uitgenodigd: boolean };
	/** Every reaction, not only one's own: family and professionals; the network sees its own. */
	'gesprek.viewReacties': GezinFacts;
	/** Marking the verslag vastgesteld: the one who organised the gesprek. */
	'gesprek.vaststellen': GezinFacts & { organisator: string | null };
	/** Seeing warme overdrachten (and recording one in a gesprek): family and professionals. */
	'overdracht.view': GezinFacts;
	/** Confirming a handover: only the professional who receives it. */
	'overdracht.confirm': GezinFacts & { naarAccountId: string | null };
}

export type Action = keyof Resources;

/** A rule decides one action from the actor (null: nobody signed in) and that action's own facts. */
export type Rule<R> = (actor: Actor | null, resource: R) => boolean;

function activeRole(facts: GezinFacts, actor: Actor): MemberRole | null {
	const m = facts.membership;
	if (!m || m.accountId !== actor.id || m.status !== 'actief') return null;
	return m.role;
}

/** An ouder/verzorger: a family member who is not a jeugdige. */
function isOuder(m: FamilyMembershipFacts | null): boolean {
	return !!m && m.role === 'gezin' && m.gezinsrol !== 'jeugdige';
}

/** Which member roles may read an item of each visibility level. */
const visibleTo: Record<Zichtbaarheid, readonly MemberRole[]> = {
	iedereen: ['gezin', 'netwerk', 'professional'],
	'gezin-en-professionals': ['gezin', 'professional'],
	'alleen-gezin': ['gezin']
};

/** A rule for an account with this global role. */
const withRole =
	(role: GlobalRole): Rule<unknown> =>
	(actor) =>
		!!actor && actor.roles.includes(role);

/** A rule about a gezin: only the actor's own active membership counts, then `decide` says. */
const member =
	<R extends GezinFacts>(decide: (role: MemberRole, resource: R, actor: Actor) => boolean): Rule<R> =>
	(actor, resource) => {
		if (!actor) return false;
		const role = activeRole(resource, actor);
		return role !== null && decide(role, resource, actor);
	};

/** A rule about a gezin that only asks the actor's member role. */
const memberIs = (...roles: MemberRole[]): Rule<GezinFacts> => member((role) => roles.includes(role));

const familyAndProfessionals = memberIs('gezin', 'professional');

/** One rule per action; the compiler checks that every action has one and that it reads its own facts. */
const rules: { [A in Action]: Rule<Resources[A]> } = {
	'beheer.manage': withRole('beheerder'),
	'account.passwordLink': (actor, target) => withRole('beheerder')(actor, target) && passwordLinkAllowedFor(target),
	'gezin.create': withRole('professional'),
	'gezin.view': memberIs('gezin', 'netwerk', 'professional'),
	'gezin.viewAudit': memberIs('gezin'),
	'gezin.invite': familyAndProfessionals,
	'gezin.decideAccess': member((_role, facts: FamilyFacts) => isOuder(facts.membership)),
	'gezin.admitAtOnce': member((_role, facts: FamilyFacts) => isOuder(facts.membership)),
	'gezin.revokeInvite': member((role, { inviteCreatedBy }, actor) => role === 'gezin' || inviteCreatedBy === actor.id),
	// The family ends anyone's access, but a jeugdige not an ouder's; everyone may step back themselves.
	'gezin.endAccess': member(
		(role, { membership, target }, actor) =>
			target.accountId === actor.id || (role === 'gezin' && (isOuder(membership) || !isOuder(target)))
	),
	'groeiplan.edit': familyAndProfessionals,
	'item.view': member((role, { zichtbaarheid }) => visibleTo[zichtbaarheid].includes(role)),
	'tijdlijn.edit': familyAndProfessionals,
	'tijdlijn.typeForGezin': memberIs('professional'),
	'tijdlijn.renameBaan': memberIs('gezin'),
	'tijdlijn.addKant': member((role, { zichtbaarheid }) => visibleTo[zichtbaarheid].includes(role)),
	'tijdlijn.editKant': member((_role, { authorId }, actor) => authorId === actor.id),
	'betrokkene.edit': familyAndProfessionals,
	'betrokkene.viewVertrouwelijk': familyAndProfessionals,
	'netwerk.view': familyAndProfessionals,
	'netwerk.record': memberIs('professional'),
	'gesprek.view': member((role, { uitgenodigd }) => role === 'gezin' || role === 'professional' || uitgenodigd),
	'gesprek.prepare': familyAndProfessionals,
	'gesprek.vraag': memberIs('gezin'),
	'gesprek.update': memberIs('professional'),
	'gesprek.viewUpdates': familyAndProfessionals,
	'gesprek.lead': familyAndProfessionals,
	'gesprek.react': member((role, { uitgenodigd }) => role === 'gezin' || uitgenodigd),
	'gesprek.viewReacties': familyAndProfessionals,
	// Should the organiser's account be gone, a professional of the gezin takes over.
	'gesprek.vaststellen': member(
		(role, { organisator }, actor) =>
			(role === 'gezin' || role === 'professional') &&
			(organisator === actor.id || (organisator === null && role === 'professional'))
	),
	'overdracht.view': familyAndProfessionals,
	'overdracht.confirm': member(
		(role, { naarAccountId }, actor) => role === 'professional' && naarAccountId === actor.id
	)
};

/** Every action of the policy, for the tests that must cover them all. */
export const policyActions = Object.keys(rules) as readonly Action[];

/** Whether `actor` may do `action`, given that action's facts. Deny by default: no rule, no access. */
export function can<A extends Action>(actor: Actor | null, action: A, resource: Resources[A]): boolean {
	const rule: Rule<Resources[A]> = rules[action];
	return rule(actor, resource);
}

/** `can(actor, 'item.view', …)` for one gezin, as a filter over visibility levels. */
export function visibilityFilter(actor: Actor | null, facts: GezinFacts): (zichtbaarheid: Zichtbaarheid) => boolean {
	return (zichtbaarheid) => can(actor, 'item.view', { ...facts, zichtbaarheid });
}
