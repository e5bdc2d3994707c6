/**
 * The tijdlijn page in a real browser: time from navigation to the fully drawn tijdlijn (the
 * page's `performance.mark('tijdlijn-drawn')`, set once the svg has `data-ready="true"`), on two
 * servers with a small and a large tijdlijn, plus the JavaScript the page ships.
 *
 * One headless Chromium, one logged-in context per server. Per server first two warm-up loads:
 * a cold one that records the JavaScript, then a warm one that checks the number of drawn events.
 * Then `runs` loads per server, alternating (small, large, large, small, …), each in a fresh tab
 * of its server's context: a new document and JS heap, but a warm HTTP cache, as for someone who
 * opens the page again. Medians and p90 (nearest rank) per server, and the ratio large/small.
 */
import { textColumns } from './report';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from '@playwright/test';
import { median } from './measure';
import {
	launchChromium,
	loggedInContext,
	percentile,
	scriptPathsOf,
	scriptsOf,
	summarize,
	timeLoad,
	type LoadSample,
	type ScriptSet
} from './browser';
import type { RunCheck, RunResult } from './scenario-kinds';
import type { BenchServer } from './server';

const READY = 'svg[data-ready="true"]';
const MARK = 'tijdlijn-drawn';
const DRAWN_EVENTS = 'svg[data-ready="true"] a[data-i]';

export interface TijdlijnSide {
	server: BenchServer;
	/** e.g. "100 events" */
	label: string;
	/** Events the ouder must see drawn. */
	events: number;
}

export interface TijdlijnBrowserOptions {
	runs: number;
	/** The check: median time to drawn of the large one at most this times the small one. */
	maxRatio: number;
	description: string;
	name: string;
}

const tijdlijnUrl = (server: BenchServer) => `${server.baseUrl}/gezinnen/${server.ids.deBoer}/tijdlijn`;
const groeiplanUrl = (server: BenchServer) => `${server.baseUrl}/gezinnen/${server.ids.deBoer}/groeiplan`;

/** The page's HTML as served to the ouder, raw and gzipped by us (level 9). */
export async function htmlSize(
	url: string,
	cookie: string
): Promise<{ bytes: number; gzipBytes: number; html: string }> {
	const res = await fetch(url, { redirect: 'manual', headers: { cookie } });
	if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}, expected 200.`);
	const body = Buffer.from(await res.arrayBuffer());
	return { bytes: body.byteLength, gzipBytes: gzipSync(body, { level: 9 }).byteLength, html: body.toString('utf8') };
}

/** How many events the server-rendered drawing holds (one `data-i` link each). */
export const drawnInHtml = (html: string) => (html.match(/ data-i="/g) ?? []).length;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number | null) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toFixed(0));
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a');

interface SideResult {
	label: string;
	events: number;
	url: string;
	html: { bytes: number; gzipBytes: number };
	samples: LoadSample[];
	median: Record<MetricKey, number>;
	p90: { mark: number };
	scripts: ScriptSet;
}

const METRICS = [
	'mark',
	'afterDcl',
	'responseStart',
	'responseEnd',
	'domContentLoaded',
	'load',
	'firstContentfulPaint',
	'largestContentfulPaint',
	'longTaskMs',
	'longTasks'
] as const;
type MetricKey = (typeof METRICS)[number];

function medians(samples: LoadSample[]): Record<MetricKey, number> {
	const value = (s: LoadSample, k: MetricKey) => (k === 'afterDcl' ? s.mark - s.domContentLoaded : (s[k] ?? NaN));
	return Object.fromEntries(
		METRICS.map((k) => [k, median(samples.map((s) => value(s, k)).filter((v) => Number.isFinite(v)))])
	) as Record<MetricKey, number>;
}

export async function tijdlijnInBrowser(
	small: TijdlijnSide,
	large: TijdlijnSide,
	options: TijdlijnBrowserOptions,
	log: (line: string) => void
): Promise<RunResult> {
	const sides = [small, large];
	let browser: Browser | null = null;
	try {
		browser = await launchChromium();
		log(`  Chromium ${browser.version()} (headless), ${options.runs} loads per server after 2 warm-up loads`);
		const contexts = new Map<TijdlijnSide, BrowserContext>();
		const results = new Map<TijdlijnSide, SideResult>();

		for (const side of sides) {
			const context = await loggedInContext(browser, side.server, 'ouder');
			contexts.set(side, context);
			const url = tijdlijnUrl(side.server);
			const cookie = await side.server.login('ouder');
			const { html, ...htmlBytes } = await htmlSize(url, cookie);
			if (drawnInHtml(html) !== side.events)
				throw new Error(`${side.label}: the server drew ${drawnInHtml(html)} events, expected ${side.events}.`);
			// Warm-up 1: cold cache, records the JavaScript.
			const scripts = await scriptsOf(context, url, { readySelector: READY, settleMs: 500 });
			// Warm-up 2: warm cache, checks what the browser drew.
			const warm = await timeLoad(context, url, { readySelector: READY, markName: MARK, count: DRAWN_EVENTS });
			if (warm.counted !== side.events)
				throw new Error(`${side.label}: the browser drew ${warm.counted} events, expected ${side.events}.`);
			log(
				`  warm-up  ${side.label}: HTML ${kb(htmlBytes.bytes)} (gzip ${kb(htmlBytes.gzipBytes)}), ${scripts.files.length} JS files, drawn after ${ms(warm.mark)} ms (warm)`
			);
			results.set(side, {
				label: side.label,
				events: side.events,
				url,
				html: htmlBytes,
				samples: [],
				median: medians([]),
				p90: { mark: NaN },
				scripts
			});
		}

		// The part of the JavaScript that only the tijdlijn needs: not loaded by the groeiplan page.
		const groeiplanPaths = await scriptPathsOf(contexts.get(small)!, groeiplanUrl(small.server), {
			readySelector: 'h1',
			settleMs: 500
		});
		const smallScripts = results.get(small)!.scripts;
		const tijdlijnOnly = summarize(smallScripts.files.filter((f) => !groeiplanPaths.has(f.path)));
		const samePaths = (a: ScriptSet, b: ScriptSet) =>
			a.files.map((f) => f.path).join() === b.files.map((f) => f.path).join();
		const sameScripts = samePaths(smallScripts, results.get(large)!.scripts);

		for (let run = 0; run < options.runs; run++) {
			const order = run % 2 === 0 ? sides : [...sides].reverse();
			for (const side of order) {
				const sample = await timeLoad(contexts.get(side)!, tijdlijnUrl(side.server), {
					readySelector: READY,
					markName: MARK
				});
				results.get(side)!.samples.push(sample);
				log(
					`  run ${run + 1}/${options.runs}  ${side.label.padEnd(13)} drawn ${ms(sample.mark).padStart(5)} ms  (HTML ${ms(sample.responseEnd)}, DCL ${ms(sample.domContentLoaded)}, LCP ${ms(sample.largestContentfulPaint)}, long tasks ${ms(sample.longTaskMs)} ms)`
				);
			}
		}
		for (const r of results.values()) {
			r.median = medians(r.samples);
			r.p90 = {
				mark: percentile(
					r.samples.map((s) => s.mark),
					90
				)
			};
		}

		const a = results.get(small)!;
		const b = results.get(large)!;
		const ratio = b.median.mark / a.median.mark;
		const pass = Number.isFinite(ratio) && ratio <= options.maxRatio;
		const check: RunCheck = {
			name: `drawn p50 ${b.label} vs ${a.label}`,
			value: ratio,
			max: options.maxRatio,
			pass,
			line: `${pass ? 'PASS' : 'FAIL'}  drawn p50 ratio ${b.label} vs ${a.label} = ${x(ratio)} (limit ≤ ${options.maxRatio.toFixed(2)}x)`
		};

		const table = renderTable(
			options,
			[a, b],
			ratio,
			{ all: smallScripts, tijdlijnOnly, groeiplanFiles: groeiplanPaths.size, sameScripts },
			check
		);
		const strip = (r: SideResult) => ({
			label: r.label,
			events: r.events,
			url: r.url,
			html: r.html,
			median: r.median,
			p90: r.p90,
			samples: r.samples
		});
		return {
			table,
			checks: [check],
			data: {
				browser: `Chromium ${browser.version()} headless`,
				runs: options.runs,
				method:
					'fresh tab per load in one logged-in context per server, warm HTTP cache after 2 warm-up loads; ms since navigation start',
				servers: [strip(a), strip(b)],
				ratio: { drawnP50: ratio },
				javascript: {
					note: 'module scripts under /_app/ of a cold load; gzipBytes = each body gzipped by node:zlib level 9 (the server serves its own precompressed files, see servedAs)',
					files: smallScripts.files.length,
					bytes: smallScripts.bytes,
					gzipBytes: smallScripts.gzipBytes,
					wireBytes: smallScripts.wireBytes,
					servedAs: smallScripts.servedAs,
					sameOnBothServers: sameScripts,
					tijdlijnOnly: {
						files: tijdlijnOnly.files.length,
						bytes: tijdlijnOnly.bytes,
						gzipBytes: tijdlijnOnly.gzipBytes,
						wireBytes: tijdlijnOnly.wireBytes,
						paths: tijdlijnOnly.files.map((f) => f.path)
					},
					list: smallScripts.files
				}
			}
		};
	} finally {
		await browser?.close();
	}
}

function renderTable(
	options: TijdlijnBrowserOptions,
	sides: SideResult[],
	ratio: number,
	js: { all: ScriptSet; tijdlijnOnly: ScriptSet; groeiplanFiles: number; sameScripts: boolean },
	check: RunCheck
): string {
	const header = [
		'',
		'drawn p50',
		'drawn p90',
		'TTFB',
		'HTML end',
		'DCL',
		'DCL→drawn',
		'FCP',
		'LCP',
		'long tasks',
		'HTML',
		'HTML gzip'
	];
	const body = sides.map((r) => [
		r.label,
		ms(r.median.mark),
		ms(r.p90.mark),
		ms(r.median.responseStart),
		ms(r.median.responseEnd),
		ms(r.median.domContentLoaded),
		ms(r.median.afterDcl),
		ms(r.median.firstContentfulPaint),
		ms(r.median.largestContentfulPaint),
		`${ms(r.median.longTaskMs)} (${ms(r.median.longTasks)})`,
		kb(r.html.bytes),
		kb(r.html.gzipBytes)
	]);
	const [a, b] = sides as [SideResult, SideResult];
	const q = (k: MetricKey) => x(b.median[k] / a.median[k]);
	const ratioRow = [
		`ratio ${b.label} / ${a.label}`,
		x(ratio),
		x(b.p90.mark / a.p90.mark),
		q('responseStart'),
		q('responseEnd'),
		q('domContentLoaded'),
		q('afterDcl'),
		q('firstContentfulPaint'),
		q('largestContentfulPaint'),
		q('longTaskMs'),
		x(b.html.bytes / a.html.bytes),
		x(b.html.gzipBytes / a.html.gzipBytes)
	];
	const all = [header, ...body, ratioRow];
	const { line: row, rule: line } = textColumns(all);
	// The browser's own figure: encodedBodySize below decodedBodySize means the server compressed it.
	const wire = (r: SideResult) => {
		const first = r.samples[0];
		if (!first || !Number.isFinite(first.htmlEncodedBytes)) return 'on the wire: unknown';
		return first.htmlEncodedBytes < first.htmlBytes
			? `the server sent it compressed, ${kb(first.htmlEncodedBytes)} on the wire`
			: 'the server sends it uncompressed';
	};
	const files = (s: ScriptSet) => `${s.files.length} files, ${kb(s.bytes)} raw, ${kb(s.gzipBytes)} gzip -9`;
	const served = Object.entries(js.all.servedAs)
		.map(([enc, n]) => `${enc} ${n}`)
		.join(', ');
	const wireJs = `${served}, ${kb(js.all.wireBytes)} on the wire`;
	return [
		`${options.name}: ${options.description}`,
		`medians (p90: nearest rank) of ${options.runs} loads per server, alternating; fresh tab per load, warm HTTP cache after 2 warm-up loads; ms since navigation start`,
		line,
		row(header),
		line,
		...body.map(row),
		line,
		row(ratioRow),
		line,
		'drawn = performance mark tijdlijn-drawn (svg data-ready); TTFB = responseStart; HTML end = responseEnd; DCL = domContentLoadedEventEnd;',
		'DCL→drawn = drawn − DCL per load (hydration, d3-zoom import, drawing); all medians, so columns do not add up exactly;',
		`long tasks = main-thread tasks > 50 ms until drawn: total ms (count); HTML = the page as served to the ouder, gzip -9 by us (${wire(a)})`,
		`JavaScript of the page (cold load, module scripts under /_app/): ${files(js.all)} (served as ${wireJs}; same files on both servers: ${js.sameScripts ? 'yes' : 'NO'})`,
		`  of which only for the tijdlijn (not loaded by the groeiplan page, ${js.groeiplanFiles} files): ${files(js.tijdlijnOnly)}`,
		check.line
	].join('\n');
}
