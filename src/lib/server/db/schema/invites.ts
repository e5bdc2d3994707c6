import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';
import { account } from './accounts';
import { gezin } from './gezinnen';
import { gezinsrollen, memberRoles } from '../../../domain';

/** Single-use, expiring, revocable invitation to a gezin. Only a hash of the token is stored. */
export const invite = sqliteTable(
	'invite',
	{
		id: text('id').primaryKey(),
		tokenHash: blob('token_hash', { mode: 'buffer' }).notNull().unique(),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		role: text('role', { enum: memberRoles }).notNull(),
		gezinsrol: text('gezinsrol', { enum: gezinsrollen }),
		relatie: text('relatie').notNull(),
		/** Optional name the inviter used, so the family recognises who is waiting. */
		naam: text('naam').notNull().default(''),
		createdBy: text('created_by')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		usedBy: text('used_by').references(() => account.id, { onDelete: 'set null' }),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('invite_gezin_idx').on(t.gezinId)]
);
