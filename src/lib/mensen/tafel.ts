import type { BetrokkeneSoort, TafelPlek } from '$lib/domain';

/**
 * The keukentafeluitdaging's rules, as pure functions: who sits where, and what the board says
 * about the table. "Wie daadwerkelijk bijdraagt aan het plan mag aan de keukentafel": everyone at
 * the table has a role and says what they contribute; not too many, not too few; mind the balance
 * between network and professionals.
 */

export type Plek = TafelPlek;

/** Our default roles at the table (a gezin may add its own). */
export const standaardRollen = ['trekker', 'meedenker', 'doet-iets', 'steunt-iemand', 'geeft-informatie'] as const;
export type StandaardRol = (typeof standaardRollen)[number];
export const isStandaardRol = (rol: string): rol is StandaardRol =>
	(standaardRollen as readonly string[]).includes(rol);

/** More people than this at the table is too many to talk with. */
export const MAX_AAN_TAFEL = 8;

export interface TafelKaart {
	naam: string;
	soort: BetrokkeneSoort;
	plek: Plek;
	rol: string;
	bijdrage: string;
}

export type Waarschuwing =
	| { soort: 'te-vol'; aantal: number; max: number }
	| { soort: 'geen-netwerk' }
	| { soort: 'meer-professionals'; professionals: number; gezinEnNetwerk: number }
	| { soort: 'geen-trekker' }
	| { soort: 'zonder-rol'; namen: string[] }
	| { soort: 'zonder-bijdrage'; namen: string[] };

/** The network: everyone who is neither the gezin itself nor a professional. */
export const isNetwerk = (soort: BetrokkeneSoort) => soort !== 'gezin' && soort !== 'professional';

/** What the board says about the table, in a fixed order (most important first). */
export function tafelWaarschuwingen(kaarten: readonly TafelKaart[], max = MAX_AAN_TAFEL): Waarschuwing[] {
	const tafel = kaarten.filter((k) => k.plek === 'aan-tafel');
	const out: Waarschuwing[] = [];
	if (tafel.length > max) out.push({ soort: 'te-vol', aantal: tafel.length, max });
	const netwerk = tafel.filter((k) => isNetwerk(k.soort)).length;
	const gezin = tafel.filter((k) => k.soort === 'gezin').length;
	const professionals = tafel.filter((k) => k.soort === 'professional').length;
	if (netwerk === 0) out.push({ soort: 'geen-netwerk' });
	if (professionals > gezin + netwerk)
		out.push({ soort: 'meer-professionals', professionals, gezinEnNetwerk: gezin + netwerk });
	if (!tafel.some((k) => k.rol === 'trekker')) out.push({ soort: 'geen-trekker' });
	const zonderRol = tafel.filter((k) => !k.rol.trim()).map((k) => k.naam);
	if (zonderRol.length) out.push({ soort: 'zonder-rol', namen: zonderRol });
	const zonderBijdrage = tafel.filter((k) => !k.bijdrage.trim()).map((k) => k.naam);
	if (zonderBijdrage.length) out.push({ soort: 'zonder-bijdrage', namen: zonderBijdrage });
	return out;
}
