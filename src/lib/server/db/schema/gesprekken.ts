import { sqliteTable, text, integer, index, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { groeiplanItem } from './groeiplan';
import { account } from './accounts';
import { gesprek } from './gesprek';
import { gezin } from './gezinnen';
import { betrokkene } from './mensen';
import { inbrengSoorten, notitieSoorten } from '../../../domain';
import { zichtbaarheden } from '../../../zichtbaarheid';

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

/**
 * What is written down during the gesprek, per agenda item: a note, a besluit or an afspraak.
 * An afspraak is also a groeiplan item (`item_id`, with `gesprek_id` back): it lives on in the
 * plan. `zichtbaarheid` is what the family agreed may be shared: the network sees only 'iedereen'.
 */
export const gesprekNotitie = sqliteTable(
	'gesprek_notitie',
	{
		id: text('id').primaryKey(),
		gesprekId: text('gesprek_id')
			.notNull()
			.references(() => gesprek.id, { onDelete: 'cascade' }),
		puntId: text('punt_id').references(() => gesprekPunt.id, { onDelete: 'set null' }),
		soort: text('soort', { enum: notitieSoorten }).notNull(),
		tekst: text('tekst').notNull(),
		itemId: text('item_id').references((): AnySQLiteColumn => groeiplanItem.id, { onDelete: 'set null' }),
		zichtbaarheid: text('zichtbaarheid', { enum: zichtbaarheden }).notNull(),
		door: text('door').references(() => account.id, { onDelete: 'set null' }),
		doorNaam: text('door_naam').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('gesprek_notitie_gesprek_idx').on(t.gesprekId)]
);

/** A reaction to the verslag: kept beside the text, never edited into it. Optionally about one item. */
export const gesprekReactie = sqliteTable(
	'gesprek_reactie',
	{
		id: text('id').primaryKey(),
		gesprekId: text('gesprek_id')
			.notNull()
			.references(() => gesprek.id, { onDelete: 'cascade' }),
		/** The verslag item it is about (an agenda item's id in the verslag), or null for the whole. */
		puntId: text('punt_id'),
		akkoord: integer('akkoord', { mode: 'boolean' }).notNull().default(false),
		tekst: text('tekst').notNull().default(''),
		door: text('door').references(() => account.id, { onDelete: 'set null' }),
		doorNaam: text('door_naam').notNull(),
		/** The author's role in the gezin then: the network sees only its own reactions. */
		doorRol: text('door_rol').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('gesprek_reactie_gesprek_idx').on(t.gesprekId)]
);

/**
 * A warme overdracht, recorded in an 'iemand stopt' gesprek: from whom, to whom, what. Open until
 * the receiving professional confirms it in the app; until then the leaving one stays responsible.
 */
export const gesprekOverdracht = sqliteTable(
	'gesprek_overdracht',
	{
		id: text('id').primaryKey(),
		gesprekId: text('gesprek_id')
			.notNull()
			.references(() => gesprek.id, { onDelete: 'cascade' }),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		vanAccountId: text('van_account_id').references(() => account.id, { onDelete: 'set null' }),
		vanNaam: text('van_naam').notNull(),
		naarAccountId: text('naar_account_id').references(() => account.id, { onDelete: 'set null' }),
		naarNaam: text('naar_naam').notNull(),
		wat: text('wat').notNull(),
		bevestigdAt: integer('bevestigd_at', { mode: 'timestamp_ms' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('gesprek_overdracht_gezin_idx').on(t.gezinId), index('gesprek_overdracht_naar_idx').on(t.naarAccountId)]
);
