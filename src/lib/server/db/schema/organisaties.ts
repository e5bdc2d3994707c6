import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { organisatieSoorten } from '../../../domain';

export const organisatie = sqliteTable('organisatie', {
	id: text('id').primaryKey(),
	naam: text('naam').notNull().unique(),
	soort: text('soort', { enum: organisatieSoorten }).notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});
