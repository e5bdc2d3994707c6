/**
 * The e2e server: a fresh demo database (ids written to data/e2e-ids.json for the tests),
 * then the production server (server/index.js on the build), in this process.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshDemoDatabase } from '../../src/cli/seed-demo';

const databasePath = process.env.DATABASE_PATH || 'data/e2e.db';
const ids = await freshDemoDatabase(databasePath);
writeFileSync('data/e2e-ids.json', JSON.stringify(ids));
// A computed specifier, so type checking does not wander into the built JavaScript.
await import(pathToFileURL(resolve('server/index.js')).href);
