import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { hmac } from '@oslojs/crypto/hmac';
import { SHA256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

/**
 * Signed checkpoints of the audit log, one JSON line each, appended to a file outside the
 * database: "at this moment the log reached row `seq`, whose hash was `hash`". The verifier
 * compares them with the database, so cutting off the newest rows or putting back an older copy
 * shows. Written at start, after every N rows and at stop. The file only helps when whoever can
 * change the database cannot also change it: put it on other storage (or make it append-only,
 * e.g. `chattr +a`, or ship the lines to a log server) in production.
 */

export type CheckpointReason = 'start' | 'interval' | 'stop';

export interface Checkpoint {
	seq: number;
	hash: string;
	at: string;
	reason: CheckpointReason;
	/** HMAC-SHA256 with the audit key over the other fields. */
	mac: string;
}

export function checkpointMac(key: Uint8Array, c: Omit<Checkpoint, 'mac'>): string {
	const message = JSON.stringify(['aan-tafel audit checkpoint', c.seq, c.hash, c.at, c.reason]);
	return encodeHexLowerCase(hmac(SHA256, key, new TextEncoder().encode(message)));
}

/** Appends one signed checkpoint line and flushes it to disk. */
export function writeCheckpoint(
	path: string,
	key: Uint8Array,
	head: { seq: number; hash: string; reason: CheckpointReason },
	at = new Date()
): void {
	const fields = { seq: head.seq, hash: head.hash, at: at.toISOString(), reason: head.reason };
	const line = JSON.stringify({ ...fields, mac: checkpointMac(key, fields) }) + '\n';
	mkdirSync(dirname(resolve(path)), { recursive: true });
	const fd = openSync(path, 'a');
	try {
		writeSync(fd, line);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

export type CheckpointLine = { line: number; checkpoint: Checkpoint } | { line: number; error: string };

/** The lines of a checkpoint file (null when there is no file); each either read or with what is wrong. */
export function readCheckpoints(path: string, key: Uint8Array): CheckpointLine[] | null {
	if (!existsSync(path)) return null;
	const lines: CheckpointLine[] = [];
	readFileSync(path, 'utf8')
		.split('\n')
		.forEach((raw, index) => {
			if (raw.trim() === '') return;
			const line = index + 1;
			let parsed: Partial<Checkpoint>;
			try {
				parsed = JSON.parse(raw) as Partial<Checkpoint>;
			} catch {
				lines.push({ line, error: 'cannot be read' });
				return;
			}
			const { seq, hash, at, reason, mac } = parsed;
			if (
				!Number.isInteger(seq) ||
				typeof hash !== 'string' ||
				typeof at !== 'string' ||
				typeof reason !== 'string' ||
				typeof mac !== 'string'
			) {
				lines.push({ line, error: 'is incomplete' });
				return;
			}
			const checkpoint = { seq: seq!, hash, at, reason: reason as CheckpointReason, mac };
			if (checkpointMac(key, checkpoint) !== mac)
				lines.push({ line, error: 'is not signed with this key (changed or forged)' });
			else lines.push({ line, checkpoint });
		});
	return lines;
}

export interface CheckpointReport {
	ok: boolean;
	/** How many checkpoint lines matched the database. */
	checked: number;
	reason?: string;
	/** The highest row a checkpoint vouches for; rows after it could still be cut off unseen. */
	coveredUntil: number;
}

/**
 * Compares checkpoints with the log: every checkpoint's row must still be there with the same
 * hash. `newestSeq` is the last row in the database; `hashAt` looks up a row's hash.
 */
export function compareCheckpoints(
	lines: CheckpointLine[] | null,
	path: string,
	newestSeq: number,
	hashAt: (seq: number) => string | undefined
): CheckpointReport {
	if (lines === null || lines.length === 0) {
		if (newestSeq === 0) return { ok: true, checked: 0, coveredUntil: 0 };
		const what = lines === null ? `there is no checkpoint file at ${path}` : `the checkpoint file ${path} is empty`;
		return {
			ok: false,
			checked: 0,
			coveredUntil: 0,
			reason: `${what}, so it cannot be shown that no rows were cut off`
		};
	}
	let checked = 0;
	let coveredUntil = 0;
	for (const entry of lines) {
		if ('error' in entry)
			return { ok: false, checked, coveredUntil, reason: `checkpoint line ${entry.line} ${entry.error}` };
		const { seq, hash, at } = entry.checkpoint;
		if (seq > newestSeq) {
			return {
				ok: false,
				checked,
				coveredUntil,
				reason: `the log ends at row ${newestSeq}, but checkpoint line ${entry.line} (${at}) saw row ${seq}: the newest rows were removed`
			};
		}
		const actual = seq === 0 ? '0'.repeat(64) : hashAt(seq);
		if (actual !== hash)
			return {
				ok: false,
				checked,
				coveredUntil,
				reason: `row ${seq} differs from checkpoint line ${entry.line} (${at}): the log was rewritten`
			};
		checked += 1;
		coveredUntil = Math.max(coveredUntil, seq);
	}
	return { ok: true, checked, coveredUntil };
}
