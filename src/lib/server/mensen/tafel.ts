import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { betrokkene } from '../db/schema';
import type { TafelPlek } from '../../domain';
import { isStandaardRol } from '../../mensen/tafel';
import type { KlaarKaart } from '../../mensen/stapel';
import { getBetrokkene, type Actor, type Betrokkene, type BetrokkeneInput } from './betrokkenen';
import { keepOpstelling } from './opstelling';

/**
 * The keukentafel board: where each betrokkene's card lies, with its role and contribution. Cards
 * carry their own `tafelVersie`, so moving a card never clashes with someone editing contact
 * details. After every change the whole board is kept as a tafel_opstelling.
 */

export type TafelResult =
	| { ok: true; betrokkene: Betrokkene }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'conflict'; current: Betrokkene };

export interface TafelPlaats {
	plek: TafelPlek;
	rol: string;
	bijdrage: string;
}

/** Moves a card and/or changes its role and contribution, against the version the person saw. */
export function placeKaart(
	gezinId: string,
	id: string,
	expectedTafelVersie: number,
	plaats: TafelPlaats,
	actor: Actor,
	at = new Date()
): TafelResult {
	const db = getDb();
	return db.transaction(() => {
		const current = getBetrokkene(gezinId, id);
		if (!current) return { ok: false, reason: 'not_found' } as const;
		if (current.tafelVersie !== expectedTafelVersie) return { ok: false, reason: 'conflict', current } as const;
		const moved = current.plek !== plaats.plek;
		const changed = current.rol !== plaats.rol || current.bijdrage !== plaats.bijdrage;
		if (!moved && !changed) return { ok: true, betrokkene: current } as const;
		db.update(betrokkene)
			.set({ plek: plaats.plek, rol: plaats.rol, bijdrage: plaats.bijdrage, tafelVersie: current.tafelVersie + 1 })
			.where(and(eq(betrokkene.id, id), eq(betrokkene.tafelVersie, expectedTafelVersie)))
			.run();
		keepOpstelling(
			gezinId,
			moved ? { soort: 'verplaatst', naam: current.naam, plek: plaats.plek } : { soort: 'rol', naam: current.naam },
			actor,
			at
		);
		return { ok: true, betrokkene: getBetrokkene(gezinId, id)! } as const;
	});
}

/** The people at the table now: the default invitees of an afstemmingsgesprek. */
export function aanTafel(gezinId: string): Betrokkene[] {
	return getDb()
		.select()
		.from(betrokkene)
		.where(and(eq(betrokkene.gezinId, gezinId), eq(betrokkene.plek, 'aan-tafel'), isNull(betrokkene.verwijderdAt)))
		.all();
}

/** The roles this gezin made up itself (not one of the standard roles), offered again in the list. */
export function eigenRollenOf(rows: ReadonlyArray<{ rol: string }>): Set<string> {
	return new Set(rows.map((b) => b.rol).filter((r) => r && !isStandaardRol(r)));
}

/** The same roles, in the order the list shows them. */
export const sortedEigenRollen = (rows: ReadonlyArray<{ rol: string }>): string[] =>
	[...eigenRollenOf(rows)].sort((a, b) => a.localeCompare(b, 'nl'));

/** The betrokkene a ready card from the deck becomes (`naam`: the card's name in the reader's language). */
export function deckCardInput(kaart: KlaarKaart, naam: string): BetrokkeneInput {
	return {
		naam,
		soort: kaart.soort,
		organisatie: '',
		functie: kaart.soort === 'professional' ? naam : '',
		opdracht: '',
		contact: '',
		accountId: null,
		nabijheid: kaart.nabijheid,
		steun: [],
		nietVeilig: false,
		nietVeiligToelichting: ''
	};
}
