import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '$lib/server/db';
import { closeDatabase } from '$lib/server/db';
import { audit, auditHash, GENESIS_HASH, verifyAuditChain, type AuditRow } from '$lib/server/audit';
import { freshDatabase } from './helpers';

let h: DatabaseHandle;

beforeEach(() => {
	h = freshDatabase();
});

afterEach(() => closeDatabase());

type Row = AuditRow;

function rows(): Row[] {
	return h.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[];
}

/** Five entries, as a morning at the kitchen table would produce. */
function appendFive(): void {
	const start = Date.parse('2026-03-02T08:00:00Z');
	audit({ actorId: 'prof', actorName: 'Sanne de Wit', action: 'gezin.aangemaakt', gezinId: 'g1', recordType: 'gezin', recordId: 'g1' }, new Date(start));
	audit({ actorId: 'prof', actorName: 'Sanne de Wit', action: 'toegang.uitgenodigd', gezinId: 'g1', detail: 'gezin', ip: '10.0.0.1' }, new Date(start + 1000));
	audit({ actorId: 'moeder', actorName: 'Marieke', action: 'toegang.uitnodiging-geaccepteerd', gezinId: 'g1', detail: 'actief' }, new Date(start + 2000));
	audit({ actorId: 'moeder', actorName: 'Marieke', action: 'gezin.bekeken', gezinId: 'g1', onBehalfOf: null }, new Date(start + 3000));
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
	h.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_only_append;');
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
		expect(() => h.sqlite.prepare("UPDATE audit_log SET detail = 'niets gebeurd' WHERE seq = 3").run()).toThrow(/append-only/);
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

	it.each(['actor_id', 'actor_name', 'gezin_id', 'action', 'at', 'ip', 'record_id'])('a changed %s breaks verification at that row', (column) => {
		appendFive();
		dropTriggers();
		h.sqlite.prepare(`UPDATE audit_log SET ${column} = 'vervalst' WHERE seq = 2`).run();
		expect(verifyAuditChain(h.sqlite)).toMatchObject({ ok: false, brokenAt: 2 });
	});

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
