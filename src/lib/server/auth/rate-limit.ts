/**
 * Growing delays after failed attempts, kept in memory (one Node process serves the app).
 * The first `free` failures cost nothing; after that each failure doubles the wait, up to `maxDelayMs`.
 * A success resets the key. Keys are per IP and per account (or typed username): an attacker
 * from many IPs slows an account down, but with a low cap on the per-account delay the owner is
 * never locked out for long.
 */
export interface RateLimitRule {
	free: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** Forget a key this long after its last failure. */
	forgetAfterMs: number;
}

interface Entry {
	failures: number;
	blockedUntil: number;
	lastFailure: number;
}

export class RateLimiter {
	#entries = new Map<string, Entry>();

	constructor(readonly rule: RateLimitRule) {}

	/** Milliseconds to wait before this key may try again; 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const entry = this.#entries.get(key);
		if (!entry) return 0;
		if (now - entry.lastFailure > this.rule.forgetAfterMs) {
			this.#entries.delete(key);
			return 0;
		}
		return Math.max(0, entry.blockedUntil - now);
	}

	fail(key: string, now = Date.now()): void {
		const entry = this.#entries.get(key) ?? { failures: 0, blockedUntil: 0, lastFailure: now };
		entry.failures += 1;
		entry.lastFailure = now;
		const over = entry.failures - this.rule.free;
		if (over > 0) {
			entry.blockedUntil = now + Math.min(this.rule.maxDelayMs, this.rule.baseDelayMs * 2 ** (over - 1));
		}
		this.#entries.set(key, entry);
		if (this.#entries.size > 100_000) this.#sweep(now);
	}

	reset(key: string): void {
		this.#entries.delete(key);
	}

	#sweep(now: number): void {
		for (const [key, entry] of this.#entries) {
			if (now - entry.lastFailure > this.rule.forgetAfterMs) this.#entries.delete(key);
		}
	}
}

const MINUTE = 60_000;

/** One limiter per kind of attempt, shared by the routes that need it. */
export const limits = {
	loginIp: new RateLimiter({ free: 20, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE }),
	loginAccount: new RateLimiter({ free: 5, baseDelayMs: 1000, maxDelayMs: 2 * MINUTE, forgetAfterMs: 60 * MINUTE }),
	tokenIp: new RateLimiter({ free: 10, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE }),
	/** Invitations made per account: generous for the kitchen table, a brake on abuse. */
	inviteAccount: new RateLimiter({ free: 30, baseDelayMs: MINUTE, maxDelayMs: 60 * MINUTE, forgetAfterMs: 60 * MINUTE }),
	passwordSetIp: new RateLimiter({ free: 10, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE })
};

/** Check several keys at once; the longest wait wins. */
export function waitFor(pairs: Array<[RateLimiter, string]>): number {
	return Math.max(0, ...pairs.map(([limiter, key]) => limiter.retryAfter(key)));
}
