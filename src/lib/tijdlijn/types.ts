import type { MomentSoort, TijdlijnBaan } from '$lib/domain';
import type { Zichtbaarheid } from '$lib/zichtbaarheid';
import type { Wanneer } from './wanneer';

/** A lane as the pages receive it: its fixed kind and the name the family gave it. */
export interface BaanView {
	baan: TijdlijnBaan;
	naam: string;
	versie: number;
}

/** "Zo zag ik het": one person's side of an event, kept with its author. */
export interface KantView {
	id: string;
	accountId: string | null;
	naam: string;
	tekst: string;
	versie: number;
	mine: boolean;
}

/** An event on the tijdlijn as the pages receive it (only events the viewer may see). */
export interface GebeurtenisView {
	id: string;
	baan: TijdlijnBaan;
	titel: string;
	verhaal: string;
	/** What kind of moment it was (mooi, gewoon, moeilijk). */
	soort: MomentSoort;
	wanneer: Wanneer;
	/** Whose story: a member's name, or '' for "het gezin". */
	verhaalVan: string;
	verhaalVanAccountId: string | null;
	/** Told by the family, typed in by a professional. */
	namensGezin: boolean;
	/** Who typed the words in, when that is not the teller (else ''): always shown beside the teller. */
	ingevoerdDoor: string;
	/** Hulp lane: which organisation, which kind of help. */
	organisatie: string;
	soortHulp: string;
	zichtbaarheid: Zichtbaarheid;
	versie: number;
	kanten: number;
}

/** What the drawing needs of an event: a long tijdlijn sends no more than this for every moment. */
export type DrawnGebeurtenis = Pick<GebeurtenisView, 'id' | 'baan' | 'titel' | 'soort' | 'wanneer'>;
