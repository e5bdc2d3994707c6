import type { MomentSoort } from '$lib/domain';

/**
 * The moment shapes are defined once per page (MomentSymbols.svelte) and drawn with <use>, so a
 * tijdlijn of thousands of moments does not repeat their outlines in the HTML.
 */
export function momentSymbol(moment: MomentSoort, ongeveer: boolean): string {
	return `#moment-${moment}${ongeveer ? '-ongeveer' : ''}`;
}
