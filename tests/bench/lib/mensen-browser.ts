/**
 * The people around a gezin in a real browser (issue 5): the keukentafel board and the
 * netwerkkaart, on two servers with a small and a large network (De Boer with 10 and with 40
 * people). Per page: the time from navigation until it is hydrated (the page's own mark,
 * `keukentafel-ready` / `netwerkkaart-ready`, set in onMount together with `data-ready="true"`),
 * and for the netwerkkaart also the time its layout took. The layout runs on the server (in a
 * fresh page the same code ran cold at hydration: 20–33 ms for 40 people, against ~1 ms warm on
 * the server), which reports it in a Server-Timing header; the browser reads it from its
 * navigation entry. The layout is the part that grows with the number of people (placing markers
 * and labels so nothing overlaps), so it has the limit; the rest are figures.
 *
 * One headless Chromium, one logged-in context per server. Per server and page first two warm-up
 * loads (a cold one, then a warm one), both checking that the browser shows every person: N cards
 * on the board (`li.kaart`) and N names on the map (`text.naam`); the server's HTML is checked the
 * same way. Then `runs` rounds; each round loads all four (server, page) pairs, each in a fresh
 * tab of its server's context (a new document and JS heap, but a warm HTTP cache, as for someone
 * who opens the page again), in an order that turns around every round (small board, small map,
 * large board, large map; then the other way), so drift (heat, other work) falls on both sides.
 * Medians and p90 (nearest rank) per server and page, and the ratio large/small.
 */
import { textColumns } from './report';
import type { Browser, BrowserContext } from '@playwright/test';
import { median } from './measure';
import { launchChromium, loggedInContext, percentile, timeLoad, type LoadSample } from './browser';
import type { RunCheck, RunResult } from './scenario-kinds';
import type { BenchServer } from './server';
import { htmlSize } from './tijdlijn-browser';

/** The Server-Timing entry of the netwerkkaart page: its layout, computed on the server (the browser only draws it). */
export const LAYOUT_MEASURE = 'layout';

/** How many cards the server-rendered board holds (`<li class="kaart …">`, not `kaart-naam`). */
export const cardsInHtml = (html: string) => (html.match(/<li\b[^>]*\sclass="kaart[\s"]/g) ?? []).length;
/** How many names the server-rendered netwerkkaart draws (`<text class="naam …">`). */
export const labelsInHtml = (html: string) => (html.match(/<text\b[^>]*\sclass="naam[\s"]/g) ?? []).length;

type PageName = 'keukentafel' | 'netwerkkaart';

interface PageSpec {
	name: PageName;
	/** Once hydrated. */
	ready: string;
	mark: string;
	/** What must be there N times once ready, in the browser. */
	count: string;
	/** The same, in the server's HTML. */
	countInHtml: (html: string) => number;
	/** e.g. "cards", "names on the map" */
	counted: string;
	measure?: string;
}

const PAGES: PageSpec[] = [
	{
		name: 'keukentafel',
		ready: '.bord[data-ready="true"]',
		mark: 'keukentafel-ready',
		count: '.bord[data-ready="true"] li.kaart',
		countInHtml: cardsInHtml,
		counted: 'cards'
	},
	{
		name: 'netwerkkaart',
		ready: '.naast[data-ready="true"]',
		mark: 'netwerkkaart-ready',
		count: '.naast[data-ready="true"] svg.tekening text.naam',
		countInHtml: labelsInHtml,
		counted: 'names on the map',
		measure: LAYOUT_MEASURE
	}
];

export const mensenPageUrl = (server: BenchServer, page: PageName) =>
	`${server.baseUrl}/gezinnen/${server.ids.deBoer}/${page}`;

export interface MensenSide {
	server: BenchServer;
	/** e.g. "10 people" */
	label: string;
	/** Betrokkenen of De Boer: cards on the board and names on the map. */
	people: number;
}

export interface MensenBrowserOptions {
	runs: number;
	/** The check: median netwerkkaart layout of the large side (Server-Timing), at most this (ms). */
	maxLayoutMs: number;
	description: string;
	name: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number | null) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toFixed(0));
/** The layout takes milliseconds, not tens: two decimals (Chromium's timer is 0.1 ms here). */
const ms2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a');

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
	'longTasks',
	'measure',
	'measures'
] as const;
type MetricKey = (typeof METRICS)[number];

function medians(samples: LoadSample[]): Record<MetricKey, number> {
	const value = (s: LoadSample, k: MetricKey) => (k === 'afterDcl' ? s.mark - s.domContentLoaded : (s[k] ?? NaN));
	return Object.fromEntries(
		METRICS.map((k) => [k, median(samples.map((s) => value(s, k)).filter((v) => Number.isFinite(v)))])
	) as Record<MetricKey, number>;
}

interface Cell {
	page: PageSpec;
	side: MensenSide;
	url: string;
	html: { bytes: number; gzipBytes: number };
	samples: LoadSample[];
	median: Record<MetricKey, number>;
	p90: { mark: number; measure: number };
}

export async function mensenInBrowser(
	small: MensenSide,
	large: MensenSide,
	options: MensenBrowserOptions,
	log: (line: string) => void
): Promise<RunResult> {
	const sides = [small, large];
	let browser: Browser | null = null;
	try {
		browser = await launchChromium();
		log(`  Chromium ${browser.version()} (headless), ${options.runs} loads per page and server after 2 warm-up loads`);
		const contexts = new Map<MensenSide, BrowserContext>();
		// In load order of an even round: per server, board then map.
		const cells: Cell[] = [];

		for (const side of sides) {
			const context = await loggedInContext(browser, side.server, 'ouder');
			contexts.set(side, context);
			const cookie = await side.server.login('ouder');
			for (const page of PAGES) {
				const url = mensenPageUrl(side.server, page.name);
				const { html, ...htmlBytes } = await htmlSize(url, cookie);
				const inHtml = page.countInHtml(html);
				if (inHtml !== side.people)
					throw new Error(
						`${page.name}, ${side.label}: the server's HTML holds ${inHtml} ${page.counted}, expected ${side.people}.`
					);
				const load = () =>
					timeLoad(context, url, {
						readySelector: page.ready,
						markName: page.mark,
						count: page.count,
						serverTimingName: page.measure
					});
				// Warm-up 1 (cold cache) and 2 (warm): both must show everyone.
				const cold = await load();
				const warm = await load();
				for (const warmUp of [cold, warm]) {
					if (warmUp.counted !== side.people)
						throw new Error(
							`${page.name}, ${side.label}: the browser shows ${warmUp.counted} ${page.counted}, expected ${side.people}.`
						);
				}
				const layout = page.measure
					? `, layout ${ms2(warm.measure)} ms (${warm.measures} measure${warm.measures === 1 ? '' : 's'})`
					: '';
				log(
					`  warm-up  ${page.name.padEnd(12)} ${side.label.padEnd(9)}: HTML ${kb(htmlBytes.bytes)} (gzip ${kb(htmlBytes.gzipBytes)}), ${inHtml} ${page.counted}, ready after ${ms(warm.mark)} ms (warm)${layout}`
				);
				cells.push({
					page,
					side,
					url,
					html: htmlBytes,
					samples: [],
					median: medians([]),
					p90: { mark: NaN, measure: NaN }
				});
			}
		}

		for (let run = 0; run < options.runs; run++) {
			const order = run % 2 === 0 ? cells : [...cells].reverse();
			for (const cell of order) {
				const { page, side } = cell;
				const sample = await timeLoad(contexts.get(side)!, cell.url, {
					readySelector: page.ready,
					markName: page.mark,
					serverTimingName: page.measure
				});
				cell.samples.push(sample);
				const layout = page.measure ? `, layout ${ms2(sample.measure)} ms` : '';
				log(
					`  run ${run + 1}/${options.runs}  ${page.name.padEnd(12)} ${side.label.padEnd(9)} ready ${ms(sample.mark).padStart(5)} ms  (HTML ${ms(sample.responseEnd)}, DCL ${ms(sample.domContentLoaded)}, long tasks ${ms(sample.longTaskMs)} ms${layout})`
				);
			}
		}
		for (const c of cells) {
			c.median = medians(c.samples);
			c.p90 = {
				mark: percentile(
					c.samples.map((s) => s.mark),
					90
				),
				measure: percentile(
					c.samples.map((s) => s.measure),
					90
				)
			};
		}

		const cell = (page: PageName, side: MensenSide) => cells.find((c) => c.page.name === page && c.side === side)!;
		const mapLarge = cell('netwerkkaart', large);
		const layoutMs = mapLarge.median.measure;
		const missing = mapLarge.samples.filter((s) => !Number.isFinite(s.measure)).length;
		const pass = Number.isFinite(layoutMs) && missing === 0 && layoutMs <= options.maxLayoutMs;
		const why = missing
			? ` (no Server-Timing "${LAYOUT_MEASURE}" in ${missing} of ${mapLarge.samples.length} loads)`
			: '';
		const check: RunCheck = {
			name: `netwerkkaart layout p50 (Server-Timing, seen in the browser), ${large.label}`,
			value: layoutMs,
			max: options.maxLayoutMs,
			pass,
			line: `${pass ? 'PASS' : 'FAIL'}  netwerkkaart layout p50 (Server-Timing, seen in the browser), ${large.label} = ${ms2(layoutMs)} ms (limit ≤ ${options.maxLayoutMs} ms)${why}`
		};

		const ratio = (page: PageName, k: MetricKey) => cell(page, large).median[k] / cell(page, small).median[k];
		const table = renderTable(options, small, large, cell, check);
		const strip = (c: Cell) => ({
			page: c.page.name,
			label: c.side.label,
			people: c.side.people,
			url: c.url,
			html: c.html,
			median: c.median,
			p90: c.p90,
			samples: c.samples
		});
		return {
			table,
			checks: [check],
			data: {
				browser: `Chromium ${browser.version()} headless`,
				runs: options.runs,
				method:
					'per round all four (server, page) loads, order reversed every other round; fresh tab per load in one logged-in context per server, warm HTTP cache after 2 warm-up loads; ms since navigation start; layout = the Server-Timing "layout" of the response (the layout runs on the server; the browser draws it)',
				cells: cells.map(strip),
				ratio: {
					keukentafelReadyP50: ratio('keukentafel', 'mark'),
					netwerkkaartReadyP50: ratio('netwerkkaart', 'mark'),
					netwerkkaartLayoutP50: ratio('netwerkkaart', 'measure')
				}
			}
		};
	} finally {
		await browser?.close();
	}
}

function renderTable(
	options: MensenBrowserOptions,
	small: MensenSide,
	large: MensenSide,
	cell: (page: PageName, side: MensenSide) => Cell,
	check: RunCheck
): string {
	const header = [
		'',
		'ready p50',
		'ready p90',
		'TTFB',
		'HTML end',
		'DCL',
		'DCL→ready',
		'FCP',
		'LCP',
		'long tasks',
		'layout p50',
		'layout p90',
		'HTML',
		'HTML gzip'
	];
	const row = (c: Cell) => [
		`${c.page.name}, ${c.side.label}`,
		ms(c.median.mark),
		ms(c.p90.mark),
		ms(c.median.responseStart),
		ms(c.median.responseEnd),
		ms(c.median.domContentLoaded),
		ms(c.median.afterDcl),
		ms(c.median.firstContentfulPaint),
		ms(c.median.largestContentfulPaint),
		`${ms(c.median.longTaskMs)} (${ms(c.median.longTasks)})`,
		c.page.measure ? ms2(c.median.measure) : '–',
		c.page.measure ? ms2(c.p90.measure) : '–',
		kb(c.html.bytes),
		kb(c.html.gzipBytes)
	];
	const ratioRow = (a: Cell, b: Cell) => {
		const q = (k: MetricKey) => x(b.median[k] / a.median[k]);
		return [
			`  ratio ${large.people} / ${small.people}`,
			q('mark'),
			x(b.p90.mark / a.p90.mark),
			q('responseStart'),
			q('responseEnd'),
			q('domContentLoaded'),
			q('afterDcl'),
			q('firstContentfulPaint'),
			q('largestContentfulPaint'),
			q('longTaskMs'),
			a.page.measure ? q('measure') : '–',
			a.page.measure ? x(b.p90.measure / a.p90.measure) : '–',
			x(b.html.bytes / a.html.bytes),
			x(b.html.gzipBytes / a.html.gzipBytes)
		];
	};
	const groups = (['keukentafel', 'netwerkkaart'] as const).map((page) => {
		const a = cell(page, small);
		const b = cell(page, large);
		return [row(a), row(b), ratioRow(a, b)];
	});
	const all = [header, ...groups.flat()];
	const { line, rule } = textColumns(all);
	const map = [cell('netwerkkaart', small), cell('netwerkkaart', large)];
	const layouts = map.map((c) => `${c.side.label} ${ms(c.median.measures)}`).join(', ');
	return [
		`${options.name}: ${options.description}`,
		`medians (p90: nearest rank) of ${options.runs} loads per page and server; all four in every round, order reversed every other round; fresh tab per load, warm HTTP cache after 2 warm-up loads; ms since navigation start`,
		rule,
		line(header),
		rule,
		...groups[0]!.map(line),
		rule,
		...groups[1]!.map(line),
		rule,
		'ready = performance mark keukentafel-ready / netwerkkaart-ready (onMount, data-ready): hydrated, cards draggable; TTFB = responseStart; HTML end = responseEnd;',
		'DCL = domContentLoadedEventEnd; DCL→ready = ready − DCL per load; long tasks = main-thread tasks > 50 ms until ready: total ms (count); all medians, so columns do not add up exactly;',
		`layout = the Server-Timing entry "${LAYOUT_MEASURE}" of the netwerkkaart's response: the layout runs on the server, the browser only draws it (entries per load, median: ${layouts}); HTML = the page as served to the ouder, gzip -9 by us`,
		`checked on every warm-up load and in the server's HTML: ${small.people} / ${large.people} cards on the board (li.kaart) and names on the map (text.naam)`,
		check.line
	].join('\n');
}
