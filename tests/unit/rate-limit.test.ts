import { beforeEach, describe, expect, it } from 'vitest';
import type { Cookies } from '@sveltejs/kit';
import { limits, RateLimiter } from '$lib/server/auth/rate-limit';
import { attemptLogin } from '$lib/server/auth/login';
import { rememberDevice } from '$lib/server/auth/known-device';
import { hashPassword } from '$lib/server/auth/password';
import { createAccount, findAccountForLogin } from '$lib/server/accounts';
import { freshDatabase } from './helpers';

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
		const inAdvance = limiter.fail('ip', T0);
		expect(limiter.retryAfter('ip', T0)).toBe(1000);
		limiter.forgive(inAdvance);
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

describe('a success takes back only its own attempt', () => {
	const rule = { free: 3, baseDelayMs: 1000, maxDelayMs: 60_000, forgetAfterMs: 3_600_000 };

	it('does not start the block again once its wait is over', () => {
		const limiter = new RateLimiter(rule);
		waitsAfterFailures(limiter, 'kantoor', 6); // others: wait 4000 from T0
		const later = T0 + 4000;
		expect(limiter.retryAfter('kantoor', later)).toBe(0);
		// Someone logs in correctly: counted in advance, then forgiven.
		limiter.forgive(limiter.fail('kantoor', later));
		expect(limiter.retryAfter('kantoor', later)).toBe(0);
		// And as often as people log in.
		for (let i = 0; i < 10; i++) limiter.forgive(limiter.fail('kantoor', later + i));
		expect(limiter.retryAfter('kantoor', later + 10)).toBe(0);
	});

	it('does not wipe out or shorten the failures others made', () => {
		const limiter = new RateLimiter(rule);
		waitsAfterFailures(limiter, 'kantoor', 6);
		limiter.forgive(limiter.fail('kantoor', T0 + 4000));
		// The next wrong guess waits as long as it would have without that success.
		limiter.fail('kantoor', T0 + 4000);
		expect(limiter.retryAfter('kantoor', T0 + 4000)).toBe(8000);
	});

	it('keeps failures that came in while its own attempt was being checked', () => {
		const limiter = new RateLimiter(rule);
		waitsAfterFailures(limiter, 'kantoor', 4); // wait 1000
		const mine = limiter.fail('kantoor', T0 + 1000);
		limiter.fail('kantoor', T0 + 1001); // someone else, meanwhile
		limiter.forgive(mine);
		// Five failures by others remain: 2000 from the last one.
		expect(limiter.retryAfter('kantoor', T0 + 1001)).toBe(2000);
	});

	it('on a new key leaves nothing behind', () => {
		const limiter = new RateLimiter(rule);
		limiter.forgive(limiter.fail('nieuw', T0));
		expect(waitsAfterFailures(limiter, 'nieuw', 4)).toEqual([0, 0, 0, 1000]);
	});
});

describe('attemptLogin and the limits', () => {
	const PASSWORD = 'thee in de tuin';
	let username = '';
	let counter = 0;

	/** Cookies as a browser keeps them between requests. */
	function browser(): { cookies: Cookies; url: URL } {
		const jar = new Map<string, string>();
		const cookies = {
			get: (name: string) => jar.get(name),
			set: (name: string, value: string) => void jar.set(name, value),
			delete: (name: string) => void jar.delete(name)
		} as unknown as Cookies;
		return { cookies, url: new URL('http://localhost/inloggen') };
	}

	/** Logs in correctly on this browser, which makes it a known device of the account. */
	async function loginOn(device: ReturnType<typeof browser>, ip: string) {
		const result = await attemptLogin(username, PASSWORD, ip, device);
		if (result.ok) rememberDevice(device.cookies, device.url, result.accountId);
		return result;
	}

	/** Failures from others at this address, past the free ones: the address is blocked. */
	function blockAddress(ip: string) {
		for (let i = 0; i < 25; i++) limits.loginIp.fail(ip);
		expect(limits.loginIp.retryAfter(ip)).toBeGreaterThan(0);
	}

	beforeEach(async () => {
		freshDatabase();
		counter += 1;
		username = `medewerker-${counter}-${Math.random().toString(36).slice(2)}`;
		createAccount({ username, displayName: 'Medewerker', passwordHash: await hashPassword(PASSWORD) });
	});

	it('lets a known device with the right password in while its office address is blocked', async () => {
		const ip = `office-${Math.random()}`;
		const phone = browser();
		expect((await loginOn(phone, ip)).ok).toBe(true);
		blockAddress(ip);
		expect((await loginOn(phone, ip)).ok).toBe(true);
		// Someone else's browser at that address is still held up.
		expect(await attemptLogin(username, PASSWORD, ip, browser())).toMatchObject({ ok: false, reason: 'throttled' });
	});

	it('lets a known device in while others hammer its name', async () => {
		const phone = browser();
		expect((await loginOn(phone, `thuis-${Math.random()}`)).ok).toBe(true);
		for (let i = 0; i < 10; i++) limits.loginAccount.fail(`account:${findAccountForLogin(username)!.id}`);
		expect((await loginOn(phone, `thuis-${Math.random()}`)).ok).toBe(true);
		expect(await attemptLogin(username, PASSWORD, `elders-${Math.random()}`, browser())).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
	});

	it('a success does not clear the penalty on a name that others earned', async () => {
		const phone = browser();
		expect((await loginOn(phone, `thuis-${Math.random()}`)).ok).toBe(true);
		const key = `account:${findAccountForLogin(username)!.id}`;
		for (let i = 0; i < 10; i++) limits.loginAccount.fail(key);
		const before = limits.loginAccount.retryAfter(key);
		expect((await loginOn(phone, `thuis-${Math.random()}`)).ok).toBe(true);
		expect(limits.loginAccount.retryAfter(key)).toBeGreaterThanOrEqual(before - 1000);
		expect(limits.loginAccount.retryAfter(key)).toBeGreaterThan(0);
	});

	it('a success does not clear or restart the block on its address', async () => {
		const ip = `office-${Math.random()}`;
		const phone = browser();
		expect((await loginOn(phone, ip)).ok).toBe(true);
		blockAddress(ip);
		const before = limits.loginIp.retryAfter(ip);
		expect((await loginOn(phone, ip)).ok).toBe(true);
		const after = limits.loginIp.retryAfter(ip);
		expect(after).toBeGreaterThan(0);
		expect(after).toBeLessThanOrEqual(before);
	});

	it('a known device is slowed down by its own wrong guesses', async () => {
		const phone = browser();
		const ip = `thuis-${Math.random()}`;
		expect((await loginOn(phone, ip)).ok).toBe(true);
		const results = [];
		for (let i = 0; i < 7; i++) results.push(await attemptLogin(username, `gok-${i}`, ip, phone));
		expect(results.at(-1)).toMatchObject({ ok: false, reason: 'throttled' });
		// A device of another account is no help for guessing this one.
		expect(await attemptLogin(username, 'gok', ip, browser())).toMatchObject({ ok: false, reason: 'invalid' });
	});
});
