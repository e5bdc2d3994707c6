import type { GesprekStatus } from '../domain';

/**
 * What can happen to a gesprek in each phase. Prepared while planned (and still during the
 * gesprek, when something comes up); written down only while it runs; reacted to while the verslag
 * is out; after 'vastgesteld' nothing changes: a new gesprek follows it.
 */
export type Handeling =
	'voorbereiden' | 'inbrengen' | 'beginnen' | 'leiden' | 'verslagMaken' | 'reageren' | 'vaststellen';

const fasen: Record<Handeling, readonly GesprekStatus[]> = {
	voorbereiden: ['gepland', 'bezig'],
	inbrengen: ['gepland', 'bezig'],
	beginnen: ['gepland'],
	leiden: ['bezig'],
	verslagMaken: ['bezig'],
	reageren: ['verslag'],
	vaststellen: ['verslag']
};

export function inFase(status: GesprekStatus, handeling: Handeling): boolean {
	return fasen[handeling].includes(status);
}

/** Reactions are welcome up to and including the last day (yyyy-mm-dd, Dutch time). */
export function reactieOpen(reactieTot: string | null, vandaag: string): boolean {
	return !!reactieTot && vandaag <= reactieTot;
}
