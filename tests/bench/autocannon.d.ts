/**
 * The few parts of autocannon (v8/v9) the benchmark uses; the package ships no types.
 */
declare module 'autocannon' {
	import type { EventEmitter } from 'node:events';

	export interface Options {
		url: string;
		method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
		headers?: Record<string, string>;
		body?: string;
		connections?: number;
		pipelining?: number;
		/** Seconds. */
		duration?: number;
		/** Seconds before a request counts as a timeout. */
		timeout?: number;
		title?: string;
		expectBody?: string;
		renderProgressBar?: boolean;
		renderResultsTable?: boolean;
		renderLatencyTable?: boolean;
	}

	/** Percentiles as autocannon reports them: p50, p99, p99_9, … */
	export interface Histogram {
		average: number;
		mean: number;
		stddev: number;
		min: number;
		max: number;
		total: number;
		p2_5: number;
		p50: number;
		p75: number;
		p90: number;
		p97_5: number;
		p99: number;
		p99_9: number;
		p99_99: number;
		p99_999: number;
	}

	export interface Result {
		title?: string;
		url: string;
		connections: number;
		pipelining: number;
		/** Seconds, wall clock. */
		duration: number;
		start: Date;
		finish: Date;
		errors: number;
		timeouts: number;
		mismatches: number;
		non2xx: number;
		resets: number;
		'1xx': number;
		'2xx': number;
		'3xx': number;
		'4xx': number;
		'5xx': number;
		statusCodeStats: Record<string, { count: number }>;
		/** Milliseconds, 2xx responses only. */
		latency: Histogram & { totalCount: number };
		/** Requests per second sample; `total` is every completed request. */
		requests: Histogram & { sent: number };
		/** Bytes per second sample. */
		throughput: Histogram;
	}

	export interface Instance extends EventEmitter, PromiseLike<Result> {
		stop(): void;
	}

	function autocannon(options: Options): Instance;
	export default autocannon;
}
