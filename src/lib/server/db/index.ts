import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import { runMigrations } from './migrate';
import { auditCheckpointPath, auditKey } from '../config';
import { startAuditCheckpoints, stopAuditCheckpoints } from '../audit';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
	sqlite: Database.Database;
	db: Db;
}

export function databasePath(): string {
	return process.env.DATABASE_PATH || 'data/aan-tafel.db';
}

export function migrationsPath(): string {
	return resolve(process.env.MIGRATIONS_PATH || 'drizzle');
}

/**
 * Opens (and creates) a database file with the pragmas every connection needs, and migrates it.
 * A file database that is opened to work in (migrated) also writes signed audit checkpoints
 * (next to it, or to AUDIT_CHECKPOINT_PATH); a wrong or, in production, missing AUDIT_KEY throws.
 */
export function openDatabase(path: string, options: { migrate?: boolean } = {}): DatabaseHandle {
	if (options.migrate !== false) auditKey();
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('busy_timeout = 5000');
	// Dossier writes must survive a power cut.
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	if (options.migrate !== false) {
		runMigrations(sqlite, migrationsPath());
		if (path !== ':memory:') startAuditCheckpoints(sqlite, auditCheckpointPath(path));
	}
	return { sqlite, db: drizzle(sqlite, { schema }) };
}

let handle: DatabaseHandle | undefined;

/** The process-wide connection, opened (and migrated) on first use: at start-up from hooks `init`. */
export function getHandle(): DatabaseHandle {
	handle ??= openDatabase(databasePath());
	return handle;
}

export function getDb(): Db {
	return getHandle().db;
}

/** For CLI scripts and tests that open their own database. */
export function useDatabase(next: DatabaseHandle): void {
	handle = next;
}

export function closeDatabase(): void {
	if (handle) stopAuditCheckpoints(handle.sqlite);
	handle?.sqlite.close();
	handle = undefined;
}
