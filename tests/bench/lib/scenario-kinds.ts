/**
 * The two kinds of scenario `run.ts` knows, and the JSON file for a run that mixes them.
 *
 * - A load scenario (`Scenario` of scenario.ts): targets loaded with autocannon by the runner,
 *   optionally with `extras`: other figures of the same servers (e.g. the page size), printed
 *   under its table and kept in the JSON.
 * - A run scenario: measures by itself (e.g. page loads in a browser) on the servers the runner
 *   started, and returns its table, its figures for the JSON and its PASS/FAIL checks.
 *
 * Both kinds declare their servers the same way; the runner starts them, all up for the whole
 * scenario, and stops them afterwards.
 */
import type { Settings } from './measure';
import { scenarioJson, writeJson, type ScenarioResult } from './report';
import type { Scenario, ServerSpec } from './scenario';
import type { BenchServer } from './server';

/** A figure besides the measured ones, e.g. { label: 'page HTML', value: 123456, unit: 'bytes' }. */
export interface Extra {
	label: string;
	value: number;
	unit: string;
}

export interface LoadScenario extends Scenario {
	extras?(server: BenchServer, ...more: BenchServer[]): Promise<Extra[]>;
}

/** A PASS/FAIL limit of a run scenario; like the load checks, it never changes the exit code. */
export interface RunCheck {
	name: string;
	value: number;
	max?: number;
	min?: number;
	pass: boolean;
	/** The line printed at the end, "PASS  …" or "FAIL  …". */
	line: string;
}

export interface RunResult {
	/** The finished table (with its own heading lines), as printed after all scenarios ran. */
	table: string;
	/** Figures for the JSON file (no secrets: no cookies). */
	data: Record<string, unknown>;
	checks: RunCheck[];
}

export interface RunScenario {
	name: string;
	description: string;
	servers?: ServerSpec[];
	run(servers: BenchServer[], settings: Settings, log: (line: string) => void): Promise<RunResult>;
}

export type AnyScenario = LoadScenario | RunScenario;

export function isRunScenario(s: AnyScenario): s is RunScenario {
	return typeof (s as RunScenario).run === 'function';
}

/** What one scenario gave, in the order of the run. */
export type Outcome =
	| { kind: 'load'; result: ScenarioResult; extras: Extra[] }
	| { kind: 'run'; name: string; description: string; result: RunResult };

export const outcomeName = (o: Outcome) => (o.kind === 'load' ? o.result.name : o.name);

/**
 * The JSON file of report.ts (same fields for load scenarios, plus `extras` where there are any),
 * with the run scenarios in their place as `{ name, description, kind: 'run', checks, ...data }`.
 */
export function writeRunJson(path: string, run: { startedAt: Date; settings: Settings; outcomes: Outcome[] }): void {
	const scenarios = run.outcomes.map((o) => {
		if (o.kind === 'load') return o.extras.length ? { ...scenarioJson(o.result), extras: o.extras } : o.result;
		return {
			name: o.name,
			description: o.description,
			kind: 'run',
			...o.result.data,
			checks: o.result.checks.map(({ line: _line, ...check }) => check)
		};
	});
	writeJson(path, { startedAt: run.startedAt, settings: run.settings, scenarios });
}
