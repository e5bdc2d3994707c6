import type Database from 'better-sqlite3';
import { hmac } from '@oslojs/crypto/hmac';
import { SHA256, sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { getHandle } from './db';
import { auditCheckpointEvery, auditKey } from './config';
import { compareCheckpoints, readCheckpoints, writeCheckpoint, type CheckpointReport } from './audit-checkpoint';
import type { AuditAction } from '../audit-actions';

/**
 * Audit log after NEN 7513: who (and on whose behalf), which gezin and record, which action,
 * when (UTC). Append-only (database triggers) and signed: `hash` is an HMAC-SHA256, with the
 * secret AUDIT_KEY that the database never holds, over the previous row's hash and this row's
 * fields. Whoever can write the database file still cannot change, remove or reorder a row and
 * sign the chain again. Signed checkpoints in a file outside the database (audit-checkpoint.ts)
 * show when the newest rows were cut off.
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

/**
 * The row that marks where signing began in a log that was started before it (the one-time
 * upgrade of an existing database): rows before it carry a plain SHA-256 chain, it and every
 * row after it are signed. Its own signature covers the last plain hash, so the older rows
 * cannot be changed afterwards either.
 */
export const SIGNING_STARTED: AuditAction = 'audit.ondertekening-gestart';

function canonical(row: Omit<AuditRow, 'hash'>): Uint8Array {
	return new TextEncoder().encode(
		JSON.stringify([
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
		])
	);
}

/** The signature of a row: HMAC-SHA256 with the audit key over its fields and the previous hash. */
export function auditHash(row: Omit<AuditRow, 'hash'>, key: Uint8Array = auditKey()): string {
	return encodeHexLowerCase(hmac(SHA256, key, canonical(row)));
}

/** The plain SHA-256 of rows written before the log was signed. */
export function unsignedAuditHash(row: Omit<AuditRow, 'hash'>): string {
	return encodeHexLowerCase(sha256(canonical(row)));
}

interface Head {
	seq: number;
	hash: string;
}

/** Per connection: where its checkpoints go and the newest row it knows (for the stop checkpoint). */
interface CheckpointSink {
	path: string;
	every: number;
	key: Uint8Array;
	head: Head;
}

const sinks = new Map<Database.Database, CheckpointSink>();
const statements = new WeakMap<Database.Database, (entry: AuditEntry, at: Date) => Head>();

function readHead(sqlite: Database.Database): Head {
	return (
		(sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Head | undefined) ?? {
			seq: 0,
			hash: GENESIS_HASH
		}
	);
}

function appender(sqlite: Database.Database) {
	let append = statements.get(sqlite);
	if (append) return append;
	const key = auditKey();
	const last = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1');
	const insert = sqlite.prepare(
		`INSERT INTO audit_log (seq, at, actor_id, actor_name, on_behalf_of, gezin_id, record_type, record_id, action, detail, ip, prev_hash, hash)
		 VALUES (@seq, @at, @actor_id, @actor_name, @on_behalf_of, @gezin_id, @record_type, @record_id, @action, @detail, @ip, @prev_hash, @hash)`
	);
	const write = (entry: AuditEntry, at: Date, previous: Head | undefined): Head => {
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
		const hash = auditHash(row, key);
		insert.run({ ...row, hash });
		return { seq: row.seq, hash };
	};
	// The newest row is checked once per connection; after that this connection wrote it.
	let headChecked = false;
	const tx = sqlite.transaction((entry: AuditEntry, at: Date): Head => {
		const previous = last.get() as AuditRow | undefined;
		const check = !headChecked;
		headChecked = true;
		if (check && previous && auditHash(previous, key) !== previous.hash) {
			// An unsigned log from before signing: mark the boundary once, then sign from there.
			if (unsignedAuditHash(previous) !== previous.hash) throw new Error(keyMismatch(previous.seq));
			const marker = write(
				{
					actorId: null,
					actorName: 'Aan tafel',
					action: SIGNING_STARTED,
					detail: `rij 1 tot ${previous.seq} zonder handtekening`
				},
				at,
				previous
			);
			return write(entry, at, marker);
		}
		return write(entry, at, previous);
	});
	append = (entry, at) => {
		const head = tx.immediate(entry, at);
		const sink = sinks.get(sqlite);
		if (sink) {
			const crossed = Math.floor(head.seq / sink.every) > Math.floor(sink.head.seq / sink.every);
			sink.head = head;
			if (crossed) checkpointQuietly(sink, 'interval');
		}
		return head;
	};
	statements.set(sqlite, append);
	return append;
}

function keyMismatch(seq: number): string {
	return `The newest audit row (${seq}) is not signed with this AUDIT_KEY: the key differs from the one the log was signed with, or the row was changed. Run npm run audit:verify.`;
}

export function audit(entry: AuditEntry, at = new Date()): void {
	appender(getHandle().sqlite)(entry, at);
}

function checkpointQuietly(sink: CheckpointSink, reason: 'interval' | 'stop'): void {
	try {
		writeCheckpoint(sink.path, sink.key, { ...sink.head, reason });
	} catch (error) {
		// The row itself is safe in the database; a missed checkpoint only weakens the check on cutting.
		console.error('Could not write an audit checkpoint:', error);
	}
}

let exitHookInstalled = false;

/**
 * Start signing for this connection: refuses a key that does not match the newest row (so a wrong
 * AUDIT_KEY stops start-up instead of breaking the chain), writes a start checkpoint to `path`,
 * and one after every N rows and when the process stops. A write error at start is thrown.
 */
export function startAuditCheckpoints(sqlite: Database.Database, path: string): void {
	const key = auditKey();
	const head = readHead(sqlite);
	if (head.seq > 0) {
		const row = sqlite.prepare('SELECT * FROM audit_log WHERE seq = ?').get(head.seq) as AuditRow;
		if (auditHash(row, key) !== row.hash && unsignedAuditHash(row) !== row.hash) throw new Error(keyMismatch(row.seq));
	}
	const sink: CheckpointSink = { path, every: auditCheckpointEvery(), key, head };
	writeCheckpoint(path, key, { ...head, reason: 'start' });
	sinks.set(sqlite, sink);
	if (!exitHookInstalled) {
		exitHookInstalled = true;
		process.once('exit', () => {
			for (const open of sinks.values()) checkpointQuietly(open, 'stop');
		});
	}
}

/** Writes the stop checkpoint now (before closing the connection) and stops checkpointing it. */
export function stopAuditCheckpoints(sqlite: Database.Database): void {
	const sink = sinks.get(sqlite);
	if (!sink) return;
	sinks.delete(sqlite);
	checkpointQuietly(sink, 'stop');
}

export interface ChainReport {
	ok: boolean;
	checked: number;
	/** The first row whose hash or link does not match. */
	brokenAt?: number;
	reason?: string;
	/** Rows 1 to this one were written before signing began (plain SHA-256, anchored by the signed marker). */
	unsignedUntil?: number;
}

/** Checks every row: numbered without gaps, linked to the row before it, and signed with `key`. */
export function verifyAuditChain(sqlite: Database.Database, key: Uint8Array = auditKey()): ChainReport {
	const markers = sqlite
		.prepare('SELECT seq FROM audit_log WHERE action = ? ORDER BY seq LIMIT 2')
		.all(SIGNING_STARTED) as { seq: number }[];
	if (markers.length > 1)
		return { ok: false, checked: 0, brokenAt: markers[1]!.seq, reason: 'signing started more than once' };
	const signedFrom = markers[0]?.seq ?? 1;
	let prev = GENESIS_HASH;
	let expectedSeq = 1;
	let checked = 0;
	for (const row of sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
		if (row.seq !== expectedSeq)
			return { ok: false, checked, brokenAt: row.seq, reason: `row ${expectedSeq} is missing` };
		if (row.prev_hash !== prev)
			return { ok: false, checked, brokenAt: row.seq, reason: 'link to the previous row is broken' };
		const expected = row.seq < signedFrom ? unsignedAuditHash(row) : auditHash(row, key);
		if (expected !== row.hash) {
			const reason =
				row.seq < signedFrom
					? 'row content does not match its hash'
					: 'row content does not match its signature (changed, or signed with another key)';
			return { ok: false, checked, brokenAt: row.seq, reason };
		}
		prev = row.hash;
		expectedSeq += 1;
		checked += 1;
	}
	return signedFrom > 1 ? { ok: true, checked, unsignedUntil: signedFrom - 1 } : { ok: true, checked };
}

export interface AuditLogReport {
	ok: boolean;
	chain: ChainReport;
	checkpoints: CheckpointReport;
}

/** The whole check of `npm run audit:verify`: the signed chain, and the checkpoints in `checkpointPath`. */
export function verifyAuditLog(
	sqlite: Database.Database,
	checkpointPath: string,
	key: Uint8Array = auditKey()
): AuditLogReport {
	const chain = verifyAuditChain(sqlite, key);
	const byseq = sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
	const checkpoints = compareCheckpoints(
		readCheckpoints(checkpointPath, key),
		checkpointPath,
		readHead(sqlite).seq,
		(seq) => byseq.get(seq) as string | undefined
	);
	return { ok: chain.ok && checkpoints.ok, chain, checkpoints };
}
