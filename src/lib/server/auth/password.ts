import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Dutch passwords that the (English) common list misses. */
const DUTCH_COMMON = [
	'wachtwoord',
	'wachtwoord1',
	'wachtwoord123',
	'welkom01',
	'welkom123',
	'welkom2024',
	'welkom2025',
	'welkom2026',
	'geheim123',
	'voetbal123',
	'ajax1900',
	'feyenoord',
	'nederland',
	'amsterdam',
	'rotterdam',
	'aan-tafel',
	'aantafel',
	'12345678',
	'qwertyuiop'
];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
	common ??= new Set([...dictionary['passwords-common'], ...DUTCH_COMMON].map((p) => p.toLowerCase()));
	return common;
}

export type PasswordProblem = 'empty' | 'too_short' | 'too_long' | 'too_common' | 'like_username';

/** NIST SP 800-63B / ASVS: length only, no composition rules, and no well-known passwords. */
export function checkPassword(password: string, username = ''): PasswordProblem | null {
	if (password.length === 0) return 'empty';
	const length = [...password].length;
	if (length < PASSWORD_MIN) return 'too_short';
	if (length > PASSWORD_MAX) return 'too_long';
	const lower = password.toLowerCase();
	if (commonPasswords().has(lower)) return 'too_common';
	if (username && lower === username.toLowerCase()) return 'like_username';
	return null;
}

/** argon2id with the library defaults (19 MiB, t=2, p=1: the OWASP minimum). */
export function hashPassword(password: string): Promise<string> {
	return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** A real hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hash('not-a-real-password-' + Math.random());
	return dummyHash;
}
