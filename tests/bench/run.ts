/**
 * `npm run bench` (= `npm run build && tsx tests/bench/run.ts [scenario …]`)
 *
 * Per scenario: the production build on a fresh demo database in a temp dir, on loopback only.
 * Load scenarios: every target warmed up, then loaded with autocannon in alternating rounds;
 * medians of req/s, p50 and p99 per target, and the ratios to the first target (the baseline page
 * of the same server). Run scenarios measure by themselves (`tijdlijn-browser`: page loads in
 * headless Chromium) and print their own table.
 *
 * Environment: BENCH_DURATION (s per round, 5), BENCH_ROUNDS (3), BENCH_WARMUP (s, 3),
 * BENCH_CONNECTIONS (10), BENCH_PORT (first port to try, 4300), BENCH_OUTPUT (JSON file,
 * data/bench-latest.json), BENCH_GEZINNEN (groeiplan-schaal, 10,000), BENCH_BROWSER_RUNS
 * (tijdlijn-browser, mensen-browser: loads per page and server, 9), CHROMIUM_PATH (default
 * /usr/bin/chromium), BENCH_FOLLOWERS (gesprek-volgen: open streams, 50), BENCH_FOLLOW_MOVES
 * (gesprek-volgen: counted moves, 40).
 *
 * Scenarios (run one or more by name; default all, in this order):
 * - gezin-overzicht: gezin overview as ouder vs /basis.
 * - groeiplan: groeiplan page with a realistic plan vs /basis.
 * - groeiplan-schaal: the same page with 10,000 extra gezinnen in the database vs without (about
 *   10 s to build); PASS/FAIL for its p50 ratio.
 * - tijdlijn: the tijdlijn page of De Boer as ouder with 100 events vs /basis; prints the page's
 *   HTML size.
 * - tijdlijn-browser: two servers (100 and 2,000 events); time from navigation to the drawn
 *   tijdlijn in headless Chromium (Debian's binary), the JavaScript the page ships (raw and
 *   gzip -9, and the part the groeiplan page does not load), the HTML size; PASS/FAIL for
 *   2,000 events ≤ 3× the median of 100.
 * - mensen: the keukentafel (board) and the netwerkkaart of De Boer as ouder with 40 people vs
 *   /basis; prints both pages' HTML size.
 * - mensen-browser: two servers (10 and 40 people); time from navigation to the hydrated board
 *   and netwerkkaart in headless Chromium, and the netwerkkaart's layout time (computed on the
 *   server, reported in its Server-Timing header, read in the browser); PASS/FAIL for that layout
 *   with 40 people ≤ 20 ms (median).
 * - gesprek-volgen: follow the facilitator; 50 followers' live streams (SSE, each its own
 *   connection, as ouder, jongere and 8 extra family members in turn: at most 12 streams per account) on a started demo gesprek, the facilitator
 *   (wijkteam) moves everyone between two agenda items 40 times (after 5 warm-up moves);
 *   p50/p95/max of the time from just before the POST until each stream has the change event,
 *   and until all 50 have it, plus the POST's round trip and misses (5 s timeout). Figures only,
 *   no limit.
 * - tafel-opslag: no server; on a fresh demo database, 300 quick cards put on the keukentafel and
 *   each moved once (600 changes, the cap of 60 people lifted to measure storage): how much the
 *   database grows (after VACUUM), what the history rows hold, and what full snapshots of the same
 *   boards would hold; PASS/FAIL for a growth ≤ 1 MB (before issue 11 it was 6.2 MB).
 * - tijdlijn-layout: no server; the tijdlijn layout of 2,000 moments (the input of the unit test
 *   that checks its track cap), 15 times after a warm-up; PASS/FAIL for a median ≤ 200 ms (the
 *   limit that test used to assert, moved here: a test's outcome must not depend on the machine).
 * - grote-post: one groeiplan form post with 40,000 `doelen` values (about 440 kB); how long
 *   GET /basis waits while the server handles it (longest probe per round, median of 5 rounds);
 *   PASS/FAIL for that wait ≤ 250 ms and the post answered with a 400.
 * A FAIL is reported, not an exit code.
 *
 * To add a scenario: append to `scenarios` below, either a load scenario (`targets`, optional
 * `extras`) or a run scenario (`run`), see lib/scenario-kinds.ts. Scenarios run in their own
 * server process(es).
 */
import { join } from 'node:path';
import {
	addManyGezinnen,
	addRealisticPlan,
	realisticPlanSteps,
	REALISTIC_PLAN_MARKER,
	type PlanSummary
} from './lib/generate';
import { MENSEN_MARKER_BIJDRAGE, mensenLine, setMensen } from './lib/generate-mensen';
import { addTijdlijn, tijdlijnLine } from './lib/generate-tijdlijn';
import { compare, settingsFromEnv } from './lib/measure';
import { checkLine, evaluateCheck, ratios, table } from './lib/report';
import { baseline, verify, type ServerSpec } from './lib/scenario';
import { isRunScenario, outcomeName, writeRunJson, type AnyScenario, type Outcome } from './lib/scenario-kinds';
import { PROJECT_ROOT, startServer, type BenchServer } from './lib/server';
import { cardsInHtml, labelsInHtml, mensenInBrowser, mensenPageUrl } from './lib/mensen-browser';
import { drawnInHtml, htmlSize, tijdlijnInBrowser } from './lib/tijdlijn-browser';
import { gesprekVolgen, volgenServer, VOLGERS } from './lib/gesprek-volgen';
import { tafelOpslag } from './lib/tafel-opslag';
import { grotePost } from './lib/grote-post';
import { tijdlijnLayout } from './lib/tijdlijn-layout';

const GEZINNEN = Math.round(Number(process.env.BENCH_GEZINNEN) || 10_000);
const BROWSER_RUNS = Math.round(Number(process.env.BENCH_BROWSER_RUNS) || 9);
/** Events on the tijdlijn of De Boer, as the ouder sees them (the demo has about 31 of its own). */
const TIJDLIJN_SMALL = 100;
const TIJDLIJN_LARGE = 2_000;
/** People (betrokkenen) around De Boer: a small network, and a large one (the demo has 12). */
const MENSEN_SMALL = 10;
const MENSEN_LARGE = 40;
/** The netwerkkaart's layout (Server-Timing), 40 people, median: at most this (ms). */
const MENSEN_MAX_LAYOUT_MS = 20;
/** Follow the facilitator: open live streams, and counted moves (after 5 warm-up moves). */
const FOLLOWERS = Math.round(Number(process.env.BENCH_FOLLOWERS) || 50);
const FOLLOW_MOVES = Math.round(Number(process.env.BENCH_FOLLOW_MOVES) || 40);

const planLine = (p: PlanSummary) =>
	`${p.doelen} doelen, ${p.afspraken} afspraken, ${p.items} items, ${p.planmomenten} planmomenten (${p.wijzigingen} changes)`;

/** The groeiplan page of De Boer as the ouder (Sanne), who may see every item. */
async function groeiplanAsOuder(server: BenchServer, name: string) {
	const cookie = await server.login('ouder');
	return {
		name,
		url: `${server.baseUrl}/gezinnen/${server.ids.deBoer}/groeiplan`,
		headers: { cookie },
		expectText: REALISTIC_PLAN_MARKER
	};
}

/** Size of a page as served: the same plan must give (nearly) the same HTML on both servers. */
async function pageBytes(target: { url: string; headers?: Record<string, string> }): Promise<number> {
	const res = await fetch(target.url, { redirect: 'manual', headers: target.headers });
	return (await res.arrayBuffer()).byteLength;
}

/** A fresh demo database whose De Boer tijdlijn holds `n` events for the ouder. */
const tijdlijnServer = (n: number): ServerSpec => ({
	label: `demo + tijdlijn of ${n.toLocaleString('en')} events`,
	prepare: (_handle, ids) =>
		console.log(`  De Boer tijdlijn: ${tijdlijnLine(addTijdlijn(ids.deBoer, ids.accounts, n))}`)
});

/** A fresh demo database in which De Boer has exactly `n` people, of every kind, a third at the table. */
const mensenServer = (n: number): ServerSpec => ({
	label: `demo + ${n} people around De Boer`,
	prepare: (_handle, ids) => console.log(`  De Boer: ${mensenLine(setMensen(ids.deBoer, ids.accounts, n))}`)
});

const scenarios: AnyScenario[] = [
	{
		name: 'gezin-overzicht',
		description: 'gezin overview as ouder (session, access check, audit row per view) vs /basis',
		async targets(server) {
			const cookie = await server.login('ouder');
			return [
				baseline(server),
				{
					name: 'gezin (ouder)',
					url: `${server.baseUrl}/gezinnen/${server.ids.deBoer}`,
					headers: { cookie },
					expectText: 'Familie De Boer'
				}
			];
		}
	},
	{
		name: 'groeiplan',
		description: 'groeiplan page as ouder, realistic plan (20 doelen, 60 afspraken, 40+ changes) vs /basis',
		servers: [
			{
				label: 'demo + realistic plan',
				prepare: (_handle, ids) =>
					console.log(`  De Boer plan: ${planLine(addRealisticPlan(ids.deBoer, ids.accounts))}`)
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
				prepare: (_handle, ids) =>
					console.log(`  small: De Boer plan: ${planLine(addRealisticPlan(ids.deBoer, ids.accounts))}`)
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
			const targets = [
				await groeiplanAsOuder(small, 'demo (ouder)'),
				await groeiplanAsOuder(large, `${GEZINNEN.toLocaleString('en')} gezinnen (ouder)`)
			];
			const [a, b] = await Promise.all(targets.map(pageBytes));
			console.log(`  page size: ${a} bytes (small), ${b} bytes (large)`);
			if (Math.abs(a! - b!) > 0.02 * a!)
				throw new Error(`The groeiplan page differs between the databases (${a} vs ${b} bytes): not the same plan.`);
			return targets;
		},
		check: { metric: 'latencyP50', max: 1.3 }
	},
	{
		name: 'tijdlijn',
		description: `tijdlijn page as ouder, ${TIJDLIJN_SMALL} events (drawing and list) vs /basis`,
		servers: [tijdlijnServer(TIJDLIJN_SMALL)],
		async targets(server) {
			const cookie = await server.login('ouder');
			return [
				baseline(server),
				{
					name: 'tijdlijn (ouder)',
					url: `${server.baseUrl}/gezinnen/${server.ids.deBoer}/tijdlijn`,
					headers: { cookie },
					expectText: 'Daan wordt geboren'
				}
			];
		},
		async extras(server) {
			const page = await htmlSize(
				`${server.baseUrl}/gezinnen/${server.ids.deBoer}/tijdlijn`,
				await server.login('ouder')
			);
			const drawn = drawnInHtml(page.html);
			if (drawn !== TIJDLIJN_SMALL)
				throw new Error(`The tijdlijn page draws ${drawn} events, expected ${TIJDLIJN_SMALL}.`);
			return [
				{ label: 'page HTML', value: page.bytes, unit: 'bytes' },
				{ label: 'page HTML gzip -9', value: page.gzipBytes, unit: 'bytes' },
				{ label: 'events drawn', value: drawn, unit: 'events' }
			];
		}
	},
	{
		name: 'tijdlijn-browser',
		description: `navigation → drawn tijdlijn in headless Chromium as ouder, ${TIJDLIJN_SMALL} vs ${TIJDLIJN_LARGE.toLocaleString('en')} events; JavaScript of the page`,
		/* Both servers up for the whole scenario, used one at a time (see groeiplan-schaal). */
		servers: [tijdlijnServer(TIJDLIJN_SMALL), tijdlijnServer(TIJDLIJN_LARGE)],
		run([small, large], _settings, log) {
			if (!small || !large) throw new Error('tijdlijn-browser needs two servers.');
			return tijdlijnInBrowser(
				{ server: small, label: `${TIJDLIJN_SMALL} events`, events: TIJDLIJN_SMALL },
				{ server: large, label: `${TIJDLIJN_LARGE.toLocaleString('en')} events`, events: TIJDLIJN_LARGE },
				{ name: 'tijdlijn-browser', description: this.description, runs: BROWSER_RUNS, maxRatio: 3 },
				log
			);
		}
	},
	{
		name: 'mensen',
		description: `keukentafel (board) and netwerkkaart of De Boer as ouder, ${MENSEN_LARGE} people, vs /basis`,
		servers: [mensenServer(MENSEN_LARGE)],
		async targets(server) {
			const cookie = await server.login('ouder');
			return [
				baseline(server),
				// The contribution of the generated marker person: only on the board (not on the map).
				{
					name: 'keukentafel (ouder)',
					url: mensenPageUrl(server, 'keukentafel'),
					headers: { cookie },
					expectText: MENSEN_MARKER_BIJDRAGE
				},
				// The map's own summary, with the number of people: only on the netwerkkaart.
				{
					name: 'netwerkkaart (ouder)',
					url: mensenPageUrl(server, 'netwerkkaart'),
					headers: { cookie },
					expectText: `Aantal mensen op de kaart: ${MENSEN_LARGE}.`
				}
			];
		},
		async extras(server) {
			const cookie = await server.login('ouder');
			const board = await htmlSize(mensenPageUrl(server, 'keukentafel'), cookie);
			const map = await htmlSize(mensenPageUrl(server, 'netwerkkaart'), cookie);
			const cards = cardsInHtml(board.html);
			const labels = labelsInHtml(map.html);
			if (cards !== MENSEN_LARGE)
				throw new Error(`The keukentafel page holds ${cards} cards, expected ${MENSEN_LARGE}.`);
			if (labels !== MENSEN_LARGE) throw new Error(`The netwerkkaart draws ${labels} names, expected ${MENSEN_LARGE}.`);
			return [
				{ label: 'keukentafel HTML', value: board.bytes, unit: 'bytes' },
				{ label: 'keukentafel HTML gzip -9', value: board.gzipBytes, unit: 'bytes' },
				{ label: 'netwerkkaart HTML', value: map.bytes, unit: 'bytes' },
				{ label: 'netwerkkaart HTML gzip -9', value: map.gzipBytes, unit: 'bytes' },
				{ label: 'cards on the board', value: cards, unit: 'cards' },
				{ label: 'names on the map', value: labels, unit: 'names' }
			];
		}
	},
	{
		name: 'mensen-browser',
		description: `navigation → hydrated keukentafel and netwerkkaart in headless Chromium as ouder, ${MENSEN_SMALL} vs ${MENSEN_LARGE} people; the netwerkkaart's layout time`,
		/* Both servers up for the whole scenario, used one at a time (see groeiplan-schaal). */
		servers: [mensenServer(MENSEN_SMALL), mensenServer(MENSEN_LARGE)],
		run([small, large], _settings, log) {
			if (!small || !large) throw new Error('mensen-browser needs two servers.');
			return mensenInBrowser(
				{ server: small, label: `${MENSEN_SMALL} people`, people: MENSEN_SMALL },
				{ server: large, label: `${MENSEN_LARGE} people`, people: MENSEN_LARGE },
				{
					name: 'mensen-browser',
					description: this.description,
					runs: BROWSER_RUNS,
					maxLayoutMs: MENSEN_MAX_LAYOUT_MS
				},
				log
			);
		}
	},
	{
		name: 'gesprek-volgen',
		description: `follow the facilitator: next agenda item → the change event on ${FOLLOWERS} followers' live streams (SSE), loopback`,
		servers: [volgenServer],
		run([server], _settings, log) {
			if (!server) throw new Error('gesprek-volgen needs a server.');
			return gesprekVolgen(
				server,
				{
					name: 'gesprek-volgen',
					description: this.description,
					followers: FOLLOWERS,
					moves: FOLLOW_MOVES,
					warmup: 5,
					followerAccounts: ['ouder', 'jongere', ...VOLGERS],
					leader: 'wijkteam',
					timeoutMs: 5000,
					pauseMs: 50
				},
				log
			);
		}
	},
	{
		name: 'tafel-opslag',
		description:
			'300 quick cards on the keukentafel, each moved once: database growth of the board history (no server)',
		servers: [],
		run(_servers, _settings, log) {
			return tafelOpslag({ name: 'tafel-opslag', description: this.description, cards: 300, maxBytes: 1_000_000 }, log);
		}
	},
	{
		name: 'tijdlijn-layout',
		description: "the tijdlijn layout of 2,000 moments (the unit test's input): median time (no server)",
		servers: [],
		run(_servers, _settings, log) {
			return tijdlijnLayout(
				{ name: 'tijdlijn-layout', description: this.description, events: 2_000, runs: 15, maxMs: 200 },
				log
			);
		}
	},
	{
		name: 'grote-post',
		description: 'one groeiplan post with 40,000 doelen values: how long other requests wait meanwhile',
		run([server], _settings, log) {
			if (!server) throw new Error('grote-post needs a server.');
			return grotePost(
				server,
				{ name: 'grote-post', description: this.description, values: 40_000, rounds: 5, maxWaitMs: 250 },
				log
			);
		}
	}
];

async function main(): Promise<void> {
	const wanted = process.argv.slice(2);
	const unknown = wanted.filter((name) => !scenarios.some((s) => s.name === name));
	if (unknown.length)
		throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}.`);
	const selected = wanted.length ? scenarios.filter((s) => wanted.includes(s.name)) : scenarios;

	const settings = settingsFromEnv();
	const output = process.env.BENCH_OUTPUT || join(PROJECT_ROOT, 'data', 'bench-latest.json');
	const startedAt = new Date();
	const outcomes: Outcome[] = [];
	const log = (line: string) => console.log(line);

	for (const scenario of selected) {
		const specs = scenario.servers ?? [{ label: 'demo' }];
		console.log(
			`\n▶ ${scenario.name}: ${specs.length === 0 ? 'no server' : `starting the production build on ${specs.length === 1 ? 'a fresh demo database' : `${specs.length} fresh databases`}`} …`
		);
		const servers: BenchServer[] = [];
		try {
			for (const spec of specs) {
				const started = performance.now();
				const server = await startServer({ label: spec.label, prepare: spec.prepare });
				servers.push(server);
				console.log(
					`  server ${server.baseUrl} (ORIGIN ${server.origin}), ${server.label}, database ${server.databasePath}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s`
				);
			}
			if (isRunScenario(scenario)) {
				outcomes.push({
					kind: 'run',
					name: scenario.name,
					description: scenario.description,
					result: await scenario.run(servers, settings, log)
				});
				continue;
			}
			const targets = await scenario.targets(servers[0]!, ...servers.slice(1));
			for (const target of targets) await verify(target);
			const extras = scenario.extras ? await scenario.extras(servers[0]!, ...servers.slice(1)) : [];
			for (const extra of extras) console.log(`  ${extra.label}: ${extra.value.toLocaleString('en')} ${extra.unit}`);
			const measured = await compare(targets, settings, log);
			const ratioList = ratios(measured);
			const check = scenario.check ? evaluateCheck(ratioList, scenario.check) : undefined;
			outcomes.push({
				kind: 'load',
				result: {
					name: scenario.name,
					description: scenario.description,
					results: measured,
					ratios: ratioList,
					...(check ? { check } : {})
				},
				extras
			});
		} finally {
			for (const server of servers) await server.stop();
		}
	}

	console.log('');
	for (const o of outcomes) {
		if (o.kind === 'run') console.log(o.result.table + '\n');
		else
			console.log(
				[
					table(o.result, settings),
					...o.extras.map((e) => `${e.label}: ${e.value.toLocaleString('en')} ${e.unit}`)
				].join('\n') + '\n'
			);
	}
	writeRunJson(output, { startedAt, settings, outcomes });
	console.log(`JSON: ${output}`);

	// Limits last and loud, so they are not lost in the tables. A miss is news, not a crash.
	const checks = outcomes.flatMap((o) =>
		o.kind === 'load'
			? o.result.check
				? [`${o.result.name}: ${checkLine(o.result.check)}`]
				: []
			: o.result.checks.map((c) => `${outcomeName(o)}: ${c.line}`)
	);
	if (checks.length) {
		const bar = '='.repeat(78);
		console.log(`\n${bar}`);
		for (const line of checks) console.log(`  ${line}`);
		console.log(bar);
	}
}

main().catch((error: unknown) => {
	console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
});
