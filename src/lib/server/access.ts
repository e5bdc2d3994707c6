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

interface Resources {
	'beheer.manage': null;
	/** Making a password link for an account: the beheerder, for the accounts that allows. */
	'account.passwordLink': PasswordLinkFacts;
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
export const visibleTo: Record<Zichtbaarheid, readonly MemberRole[]> = {
	iedereen: ['gezin', 'netwerk', 'professional'],
	'gezin-en-professionals': ['gezin', 'professional'],
	'alleen-gezin': ['gezin']
};

export function can<A extends Action>(actor: Actor | null, action: A, resource: Resources[A]): boolean {
	if (!actor) return false;
	switch (action) {
		case 'beheer.manage':
			return actor.roles.includes('beheerder');
		case 'account.passwordLink':
			return actor.roles.includes('beheerder') && passwordLinkAllowedFor(resource as PasswordLinkFacts);
		case 'gezin.create':
			return actor.roles.includes('professional');
	}
	const facts = resource as GezinFacts;
	const role = activeRole(facts, actor);
	if (!role) return false;
	switch (action) {
		case 'gezin.view':
			return true;
		case 'gezin.viewAudit':
			return role === 'gezin';
		case 'gezin.decideAccess':
		case 'gezin.admitAtOnce':
			return isOuder((resource as FamilyFacts).membership);
		case 'gezin.invite':
		case 'groeiplan.edit':
		case 'tijdlijn.edit':
		case 'betrokkene.edit':
		case 'betrokkene.viewVertrouwelijk':
		case 'netwerk.view':
			return role === 'gezin' || role === 'professional';
		case 'netwerk.record':
		case 'gesprek.update':
			return role === 'professional';
		case 'gesprek.prepare':
		case 'gesprek.viewUpdates':
		case 'gesprek.lead':
		case 'gesprek.viewReacties':
		case 'overdracht.view':
			return role === 'gezin' || role === 'professional';
		case 'gesprek.react': {
			const { uitgenodigd } = resource as Resources['gesprek.react'];
			return role === 'gezin' || uitgenodigd;
		}
		case 'gesprek.vaststellen': {
			const { organisator } = resource as Resources['gesprek.vaststellen'];
			// Should the organiser's account be gone, a professional of the gezin takes over.
			return (
				(role === 'gezin' || role === 'professional') &&
				(organisator === actor.id || (organisator === null && role === 'professional'))
			);
		}
		case 'overdracht.confirm': {
			const { naarAccountId } = resource as Resources['overdracht.confirm'];
			return role === 'professional' && naarAccountId === actor.id;
		}
		case 'gesprek.vraag':
			return role === 'gezin';
		case 'gesprek.view': {
			const { uitgenodigd } = resource as Resources['gesprek.view'];
			return role === 'gezin' || role === 'professional' || uitgenodigd;
		}
		case 'tijdlijn.renameBaan':
			return role === 'gezin';
		case 'tijdlijn.addKant': {
			const { zichtbaarheid } = resource as Resources['tijdlijn.addKant'];
			return visibleTo[zichtbaarheid].includes(role);
		}
		case 'tijdlijn.editKant': {
			const { authorId } = resource as Resources['tijdlijn.editKant'];
			return authorId === actor.id;
		}
		case 'gezin.revokeInvite': {
			const { inviteCreatedBy } = resource as Resources['gezin.revokeInvite'];
			return role === 'gezin' || inviteCreatedBy === actor.id;
		}
		case 'gezin.endAccess': {
			const { membership, target } = resource as Resources['gezin.endAccess'];
			// The family ends anyone's access, but a jeugdige not an ouder's; everyone may step back themselves.
			if (target.accountId === actor.id) return true;
			return role === 'gezin' && (isOuder(membership) || !isOuder(target));
		}
		case 'item.view': {
			const { zichtbaarheid } = resource as Resources['item.view'];
			return visibleTo[zichtbaarheid].includes(role);
		}
	}
	return false;
}

/** `can(actor, 'item.view', …)` for one gezin, as a filter over visibility levels. */
export function visibilityFilter(actor: Actor | null, facts: GezinFacts): (zichtbaarheid: Zichtbaarheid) => boolean {
	return (zichtbaarheid) => can(actor, 'item.view', { ...facts, zichtbaarheid });
}
