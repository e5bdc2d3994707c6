import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { account } from './accounts';
import { groeiplan } from './gezinnen';
import { betrokkene } from './mensen';
import { gesprek } from './gesprek';
import { groeiplanSecties } from '../../../domain';
import { zichtbaarheden } from '../../../zichtbaarheid';

/**
 * One item in a list section of a groeiplan: a thing that goes well, a worry, a doel, an afspraak,
 * a connected plan, a held evaluation or a plan-B agreement. Common columns for all sections;
 * the afspraak's who/when/status are columns because "Mijn afspraken" queries them across
 * gezinnen. Every save raises `versie` and writes a groeiplan_wijziging row (the plan's history).
 */
export const groeiplanItem = sqliteTable(
	'groeiplan_item',
	{
		id: text('id').primaryKey(),
		groeiplanId: text('groeiplan_id')
			.notNull()
			.references(() => groeiplan.id, { onDelete: 'cascade' }),
		sectie: text('sectie', { enum: groeiplanSecties }).notNull(),
		/** The words themselves: the doel in the family's words, the afspraak's "wat", … */
		tekst: text('tekst').notNull(),
		/** Second text: "waarom is dit belangrijk", the evaluation's "wat veranderde", … */
		toelichting: text('toelichting').notNull().default(''),
		/** Whose words these are, as shown ("Sanne", "het gezin"). */
		vanWie: text('van_wie').notNull().default(''),
		/** doel: nog-niet-begonnen/bezig/bereikt/losgelaten; afspraak: open/bezig/gedaan/niet-gelukt. */
		status: text('status'),
		/** afspraak: the member who does it (null when `wieTekst` names someone without an account). */
		wieAccountId: text('wie_account_id').references(() => account.id, { onDelete: 'set null' }),
		/** afspraak: a betrokkene without an account ("de buurvrouw") who does it. */
		wieBetrokkeneId: text('wie_betrokkene_id').references(() => betrokkene.id, { onDelete: 'set null' }),
		wieTekst: text('wie_tekst').notNull().default(''),
		/** yyyy-mm-dd: the afspraak's deadline, the evaluation's date. */
		wanneer: text('wanneer'),
		/** afspraak: the doel it serves. */
		doelId: text('doel_id').references((): AnySQLiteColumn => groeiplanItem.id, { onDelete: 'set null' }),
		/** afspraak: where it came from ("afstemmingsgesprek 3 maart"). plan: organisation. */
		herkomst: text('herkomst').notNull().default(''),
		/** afspraak: made in this afstemmingsgesprek (the plan links back to it). */
		gesprekId: text('gesprek_id').references((): AnySQLiteColumn => gesprek.id, { onDelete: 'set null' }),
		/** plan: name, period and contact as JSON; empty object for other sections. */
		details: text('details', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
		zichtbaarheid: text('zichtbaarheid', { enum: zichtbaarheden }).notNull(),
		versie: integer('versie').notNull().default(1),
		createdBy: text('created_by').references(() => account.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedBy: text('updated_by').references(() => account.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		verwijderdAt: integer('verwijderd_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('groeiplan_item_plan_idx').on(t.groeiplanId, t.sectie),
		index('groeiplan_item_wie_idx').on(t.wieAccountId, t.status)
	]
);

/** A connected plan (or an afspraak) serves these doelen. */
export const groeiplanItemDoel = sqliteTable(
	'groeiplan_item_doel',
	{
		itemId: text('item_id')
			.notNull()
			.references(() => groeiplanItem.id, { onDelete: 'cascade' }),
		doelId: text('doel_id')
			.notNull()
			.references(() => groeiplanItem.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.itemId, t.doelId] })]
);

/**
 * The plan's own history: one row per save (a planmoment). `snapshot` is the item after the save
 * (or the plan's regie/evaluation fields); `zichtbaarheid` is the item's visibility at that moment,
 * so the history never shows someone what the item itself would not.
 */
export const groeiplanWijziging = sqliteTable(
	'groeiplan_wijziging',
	{
		seq: integer('seq').primaryKey({ autoIncrement: true }),
		groeiplanId: text('groeiplan_id')
			.notNull()
			.references(() => groeiplan.id, { onDelete: 'cascade' }),
		/** Null for changes to the plan itself (regie, next evaluation). */
		itemId: text('item_id'),
		sectie: text('sectie').notNull(),
		soort: text('soort', { enum: ['aangemaakt', 'gewijzigd', 'verwijderd'] }).notNull(),
		versie: integer('versie').notNull(),
		snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
		zichtbaarheid: text('zichtbaarheid', { enum: zichtbaarheden }).notNull(),
		actorId: text('actor_id'),
		actorName: text('actor_name').notNull().default(''),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('groeiplan_wijziging_plan_idx').on(t.groeiplanId, t.seq)]
);
