import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

/**
 * Applies pending drizzle-kit migrations with foreign keys off.
 *
 * drizzle-kit rebuilds a table (CREATE __new_x, copy, DROP x, RENAME) for many column changes and
 * writes `PRAGMA foreign_keys=OFF` into the migration, but SQLite ignores that pragma inside the
 * migration transaction: with foreign keys on, `DROP TABLE x` would cascade and delete the child
 * rows. So the pragma is switched off here, outside any transaction, and the result is checked
 * with `foreign_key_check` before foreign keys go back on.
 */
export function runMigrations(sqlite: Database.Database, migrationsFolder: string): void {
	sqlite.pragma('foreign_keys = OFF');
	try {
		migrate(drizzle(sqlite), { migrationsFolder });
		const violations = sqlite.pragma('foreign_key_check') as unknown[];
		if (violations.length > 0) {
			throw new Error(
				`Migration left ${violations.length} broken foreign key(s): ${JSON.stringify(violations.slice(0, 5))}`
			);
		}
	} finally {
		sqlite.pragma('foreign_keys = ON');
	}
}
