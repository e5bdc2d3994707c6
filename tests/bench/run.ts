/**
 * `npm run bench` (= `npm run build && tsx tests/bench/run.ts [scenario …]`)
 *
 * Per scenario: the production build on a fresh demo database in a temp dir, on loopback only;
 * every target warmed up, then loaded with autocannon in alternating rounds; medians of req/s,
 * p50 and p99 per target, and the ratios to the first target (the baseline page of the same server).
 *
 * Environment: BENCH_DURATION (s per round, 5), BENCH_ROUNDS (3), BENCH_WARMUP (s, 3),
 * BENCH_CONNECTIONS (10), BENCH_PORT (first port to try, 4300), BENCH_OUTPUT (JSON file,
 * data/bench-latest.json).
 *
 * To add a scenario: append to `scenarios` below. Scenarios run in their own server process.
 */
import { join } from 'node:path';
import { compare, settingsFromEnv } from './lib/measure';
import { ratios, table, writeJson, type ScenarioResult } from './lib/report';
import { baseline, verify, type Scenario } from './lib/scenario';
import { PROJECT_ROOT, startServer } from './lib/server';

const scenarios: Scenario[] = [
	{
		name: 'gezin-overzicht',
		description: 'gezin overview as ouder (session, access check, audit row per view) vs /basis',
		async targets(server) {
			const cookie = await server.login('ouder');
			return [
				baseline(server),
				{ name: 'gezin (ouder)', url: `${server.baseUrl}/gezinnen/${server.ids.deBoer}`, headers: { cookie }, expectText: 'Familie De Boer' }
			];
		}
	}
];

async function main(): Promise<void> {
	const wanted = process.argv.slice(2);
	const unknown = wanted.filter((name) => !scenarios.some((s) => s.name === name));
	if (unknown.length) throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}.`);
	const selected = wanted.length ? scenarios.filter((s) => wanted.includes(s.name)) : scenarios;

	const settings = settingsFromEnv();
	const output = process.env.BENCH_OUTPUT || join(PROJECT_ROOT, 'data', 'bench-latest.json');
	const startedAt = new Date();
	const results: ScenarioResult[] = [];

	for (const scenario of selected) {
		console.log(`\n▶ ${scenario.name}: starting the production build on a fresh demo database …`);
		const server = await startServer();
		try {
			console.log(`  server ${server.baseUrl} (ORIGIN ${server.origin}), database ${server.databasePath}`);
			const targets = await scenario.targets(server);
			for (const target of targets) await verify(target);
			const measured = await compare(targets, settings, (line) => console.log(line));
			results.push({ name: scenario.name, description: scenario.description, results: measured, ratios: ratios(measured) });
		} finally {
			await server.stop();
		}
	}

	console.log('');
	for (const result of results) console.log(table(result, settings) + '\n');
	writeJson(output, { startedAt, settings, scenarios: results });
	console.log(`JSON: ${output}`);
}

main().catch((error: unknown) => {
	console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
});
