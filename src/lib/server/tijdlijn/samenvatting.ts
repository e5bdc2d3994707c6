import type { MomentSoort } from '../../domain';
import { partsOf, type Wanneer } from '../../tijdlijn/wanneer';
import { listGebeurtenissen, wanneerOf, type CanSee } from './gebeurtenissen';

/** "Dit zijn wij" in a few lines, for the groeiplan and the gezin page: only what the viewer may see. */
export interface TijdlijnSamenvatting {
	aantal: number;
	vanJaar: number | null;
	totJaar: number | null;
	mooi: number;
	moeilijk: number;
	/** Help that is still going (Hulp lane, "nog bezig"). */
	hulpNu: string[];
	/** The latest few moments, newest first. */
	laatste: Array<{ id: string; titel: string; soort: MomentSoort; wanneer: Wanneer }>;
}

export function tijdlijnSamenvatting(gezinId: string, canSee: CanSee, count = 3): TijdlijnSamenvatting {
	const events = listGebeurtenissen(gezinId, canSee);
	const years = events.flatMap((e) => [partsOf(e.van).jaar, ...(e.tot ? [partsOf(e.tot).jaar] : [])]);
	return {
		aantal: events.length,
		vanJaar: years.length ? Math.min(...years) : null,
		totJaar: years.length ? Math.max(...years) : null,
		mooi: events.filter((e) => e.moment === 'mooi').length,
		moeilijk: events.filter((e) => e.moment === 'moeilijk').length,
		hulpNu: events
			.filter((e) => e.baan === 'hulp' && e.nogBezig)
			.map((e) => [e.soortHulp || e.titel, e.organisatie].filter(Boolean).join(' · ')),
		laatste: events
			.slice(-count)
			.reverse()
			.map((e) => ({ id: e.id, titel: e.titel, soort: e.moment, wanneer: wanneerOf(e) }))
	};
}
