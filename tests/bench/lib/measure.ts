/**
 * Load with autocannon, and the statistics around it: warm-up, alternating rounds, medians.
 * On a noisy machine one long run says little; several short interleaved rounds and their
 * median say more, and every target sees the same noise.
 */
import autocannon from 'autocannon';

export interface Settings {
	/** Seconds per measured round, per target. */
	duration: number;
	/** Seconds of warm-up per target before the first round. */
	warmup: number;
	rounds: number;
	connections: number;
}

function positive(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}".`);
	return value;
}

/** Defaults, overridable with BENCH_DURATION, BENCH_WARMUP, BENCH_ROUNDS, BENCH_CONNECTIONS. */
export function settingsFromEnv(): Settings {
	return {
		duration: positive('BENCH_DURATION', 5),
		warmup: positive('BENCH_WARMUP', 3),
		rounds: Math.round(positive('BENCH_ROUNDS', 3)),
		connections: Math.round(positive('BENCH_CONNECTIONS', 10))
	};
}

/** One page (or endpoint) under load. */
export interface Target {
	/** Short label for tables and JSON, e.g. "baseline" or "gezin (ouder)". */
	name: string;
	/** Absolute URL on loopback. */
	url: string;
	headers?: Record<string, string>;
}

export interface Sample {
	requestsPerSecond: number;
	/** Latencies in ms (autocannon's resolution is 1 ms). */
	latencyP50: number;
	latencyP99: number;
	latencyMean: number;
	requests: number;
	durationSeconds: number;
}

/** Runs autocannon once; throws when any response was not 2xx or any request failed. */
export async function load(target: Target, seconds: number, connections: number): Promise<Sample> {
	const result = await autocannon({
		url: target.url,
		headers: target.headers,
		connections,
		duration: seconds,
		title: target.name,
		renderProgressBar: false,
		renderResultsTable: false,
		renderLatencyTable: false
	});
	if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
		throw new Error(
			`${target.name} (${target.url}): ${result.non2xx} non-2xx responses ${JSON.stringify(result.statusCodeStats)}, ${result.errors} errors, ${result.timeouts} timeouts.`
		);
	}
	if (result.requests.total === 0) throw new Error(`${target.name} (${target.url}): no requests completed.`);
	return {
		requestsPerSecond: result.requests.total / result.duration,
		latencyP50: result.latency.p50,
		latencyP99: result.latency.p99,
		latencyMean: result.latency.mean,
		requests: result.requests.total,
		durationSeconds: result.duration
	};
}

export function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface TargetResult {
	target: Target;
	rounds: Sample[];
	median: { requestsPerSecond: number; latencyP50: number; latencyP99: number; latencyMean: number };
}

/**
 * Warms up every target, then runs `rounds` rounds over all targets. The order flips every round
 * (A B, B A, A B, …) so no target always runs right after the other. Returns medians per target.
 */
export async function compare(
	targets: Target[],
	settings: Settings,
	log: (line: string) => void = () => {}
): Promise<TargetResult[]> {
	for (const target of targets) {
		log(`  warm-up  ${target.name} (${settings.warmup} s)`);
		await load(target, settings.warmup, settings.connections);
	}
	const samples = new Map<Target, Sample[]>(targets.map((t) => [t, []]));
	for (let round = 0; round < settings.rounds; round++) {
		const order = round % 2 === 0 ? targets : [...targets].reverse();
		for (const target of order) {
			const sample = await load(target, settings.duration, settings.connections);
			samples.get(target)!.push(sample);
			log(
				`  round ${round + 1}/${settings.rounds}  ${target.name.padEnd(18)} ${sample.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${sample.latencyP50} ms  p99 ${sample.latencyP99} ms`
			);
		}
	}
	return targets.map((target) => {
		const rounds = samples.get(target)!;
		return {
			target,
			rounds,
			median: {
				requestsPerSecond: median(rounds.map((s) => s.requestsPerSecond)),
				latencyP50: median(rounds.map((s) => s.latencyP50)),
				latencyP99: median(rounds.map((s) => s.latencyP99)),
				latencyMean: median(rounds.map((s) => s.latencyMean))
			}
		};
	});
}
