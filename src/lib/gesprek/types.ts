import type { NotitieSoort } from '$lib/domain';
import type { Zichtbaarheid } from '$lib/zichtbaarheid';

/** What was written down at the table, as the meeting screen receives it. */
export interface NotitieView {
	id: string;
	puntId: string | null;
	soort: NotitieSoort;
	tekst: string;
	/** afspraak: who does it, and by when (yyyy-mm-dd). */
	wie: string;
	wanneer: string | null;
	doorNaam: string;
}

/** What the person leading may choose from when writing things down. */
export interface Keuzes {
	members: Array<{ accountId: string; displayName: string; relatie: string }>;
	professionals: Array<{ accountId: string; displayName: string }>;
	betrokkenen: Array<{ id: string; naam: string }>;
	doelen: Array<{ id: string; tekst: string }>;
	zichtbaarheden: Zichtbaarheid[];
	reactieTot: string;
}
