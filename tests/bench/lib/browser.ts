/**
 * Page loads in a real browser: Debian's Chromium (headless) through Playwright, one browser
 * context per server (its own cookies and HTTP cache), logged in with a session cookie.
 *
 * - `timeLoad`: one navigation in a fresh tab of the context (so a warm HTTP cache, but a new
 *   document, JS heap and performance timeline), until a selector appears; then the page's own
 *   mark (and optionally a Server-Timing entry of the page's response) plus Navigation Timing, paint and LCP entries and the
 *   main thread's long tasks.
 * - `scriptsOf`: the JavaScript a navigation loads (module scripts under /_app/), with the bytes
 *   as received and gzipped by us at level 9; meant for the first (cold) load of a context.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Response } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../../src/cli/chromium-path';
import type { BenchServer } from './server';

export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath)
		throw new Error('No Chromium found (CHROMIUM_PATH, /usr/bin/chromium): the browser scenarios need one.');
	return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** Sums the main thread's long tasks (> 50 ms) from the start of every document. */
const LONG_TASKS_SCRIPT = `(() => {
	window.__benchLongTasks = { count: 0, ms: 0 };
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) { window.__benchLongTasks.count++; window.__benchLongTasks.ms += e.duration; }
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
})();`;

/** A context with its own cookie jar and HTTP cache, logged in on `server` as `username`. */
export async function loggedInContext(
	browser: Browser,
	server: BenchServer,
	username: string
): Promise<BrowserContext> {
	const cookie = await server.login(username);
	const eq = cookie.indexOf('=');
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: server.baseUrl }]);
	await context.addInitScript(LONG_TASKS_SCRIPT);
	return context;
}

export interface LoadSample {
	/** performance.mark(markName).startTime: ms since the navigation started. */
	mark: number;
	responseStart: number;
	/** The HTML document fully received. */
	responseEnd: number;
	domContentLoaded: number;
	load: number;
	firstContentfulPaint: number | null;
	largestContentfulPaint: number | null;
	/** Long tasks (> 50 ms) on the main thread until the mark was read. */
	longTasks: number;
	longTaskMs: number;
	/** The HTML document: bytes on the wire (encodedBodySize) and decoded. */
	htmlEncodedBytes: number;
	htmlBytes: number;
	/** What `count` (a selector) matched once ready, e.g. the drawn events. */
	counted: number;
	/** The duration the server reported for `serverTimingName` in its Server-Timing header (NaN without one). */
	measure: number;
	/** How many such Server-Timing entries the page's response had (0 without `serverTimingName`). */
	measures: number;
}

/** One navigation in a fresh tab; waits for `readySelector`, then reads the figures. */
export async function timeLoad(
	context: BrowserContext,
	url: string,
	options: { readySelector: string; markName: string; count?: string; serverTimingName?: string; timeoutMs?: number }
): Promise<LoadSample> {
	const page = await context.newPage();
	try {
		const timeout = options.timeoutMs ?? 60_000;
		const response = await page.goto(url, { waitUntil: 'load', timeout });
		if (!response || response.status() !== 200)
			throw new Error(`GET ${url} in the browser answered ${response?.status() ?? 'nothing'}, expected 200.`);
		await page.waitForSelector(options.readySelector, { state: 'attached', timeout });
		const figures = await page.evaluate(
			async ({ markName, count, serverTimingName }) => {
				const mark = performance.getEntriesByName(markName, 'mark')[0];
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
				// What the server says it spent on a step (its Server-Timing header, seen by the browser).
				const measures = serverTimingName ? (nav?.serverTiming ?? []).filter((t) => t.name === serverTimingName) : [];
				const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
				const lcp = await new Promise<number | null>((done) => {
					try {
						new PerformanceObserver((list) => done(list.getEntries().at(-1)?.startTime ?? null)).observe({
							type: 'largest-contentful-paint',
							buffered: true
						});
					} catch {
						done(null);
					}
					setTimeout(() => done(null), 200);
				});
				const tasks = (window as unknown as { __benchLongTasks?: { count: number; ms: number } }).__benchLongTasks ?? {
					count: NaN,
					ms: NaN
				};
				return {
					mark: mark?.startTime ?? NaN,
					responseStart: nav?.responseStart ?? NaN,
					responseEnd: nav?.responseEnd ?? NaN,
					domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
					load: nav?.loadEventEnd ?? NaN,
					firstContentfulPaint: fcp?.startTime ?? null,
					largestContentfulPaint: lcp,
					longTasks: tasks.count,
					longTaskMs: tasks.ms,
					htmlEncodedBytes: nav?.encodedBodySize ?? NaN,
					htmlBytes: nav?.decodedBodySize ?? NaN,
					counted: count ? document.querySelectorAll(count).length : 0,
					measure: measures.at(-1)?.duration ?? NaN,
					measures: measures.length
				};
			},
			{ markName: options.markName, count: options.count ?? '', serverTimingName: options.serverTimingName ?? '' }
		);
		if (!Number.isFinite(figures.mark))
			throw new Error(`${url}: no performance mark "${options.markName}" after ${options.readySelector} appeared.`);
		return figures;
	} finally {
		await page.close();
	}
}

export interface ScriptFile {
	/** Path under the origin, e.g. /_app/immutable/chunks/abc.js */
	path: string;
	/** Bytes as the browser got them, decoded. */
	bytes: number;
	/** The same, gzipped by us (node:zlib, level 9). */
	gzipBytes: number;
	/** Content-Encoding the server used ('' = none), and the body's bytes on the wire. */
	servedAs: string;
	wireBytes: number;
}

export interface ScriptSet {
	files: ScriptFile[];
	bytes: number;
	gzipBytes: number;
	/** As sent by the server (its precompressed files). */
	wireBytes: number;
	/** Encodings as served, with counts: { br: 12 }. */
	servedAs: Record<string, number>;
}

const isAppScript = (response: Response) => {
	const path = new URL(response.url()).pathname;
	return response.request().resourceType() === 'script' || (path.startsWith('/_app/') && path.endsWith('.js'));
};

export function summarize(files: ScriptFile[]): ScriptSet {
	const servedAs: Record<string, number> = {};
	for (const f of files) servedAs[f.servedAs || 'identity'] = (servedAs[f.servedAs || 'identity'] ?? 0) + 1;
	return {
		files,
		bytes: files.reduce((sum, f) => sum + f.bytes, 0),
		gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
		wireBytes: files.reduce((sum, f) => sum + f.wireBytes, 0),
		servedAs
	};
}

/**
 * The JavaScript files one navigation loads (every script response until `readySelector` is
 * there and the network had `settleMs` to deliver late dynamic imports). Use a cold context: a
 * response served from the HTTP cache may not be reported.
 */
export async function scriptsOf(
	context: BrowserContext,
	url: string,
	options: { readySelector: string; settleMs?: number }
): Promise<ScriptSet> {
	const page = await context.newPage();
	const pending: Array<Promise<ScriptFile | null>> = [];
	page.on('response', (response) => {
		if (!isAppScript(response)) return;
		pending.push(
			(async () => {
				if (response.status() !== 200) return null;
				const body = await response.body();
				const headers = await response.allHeaders();
				const sizes = await response.request().sizes();
				return {
					path: new URL(response.url()).pathname,
					bytes: body.byteLength,
					gzipBytes: gzipSync(body, { level: 9 }).byteLength,
					servedAs: headers['content-encoding'] ?? '',
					wireBytes: sizes.responseBodySize
				};
			})()
		);
	});
	try {
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForSelector(options.readySelector, { state: 'attached' });
		await page.waitForTimeout(options.settleMs ?? 300);
		const files = (await Promise.all(pending)).filter((f): f is ScriptFile => f !== null);
		// One file once, whatever the number of responses.
		const unique = [...new Map(files.map((f) => [f.path, f])).values()].sort((a, b) => a.path.localeCompare(b.path));
		return summarize(unique);
	} finally {
		await page.close();
	}
}

/** Paths of the module scripts a page ends up with (Resource Timing: also those from the cache). */
export async function scriptPathsOf(
	context: BrowserContext,
	url: string,
	options: { readySelector: string; settleMs?: number }
): Promise<Set<string>> {
	const page = await context.newPage();
	try {
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForSelector(options.readySelector, { state: 'attached' });
		await page.waitForTimeout(options.settleMs ?? 300);
		const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
		return new Set(names.map((n) => new URL(n).pathname).filter((p) => p.startsWith('/_app/') && p.endsWith('.js')));
	} finally {
		await page.close();
	}
}

/** Nearest-rank percentile (p in 0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
	const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (finite.length === 0) return NaN;
	return finite[Math.max(0, Math.ceil((p / 100) * finite.length) - 1)]!;
}
