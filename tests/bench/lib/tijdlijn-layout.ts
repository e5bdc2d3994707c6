/**
 * How long the tijdlijn's layout takes for 2,000 moments (no server, no browser): the input of the
 * unit test "holds the cap on moment tracks for 2,000 moments" (seed 42, four lanes, 2015–2017, at
 * most 6 moment tracks). That test checks what the layout does; the time is measured here, because
 * a test must not pass or fail by the speed of the machine it runs on.
 */
import { tijdlijnBanen } from '../../../src/lib/domain';
import { layoutTijdlijn, type LayoutEvent } from '../../../src/lib/tijdlijn/layout';
import { partialDate } from '../../../src/lib/tijdlijn/wanneer';
import { seededRandom } from '../../random';
import type { RunResult } from './scenario-kinds';

export interface TijdlijnLayoutOptions {
	name: string;
	description: string;
	events: number;
	/** Layouts measured (after one warm-up); the median counts. */
	runs: number;
	/** PASS when the median layout takes at most this (ms). */
	maxMs: number;
}

const now = new Date(Date.UTC(2024, 5, 15));

function randomDate(r: () => number, fromYear: number, years: number): string {
	const y = fromYear + Math.floor(r() * years);
	const p = r();
	if (p < 0.2) return partialDate(y);
	const mo = 1 + Math.floor(r() * 12);
	if (p < 0.5) return partialDate(y, mo);
	return partialDate(y, mo, 1 + Math.floor(r() * 28));
}

/** The unit test's events: the same seed gives the same 2,000 moments. */
function events(n: number): LayoutEvent[] {
	const r = seededRandom(42);
	return Array.from({ length: n }, (_, i) => ({
		id: `e${i + 1}`,
		baan: tijdlijnBanen[Math.floor(r() * 4)]!,
		wanneer: { van: randomDate(r, 2015, 3), tot: null, nogBezig: false, ongeveer: false }
	}));
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function tijdlijnLayout(options: TijdlijnLayoutOptions, log: (line: string) => void): Promise<RunResult> {
	const input = events(options.events);
	layoutTijdlijn(input, { now, maxMomentTracks: 6 }); // warm-up
	const times: number[] = [];
	for (let i = 0; i < options.runs; i++) {
		const t0 = performance.now();
		layoutTijdlijn(input, { now, maxMomentTracks: 6 });
		times.push(performance.now() - t0);
	}
	const p50 = Number(median(times).toFixed(2));
	const max = Number(Math.max(...times).toFixed(2));
	const first = Number(times[0]!.toFixed(2));
	log(`  ${options.events} moments: median ${p50} ms over ${options.runs} layouts`);
	const table = [
		`${options.name}: ${options.description}`,
		`  moments                      ${options.events} (4 lanes, 2015–2017, at most 6 moment tracks)`,
		`  layout, median               ${p50} ms (${options.runs} runs after a warm-up; first ${first} ms, slowest ${max} ms)`
	].join('\n');
	const pass = p50 <= options.maxMs;
	return {
		table,
		data: { events: options.events, runs: options.runs, medianMs: p50, firstMs: first, maxMs: max },
		checks: [
			{
				name: 'layout median',
				value: p50,
				max: options.maxMs,
				pass,
				line: `${pass ? 'PASS' : 'FAIL'}  ${options.name}: ${options.events} moments laid out in ${p50} ms (median; limit ${options.maxMs} ms)`
			}
		]
	};
}
