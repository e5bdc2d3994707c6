import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '$lib/server/db';
import { closeDatabase, getHandle } from '$lib/server/db';
import {
	audit,
	auditHash,
	GENESIS_HASH,
	SIGNING_STARTED,
	startAuditCheckpoints,
	stopAuditCheckpoints,
	unsignedAuditHash,
	verifyAuditChain,
	verifyAuditLog,
	type AuditRow
} from '$lib/server/audit';
import { auditKey, DEV_AUDIT_KEY } from '$lib/server/config';
import { freshDatabase } from './helpers';

let h: DatabaseHandle;

beforeEach(() => {
	h = freshDatabase();
});

afterEach(() => {
	closeDatabase();
	vi.unstubAllEnvs();
});

type Row = AuditRow;

function rows(): Row[] {
	return h.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];
}

/** Five entries, as a morning at the kitchen table would produce. */
function appendFive(): void {
	const start = Date.parse('2026-03-02T08:00:00Z');
	audit(
		{
			actorId: 'prof',
			actorName: 'Sanne de Wit',
			action: 'gezin.aangemaakt',
			gezinId: 'g1',
			recordType: 'gezin',
			recordId: 'g1'
		},
		new Date(start)
	);
	audit(
		{
			actorId: 'prof',
			actorName: 'Sanne de Wit',
			action: 'toegang.uitgenodigd',
			gezinId: 'g1',
			detail: 'gezin',
			ip: '10.0.0.1'
		},
		new Date(start + 1000)
	);
	audit(
		{
			actorId: 'moeder',
			actorName: 'Marieke',
			action: 'toegang.uitnodiging-geaccepteerd',
			gezinId: 'g1',
			detail: 'actief'
		},
		new Date(start + 2000)
	);
	audit(
		{ actorId: 'moeder', actorName: 'Marieke', action: 'gezin.bekeken', gezinId: 'g1', onBehalfOf: null },
		new Date(start + 3000)
	);
	audit({ actorId: null, action: 'account.inloggen-mislukt', detail: 'onbekende naam: x' }, new Date(start + 4000));
}

function replaceRow(row: Row): void {
	h.sqlite
		.prepare(
			`INSERT OR REPLACE INTO audit_log (seq, at, actor_id, actor_name, on_behalf_of, gezin_id, record_type, record_id, action, detail, ip, prev_hash, hash)
			 VALUES (@seq, @at, @actor_id, @actor_name, @on_behalf_of, @gezin_id, @record_type, @record_id, @action, @detail, @ip, @prev_hash, @hash)`
		)
		.run(row);
}

function dropTriggers(): void {
	h.sqlite.exec(
		'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_only_append;'
	);
}

describe('audit log chain', () => {
	it('verifies an empty log', () => {
		expect(verifyAuditChain(h.sqlite)).toEqual({ ok: true, checked: 0 });
	});

	it('verifies after several appends, each row linked to the one before', () => {
		appendFive();
		expect(verifyAuditChain(h.sqlite)).toEqual({ ok: true, checked: 5 });
		const all = rows();
		expect(all.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
		expect(all[0]?.prev_hash).toBe(GENESIS_HASH);
		for (let i = 1; i < all.length; i++) expect(all[i]?.prev_hash).toBe(all[i - 1]?.hash);
		expect(new Set(all.map((r) => r.hash)).size).toBe(5);
	});

	it('records who, which gezin, what and when (UTC)', () => {
		appendFive();
		const second = rows()[1];
		expect(second).toMatchObject({
			actor_id: 'prof',
			actor_name: 'Sanne de Wit',
			gezin_id: 'g1',
			action: 'toegang.uitgenodigd',
			detail: 'gezin',
			ip: '10.0.0.1',
			at: '2026-03-02T08:00:01.000Z'
		});
	});
});

describe('append-only triggers', () => {
	it('refuse UPDATE', () => {
		appendFive();
		expect(() => h.sqlite.prepare("UPDATE audit_log SET detail = 'niets gebeurd' WHERE seq = 3").run()).toThrow(
			/append-only/
		);
		expect(rows()[2]?.detail).toBe('actief');
		expect(verifyAuditChain(h.sqlite).ok).toBe(true);
	});

	it('refuse DELETE of a row and of the whole log', () => {
		appendFive();
		expect(() => h.sqlite.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
		expect(() => h.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
		expect(rows()).toHaveLength(5);
	});
});

describe('tampering is detected', () => {
	it('a changed detail breaks verification at that row', () => {
		appendFive();
		dropTriggers();
		h.sqlite.prepare("UPDATE audit_log SET detail = 'wacht' WHERE seq = 3").run();
		expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, brokenAt: 3, checked: 2 });
	});

	it.each(['actor_id', 'actor_name', 'gezin_id', 'action', 'at', 'ip', 'record_id'])(
		'a changed %s breaks verification at that row',
		(column) => {
			appendFive();
			dropTriggers();
			h.sqlite.prepare(`UPDATE audit_log SET ${column} = 'vervalst' WHERE seq = 2`).run();
			expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, brokenAt: 2 });
		}
	);

	it('a changed row with a recomputed hash breaks the link of the next row', () => {
		appendFive();
		dropTriggers();
		const row = rows()[2]!;
		const forged = { ...row, detail: 'wacht' };
		h.sqlite.prepare('UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 3').run(forged.detail, auditHash(forged));
		expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, brokenAt: 4, checked: 3 });
	});

	it('a deleted middle row is detected', () => {
		appendFive();
		dropTriggers();
		h.sqlite.prepare('DELETE FROM audit_log WHERE seq = 3').run();
		const report = verifyAuditChain(h.sqlite);
		expect(report).toMatchObject({ ok: false, brokenAt: 4, checked: 2 });
		expect(report.reason).toMatch(/3/);
	});

	it('a deleted middle row is detected even when the later rows are renumbered', () => {
		appendFive();
		dropTriggers();
		h.sqlite.prepare('DELETE FROM audit_log WHERE seq = 3').run();
		h.sqlite.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 3').run();
		expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, brokenAt: 3 });
	});

	it('INSERT OR REPLACE over an existing row (which skips the delete trigger) is refused', () => {
		appendFive();
		const row = rows()[1]!;
		expect(() => replaceRow({ ...row, detail: 'netwerk' })).toThrow(/append-only/);
		expect(rows()[1]!.detail).toBe(row.detail);
	});

	it('a row overwritten with INSERT OR REPLACE is detected once the triggers are gone', () => {
		appendFive();
		dropTriggers();
		replaceRow({ ...rows()[1]!, detail: 'netwerk' });
		expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, brokenAt: 2 });
	});

	it('keeps chaining correctly after the app appends more rows to a verified log', () => {
		appendFive();
		audit({ actorId: 'moeder', action: 'account.uitgelogd' });
		expect(verifyAuditChain(h.sqlite)).toEqual({ ok: true, checked: 6 });
	});
});

/** Every row from `from` on rewritten and re-hashed, as someone with the database but without the key could. */
function rehashFrom(from: number, hash: (row: Omit<AuditRow, 'hash'>) => string): void {
	let prev = rows()[from - 2]?.hash ?? GENESIS_HASH;
	for (const row of rows().slice(from - 1)) {
		const next = { ...row, prev_hash: prev };
		const signed = hash(next);
		h.sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, signed, row.seq);
		prev = signed;
	}
}

describe('the chain is signed with AUDIT_KEY', () => {
	it('a changed row with every later hash recomputed (plain SHA-256, as before signing) fails', () => {
		appendFive();
		dropTriggers();
		h.sqlite.prepare("UPDATE audit_log SET detail = 'wacht' WHERE seq = 3").run();
		rehashFrom(3, unsignedAuditHash);
		expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, brokenAt: 3, checked: 2 });
	});

	it('a changed row re-signed with another key fails', () => {
		appendFive();
		dropTriggers();
		h.sqlite.prepare("UPDATE audit_log SET actor_name = 'iemand anders' WHERE seq = 2").run();
		const otherKey = new TextEncoder().encode('een-andere-sleutel-die-de-aanvaller-koos-0123456789');
		rehashFrom(1, (row) => auditHash(row, otherKey));
		const report = verifyAuditChain(h.sqlite);
		expect(report).toMatchObject({ ok: false, brokenAt: 1 });
		expect(report.reason).toMatch(/signature/);
	});

	it('the same rows verify with the key and fail with another', () => {
		appendFive();
		expect(verifyAuditChain(h.sqlite, auditKey()).ok).toBe(true);
		expect(verifyAuditChain(h.sqlite, new TextEncoder().encode('x'.repeat(32))).ok).toBe(false);
	});

	it('a wrong key at start-up is refused instead of breaking the chain', () => {
		appendFive();
		vi.stubEnv('AUDIT_KEY', 'een-andere-sleutel-die-niet-past-0123456789');
		const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-audit-'));
		try {
			expect(() => startAuditCheckpoints(h.sqlite, join(dir, 'cp'))).toThrow(/not signed with this AUDIT_KEY/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('AUDIT_KEY in production', () => {
	it('a missing key refuses start-up', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-audit-'));
		try {
			closeDatabase();
			vi.stubEnv('NODE_ENV', 'production');
			vi.stubEnv('AUDIT_KEY', '');
			vi.stubEnv('DATABASE_PATH', join(dir, 'prod.db'));
			expect(() => getHandle()).toThrow(/AUDIT_KEY is not set/);
			vi.stubEnv('AUDIT_KEY', 'te-kort');
			expect(() => getHandle()).toThrow(/at least 32 bytes/);
			vi.stubEnv('AUDIT_KEY', DEV_AUDIT_KEY);
			expect(() => getHandle()).toThrow(/public dev key/);
			vi.stubEnv('AUDIT_KEY', 'a'.repeat(64));
			expect(getHandle().sqlite.open).toBe(true);
		} finally {
			closeDatabase();
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('outside production the public dev key stands in', () => {
		vi.stubEnv('AUDIT_KEY', '');
		expect(new TextDecoder().decode(auditKey())).toBe(DEV_AUDIT_KEY);
	});
});

describe('signed checkpoints outside the database', () => {
	let dir: string;
	let file: string;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'aan-tafel-audit-'));
		file = join(dir, 'audit.checkpoints');
		vi.stubEnv('AUDIT_CHECKPOINT_EVERY', '2');
	});

	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	function checkpoints(): { seq: number; reason: string }[] {
		return readFileSync(file, 'utf8')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as { seq: number; reason: string });
	}

	it('are written at start, every N rows and at stop, and match an intact log', () => {
		startAuditCheckpoints(h.sqlite, file);
		appendFive();
		stopAuditCheckpoints(h.sqlite);
		expect(checkpoints().map((c) => [c.seq, c.reason])).toEqual([
			[0, 'start'],
			[2, 'interval'],
			[4, 'interval'],
			[5, 'stop']
		]);
		expect(verifyAuditLog(h.sqlite, file)).toMatchObject({
			ok: true,
			checkpoints: { ok: true, checked: 4, coveredUntil: 5 }
		});
	});

	it('deleting the newest rows fails, though the rows left are signed correctly', () => {
		startAuditCheckpoints(h.sqlite, file);
		appendFive();
		stopAuditCheckpoints(h.sqlite);
		dropTriggers();
		h.sqlite.prepare('DELETE FROM audit_log WHERE seq >= 4').run();
		const report = verifyAuditLog(h.sqlite, file);
		expect(report.chain.ok).toBe(true);
		expect(report.ok).toBe(false);
		expect(report.checkpoints.reason).toMatch(/ends at row 3.*saw row 4.*newest rows were removed/);
	});

	it('rewriting a row that a checkpoint saw fails, even with the key', () => {
		startAuditCheckpoints(h.sqlite, file);
		appendFive();
		stopAuditCheckpoints(h.sqlite);
		dropTriggers();
		// Cut off the last rows and write new ones in their place, properly signed: only the checkpoint shows it.
		h.sqlite.prepare('DELETE FROM audit_log WHERE seq >= 4').run();
		audit({ actorId: 'moeder', actorName: 'Marieke', action: 'account.uitgelogd' }, new Date('2026-03-02T09:00:00Z'));
		audit({ actorId: 'moeder', actorName: 'Marieke', action: 'account.uitgelogd' }, new Date('2026-03-02T09:00:01Z'));
		const report = verifyAuditLog(h.sqlite, file);
		expect(report.chain.ok).toBe(true);
		expect(report.checkpoints.reason).toMatch(/row 4 differs from checkpoint line \d+.*rewritten/);
	});

	it('a changed, forged or missing checkpoint file fails', () => {
		startAuditCheckpoints(h.sqlite, file);
		appendFive();
		stopAuditCheckpoints(h.sqlite);
		const lines = readFileSync(file, 'utf8').trim().split('\n');
		writeFileSync(
			file,
			lines.map((l, i) => (i === lines.length - 1 ? l.replace('"seq":5', '"seq":3') : l)).join('\n') + '\n'
		);
		expect(verifyAuditLog(h.sqlite, file).checkpoints.reason).toMatch(/line 4 is not signed with this key/);
		rmSync(file);
		expect(verifyAuditLog(h.sqlite, file).checkpoints.reason).toMatch(/no checkpoint file/);
	});
});

describe('a log from before signing (one-time upgrade)', () => {
	/** Three rows as the app wrote them before signing: a plain SHA-256 chain. */
	function legacyRows(): void {
		let prev = GENESIS_HASH;
		for (let seq = 1; seq <= 3; seq++) {
			const row = {
				seq,
				at: `2026-01-0${seq}T10:00:00.000Z`,
				actor_id: 'prof',
				actor_name: 'Sanne de Wit',
				on_behalf_of: null,
				gezin_id: 'g1',
				record_type: 'gezin',
				record_id: 'g1',
				action: 'gezin.bekeken',
				detail: '',
				ip: '',
				prev_hash: prev
			};
			const hash = unsignedAuditHash(row);
			h.sqlite
				.prepare(
					`INSERT INTO audit_log (seq, at, actor_id, actor_name, on_behalf_of, gezin_id, record_type, record_id, action, detail, ip, prev_hash, hash)
					 VALUES (@seq, @at, @actor_id, @actor_name, @on_behalf_of, @gezin_id, @record_type, @record_id, @action, @detail, @ip, @prev_hash, @hash)`
				)
				.run({ ...row, hash });
			prev = hash;
		}
	}

	it('the first new row marks where signing began, and the old rows verify up to it', () => {
		legacyRows();
		expect(verifyAuditChain(h.sqlite).ok).toBe(false);
		audit({ actorId: 'moeder', actorName: 'Marieke', action: 'gezin.bekeken', gezinId: 'g1' });
		const all = rows();
		expect(all.map((r) => r.action)).toEqual([
			'gezin.bekeken',
			'gezin.bekeken',
			'gezin.bekeken',
			SIGNING_STARTED,
			'gezin.bekeken'
		]);
		expect(verifyAuditChain(h.sqlite)).toEqual({ ok: true, checked: 5, unsignedUntil: 3 });
	});

	it('an old row changed after the upgrade, with the plain hashes recomputed, fails at the marker', () => {
		legacyRows();
		audit({ actorId: 'moeder', actorName: 'Marieke', action: 'gezin.bekeken', gezinId: 'g1' });
		dropTriggers();
		h.sqlite.prepare("UPDATE audit_log SET actor_name = 'niemand' WHERE seq = 2").run();
		for (const row of rows().slice(1, 3)) {
			const prev = rows()[row.seq - 2]!.hash;
			h.sqlite
				.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?')
				.run(prev, unsignedAuditHash({ ...row, prev_hash: prev }), row.seq);
		}
		expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, brokenAt: 4 });
	});

	it('a second marker (someone trying to declare signed rows unsigned) fails', () => {
		legacyRows();
		audit({ actorId: 'moeder', action: 'gezin.bekeken', gezinId: 'g1' });
		audit({ actorId: null, action: SIGNING_STARTED });
		expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, reason: 'signing started more than once' });
	});
});
