/**
 * `npm run demo`: build, make a fresh demo database, start the production server, and print the
 * URL and the demo logins.
 */
import { spawn, spawnSync } from 'node:child_process';
import { freshDemoDatabase } from './seed-demo';
import { DEMO_PASSWORD, demoLogins } from '../lib/server/db/seed';

if (process.env.NODE_ENV === 'production') {
	console.error('De demo maakt nooit demo-gegevens met NODE_ENV=production.');
	process.exit(1);
}

const port = process.env.PORT || '3000';
const origin = process.env.ORIGIN || `http://localhost:${port}`;
const databasePath = process.env.DATABASE_PATH || 'data/demo.db';

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

await freshDemoDatabase(databasePath);

const server = spawn(process.execPath, ['server/index.js'], {
	stdio: ['ignore', 'inherit', 'inherit'],
	env: { ...process.env, PORT: port, ORIGIN: origin, DATABASE_PATH: databasePath }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(`${origin}/basis`)).ok) break;
	} catch {
		/* not listening yet */
	}
	await new Promise((r) => setTimeout(r, 100));
}

console.log(
	`\nAan tafel draait op ${origin}\nDatabase: ${databasePath}\n\nDemo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`
);
for (const login of demoLogins) console.log(`  ${login.username.padEnd(16)} ${login.wie}`);
console.log('\nStoppen: Ctrl+C');
