import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { account } from './accounts';
import { gezinsrollen, memberRoles, membershipStatuses } from '../../../domain';

export const gezin = sqliteTable('gezin', {
	id: text('id').primaryKey(),
	/** The name the family wants to be called by. */
	naam: text('naam').notNull(),
	createdBy: text('created_by')
		.notNull()
		.references(() => account.id),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/**
 * One groeiplan per gezin. The list sections are groeiplan_item rows; Regie and the next
 * evaluation date are fields of the plan itself, versioned like an item.
 */
export const groeiplan = sqliteTable('groeiplan', {
	id: text('id').primaryKey(),
	gezinId: text('gezin_id')
		.notNull()
		.unique()
		.references(() => gezin.id, { onDelete: 'cascade' }),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	/** Regie: who is trekker (a member), and in the family's words what regie means for them. */
	trekkerAccountId: text('trekker_account_id').references(() => account.id, { onDelete: 'set null' }),
	regieBetekenis: text('regie_betekenis').notNull().default(''),
	/** yyyy-mm-dd */
	volgendeEvaluatie: text('volgende_evaluatie'),
	versie: integer('versie').notNull().default(1)
});

export const membership = sqliteTable(
	'membership',
	{
		id: text('id').primaryKey(),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		accountId: text('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		role: text('role', { enum: memberRoles }).notNull(),
		/** Only for role `gezin`: ouder/verzorger or jeugdige. */
		gezinsrol: text('gezinsrol', { enum: gezinsrollen }),
		/** How this person relates to the family, in their words: "moeder", "oma", "gezinscoach wijkteam". */
		relatie: text('relatie').notNull(),
		status: text('status', { enum: membershipStatuses }).notNull(),
		invitedBy: text('invited_by').references(() => account.id, { onDelete: 'set null' }),
		approvedBy: text('approved_by').references(() => account.id, { onDelete: 'set null' }),
		endedBy: text('ended_by').references(() => account.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		approvedAt: integer('approved_at', { mode: 'timestamp_ms' }),
		endedAt: integer('ended_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		uniqueIndex('membership_gezin_account_idx').on(t.gezinId, t.accountId),
		index('membership_account_idx').on(t.accountId, t.status)
	]
);
