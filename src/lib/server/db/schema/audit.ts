import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * NEN 7513 audit log. Append-only (triggers refuse UPDATE and DELETE, see the custom migration)
 * and hash-chained: `hash` = SHA-256 over the previous hash and this row's fields.
 * No foreign keys on purpose: the log must outlive what it describes.
 */
export const auditLog = sqliteTable(
	'audit_log',
	{
		seq: integer('seq').primaryKey({ autoIncrement: true }),
		/** ISO 8601 UTC. */
		at: text('at').notNull(),
		actorId: text('actor_id'),
		/** Shown name at the time, so the log stays readable when an account changes. */
		actorName: text('actor_name').notNull().default(''),
		onBehalfOf: text('on_behalf_of'),
		gezinId: text('gezin_id'),
		recordType: text('record_type').notNull().default(''),
		recordId: text('record_id').notNull().default(''),
		action: text('action').notNull(),
		detail: text('detail').notNull().default(''),
		ip: text('ip').notNull().default(''),
		prevHash: text('prev_hash').notNull(),
		hash: text('hash').notNull()
	},
	(t) => [index('audit_gezin_idx').on(t.gezinId, t.seq), index('audit_actor_idx').on(t.actorId, t.seq)]
);
