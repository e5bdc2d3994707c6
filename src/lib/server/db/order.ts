import { sql } from 'drizzle-orm';

/**
 * The order rows were inserted in (SQLite's rowid). Use after `createdAt` in single-table queries:
 * rows made in the same millisecond then still come back in the order they were made.
 */
export const insertOrder = sql`rowid`;
