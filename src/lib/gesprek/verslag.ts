import type { NotitieSoort } from '../domain';
import type { Zichtbaarheid } from '../zichtbaarheid';

/**
 * The verslag of a gesprek as it was sent out: made once from the notes, besluiten and afspraken,
 * then fixed. Every line keeps its visibility, so each reader gets only what they may see; an
 * afspraak's line also follows what the groeiplan item is now (see server/gesprek/verslag-lezen).
 */
export interface VerslagRegel {
	soort: NotitieSoort;
	tekst: string;
	/** The visibility when the verslag was made. */
	zichtbaarheid: Zichtbaarheid;
	/** afspraak: the groeiplan item it points at (verslagen made before this was kept lack it). */
	itemId?: string;
	/** afspraak: who does it and by when (yyyy-mm-dd), as it was when the verslag was made. */
	wie?: string;
	wanneer?: string | null;
}

export interface VerslagPunt {
	/** The agenda item's id (reactions may point at it), or '' for lines without an item. */
	id: string;
	titel: string;
	regels: VerslagRegel[];
}

export interface VerslagOverdracht {
	van: string;
	naar: string;
	wat: string;
}

export interface Verslag {
	gemaaktAt: string;
	doorNaam: string;
	deelnemers: string[];
	punten: VerslagPunt[];
	overdrachten: VerslagOverdracht[];
}

/** The verslag as one reader may see it: lines they may not read are left out (the item stays, empty). */
export function verslagVoor(
	verslag: Verslag,
	mag: (regel: VerslagRegel) => boolean,
	overdrachtenZien: boolean
): Verslag {
	return {
		...verslag,
		punten: verslag.punten.map((p) => ({ ...p, regels: p.regels.filter(mag) })),
		overdrachten: overdrachtenZien ? verslag.overdrachten : []
	};
}
