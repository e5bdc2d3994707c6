/**
 * How often one account may write, kept in memory (one Node process serves the app): at most
 * `perMinute` writes in any minute and `perHour` in any hour. Generous for a family moving cards
 * around the kitchen table; a brake on a script filling the database. `take` counts a write and
 * says whether it may happen; a refused write is not counted.
 */
export interface WriteLimitRule {
	perMinute: number;
	perHour: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class WriteLimiter {
	#writes = new Map<string, number[]>();

	constructor(readonly rule: WriteLimitRule) {}

	/** Counts one write for `key` when it is allowed; false (nothing counted) when over the limit. */
	take(key: string, now = Date.now()): boolean {
		const times = (this.#writes.get(key) ?? []).filter((t) => now - t < HOUR);
		const lastMinute = times.filter((t) => now - t < MINUTE).length;
		if (lastMinute >= this.rule.perMinute || times.length >= this.rule.perHour) {
			this.#writes.set(key, times);
			return false;
		}
		times.push(now);
		this.#writes.set(key, times);
		if (this.#writes.size > 10_000) this.#sweep(now);
		return true;
	}

	reset(key?: string): void {
		if (key === undefined) this.#writes.clear();
		else this.#writes.delete(key);
	}

	#sweep(now: number): void {
		for (const [key, times] of this.#writes) if (!times.some((t) => now - t < HOUR)) this.#writes.delete(key);
	}
}

/** Changes to the people around a gezin and the keukentafel, per account. */
export const mensenWrites = new WriteLimiter({ perMinute: 120, perHour: 600 });
