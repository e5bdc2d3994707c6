/** Tables for stdout and the JSON file of a benchmark run. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { Settings, TargetResult } from './measure';

export interface Ratio {
	/** "<target> vs <baseline>" */
	name: string;
	/** Throughput of the target relative to the baseline (below 1: slower). */
	requestsPerSecond: number;
	/** Latency of the target relative to the baseline (above 1: slower). */
	latencyP50: number;
	latencyP99: number;
}

export interface CheckResult {
	/** "<target> vs <baseline>" */
	name: string;
	metric: Exclude<keyof Ratio, 'name'>;
	max?: number;
	min?: number;
	value: number;
	pass: boolean;
}

export interface ScenarioResult {
	name: string;
	description: string;
	results: TargetResult[];
	ratios: Ratio[];
	check?: CheckResult;
}

const METRIC_LABEL: Record<CheckResult['metric'], string> = {
	requestsPerSecond: 'req/s',
	latencyP50: 'p50',
	latencyP99: 'p99'
};

/** Applies a limit to the first ratio (second target vs the baseline). */
export function evaluateCheck(
	ratioList: Ratio[],
	check: { metric: CheckResult['metric']; max?: number; min?: number }
): CheckResult | undefined {
	const ratio = ratioList[0];
	if (!ratio) return undefined;
	const value = ratio[check.metric];
	const pass =
		Number.isFinite(value) &&
		(check.max === undefined || value <= check.max) &&
		(check.min === undefined || value >= check.min);
	return { name: ratio.name, ...check, value, pass };
}

/** One line: "PASS  p50 ratio <a> vs <b> = 1.04x (limit ≤ 1.30x)". */
export function checkLine(check: CheckResult): string {
	const limit = [
		check.max !== undefined ? `≤ ${check.max.toFixed(2)}x` : '',
		check.min !== undefined ? `≥ ${check.min.toFixed(2)}x` : ''
	]
		.filter(Boolean)
		.join(' and ');
	return `${check.pass ? 'PASS' : 'FAIL'}  ${METRIC_LABEL[check.metric]} ratio ${check.name} = ${x(check.value)} (limit ${limit})`;
}

/** Every target after the first compared with the first (the baseline). */
export function ratios(results: TargetResult[]): Ratio[] {
	const [baseline, ...others] = results;
	if (!baseline) return [];
	return others.map((r) => ({
		name: `${r.target.name} vs ${baseline.target.name}`,
		requestsPerSecond: r.median.requestsPerSecond / baseline.median.requestsPerSecond,
		latencyP50: r.median.latencyP50 / baseline.median.latencyP50,
		latencyP99: r.median.latencyP99 / baseline.median.latencyP99
	}));
}

function row(cells: string[], widths: number[]): string {
	return cells
		.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
		.join('  ')
		.trimEnd();
}

const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : 'n/a');

export function table(scenario: ScenarioResult, settings: Settings): string {
	const header = ['', 'req/s', 'p50 ms', 'p99 ms', 'mean ms'];
	const body = scenario.results.map((r) => [
		`${r.target.name}`,
		r.median.requestsPerSecond.toFixed(0),
		r.median.latencyP50.toFixed(1),
		r.median.latencyP99.toFixed(1),
		r.median.latencyMean.toFixed(2)
	]);
	const ratioRows = scenario.ratios.map((q) => [
		`ratio ${q.name}`,
		x(q.requestsPerSecond),
		x(q.latencyP50),
		x(q.latencyP99),
		''
	]);
	const all = [header, ...body, ...ratioRows];
	const widths = header.map((_, i) => Math.max(...all.map((cells) => cells[i]!.length)));
	const line = '-'.repeat(widths.reduce((a, b) => a + b + 2, -2));
	return [
		`${scenario.name}: ${scenario.description}`,
		`medians of ${settings.rounds} alternating rounds × ${settings.duration} s, ${settings.connections} connections, after ${settings.warmup} s warm-up each`,
		line,
		row(header, widths),
		line,
		...body.map((cells) => row(cells, widths)),
		...(ratioRows.length ? [line, ...ratioRows.map((cells) => row(cells, widths))] : []),
		line,
		...(ratioRows.length
			? ['ratio = target ÷ baseline: req/s below 1x and latency above 1x mean the target is slower']
			: []),
		...(scenario.check ? [checkLine(scenario.check)] : [])
	].join('\n');
}

function gitCommit(): string | null {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return null;
	}
}

/** A load scenario as it goes into the JSON file: only name and URL of the targets (the headers hold a session cookie). */
export function scenarioJson(s: ScenarioResult): Record<string, unknown> {
	return {
		name: s.name,
		description: s.description,
		targets: s.results.map((r) => ({ name: r.target.name, url: r.target.url, median: r.median, rounds: r.rounds })),
		ratios: s.ratios,
		...(s.check ? { check: s.check } : {})
	};
}

/** The run as JSON: machine and settings, then each scenario (load scenarios through `scenarioJson`, or already shaped). */
export function writeJson(
	path: string,
	run: { startedAt: Date; settings: Settings; scenarios: Array<ScenarioResult | Record<string, unknown>> }
): void {
	const json = {
		startedAt: run.startedAt.toISOString(),
		finishedAt: new Date().toISOString(),
		commit: gitCommit(),
		node: process.version,
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? null,
		settings: run.settings,
		scenarios: run.scenarios.map((s) =>
			'results' in s && Array.isArray(s.results) ? scenarioJson(s as ScenarioResult) : s
		)
	};
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
}

/**
 * A plain text table's layout for these rows (header included): `line` pads the first column left
 * and the others right to the widest cell; `rule` is a dashed line as wide as the table.
 */
export function textColumns(all: string[][]): { line: (cells: string[]) => string; rule: string } {
	const widths = all[0]!.map((_, i) => Math.max(...all.map((cells) => cells[i]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
			.join('  ')
			.trimEnd();
	return { line, rule: '-'.repeat(widths.reduce((s, w) => s + w + 2, -2)) };
}
