import { beforeAll, describe, expect, it } from 'vitest';
import {
	checkPassword,
	dummyPasswordHash,
	hashPassword,
	PASSWORD_MAX,
	PASSWORD_MIN,
	verifyPassword
} from '$lib/server/auth/password';

describe('checkPassword', () => {
	it('uses the NIST limits: at least 8, at most 128 characters', () => {
		expect(PASSWORD_MIN).toBe(8);
		expect(PASSWORD_MAX).toBe(128);
	});

	it.each([
		['kopjethee', 'a plain 9-letter phrase'],
		['zon-op-tafel', 'no digits or capitals needed'],
		['vkz3-Pq!', 'exactly 8 characters'],
		['de koffie staat klaar om half negen bij oma in de keuken, echt!!', 'a 64-character passphrase'],
		['x7'.repeat(64), '128 characters'],
		['één twee drie vier', 'accented letters and spaces'],
		['ik hou van 🍵 en 🍪', 'emoji'],
		['日本語のパスワードです', 'Japanese'],
		['🍵🍪🥐🍓🍒🍎🍐🍋', '8 emoji (16 UTF-16 units)'],
		['🍵'.repeat(128), '128 emoji (256 UTF-16 units)']
	])('accepts %j (%s)', (password) => {
		expect(checkPassword(password, 'marieke')).toBeNull();
	});

	it('counts the 64-character passphrase as 64 characters', () => {
		expect([...'de koffie staat klaar om half negen bij oma in de keuken, echt!!']).toHaveLength(64);
	});

	it.each([
		['', 'empty'],
		['kopjeth', 'too_short'],
		['abc1234', 'too_short'],
		['🍵🍪🥐🍓🍒🍎🍐', 'too_short'],
		['x'.repeat(129), 'too_long'],
		['🍵'.repeat(129), 'too_long'],
		['wachtwoord', 'too_common'],
		['Wachtwoord', 'too_common'],
		['WACHTWOORD123', 'too_common'],
		['password123', 'too_common'],
		['Password123', 'too_common'],
		['password', 'too_common'],
		['12345678', 'too_common'],
		['qwerty123', 'too_common'],
		['iloveyou', 'too_common'],
		['Welkom2025', 'too_common'],
		['feyenoord', 'too_common'],
		['aantafel', 'too_common']
	] as const)('refuses %j as %s', (password, problem) => {
		expect(checkPassword(password, 'marieke')).toBe(problem);
	});

	it('refuses the username as password, in any case', () => {
		expect(checkPassword('marieke.jansen', 'marieke.jansen')).toBe('like_username');
		expect(checkPassword('Marieke.Jansen', 'marieke.jansen')).toBe('like_username');
		expect(checkPassword('marieke.jansen!', 'marieke.jansen')).toBeNull();
	});
});

describe('hashPassword and verifyPassword', () => {
	const password = 'één kopje 🍵 thee, twee suikerklontjes en een koekje erbij, graag';
	let stored: string;

	beforeAll(async () => {
		stored = await hashPassword(password);
	});

	it('stores an argon2id hash that does not contain the password', () => {
		expect(stored).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
		expect(stored).not.toContain(password);
		expect(stored).not.toContain('suikerklontjes');
	});

	it('verifies the right password', async () => {
		expect(await verifyPassword(stored, password)).toBe(true);
	});

	it('refuses a wrong password, including one that differs by one character or only in case', async () => {
		expect(await verifyPassword(stored, password.slice(0, -1))).toBe(false);
		expect(await verifyPassword(stored, password.toUpperCase())).toBe(false);
		expect(await verifyPassword(stored, password + ' ')).toBe(false);
		expect(await verifyPassword(stored, '')).toBe(false);
	});

	it('returns false instead of throwing for a damaged hash', async () => {
		expect(await verifyPassword('not-a-hash', password)).toBe(false);
		expect(await verifyPassword('', password)).toBe(false);
	});

	it('gives a hash for unknown accounts that matches no password', async () => {
		const dummy = await dummyPasswordHash();
		expect(dummy).toMatch(/^\$argon2id\$/);
		expect(await dummyPasswordHash()).toBe(dummy);
		expect(await verifyPassword(dummy, password)).toBe(false);
	});
});
