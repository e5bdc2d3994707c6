/**
 * The e2e server: a fresh demo database (ids written to data/e2e-ids.json for the tests),
 * then the production build, in this process.
 */
import { writeFileSync } from 'node:fs';
import { freshDemoDatabase } from '../../src/cli/seed-demo';

const databasePath = process.env.DATABASE_PATH || 'data/e2e.db';
const ids = await freshDemoDatabase(databasePath);
writeFileSync('data/e2e-ids.json', JSON.stringify(ids));
// @ts-expect-error: the build has no type declarations
await import('../../build/index.js');
