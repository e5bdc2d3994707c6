/** What a benchmark scenario is, and helpers shared by scenarios. */
import type { Target } from './measure';
import type { Ratio } from './report';
import type { BenchServer, Prepare } from './server';

/** One server of a scenario: a fresh demo database, optionally `prepare`d before the server starts. */
export interface ServerSpec {
	/** Shown in messages, e.g. "demo + plan" or "10,000 gezinnen". */
	label: string;
	prepare?: Prepare;
}

/** A pass/fail limit on the ratio of the second target to the first (the baseline). */
export interface Check {
	metric: Exclude<keyof Ratio, 'name'>;
	/** The ratio must be at most this (latency) … */
	max?: number;
	/** … or at least this (req/s). */
	min?: number;
}

export interface Scenario {
	/** Short id, used on the command line: `tsx tests/bench/run.ts <name>`. */
	name: string;
	description: string;
	/**
	 * The servers to start, in this order, all before measuring and all up until the scenario ends
	 * (only one is loaded at a time). Default: one server on the plain demo database.
	 */
	servers?: ServerSpec[];
	/**
	 * The targets to load, on the scenario's servers (in the order of `servers`).
	 * The first target is the baseline the others are compared with.
	 */
	targets(server: BenchServer, ...more: BenchServer[]): Promise<Array<Target & { expectText?: string }>>;
	/** Printed as PASS/FAIL; a FAIL does not change the exit code (a benchmark is not a test). */
	check?: Check;
}

/** The minimal page of the same server: no database, no login. */
export function baseline(server: BenchServer): Target {
	return { name: 'baseline (/basis)', url: `${server.baseUrl}/basis` };
}

/** One request before measuring: it must answer 200 (and contain `expectText`), or the run stops. */
export async function verify(target: Target & { expectText?: string }): Promise<void> {
	const res = await fetch(target.url, { redirect: 'manual', headers: target.headers });
	const body = await res.text();
	if (res.status !== 200) {
		const where = res.headers.get('location');
		throw new Error(
			`${target.name}: GET ${target.url} answered ${res.status}${where ? ` → ${where}` : ''}, expected 200.`
		);
	}
	if (target.expectText && !body.includes(target.expectText)) {
		throw new Error(`${target.name}: GET ${target.url} answered 200 but without "${target.expectText}".`);
	}
}
