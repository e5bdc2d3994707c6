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
 * Scenarios: gezin-overzicht, groeiplan, groeiplan-schaal (run one or more by name; default all).
 * `groeiplan-schaal` builds a database with 10,000 extra gezinnen (BENCH_GEZINNEN to change that;
 * about 10 s) and prints PASS/FAIL for its p50 limit; a FAIL is reported, not an exit code.
 *
 * To add a scenario: append to `scenarios` below. Scenarios run in their own server process(es).
 */
import { join } from 'node:path';
import { addManyGezinnen, addRealisticPlan, realisticPlanSteps, REALISTIC_PLAN_MARKER, type PlanSummary } from './lib/generate';
import { compare, settingsFromEnv } from './lib/measure';
import { checkLine, evaluateCheck, ratios, table, writeJson, type ScenarioResult } from './lib/report';
import { baseline, verify, type Scenario } from './lib/scenario';
import { PROJECT_ROOT, startServer, type BenchServer } from './lib/server';

const GEZINNEN = Math.round(Number(process.env.BENCH_GEZINNEN) || 10_000);

const planLine = (p: PlanSummary) => `${p.doelen} doelen, ${p.afspraken} afspraken, ${p.items} items, ${p.planmomenten} planmomenten (${p.wijzigingen} changes)`;

/** The groeiplan page of De Boer as the ouder (Sanne), who may see every item. */
async function groeiplanAsOuder(server: BenchServer, name: string) {
	const cookie = await server.login('ouder');
	return { name, url: `${server.baseUrl}/gezinnen/${server.ids.deBoer}/groeiplan`, headers: { cookie }, expectText: REALISTIC_PLAN_MARKER };
}

/** Size of a page as served: the same plan must give (nearly) the same HTML on both servers. */
async function pageBytes(target: { url: string; headers?: Record<string, string> }): Promise<number> {
	const res = await fetch(target.url, { redirect: 'manual', headers: target.headers });
	return (await res.arrayBuffer()).byteLength;
}

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
	},
	{
		name: 'groeiplan',
		description: 'groeiplan page as ouder, realistic plan (20 doelen, 60 afspraken, 40+ changes) vs /basis',
		servers: [
			{
				label: 'demo + realistic plan',
				prepare: (_handle, ids) => console.log(`  De Boer plan: ${planLine(addRealisticPlan(ids.deBoer, ids.accounts))}`)
			}
		],
		async targets(server) {
			return [baseline(server), await groeiplanAsOuder(server, 'groeiplan (ouder)')];
		}
	},
	{
		name: 'groeiplan-schaal',
		description: `groeiplan page as ouder: demo + ${GEZINNEN.toLocaleString('en')} generated gezinnen vs demo alone (same realistic plan)`,
		/*
		 * Two servers, both kept running for the whole scenario, loaded one at a time in alternating
		 * rounds (small, large, large, small, …). Fairer than starting and stopping per round: each
		 * server keeps its warm JIT, prepared statements and SQLite/OS page cache, so every round
		 * measures the steady state instead of a cold start, and both get the same warm-up. An idle
		 * Node server uses no CPU, so the one not being measured does not take from the 2 cores;
		 * its memory (a few tens of MB) does not matter here.
		 */
		servers: [
			{
				label: 'demo + plan',
				prepare: (_handle, ids) => console.log(`  small: De Boer plan: ${planLine(addRealisticPlan(ids.deBoer, ids.accounts))}`)
			},
			{
				label: `demo + plan + ${GEZINNEN.toLocaleString('en')} gezinnen`,
				prepare: (_handle, ids) => {
					// The same plan, its saves spread between the generated gezinnen as in production,
					// so its rows lie between everyone else's instead of together at the start.
					const between = realisticPlanSteps(ids.deBoer, ids.accounts);
					const many = addManyGezinnen(GEZINNEN, { between });
					console.log(
						`  large: ${many.gezinnen} gezinnen, ${many.accounts} accounts, ${many.memberships} memberships, ${many.items} items, ` +
							`${many.planmomenten} planmomenten, ${many.auditRows} audit rows, ${many.sessions} sessions, ${many.invites} invites in ${(many.milliseconds / 1000).toFixed(1)} s`
					);
				}
			}
		],
		async targets(small, large) {
			if (!large) throw new Error('groeiplan-schaal needs two servers.');
			const targets = [await groeiplanAsOuder(small, 'demo (ouder)'), await groeiplanAsOuder(large, `${GEZINNEN.toLocaleString('en')} gezinnen (ouder)`)];
			const [a, b] = await Promise.all(targets.map(pageBytes));
			console.log(`  page size: ${a} bytes (small), ${b} bytes (large)`);
			if (Math.abs(a! - b!) > 0.02 * a!) throw new Error(`The groeiplan page differs between the databases (${a} vs ${b} bytes): not the same plan.`);
			return targets;
		},
		check: { metric: 'latencyP50', max: 1.3 }
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
		const specs = scenario.servers ?? [{ label: 'demo' }];
		console.log(`\n▶ ${scenario.name}: starting the production build on ${specs.length === 1 ? 'a fresh demo database' : `${specs.length} fresh databases`} …`);
		const servers: BenchServer[] = [];
		try {
			for (const spec of specs) {
				const started = performance.now();
				const server = await startServer({ label: spec.label, prepare: spec.prepare });
				servers.push(server);
				console.log(`  server ${server.baseUrl} (ORIGIN ${server.origin}), ${server.label}, database ${server.databasePath}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			}
			const targets = await scenario.targets(servers[0]!, ...servers.slice(1));
			for (const target of targets) await verify(target);
			const measured = await compare(targets, settings, (line) => console.log(line));
			const ratioList = ratios(measured);
			const check = scenario.check ? evaluateCheck(ratioList, scenario.check) : undefined;
			results.push({ name: scenario.name, description: scenario.description, results: measured, ratios: ratioList, ...(check ? { check } : {}) });
		} finally {
			for (const server of servers) await server.stop();
		}
	}

	console.log('');
	for (const result of results) console.log(table(result, settings) + '\n');
	writeJson(output, { startedAt, settings, scenarios: results });
	console.log(`JSON: ${output}`);

	// Limits last and loud, so they are not lost in the tables. A miss is news, not a crash.
	const checks = results.filter((r) => r.check);
	if (checks.length) {
		const bar = '='.repeat(78);
		console.log(`\n${bar}`);
		for (const r of checks) console.log(`  ${r.name}: ${checkLine(r.check!)}`);
		console.log(bar);
	}
}

main().catch((error: unknown) => {
	console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
});
