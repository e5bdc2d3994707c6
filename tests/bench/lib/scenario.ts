/** What a benchmark scenario is, and helpers shared by scenarios. */
import type { Target } from './measure';
import type { BenchServer } from './server';

export interface Scenario {
	/** Short id, used on the command line: `tsx tests/bench/run.ts <name>`. */
	name: string;
	description: string;
	/**
	 * The targets to load, on a server with a fresh demo database (one server per scenario).
	 * The first target is the baseline the others are compared with.
	 */
	targets(server: BenchServer): Promise<Array<Target & { expectText?: string }>>;
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
		throw new Error(`${target.name}: GET ${target.url} answered ${res.status}${where ? ` → ${where}` : ''}, expected 200.`);
	}
	if (target.expectText && !body.includes(target.expectText)) {
		throw new Error(`${target.name}: GET ${target.url} answered 200 but without "${target.expectText}".`);
	}
}
