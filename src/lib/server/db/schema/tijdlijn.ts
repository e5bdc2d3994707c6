import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { account } from './accounts';
import { gezin } from './gezinnen';
import { momentSoorten, tijdlijnBanen } from '../../../domain';
import { zichtbaarheden } from '../../../zichtbaarheid';

/**
 * A lane the family renamed. The four lanes always exist; a row here only holds the family's own
 * name for one of them (no row: the default name).
 */
export const tijdlijnBaan = sqliteTable(
	'tijdlijn_baan',
	{
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		baan: text('baan', { enum: tijdlijnBanen }).notNull(),
		naam: text('naam').notNull(),
		versie: integer('versie').notNull().default(1),
		updatedBy: text('updated_by').references(() => account.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.gezinId, t.baan] })]
);

/**
 * One event on the tijdlijn: a moment (day, month or year) or a period (`tot`, or `nog_bezig`).
 * Dates are partial dates as text ("2015", "2015-03", "2015-03-12"), so they sort as text.
 * Every save raises `versie` and writes a tijdlijn_wijziging row.
 */
export const tijdlijnGebeurtenis = sqliteTable(
	'tijdlijn_gebeurtenis',
	{
		id: text('id').primaryKey(),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		baan: text('baan', { enum: tijdlijnBanen }).notNull(),
		titel: text('titel').notNull(),
		verhaal: text('verhaal').notNull().default(''),
		moment: text('moment', { enum: momentSoorten }).notNull(),
		van: text('van').notNull(),
		tot: text('tot'),
		nogBezig: integer('nog_bezig', { mode: 'boolean' }).notNull().default(false),
		ongeveer: integer('ongeveer', { mode: 'boolean' }).notNull().default(false),
		/** Whose story it is: a member, or null for "het gezin". */
		verhaalVan: text('verhaal_van').references(() => account.id, { onDelete: 'set null' }),
		/** Told by the family and typed in by a professional (`created_by`). */
		namensGezin: integer('namens_gezin', { mode: 'boolean' }).notNull().default(false),
		/** Hulp lane: the organisation and the kind of help, so the hulpgeschiedenis can be read out. */
		organisatie: text('organisatie').notNull().default(''),
		soortHulp: text('soort_hulp').notNull().default(''),
		zichtbaarheid: text('zichtbaarheid', { enum: zichtbaarheden }).notNull(),
		versie: integer('versie').notNull().default(1),
		createdBy: text('created_by').references(() => account.id, { onDelete: 'set null' }),
		createdByName: text('created_by_name').notNull().default(''),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedBy: text('updated_by').references(() => account.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		verwijderdAt: integer('verwijderd_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('tijdlijn_gebeurtenis_gezin_idx').on(t.gezinId, t.van)]
);

/** "Zo zag ik het": one person's side of an event, kept with its author. */
export const tijdlijnKant = sqliteTable(
	'tijdlijn_kant',
	{
		id: text('id').primaryKey(),
		gebeurtenisId: text('gebeurtenis_id')
			.notNull()
			.references(() => tijdlijnGebeurtenis.id, { onDelete: 'cascade' }),
		accountId: text('account_id').references(() => account.id, { onDelete: 'set null' }),
		/** The author's name at the time, so the side stays readable. */
		naam: text('naam').notNull(),
		tekst: text('tekst').notNull(),
		versie: integer('versie').notNull().default(1),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		verwijderdAt: integer('verwijderd_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('tijdlijn_kant_gebeurtenis_idx').on(t.gebeurtenisId)]
);

/**
 * Earlier versions of events: one row per save, with the event's visibility at that moment so the
 * versions never show someone what the event itself would not.
 */
export const tijdlijnWijziging = sqliteTable(
	'tijdlijn_wijziging',
	{
		seq: integer('seq').primaryKey({ autoIncrement: true }),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		gebeurtenisId: text('gebeurtenis_id').notNull(),
		soort: text('soort', { enum: ['aangemaakt', 'gewijzigd', 'verwijderd'] }).notNull(),
		versie: integer('versie').notNull(),
		snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
		zichtbaarheid: text('zichtbaarheid', { enum: zichtbaarheden }).notNull(),
		actorId: text('actor_id'),
		actorName: text('actor_name').notNull().default(''),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('tijdlijn_wijziging_gebeurtenis_idx').on(t.gebeurtenisId, t.seq)]
);
