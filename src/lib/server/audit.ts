import type Database from 'better-sqlite3';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { getHandle } from './db';
import type { AuditAction } from '../audit-actions';

/**
 * Audit log after NEN 7513: who (and on whose behalf), which gezin and record, which action,
 * when (UTC). Append-only (database triggers) and hash-chained, so a changed, removed or
 * reordered row breaks verification.
 */

export interface AuditEntry {
	actorId: string | null;
	actorName?: string;
	onBehalfOf?: string | null;
	gezinId?: string | null;
	recordType?: string;
	recordId?: string;
	action: AuditAction;
	detail?: string;
	ip?: string;
}

/** A row of audit_log as stored (column names). */
export interface AuditRow {
	seq: number;
	at: string;
	actor_id: string | null;
	actor_name: string;
	on_behalf_of: string | null;
	gezin_id: string | null;
	record_type: string;
	record_id: string;
	action: string;
	detail: string;
	ip: string;
	prev_hash: string;
	hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(row: Omit<AuditRow, 'hash'>): string {
	const canonical = JSON.stringify([
		row.seq,
		row.at,
		row.actor_id,
		row.actor_name,
		row.on_behalf_of,
		row.gezin_id,
		row.record_type,
		row.record_id,
		row.action,
		row.detail,
		row.ip,
		row.prev_hash
	]);
	return encodeHexLowerCase(sha256(new TextEncoder().encode(canonical)));
}

const statements = new WeakMap<Database.Database, (entry: AuditEntry, at: Date) => void>();

function appender(sqlite: Database.Database) {
	let append = statements.get(sqlite);
	if (append) return append;
	const last = sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
	const insert = sqlite.prepare(
		`INSERT INTO audit_log (seq, at, actor_id, actor_name, on_behalf_of, gezin_id, record_type, record_id, action, detail, ip, prev_hash, hash)
		 VALUES (@seq, @at, @actor_id, @actor_name, @on_behalf_of, @gezin_id, @record_type, @record_id, @action, @detail, @ip, @prev_hash, @hash)`
	);
	const tx = sqlite.transaction((entry: AuditEntry, at: Date) => {
		const previous = last.get() as { seq: number; hash: string } | undefined;
		const row = {
			seq: (previous?.seq ?? 0) + 1,
			at: at.toISOString(),
			actor_id: entry.actorId,
			actor_name: (entry.actorName ?? '').slice(0, 200),
			on_behalf_of: entry.onBehalfOf ?? null,
			gezin_id: entry.gezinId ?? null,
			record_type: entry.recordType ?? '',
			record_id: entry.recordId ?? '',
			action: entry.action,
			detail: (entry.detail ?? '').slice(0, 500),
			ip: entry.ip ?? '',
			prev_hash: previous?.hash ?? GENESIS_HASH
		};
		insert.run({ ...row, hash: auditHash(row) });
	});
	append = (entry, at) => tx.immediate(entry, at);
	statements.set(sqlite, append);
	return append;
}

export function audit(entry: AuditEntry, at = new Date()): void {
	appender(getHandle().sqlite)(entry, at);
}

export interface ChainReport {
	ok: boolean;
	checked: number;
	/** The first row whose hash or link does not match. */
	brokenAt?: number;
	reason?: string;
}

export function verifyAuditChain(sqlite: Database.Database): ChainReport {
	let prev = GENESIS_HASH;
	let expectedSeq = 1;
	let checked = 0;
	for (const row of sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
		if (row.seq !== expectedSeq) return { ok: false, checked, brokenAt: row.seq, reason: `row ${expectedSeq} is missing` };
		if (row.prev_hash !== prev) return { ok: false, checked, brokenAt: row.seq, reason: 'link to the previous row is broken' };
		if (auditHash(row) !== row.hash) return { ok: false, checked, brokenAt: row.seq, reason: 'row content does not match its hash' };
		prev = row.hash;
		expectedSeq += 1;
		checked += 1;
	}
	return { ok: true, checked };
}
