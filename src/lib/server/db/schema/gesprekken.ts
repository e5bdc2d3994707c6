import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { account } from './accounts';
import { gezin } from './gezinnen';
import { betrokkene } from './mensen';
import { gesprekSoorten, gesprekStatussen, inbrengSoorten } from '../../../domain';

/**
 * An afstemmingsgesprek of a gezin: when and where, its kind, and how far it is. The agenda,
 * who comes and what people bring in beforehand are rows of their own.
 */
export const gesprek = sqliteTable(
	'gesprek',
	{
		id: text('id').primaryKey(),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		soort: text('soort', { enum: gesprekSoorten }).notNull(),
		/** yyyy-mm-dd and hh:mm (time optional). */
		datum: text('datum').notNull(),
		tijd: text('tijd').notNull().default(''),
		plaats: text('plaats').notNull().default(''),
		status: text('status', { enum: gesprekStatussen }).notNull().default('gepland'),
		organisator: text('organisator').references(() => account.id, { onDelete: 'set null' }),
		organisatorNaam: text('organisator_naam').notNull(),
		versie: integer('versie').notNull().default(1),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		verwijderdAt: integer('verwijderd_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('gesprek_gezin_idx').on(t.gezinId, t.datum)]
);

/** One item of a gesprek's agenda: our text to start with, editable per gesprek. */
export const gesprekPunt = sqliteTable(
	'gesprek_punt',
	{
		id: text('id').primaryKey(),
		gesprekId: text('gesprek_id')
			.notNull()
			.references(() => gesprek.id, { onDelete: 'cascade' }),
		volgorde: integer('volgorde').notNull(),
		titel: text('titel').notNull(),
		uitleg: text('uitleg').notNull().default(''),
		/** A soft time for the item, in minutes. */
		minuten: integer('minuten').notNull().default(5)
	},
	(t) => [index('gesprek_punt_gesprek_idx').on(t.gesprekId, t.volgorde)]
);

/** Who is invited: a betrokkene (by default those aan tafel), or someone named by hand. */
export const gesprekDeelnemer = sqliteTable(
	'gesprek_deelnemer',
	{
		id: text('id').primaryKey(),
		gesprekId: text('gesprek_id')
			.notNull()
			.references(() => gesprek.id, { onDelete: 'cascade' }),
		betrokkeneId: text('betrokkene_id').references(() => betrokkene.id, { onDelete: 'set null' }),
		/** The member this is, when they have an account: they see the gesprek in their gezin. */
		accountId: text('account_id').references(() => account.id, { onDelete: 'set null' }),
		naam: text('naam').notNull()
	},
	(t) => [index('gesprek_deelnemer_gesprek_idx').on(t.gesprekId)]
);

/** What someone brings in beforehand: the family's question ("wat wil ik bespreken"), or a professional's update. */
export const gesprekInbreng = sqliteTable(
	'gesprek_inbreng',
	{
		id: text('id').primaryKey(),
		gesprekId: text('gesprek_id')
			.notNull()
			.references(() => gesprek.id, { onDelete: 'cascade' }),
		soort: text('soort', { enum: inbrengSoorten }).notNull(),
		tekst: text('tekst').notNull(),
		door: text('door').references(() => account.id, { onDelete: 'set null' }),
		doorNaam: text('door_naam').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('gesprek_inbreng_gesprek_idx').on(t.gesprekId)]
);
