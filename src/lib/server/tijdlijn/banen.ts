import { and, eq } from 'drizzle-orm';
import { getDb } from '../db';
import { tijdlijnBaan } from '../db/schema';
import { tijdlijnBanen, type TijdlijnBaan } from '../../domain';
import type { BaanView } from '../../tijdlijn/types';
import type { Actor } from './gebeurtenissen';

/**
 * The four lanes of a tijdlijn. They always exist, in a fixed order; the family may give each its
 * own name. `defaultName` gives the name when the family did not choose one.
 */

export function listBanen(gezinId: string, defaultName: (baan: TijdlijnBaan) => string): BaanView[] {
	const own = new Map(
		getDb()
			.select()
			.from(tijdlijnBaan)
			.where(eq(tijdlijnBaan.gezinId, gezinId))
			.all()
			.map((r) => [r.baan, r])
	);
	return tijdlijnBanen.map((baan) => {
		const row = own.get(baan);
		return { baan, naam: row?.naam || defaultName(baan), versie: row?.versie ?? 0 };
	});
}

export type RenameResult = { ok: true } | { ok: false; reason: 'conflict'; currentNaam: string };

/** Renames a lane; an empty name brings back the default. `expectedVersie` 0 means "never renamed". */
export function renameBaan(
	gezinId: string,
	baan: TijdlijnBaan,
	naam: string,
	expectedVersie: number,
	actor: Actor,
	at = new Date()
): RenameResult {
	const db = getDb();
	return db.transaction(() => {
		const current = db
			.select()
			.from(tijdlijnBaan)
			.where(and(eq(tijdlijnBaan.gezinId, gezinId), eq(tijdlijnBaan.baan, baan)))
			.get();
		const versie = current?.versie ?? 0;
		if (versie !== expectedVersie) return { ok: false, reason: 'conflict', currentNaam: current?.naam ?? '' } as const;
		if (current) {
			db.update(tijdlijnBaan)
				.set({ naam, versie: versie + 1, updatedBy: actor.id, updatedAt: at })
				.where(and(eq(tijdlijnBaan.gezinId, gezinId), eq(tijdlijnBaan.baan, baan)))
				.run();
		} else {
			db.insert(tijdlijnBaan).values({ gezinId, baan, naam, versie: 1, updatedBy: actor.id, updatedAt: at }).run();
		}
		return { ok: true } as const;
	});
}
