import type { GroeiplanSectie } from '$lib/domain';
import type { Zichtbaarheid } from '$lib/zichtbaarheid';

/** An item as the groeiplan pages receive it. */
export interface ItemView {
	id: string;
	sectie: GroeiplanSectie;
	tekst: string;
	toelichting: string;
	vanWie: string;
	status: string | null;
	wieAccountId: string | null;
	wieBetrokkeneId: string | null;
	wieTekst: string;
	wanneer: string | null;
	doelId: string | null;
	herkomst: string;
	/** The gesprek an afspraak was made in, when this viewer may open it. */
	gesprekId: string | null;
	details: Record<string, string>;
	doelIds: string[];
	zichtbaarheid: Zichtbaarheid;
	versie: number;
}

/** A betrokkene without an account, who can be named in an afspraak. */
export interface BetrokkeneKeuze {
	id: string;
	naam: string;
}
