/**
 * Makes a fresh demo database: `tsx src/cli/seed-demo.ts [path]` (default DATABASE_PATH or data/demo.db).
 * Prints the gezin ids as JSON on the last line, for tests and benchmarks.
 */
import { rmSync } from 'node:fs';
import { openDatabase } from '../lib/server/db';
import { auditCheckpointPath } from '../lib/server/config';
import { stopAuditCheckpoints } from '../lib/server/audit';
import { seedDemo } from '../lib/server/db/seed';

export async function freshDemoDatabase(path: string) {
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
	rmSync(auditCheckpointPath(path), { force: true });
	const handle = openDatabase(path);
	try {
		return await seedDemo(handle);
	} finally {
		stopAuditCheckpoints(handle.sqlite);
		handle.sqlite.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = process.argv[2] || process.env.DATABASE_PATH || 'data/demo.db';
	freshDemoDatabase(path)
		.then((ids) => console.log(JSON.stringify(ids)))
		.catch((error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exit(1);
		});
}
