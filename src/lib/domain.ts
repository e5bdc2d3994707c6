/** The fixed vocabularies of the domain, shared by server and pages. */

export const globalRoles = ['beheerder', 'professional', 'trainer', 'voorzitter', 'onderzoeker'] as const;
export type GlobalRole = (typeof globalRoles)[number];

export const organisatieSoorten = ['wijkteam', 'jeugdbescherming', 'zorgaanbieder', 'school', 'gemeente', 'overig'] as const;
export type OrganisatieSoort = (typeof organisatieSoorten)[number];

/** Membership of a gezin. */
export const memberRoles = ['gezin', 'netwerk', 'professional'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Within role `gezin`: ouder/verzorger or jeugdige. */
export const gezinsrollen = ['ouder', 'jeugdige'] as const;
export type Gezinsrol = (typeof gezinsrollen)[number];

export const membershipStatuses = ['wacht', 'actief', 'beeindigd'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];
