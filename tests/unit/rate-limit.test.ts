import { describe, expect, it } from 'vitest';
import { limits, RateLimiter } from '$lib/server/auth/rate-limit';

const rule = { free: 3, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 };
const T0 = 1_800_000_000_000;

/** Fails `times` times at T0 and returns the wait after each failure. */
function waitsAfterFailures(limiter: RateLimiter, key: string, times: number): number[] {
	const waits: number[] = [];
	for (let i = 0; i < times; i++) {
		limiter.fail(key, T0);
		waits.push(limiter.retryAfter(key, T0));
	}
	return waits;
}

describe('RateLimiter', () => {
	it('lets an unknown key try at once', () => {
		expect(new RateLimiter(rule).retryAfter('nieuw', T0)).toBe(0);
	});

	it('gives the first failures for free, then doubles the wait up to the cap', () => {
		const limiter = new RateLimiter(rule);
		expect(waitsAfterFailures(limiter, 'ip', 9)).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000]);
	});

	it('counts the wait down as time passes', () => {
		const limiter = new RateLimiter(rule);
		waitsAfterFailures(limiter, 'ip', 5); // wait 2000 from T0
		expect(limiter.retryAfter('ip', T0 + 500)).toBe(1500);
		expect(limiter.retryAfter('ip', T0 + 1999)).toBe(1);
		expect(limiter.retryAfter('ip', T0 + 2000)).toBe(0);
	});

	it('keeps the failure count after the wait is over: the next failure waits longer', () => {
		const limiter = new RateLimiter(rule);
		waitsAfterFailures(limiter, 'ip', 4); // wait 1000
		expect(limiter.retryAfter('ip', T0 + 1000)).toBe(0);
		limiter.fail('ip', T0 + 1000);
		expect(limiter.retryAfter('ip', T0 + 1000)).toBe(2000);
	});

	it('keeps keys apart', () => {
		const limiter = new RateLimiter(rule);
		waitsAfterFailures(limiter, 'aanvaller', 6);
		expect(limiter.retryAfter('aanvaller', T0)).toBeGreaterThan(0);
		expect(limiter.retryAfter('iemand-anders', T0)).toBe(0);
	});

	it('starts over after reset (a successful login)', () => {
		const limiter = new RateLimiter(rule);
		waitsAfterFailures(limiter, 'marieke', 6);
		limiter.reset('marieke');
		expect(limiter.retryAfter('marieke', T0)).toBe(0);
		expect(waitsAfterFailures(limiter, 'marieke', 4)).toEqual([0, 0, 0, 1000]);
	});

	it('forgets a key some time after its last failure', () => {
		const limiter = new RateLimiter({ ...rule, maxDelayMs: 1000 });
		waitsAfterFailures(limiter, 'ip', 6);
		expect(limiter.retryAfter('ip', T0 + 60_000)).toBe(0);
		// Still remembered: one more failure is not free.
		limiter.fail('ip', T0 + 60_000);
		expect(limiter.retryAfter('ip', T0 + 60_000)).toBe(1000);
		// A minute and a bit of silence later, the free attempts are back.
		expect(limiter.retryAfter('ip', T0 + 120_001)).toBe(0);
		limiter.fail('ip', T0 + 120_001);
		expect(limiter.retryAfter('ip', T0 + 120_001)).toBe(0);
	});
});

describe('forgive and forget', () => {
	const rule = { free: 1, baseDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 3_600_000 };

	it('forgive takes back one failure counted in advance', () => {
		const limiter = new RateLimiter(rule);
		limiter.fail('ip', T0);
		limiter.fail('ip', T0);
		expect(limiter.retryAfter('ip', T0)).toBe(1000);
		limiter.forgive('ip');
		expect(limiter.retryAfter('ip', T0)).toBe(0);
		// One failure is still remembered.
		limiter.fail('ip', T0);
		expect(limiter.retryAfter('ip', T0)).toBe(1000);
	});

	it('a failure long after the last one starts counting from zero again', () => {
		const limiter = new RateLimiter(rule);
		for (let i = 0; i < 5; i++) limiter.fail('naam', T0);
		const later = T0 + 3_600_001;
		// No retryAfter in between: fail itself forgets the stale count.
		limiter.fail('naam', later);
		expect(limiter.retryAfter('naam', later)).toBe(0);
	});
});

describe('the login limits', () => {
	it('never lock an account owner out for more than two minutes, however many failures', () => {
		const key = `slachtoffer-${Math.random()}`;
		const now = Date.now();
		for (let i = 0; i < 500; i++) limits.loginAccount.fail(key, now);
		const wait = limits.loginAccount.retryAfter(key, now);
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(2 * 60_000);
		limits.loginAccount.reset(key);
	});

	it('give an account five free attempts', () => {
		const key = `typefouten-${Math.random()}`;
		const now = Date.now();
		for (let i = 0; i < 5; i++) limits.loginAccount.fail(key, now);
		expect(limits.loginAccount.retryAfter(key, now)).toBe(0);
		limits.loginAccount.fail(key, now);
		expect(limits.loginAccount.retryAfter(key, now)).toBeGreaterThan(0);
		limits.loginAccount.reset(key);
	});
});
