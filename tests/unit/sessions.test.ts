import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db';
import { closeDatabase } from '$lib/server/db';
import {
	createSession,
	invalidateAllSessions,
	invalidateOwnSession,
	invalidateSession,
	listSessions,
	sessionKindFor,
	validateSessionToken
} from '$lib/server/auth/session';
import { newSecret } from '$lib/server/ids';
import { DAY, freshDatabase, HOUR, makeAccount, MINUTE } from './helpers';

let h: DatabaseHandle;

beforeEach(() => {
	h = freshDatabase();
});

afterEach(() => {
	vi.unstubAllEnvs();
	closeDatabase();
});

function at(base: Date, ms: number): Date {
	return new Date(base.getTime() + ms);
}

function sessionRow(id: string) {
	return h.sqlite.prepare('SELECT * FROM session WHERE id = ?').get(id) as Record<string, unknown> | undefined;
}

describe('session tokens', () => {
	it('have the form id.secret with 120 and 160 bits of base32', () => {
		const accountId = makeAccount('Marieke');
		const { token, session } = createSession(accountId, 'family', 'Firefox');
		expect(token).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{32}$/);
		expect(token.split('.')[0]).toBe(session.id);
	});

	it('are different for every session', () => {
		const accountId = makeAccount('Marieke');
		const tokens = new Set(Array.from({ length: 20 }, () => createSession(accountId, 'family', '').token));
		expect(tokens.size).toBe(20);
	});

	it('store only the SHA-256 of the secret, never the secret itself', () => {
		const accountId = makeAccount('Marieke');
		const { token, session } = createSession(accountId, 'family', 'Firefox');
		const secret = token.split('.')[1] as string;
		const row = sessionRow(session.id);
		expect(row).toBeDefined();
		const stored = row!.secret_hash as Buffer;
		expect(Buffer.isBuffer(stored)).toBe(true);
		expect(stored.equals(createHash('sha256').update(secret).digest())).toBe(true);
		for (const value of Object.values(row!)) {
			const text = Buffer.isBuffer(value)
				? [value.toString('utf8'), value.toString('hex'), value.toString('base64')].join(' ')
				: String(value);
			expect(text).not.toContain(secret);
		}
	});

	it('validate with the right secret and return the account with its roles', () => {
		const accountId = makeAccount('Sanne', ['professional']);
		const { token } = createSession(accountId, 'professional', '');
		const result = validateSessionToken(token);
		expect(result?.account.id).toBe(accountId);
		expect(result?.account.displayName).toBe('Sanne');
		expect(result?.account.roles).toEqual(['professional']);
		expect(result?.session.kind).toBe('professional');
	});

	it('are rejected with a wrong secret, and the real token keeps working', () => {
		const accountId = makeAccount('Marieke');
		const { token, session } = createSession(accountId, 'family', '');
		const secret = token.split('.')[1] as string;
		const flipped = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
		expect(validateSessionToken(`${session.id}.${flipped}`)).toBeNull();
		expect(validateSessionToken(`${session.id}.${newSecret()}`)).toBeNull();
		expect(validateSessionToken(`${session.id}.`)).toBeNull();
		expect(validateSessionToken(session.id)).toBeNull();
		expect(validateSessionToken(token)).not.toBeNull();
	});

	it("cannot be forged from someone else's secret", () => {
		const a = createSession(makeAccount('Marieke'), 'family', '');
		const b = createSession(makeAccount('Ahmed'), 'family', '');
		const forged = `${a.session.id}.${b.token.split('.')[1]}`;
		expect(validateSessionToken(forged)).toBeNull();
	});

	it.each(['', '.', 'abc', 'a.b.c', '.secret', `${'x'.repeat(150)}.${'y'.repeat(60)}`])(
		'reject malformed token %j',
		(token) => {
			expect(validateSessionToken(token)).toBeNull();
		}
	);
});

describe('session kinds', () => {
	it('are professional for accounts with a global role and family otherwise', () => {
		expect(sessionKindFor([])).toBe('family');
		expect(sessionKindFor(['professional'])).toBe('professional');
		expect(sessionKindFor(['beheerder'])).toBe('professional');
		expect(sessionKindFor(['trainer'])).toBe('professional');
	});
});

describe('session expiry', () => {
	it('ends a professional session after 60 minutes without activity', () => {
		const { token, session } = createSession(makeAccount('Sanne', ['professional']), 'professional', '');
		expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(60 * MINUTE);
		expect(validateSessionToken(token, at(session.createdAt, 59 * MINUTE))).not.toBeNull();
		expect(validateSessionToken(token, at(session.createdAt, 59 * MINUTE + 60 * MINUTE))).toBeNull();
	});

	it('deletes an expired session, so it stays dead even when checked with an earlier clock', () => {
		const { token, session } = createSession(makeAccount('Sanne', ['professional']), 'professional', '');
		expect(validateSessionToken(token, at(session.createdAt, 60 * MINUTE))).toBeNull();
		expect(sessionRow(session.id)).toBeUndefined();
		expect(validateSessionToken(token, at(session.createdAt, MINUTE))).toBeNull();
	});

	it('keeps an active professional session alive, but never past 12 hours', () => {
		const { token, session } = createSession(makeAccount('Sanne', ['professional']), 'professional', '');
		for (let minutes = 50; minutes < 12 * 60; minutes += 50) {
			const result = validateSessionToken(token, at(session.createdAt, minutes * MINUTE));
			expect(result, `still logged in after ${minutes} minutes`).not.toBeNull();
		}
		// Last activity was at 11h40: the idle limit would allow 12h39, the absolute limit does not.
		const last = validateSessionToken(token, at(session.createdAt, 11 * HOUR + 59 * MINUTE));
		expect(last?.session.expiresAt.getTime()).toBe(session.createdAt.getTime() + 12 * HOUR);
		expect(validateSessionToken(token, at(session.createdAt, 12 * HOUR))).toBeNull();
	});

	it('lets a family session sit idle for up to 14 days', () => {
		const { token, session } = createSession(makeAccount('Marieke'), 'family', '');
		expect(validateSessionToken(token, at(session.createdAt, 2 * HOUR))).not.toBeNull();
		expect(validateSessionToken(token, at(session.createdAt, 2 * HOUR + 14 * DAY - MINUTE))).not.toBeNull();
	});

	it('ends a family session after 14 idle days', () => {
		const { token, session } = createSession(makeAccount('Marieke'), 'family', '');
		expect(validateSessionToken(token, at(session.createdAt, 14 * DAY))).toBeNull();
	});

	it('ends an active family session after 60 days', () => {
		const { token, session } = createSession(makeAccount('Marieke'), 'family', '');
		for (let day = 13; day < 60; day += 13) {
			expect(validateSessionToken(token, at(session.createdAt, day * DAY)), `day ${day}`).not.toBeNull();
		}
		expect(validateSessionToken(token, at(session.createdAt, 60 * DAY - MINUTE))).not.toBeNull();
		expect(validateSessionToken(token, at(session.createdAt, 60 * DAY))).toBeNull();
	});

	it('treats the same two idle hours differently for professional and family', () => {
		const pro = createSession(makeAccount('Sanne', ['professional']), 'professional', '');
		const fam = createSession(makeAccount('Marieke'), 'family', '');
		expect(validateSessionToken(pro.token, at(pro.session.createdAt, 2 * HOUR))).toBeNull();
		expect(validateSessionToken(fam.token, at(fam.session.createdAt, 2 * HOUR))).not.toBeNull();
	});

	it('follows the configured idle limit from the environment', () => {
		vi.stubEnv('SESSION_PROFESSIONAL_IDLE_MINUTES', '5');
		const { token, session } = createSession(makeAccount('Sanne', ['professional']), 'professional', '');
		expect(validateSessionToken(token, at(session.createdAt, 4 * MINUTE))).not.toBeNull();
		expect(validateSessionToken(token, at(session.createdAt, 4 * MINUTE + 5 * MINUTE))).toBeNull();
	});
});

describe('ending sessions', () => {
	it('invalidateSession logs that token out', () => {
		const { token, session } = createSession(makeAccount('Marieke'), 'family', '');
		invalidateSession(session.id);
		expect(validateSessionToken(token)).toBeNull();
	});

	it('invalidateAllSessions ends every other session of the account, keeps the current one and other accounts', () => {
		const me = makeAccount('Marieke');
		const other = makeAccount('Ahmed');
		const current = createSession(me, 'family', 'telefoon');
		const laptop = createSession(me, 'family', 'laptop');
		const tablet = createSession(me, 'family', 'tablet');
		const someoneElse = createSession(other, 'family', '');

		expect(invalidateAllSessions(me, current.session.id)).toBe(2);
		expect(validateSessionToken(current.token)).not.toBeNull();
		expect(validateSessionToken(laptop.token)).toBeNull();
		expect(validateSessionToken(tablet.token)).toBeNull();
		expect(validateSessionToken(someoneElse.token)).not.toBeNull();

		expect(invalidateAllSessions(me)).toBe(1);
		expect(validateSessionToken(current.token)).toBeNull();
		expect(validateSessionToken(someoneElse.token)).not.toBeNull();
	});

	it("invalidateOwnSession does not end someone else's session", () => {
		const me = makeAccount('Marieke');
		const victim = createSession(makeAccount('Ahmed'), 'family', '');
		expect(invalidateOwnSession(me, victim.session.id)).toBe(false);
		expect(validateSessionToken(victim.token)).not.toBeNull();

		const mine = createSession(me, 'family', '');
		expect(invalidateOwnSession(me, mine.session.id)).toBe(true);
		expect(validateSessionToken(mine.token)).toBeNull();
	});
});

describe('listSessions', () => {
	it("lists the account's live sessions, most recently active first, without expired ones or other accounts'", () => {
		const me = makeAccount('Sanne', ['professional']);
		const old = createSession(me, 'professional', 'oude laptop');
		const phone = createSession(me, 'professional', 'telefoon');
		const desk = createSession(me, 'professional', 'werkplek');
		createSession(makeAccount('Ahmed'), 'family', 'van iemand anders');

		const now = Date.now();
		const setTimes = h.sqlite.prepare('UPDATE session SET created_at = ?, last_active_at = ? WHERE id = ?');
		setTimes.run(now - 3 * HOUR, now - 2 * HOUR, old.session.id); // idle for two hours: expired
		setTimes.run(now - 30 * MINUTE, now - 20 * MINUTE, phone.session.id);
		setTimes.run(now - 30 * MINUTE, now - 5 * MINUTE, desk.session.id);

		const list = listSessions(me);
		expect(list.map((s) => s.userAgent)).toEqual(['werkplek', 'telefoon']);
		expect(list.every((s) => s.accountId === me)).toBe(true);
		expect(list[0]?.expiresAt.getTime()).toBe(now - 5 * MINUTE + 60 * MINUTE);
	});

	it('keeps at most 300 characters of the user agent', () => {
		const me = makeAccount('Marieke');
		createSession(me, 'family', 'x'.repeat(1000));
		expect(listSessions(me)[0]?.userAgent).toHaveLength(300);
	});
});
