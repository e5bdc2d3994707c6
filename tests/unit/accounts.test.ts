import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db';
import { closeDatabase } from '$lib/server/db';
import {
	consumePasswordLink,
	createAccount,
	createPasswordLink,
	emailTaken,
	findAccountForLogin,
	findPasswordLink,
	listAccounts,
	setPasswordHash,
	usernameTaken,
	USERNAME_PATTERN
} from '$lib/server/accounts';
import { loadAccount } from '$lib/server/auth/session';
import { PasswordLinkRefused } from '$lib/server/accounts';
import { acceptInvite, createInvite } from '$lib/server/invites';
import { createGezin, endAccess, membershipOf } from '$lib/server/gezinnen';
import { auditPasswordReset } from '$lib/server/password-reset-audit';
import { gezinAuditPage } from '$lib/server/audit-read';
import { auditActionLabel } from '$lib/audit-labels';
import { newSecret } from '$lib/server/ids';
import { DAY, freshDatabase, makeAccount } from './helpers';

let h: DatabaseHandle;
let marieke: string;

beforeEach(() => {
	h = freshDatabase();
	marieke = createAccount({
		username: '  Marieke.Jansen ',
		displayName: ' Marieke Jansen ',
		email: ' Marieke@Example.NL ',
		passwordHash: '$argon2id$fake'
	});
});

afterEach(() => closeDatabase());

describe('createAccount', () => {
	it('stores the username and e-mail in lower case and trims the name', () => {
		expect(h.sqlite.prepare('SELECT username, email, display_name FROM account WHERE id = ?').get(marieke)).toEqual({
			username: 'marieke.jansen',
			email: 'marieke@example.nl',
			display_name: 'Marieke Jansen'
		});
	});

	it('refuses a username that only differs in case', () => {
		expect(() => createAccount({ username: 'MARIEKE.JANSEN', displayName: 'Nep' })).toThrow(/UNIQUE/);
		expect(usernameTaken('Marieke.Jansen')).toBe(true);
		expect(usernameTaken('marieke')).toBe(false);
	});

	it('refuses an e-mail address that only differs in case', () => {
		expect(() => createAccount({ username: 'iemand', displayName: 'Nep', email: 'MARIEKE@example.nl' })).toThrow(
			/UNIQUE/
		);
		expect(emailTaken(' marieke@EXAMPLE.nl')).toBe(true);
	});

	it('stores each global role once', () => {
		const id = createAccount({
			username: 'sanne',
			displayName: 'Sanne',
			roles: ['professional', 'beheerder', 'professional']
		});
		expect(loadAccount(id)?.roles.slice().sort()).toEqual(['beheerder', 'professional']);
		expect(listAccounts().find((a) => a.id === id)).toMatchObject({
			roles: expect.arrayContaining(['beheerder', 'professional']),
			hasPassword: false
		});
	});

	it('the username pattern accepts ordinary names and refuses e-mail-like or odd ones', () => {
		expect(USERNAME_PATTERN.test('marieke.jansen')).toBe(true);
		expect(USERNAME_PATTERN.test('oma-joke_2')).toBe(true);
		expect(USERNAME_PATTERN.test('marieke@example.nl')).toBe(false);
		expect(USERNAME_PATTERN.test('ab')).toBe(false);
		expect(USERNAME_PATTERN.test('.marieke')).toBe(false);
		expect(USERNAME_PATTERN.test('Marieke')).toBe(false);
	});
});

describe('findAccountForLogin', () => {
	it.each(['marieke.jansen', 'Marieke.Jansen', 'MARIEKE.JANSEN', '  marieke.jansen  '])(
		'finds the account by username %j',
		(identifier) => {
			expect(findAccountForLogin(identifier)?.id).toBe(marieke);
		}
	);

	it.each(['marieke@example.nl', 'Marieke@Example.NL', ' MARIEKE@EXAMPLE.NL '])(
		'finds the account by e-mail %j',
		(identifier) => {
			expect(findAccountForLogin(identifier)?.id).toBe(marieke);
		}
	);

	it('returns the password hash to verify against', () => {
		expect(findAccountForLogin('marieke.jansen')?.passwordHash).toBe('$argon2id$fake');
	});

	it.each(['', '   ', 'marieke', 'marieke.jansen2', 'marieke%', 'marieke.jansen_', 'example.nl', '%', "' OR 1=1 --"])(
		'finds nothing for %j',
		(identifier) => {
			expect(findAccountForLogin(identifier)).toBeUndefined();
		}
	);

	it('does not match an account without e-mail on an empty e-mail', () => {
		createAccount({ username: 'zonder-mail', displayName: 'Zonder' });
		expect(findAccountForLogin('')).toBeUndefined();
		expect(findAccountForLogin('zonder-mail')?.passwordHash).toBeNull();
	});
});

describe('password links', () => {
	// Password links are for accounts with a global role (see 'password links: never for family or network').
	beforeEach(() => {
		h.sqlite.prepare("INSERT INTO account_role (account_id, role) VALUES (?, 'professional')").run(marieke);
	});

	it('lead to the right account, and store only a hash of the token', () => {
		const { token } = createPasswordLink(marieke, null);
		expect(findPasswordLink(token)).toMatchObject({
			accountId: marieke,
			username: 'marieke.jansen',
			displayName: 'Marieke Jansen'
		});
		const raw = JSON.stringify(h.sqlite.prepare('SELECT * FROM password_link').all(), (_k, v: unknown) =>
			Buffer.isBuffer(v) ? v.toString('hex') : v
		);
		expect(raw).not.toContain(token);
	});

	it('work only once', () => {
		const { token } = createPasswordLink(marieke, null);
		const link = findPasswordLink(token)!;
		expect(consumePasswordLink(link.id)).toBe(true);
		expect(findPasswordLink(token)).toBeUndefined();
		expect(consumePasswordLink(link.id)).toBe(false);
	});

	it('expire after three days', () => {
		const created = new Date('2026-03-02T09:00:00Z');
		const { token, expiresAt } = createPasswordLink(marieke, null, created);
		expect(expiresAt.getTime()).toBe(created.getTime() + 3 * DAY);
		expect(findPasswordLink(token, new Date(created.getTime() + 3 * DAY - 1))).toBeDefined();
		expect(findPasswordLink(token, new Date(created.getTime() + 3 * DAY))).toBeUndefined();
		expect(findPasswordLink(token)).toBeUndefined();
	});

	it('are not found with a wrong, empty or oversized token', () => {
		createPasswordLink(marieke, null);
		expect(findPasswordLink(newSecret())).toBeUndefined();
		expect(findPasswordLink('')).toBeUndefined();
		expect(findPasswordLink('a'.repeat(101))).toBeUndefined();
	});

	it('are independent: using one leaves another link of the same account usable', () => {
		const first = createPasswordLink(marieke, null);
		const second = createPasswordLink(marieke, null);
		expect(consumePasswordLink(findPasswordLink(first.token)!.id)).toBe(true);
		expect(findPasswordLink(second.token)?.accountId).toBe(marieke);
	});

	it('setting the password replaces the hash used at login', () => {
		setPasswordHash(marieke, '$argon2id$nieuw');
		expect(findAccountForLogin('marieke@example.nl')?.passwordHash).toBe('$argon2id$nieuw');
	});
});

describe('password links: never for family or network', () => {
	let coach: string;
	let gezinId: string;
	function member(accountId: string, role: 'gezin' | 'netwerk' | 'professional', relatie: string) {
		const inv = createInvite({
			gezinId,
			role,
			gezinsrol: role === 'gezin' ? 'ouder' : null,
			relatie,
			naam: '',
			createdBy: coach
		});
		const result = acceptInvite(inv.id, accountId);
		if (!result.ok) throw new Error(result.reason);
	}

	beforeEach(() => {
		coach = makeAccount('Karin Janssen', ['professional']);
		gezinId = createGezin('Familie De Boer', coach, 'gezinscoach wijkteam');
	});

	it('refuses an account without a global role, in or outside a gezin', () => {
		expect(() => createPasswordLink(marieke, null)).toThrow(PasswordLinkRefused);
		member(marieke, 'gezin', 'moeder');
		expect(() => createPasswordLink(marieke, coach)).toThrow(PasswordLinkRefused);
		expect(h.sqlite.prepare('SELECT count(*) AS n FROM password_link').get()).toEqual({ n: 0 });
	});

	it('refuses a professional who is family or network in some gezin, until that has ended', () => {
		const oma = makeAccount('Ria', ['professional']);
		member(oma, 'netwerk', 'oma');
		expect(() => createPasswordLink(oma, null)).toThrow(PasswordLinkRefused);
		const m = membershipOf(gezinId, oma)!;
		// A professional's invitation waits; refusing it ends it.
		expect(m.status).toBe('wacht');
		expect(endAccess(gezinId, m.id, coach).ok).toBe(true);
		expect(findPasswordLink(createPasswordLink(oma, null).token)?.accountId).toBe(oma);
	});

	it('a link stops working when its account becomes family or network somewhere', () => {
		const ria = makeAccount('Ria', ['professional']);
		const { token } = createPasswordLink(ria, null);
		expect(findPasswordLink(token)?.accountId).toBe(ria);
		member(ria, 'netwerk', 'oma');
		expect(findPasswordLink(token)).toBeUndefined();
	});

	it('a link made for a family account before this rule does not work', () => {
		const { token } = createPasswordLink(coach, null);
		h.sqlite.prepare('UPDATE password_link SET account_id = ?').run(marieke);
		expect(findPasswordLink(token)).toBeUndefined();
	});

	it('makes them for a professional who is a professional in a gezin', () => {
		expect(findPasswordLink(createPasswordLink(coach, null).token)?.accountId).toBe(coach);
	});

	it('writes a reset into the log of every gezin of the account, in words the family reads', () => {
		const beheer = makeAccount('Beheer', ['beheerder']);
		const andere = createGezin('Familie Yilmaz', coach, 'coach');
		const elders = createGezin('Familie Zonder', makeAccount('Ander', ['professional']), 'coach');
		auditPasswordReset(
			{ actorId: beheer, actorName: 'Beheer', action: 'account.wachtwoordlink-gemaakt', ip: '' },
			coach
		);
		auditPasswordReset(
			{ actorId: coach, actorName: 'Karin Janssen', action: 'account.wachtwoord-gezet', ip: '' },
			coach
		);
		for (const [id, relatie] of [
			[gezinId, 'gezinscoach wijkteam'],
			[andere, 'coach']
		] as const) {
			const rows = gezinAuditPage(id, {}).lines;
			expect(rows.map((r) => [r.action, r.actorName, r.detail])).toEqual([
				['account.wachtwoord-gezet', 'Karin Janssen', `Karin Janssen (${relatie})`],
				['account.wachtwoordlink-gemaakt', 'Beheer', `Karin Janssen (${relatie})`]
			]);
			expect(auditActionLabel(rows[1]!.action, rows[1]!.detail)).toBe(
				`heeft een link gemaakt waarmee Karin Janssen (${relatie}) een nieuw wachtwoord kan kiezen`
			);
			expect(auditActionLabel(rows[0]!.action, rows[0]!.detail)).toBe(
				'heeft met een link een nieuw wachtwoord gekozen'
			);
		}
		expect(gezinAuditPage(elders, {}).lines).toEqual([]);
		// And once in the general log, without a gezin.
		expect(
			h.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE gezin_id IS NULL AND record_id = ?').get(coach)
		).toEqual({ n: 2 });
	});
});
