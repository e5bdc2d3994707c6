import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

/** drizzle-kit's bookkeeping table, so `drizzle-kit` and this runner agree on what ran. */
const TABLE = '__drizzle_migrations';

/**
 * Applies pending drizzle-kit migrations in one transaction, with foreign keys off, and checks
 * them before committing.
 *
 * drizzle-kit rebuilds a table (CREATE __new_x, copy, DROP x, RENAME) for many column changes and
 * writes `PRAGMA foreign_keys=OFF` into the migration, but SQLite ignores that pragma inside a
 * transaction: with foreign keys on, `DROP TABLE x` would cascade and delete the child rows. So
 * the pragma is switched off here, outside the transaction, and `foreign_key_check` must come back
 * empty before the transaction commits; otherwise everything rolls back and start-up stops.
 * Same semantics as drizzle's own migrator (hash and folder timestamp per migration).
 */
export function runMigrations(sqlite: Database.Database, migrationsFolder: string): void {
	const migrations = readMigrationFiles({ migrationsFolder });
	sqlite.exec(`CREATE TABLE IF NOT EXISTS "${TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
	const last = sqlite.prepare(`SELECT created_at FROM "${TABLE}" ORDER BY created_at DESC LIMIT 1`).get() as
		{ created_at: number } | undefined;
	const pending = migrations.filter((m) => !last || Number(last.created_at) < m.folderMillis);
	if (pending.length === 0) return;

	const record = sqlite.prepare(`INSERT INTO "${TABLE}" ("hash", "created_at") VALUES (?, ?)`);
	const apply = sqlite.transaction(() => {
		for (const migration of pending) {
			for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
			record.run(migration.hash, migration.folderMillis);
		}
		const violations = sqlite.pragma('foreign_key_check') as unknown[];
		if (violations.length > 0) {
			throw new Error(
				`Migration would leave ${violations.length} broken foreign key(s), rolled back: ${JSON.stringify(violations.slice(0, 5))}`
			);
		}
	});
	sqlite.pragma('foreign_keys = OFF');
	try {
		apply.immediate();
	} finally {
		sqlite.pragma('foreign_keys = ON');
	}
}
