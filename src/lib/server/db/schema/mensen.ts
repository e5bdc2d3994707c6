import { sqliteTable, text, integer, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { account } from './accounts';
import { gezin } from './gezinnen';
import type { OpstellingWijziging } from '../../../mensen/opstelling';
import {
	betrokkeneSoorten,
	nabijheden,
	netwerkStappen,
	tafelPlekken,
	type BetrokkeneSoort,
	type SteunSoort,
	type TafelPlek
} from '../../../domain';

/**
 * A betrokkene: a person around a gezin, with or without an account ("de buurvrouw" needs no
 * login to be on the card). The keukentafel, the netwerkkaart and the tipsheet all look at these
 * rows. `niet_veilig` (and its note) is for the family and professionals only.
 */
export const betrokkene = sqliteTable(
	'betrokkene',
	{
		id: text('id').primaryKey(),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		/** A name or a description: "Ria", "de buurvrouw". */
		naam: text('naam').notNull(),
		soort: text('soort', { enum: betrokkeneSoorten }).notNull(),
		/** Professionals: organisation, function and opdracht (mandate). */
		organisatie: text('organisatie').notNull().default(''),
		functie: text('functie').notNull().default(''),
		opdracht: text('opdracht').notNull().default(''),
		contact: text('contact').notNull().default(''),
		/** The member this person is, when they have an account here. */
		accountId: text('account_id').references(() => account.id, { onDelete: 'set null' }),
		nabijheid: text('nabijheid', { enum: nabijheden }).notNull(),
		steun: text('steun', { mode: 'json' }).$type<SteunSoort[]>().notNull().default([]),
		nietVeilig: integer('niet_veilig', { mode: 'boolean' }).notNull().default(false),
		nietVeiligToelichting: text('niet_veilig_toelichting').notNull().default(''),
		/** The keukentafel: where this card lies, its role at the table and what it brings to the plan. */
		plek: text('plek', { enum: tafelPlekken }).notNull().default('achtergrond'),
		rol: text('rol').notNull().default(''),
		bijdrage: text('bijdrage').notNull().default(''),
		/** Moving a card has its own version, so it never clashes with someone fixing a phone number. */
		tafelVersie: integer('tafel_versie').notNull().default(1),
		versie: integer('versie').notNull().default(1),
		createdBy: text('created_by').references(() => account.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedBy: text('updated_by').references(() => account.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		verwijderdAt: integer('verwijderd_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('betrokkene_gezin_idx').on(t.gezinId)]
);

/** One card as it lay on the board at one moment (kept in a tafel_opstelling). */
export interface OpstellingKaart {
	betrokkeneId: string;
	naam: string;
	soort: BetrokkeneSoort;
	plek: TafelPlek;
	rol: string;
	bijdrage: string;
}

/** What one change did to the board: the cards that came or changed (whole), and the ids that left. */
export interface OpstellingDelta {
	kaarten: OpstellingKaart[];
	weg: string[];
}

/**
 * The keukentafel after every change, so the family can look back ("zo zat de tafel in maart"):
 * who changed it and what, and the board as it was. Most rows keep only the change (`delta`); every
 * so many changes (and the first) a row keeps the whole board (`kaarten`, a checkpoint), so a board
 * is rebuilt from the last checkpoint before it plus at most that many changes. Storage grows with
 * the changes, not with the changes times the board. `volgnummer` is the order within the gezin.
 */
export const tafelOpstelling = sqliteTable(
	'tafel_opstelling',
	{
		id: text('id').primaryKey(),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		volgnummer: integer('volgnummer').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		door: text('door').references(() => account.id, { onDelete: 'set null' }),
		doorNaam: text('door_naam').notNull(),
		/** What changed ("Oma: naar aan tafel"), as data so each language can say it. */
		wijziging: text('wijziging', { mode: 'json' }).$type<OpstellingWijziging>().notNull(),
		/** A checkpoint: the whole board. */
		kaarten: text('kaarten', { mode: 'json' }).$type<OpstellingKaart[]>(),
		/** Otherwise: only what changed since the row before. */
		delta: text('delta', { mode: 'json' }).$type<OpstellingDelta>()
	},
	(t) => [
		index('tafel_opstelling_gezin_idx').on(t.gezinId, t.at),
		uniqueIndex('tafel_opstelling_volgnummer_idx').on(t.gezinId, t.volgnummer)
	]
);

/** A tip from the tipsheet netwerk betrekken that a professional tried with this gezin, and what came of it. */
export const netwerkTipPoging = sqliteTable(
	'netwerk_tip_poging',
	{
		id: text('id').primaryKey(),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		tip: text('tip').notNull(),
		/** The day it was tried (YYYY-MM-DD). */
		op: text('op').notNull(),
		door: text('door').references(() => account.id, { onDelete: 'set null' }),
		doorNaam: text('door_naam').notNull(),
		uitkomst: text('uitkomst').notNull().default(''),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('netwerk_tip_poging_gezin_idx').on(t.gezinId)]
);

/** Where the gezin stands with its network ("netwerk in beeld", "familiegroepsplan aangeboden"). */
export const netwerkStap = sqliteTable(
	'netwerk_stap',
	{
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		stap: text('stap', { enum: netwerkStappen }).notNull(),
		op: text('op').notNull(),
		door: text('door').references(() => account.id, { onDelete: 'set null' }),
		doorNaam: text('door_naam').notNull()
	},
	(t) => [primaryKey({ columns: [t.gezinId, t.stap] })]
);
