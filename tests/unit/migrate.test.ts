import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '$lib/server/db/migrate';
import { closeDatabase, migrationsPath, openDatabase } from '$lib/server/db';

/**
 * The trap: drizzle-kit rebuilds a table (CREATE __new_x, copy, DROP x, RENAME) and writes
 * `PRAGMA foreign_keys=OFF` into the migration, but drizzle runs every migration inside one
 * transaction, where SQLite ignores that pragma. With foreign keys on, `DROP TABLE parent`
 * cascades and silently deletes every child row.
 */

const BP = '--> statement-breakpoint';

const CREATE_PARENT_AND_CHILD = [
	'CREATE TABLE `parent` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`naam` text NOT NULL\n);\n',
	'\nCREATE TABLE `child` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`parent_id` integer NOT NULL,\n\t`tekst` text NOT NULL,\n\tFOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade\n);\n'
].join(BP);

/** What drizzle-kit generates when a column is added with a change that needs a rebuild. */
function rebuildParent(where = ''): string {
	return [
		'PRAGMA foreign_keys=OFF;',
		"CREATE TABLE `__new_parent` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`naam` text NOT NULL,\n\t`kleur` text DEFAULT 'blauw' NOT NULL\n);\n",
		`INSERT INTO \`__new_parent\`("id", "naam") SELECT "id", "naam" FROM \`parent\`${where};`,
		'DROP TABLE `parent`;',
		'ALTER TABLE `__new_parent` RENAME TO `parent`;',
		'PRAGMA foreign_keys=ON;'
	].join(BP);
}

interface Migration {
	tag: string;
	sql: string;
}

let folder: string;

function writeMigrations(migrations: Migration[]): void {
	mkdirSync(join(folder, 'meta'), { recursive: true });
	const entries = migrations.map((m, idx) => ({
		idx,
		version: '6',
		when: 1_700_000_000_000 + idx * 1000,
		tag: m.tag,
		breakpoints: true
	}));
	writeFileSync(
		join(folder, 'meta', '_journal.json'),
		JSON.stringify({ version: '7', dialect: 'sqlite', entries }, null, 2)
	);
	for (const m of migrations) writeFileSync(join(folder, `${m.tag}.sql`), m.sql);
}

const first: Migration = { tag: '0000_parent_child', sql: CREATE_PARENT_AND_CHILD };

/** A database at migration 0000 with data in it, as production would be before a deploy. */
function databaseWithData(): Database.Database {
	const sqlite = new Database(':memory:');
	sqlite.pragma('foreign_keys = ON');
	writeMigrations([first]);
	runMigrations(sqlite, folder);
	sqlite.prepare('INSERT INTO parent (id, naam) VALUES (?, ?)').run(1, 'Gezin A');
	sqlite.prepare('INSERT INTO parent (id, naam) VALUES (?, ?)').run(2, 'Gezin B');
	const child = sqlite.prepare('INSERT INTO child (id, parent_id, tekst) VALUES (?, ?, ?)');
	child.run(10, 1, 'afspraak 1');
	child.run(11, 1, 'afspraak 2');
	child.run(20, 2, 'afspraak 3');
	return sqlite;
}

function childCount(sqlite: Database.Database): number {
	return (sqlite.prepare('SELECT count(*) AS n FROM child').get() as { n: number }).n;
}

function foreignKeysOn(sqlite: Database.Database): boolean {
	return sqlite.pragma('foreign_keys', { simple: true }) === 1;
}

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'aan-tafel-migrate-'));
});

afterEach(() => {
	rmSync(folder, { recursive: true, force: true });
});

describe('runMigrations and the drizzle-kit table rebuild', () => {
	it('keeps child rows when a later migration rebuilds the parent table', () => {
		const sqlite = databaseWithData();
		expect(childCount(sqlite)).toBe(3);

		writeMigrations([first, { tag: '0001_rebuild_parent', sql: rebuildParent() }]);
		runMigrations(sqlite, folder);

		expect(childCount(sqlite)).toBe(3);
		expect(sqlite.prepare('SELECT id, naam, kleur FROM parent ORDER BY id').all()).toEqual([
			{ id: 1, naam: 'Gezin A', kleur: 'blauw' },
			{ id: 2, naam: 'Gezin B', kleur: 'blauw' }
		]);
		expect(sqlite.prepare('SELECT parent_id, tekst FROM child WHERE id = 20').get()).toEqual({
			parent_id: 2,
			tekst: 'afspraak 3'
		});
		sqlite.close();
	});

	it('control: drizzle migrate() with foreign keys on deletes the child rows', () => {
		const sqlite = databaseWithData();
		writeMigrations([first, { tag: '0001_rebuild_parent', sql: rebuildParent() }]);

		expect(foreignKeysOn(sqlite)).toBe(true);
		migrate(drizzle(sqlite), { migrationsFolder: folder });

		// The parents survive the rebuild, their children do not: this is the data loss runMigrations prevents.
		expect((sqlite.prepare('SELECT count(*) AS n FROM parent').get() as { n: number }).n).toBe(2);
		expect(childCount(sqlite)).toBe(0);
		sqlite.close();
	});

	it('turns foreign keys back on afterwards, so cascades and checks work again', () => {
		const sqlite = databaseWithData();
		writeMigrations([first, { tag: '0001_rebuild_parent', sql: rebuildParent() }]);
		runMigrations(sqlite, folder);

		expect(foreignKeysOn(sqlite)).toBe(true);
		expect(() => sqlite.prepare('INSERT INTO child (id, parent_id, tekst) VALUES (99, 404, ?)').run('wees')).toThrow(
			/FOREIGN KEY/
		);
		sqlite.prepare('DELETE FROM parent WHERE id = 1').run();
		expect(childCount(sqlite)).toBe(1);
		sqlite.close();
	});

	it('applies each migration once: running again changes nothing', () => {
		const sqlite = databaseWithData();
		writeMigrations([first, { tag: '0001_rebuild_parent', sql: rebuildParent() }]);
		runMigrations(sqlite, folder);
		runMigrations(sqlite, folder);

		expect(childCount(sqlite)).toBe(3);
		expect((sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(2);
		sqlite.close();
	});

	it('refuses and rolls back a migration that would leave broken foreign keys', () => {
		const sqlite = databaseWithData();
		// A rebuild that forgets parent 2: its child now points at nothing.
		writeMigrations([first, { tag: '0001_lossy_rebuild', sql: rebuildParent(' WHERE "id" <> 2') }]);

		expect(() => runMigrations(sqlite, folder)).toThrow(/1 broken foreign key/);
		expect(foreignKeysOn(sqlite)).toBe(true);
		// Nothing of it was kept: parent 2 is back, and the migration is not recorded as done.
		expect(sqlite.prepare('SELECT count(*) AS n FROM parent').get()).toEqual({ n: 2 });
		expect(sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: 1 });
		sqlite.close();
	});

	it('rolls back a migration that fails half-way, leaving the data as it was', () => {
		const sqlite = databaseWithData();
		const broken = rebuildParent() + BP + 'INSERT INTO no_such_table VALUES (1);';
		writeMigrations([first, { tag: '0001_broken', sql: broken }]);

		expect(() => runMigrations(sqlite, folder)).toThrow();
		expect(childCount(sqlite)).toBe(3);
		const columns = (sqlite.prepare('PRAGMA table_info(parent)').all() as Array<{ name: string }>).map((c) => c.name);
		expect(columns).toEqual(['id', 'naam']);
		expect(foreignKeysOn(sqlite)).toBe(true);
		sqlite.close();
	});
});

describe('the project database', () => {
	afterEach(() => closeDatabase());

	it('opens in memory with every project migration applied and foreign keys on', () => {
		const { sqlite } = openDatabase(':memory:');
		const tables = (
			sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
		).map((t) => t.name);
		expect(tables).toEqual(
			expect.arrayContaining(['account', 'session', 'gezin', 'membership', 'invite', 'audit_log', 'password_link'])
		);
		const triggers = (
			sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as Array<{ name: string }>
		).map((t) => t.name);
		expect(triggers).toEqual(
			expect.arrayContaining(['audit_log_no_update', 'audit_log_no_delete', 'audit_log_only_append'])
		);
		expect(foreignKeysOn(sqlite)).toBe(true);
		sqlite.close();
	});

	it('can be migrated again at start-up without error or change', () => {
		const { sqlite } = openDatabase(':memory:');
		sqlite
			.prepare("INSERT INTO organisatie (id, naam, soort, created_at) VALUES ('o1', 'Wijkteam Noord', 'wijkteam', 0)")
			.run();
		runMigrations(sqlite, migrationsPath());
		expect(sqlite.prepare('SELECT naam FROM organisatie').all()).toEqual([{ naam: 'Wijkteam Noord' }]);
		sqlite.close();
	});
});
