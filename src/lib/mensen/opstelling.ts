import { m } from '$lib/paraglide/messages';
import type { TafelPlek } from '$lib/domain';
import { plekLabel } from './labels';

/** What changed at the table, as stored with each set-up. */
export type OpstellingWijziging =
	| { soort: 'verplaatst'; naam: string; plek: TafelPlek }
	| { soort: 'rol'; naam: string }
	| { soort: 'nieuw'; naam: string }
	| { soort: 'weg'; naam: string }
	| { soort: 'begin' };

/** "Oma naar Aan tafel": one change at the table in words. */
export function opstellingWoorden(w: OpstellingWijziging): string {
	switch (w.soort) {
		case 'verplaatst':
			return m.tafel_wijziging_verplaatst({ naam: w.naam, plek: plekLabel(w.plek) });
		case 'rol':
			return m.tafel_wijziging_rol({ naam: w.naam });
		case 'nieuw':
			return m.tafel_wijziging_nieuw({ naam: w.naam });
		case 'weg':
			return m.tafel_wijziging_weg({ naam: w.naam });
		case 'begin':
			return m.tafel_wijziging_begin();
	}
}
