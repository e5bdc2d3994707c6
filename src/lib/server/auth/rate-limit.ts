/**
 * Growing delays after failed attempts, kept in memory (one Node process serves the app).
 * The first `free` failures cost nothing; after that each failure doubles the wait, up to `maxDelayMs`.
 * Keys are per IP and per account (or typed username): an attacker from many IPs slows an account
 * down, but with a low cap on the per-account delay the owner is never locked out for long.
 * A success only takes back its own attempt (`forgive`): it never wipes out failures that others
 * caused, and never starts their block again.
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

/** One failure as counted by `fail`, so that `forgive` can take back exactly that one. */
export interface CountedFailure {
	readonly key: string;
	readonly at: number;
	readonly entry: Entry;
	/** The entry as it was just before; null when the key was new. */
	readonly before: Readonly<Entry> | null;
}

export class RateLimiter {
	#entries = new Map<string, Entry>();

	constructor(readonly rule: RateLimitRule) {}

	#live(key: string, now: number): Entry | undefined {
		const entry = this.#entries.get(key);
		if (entry && now - entry.lastFailure > this.rule.forgetAfterMs) {
			this.#entries.delete(key);
			return undefined;
		}
		return entry;
	}

	#block(entry: Entry): void {
		const over = entry.failures - this.rule.free;
		entry.blockedUntil =
			over > 0 ? entry.lastFailure + Math.min(this.rule.maxDelayMs, this.rule.baseDelayMs * 2 ** (over - 1)) : 0;
	}

	/** Milliseconds to wait before this key may try again; 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const entry = this.#live(key, now);
		return entry ? Math.max(0, entry.blockedUntil - now) : 0;
	}

	fail(key: string, now = Date.now()): CountedFailure {
		const live = this.#live(key, now);
		const before = live ? { ...live } : null;
		const entry = live ?? { failures: 0, blockedUntil: 0, lastFailure: now };
		entry.failures += 1;
		entry.lastFailure = now;
		this.#block(entry);
		this.#entries.set(key, entry);
		if (this.#entries.size > 100_000) this.#sweep(now);
		return { key, at: now, entry, before };
	}

	/**
	 * Takes back one failure that was counted in advance and turned out to be a success: the key
	 * is as if that attempt never happened. Its wait is not started again from now, and failures
	 * counted by others (before or since) stay.
	 */
	forgive(counted: CountedFailure): void {
		const entry = this.#entries.get(counted.key);
		// Forgotten (and maybe started afresh) since: that failure is no longer counted.
		if (!entry || entry !== counted.entry) return;
		entry.failures -= 1;
		if (entry.failures <= 0) {
			this.#entries.delete(counted.key);
		} else if (counted.before && entry.failures === counted.before.failures && entry.lastFailure === counted.at) {
			// Nobody failed since: back to exactly how it was.
			entry.lastFailure = counted.before.lastFailure;
			entry.blockedUntil = counted.before.blockedUntil;
		} else {
			// Others failed since: their block stays, counted without this attempt.
			const theirs = entry.blockedUntil;
			this.#block(entry);
			entry.blockedUntil = Math.min(theirs, entry.blockedUntil);
		}
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
	/** Per known device (and its account): instead of the two above, so others' failures never lock it out. */
	loginDevice: new RateLimiter({ free: 5, baseDelayMs: 1000, maxDelayMs: 2 * MINUTE, forgetAfterMs: 60 * MINUTE }),
	tokenIp: new RateLimiter({ free: 10, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE }),
	/** Invitations made per account: generous for the kitchen table, a brake on abuse. */
	inviteAccount: new RateLimiter({
		free: 30,
		baseDelayMs: MINUTE,
		maxDelayMs: 60 * MINUTE,
		forgetAfterMs: 60 * MINUTE
	}),
	passwordSetIp: new RateLimiter({ free: 10, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE })
};
