/** The fixed vocabularies of the domain, shared by server and pages. */

export const globalRoles = ['beheerder', 'professional', 'trainer', 'voorzitter', 'onderzoeker'] as const;
export type GlobalRole = (typeof globalRoles)[number];

export const organisatieSoorten = [
	'wijkteam',
	'jeugdbescherming',
	'zorgaanbieder',
	'school',
	'gemeente',
	'overig'
] as const;
export type OrganisatieSoort = (typeof organisatieSoorten)[number];

/** Membership of a gezin. */
export const memberRoles = ['gezin', 'netwerk', 'professional'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Within role `gezin`: ouder/verzorger or jeugdige. */
export const gezinsrollen = ['ouder', 'jeugdige'] as const;
export type Gezinsrol = (typeof gezinsrollen)[number];

export const membershipStatuses = ['wacht', 'actief', 'beeindigd'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

/** The list sections of a groeiplan; Regie and the next evaluation date live on the groeiplan itself. */
export const groeiplanSecties = ['goed', 'zorg', 'doel', 'afspraak', 'plan', 'evaluatie', 'plan-b'] as const;
export type GroeiplanSectie = (typeof groeiplanSecties)[number];

export const doelStatussen = ['nog-niet-begonnen', 'bezig', 'bereikt', 'losgelaten'] as const;
export type DoelStatus = (typeof doelStatussen)[number];

export const afspraakStatussen = ['open', 'bezig', 'gedaan', 'niet-gelukt'] as const;
export type AfspraakStatus = (typeof afspraakStatussen)[number];

/** The four lanes of the tijdlijn "Dit zijn wij!". A family may rename them; the four stay four. */
export const tijdlijnBanen = ['gezin', 'kinderen', 'netwerk', 'hulp'] as const;
export type TijdlijnBaan = (typeof tijdlijnBanen)[number];

/** How a moment felt: mooi, moeilijk or gewoon. Shown with an icon and a colour, never colour alone. */
export const momentSoorten = ['mooi', 'moeilijk', 'gewoon'] as const;
export type MomentSoort = (typeof momentSoorten)[number];

/** The kinds of people around a gezin (a betrokkene); also the sectors of the netwerkkaart. */
export const betrokkeneSoorten = [
	'gezin',
	'familie',
	'vrienden-en-buren',
	'school-en-werk',
	'vrijwilliger',
	'professional'
] as const;
export type BetrokkeneSoort = (typeof betrokkeneSoorten)[number];

/** How close someone is: the three circles of the netwerkkaart. */
export const nabijheden = ['dichtbij', 'midden', 'verder-weg'] as const;
export type Nabijheid = (typeof nabijheden)[number];

/** The kinds of support someone gives. */
export const steunSoorten = ['praktisch', 'gezelschap', 'advies', 'emotioneel'] as const;
export type SteunSoort = (typeof steunSoorten)[number];

/** The three areas of the keukentafel board. */
export const tafelPlekken = ['aan-tafel', 'achtergrond', 'niet-nodig'] as const;
export type TafelPlek = (typeof tafelPlekken)[number];

/** Where a gezin stands with its network, as the groeiplan shows it. */
export const netwerkStappen = [
	'netwerk-in-beeld',
	'familiegroepsplan-aangeboden',
	'familiegroepsplan-gemaakt'
] as const;
export type NetwerkStap = (typeof netwerkStappen)[number];

/** The three kinds of afstemmingsgesprek, each with its own default agenda. */
export const gesprekSoorten = ['afstemming', 'erbij', 'stopt'] as const;
export type GesprekSoort = (typeof gesprekSoorten)[number];

/** Where a gesprek is: prepared, running, its verslag out for reactions, or vastgesteld (final). */
export const gesprekStatussen = ['gepland', 'bezig', 'verslag', 'vastgesteld'] as const;
export type GesprekStatus = (typeof gesprekStatussen)[number];

/** What someone brings in beforehand: the family's own question, or a professional's short update. */
export const inbrengSoorten = ['vraag', 'update'] as const;
export type InbrengSoort = (typeof inbrengSoorten)[number];

/** What is written down during a gesprek; afspraken also go into the groeiplan. */
export const notitieSoorten = ['notitie', 'besluit', 'afspraak'] as const;
export type NotitieSoort = (typeof notitieSoorten)[number];
