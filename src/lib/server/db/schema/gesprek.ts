import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { account } from './accounts';
import { gezin } from './gezinnen';
import { gesprekSoorten, gesprekStatussen } from '../../../domain';
import type { Verslag } from '../../../gesprek/verslag';

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
		/** While it runs: the agenda item everyone follows, and since when (for the soft timer). */
		huidigPunt: text('huidig_punt'),
		puntSinds: integer('punt_sinds', { mode: 'timestamp_ms' }),
		/** The verslag as it was sent out: fixed text, reactions are kept beside it. */
		verslag: text('verslag', { mode: 'json' }).$type<Verslag>(),
		/** yyyy-mm-dd: the last day to react to the verslag. */
		reactieTot: text('reactie_tot'),
		vastgesteldAt: integer('vastgesteld_at', { mode: 'timestamp_ms' }),
		vastgesteldDoorNaam: text('vastgesteld_door_naam'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		verwijderdAt: integer('verwijderd_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('gesprek_gezin_idx').on(t.gezinId, t.datum)]
);
