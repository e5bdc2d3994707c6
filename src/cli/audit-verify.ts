/**
 * `npm run audit:verify [database] [checkpoints]`: checks that every row of the audit log is
 * there, in order and signed with AUDIT_KEY, and that the signed checkpoints (default
 * AUDIT_CHECKPOINT_PATH, else next to the database) still match it. Exit code 1 when anything is
 * off, with the reason.
 */
import { databasePath, openDatabase } from '../lib/server/db';
import { verifyAuditLog } from '../lib/server/audit';
import { auditCheckpointPath, auditKey } from '../lib/server/config';

const path = process.argv[2] || databasePath();
const checkpoints = process.argv[3] || auditCheckpointPath(path);
let key: Uint8Array;
try {
	key = auditKey();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
const keyName = process.env.AUDIT_KEY ? 'AUDIT_KEY' : 'the public dev key (AUDIT_KEY is not set)';
const handle = openDatabase(path, { migrate: false });
const report = verifyAuditLog(handle.sqlite, checkpoints, key);
handle.sqlite.close();

const { chain, checkpoints: cp } = report;
if (!chain.ok) {
	console.error(
		`Audit log in ${path} is BROKEN at row ${chain.brokenAt}: ${chain.reason} (${chain.checked} rows were fine before it; checked with ${keyName}).`
	);
	process.exit(1);
}
if (!cp.ok) {
	console.error(
		`Audit log in ${path} is BROKEN: ${cp.reason} (${chain.checked} rows are signed correctly; checkpoints in ${checkpoints}).`
	);
	process.exit(1);
}
console.log(
	`Audit log in ${path} is intact: ${chain.checked} rows checked with ${keyName}, ${cp.checked} checkpoints in ${checkpoints} match.`
);
if (chain.unsignedUntil)
	console.log(
		`Rows 1 to ${chain.unsignedUntil} were written before signing began: they cannot have changed since then, but before that only a plain hash chain guarded them.`
	);
const uncovered = chain.checked - cp.coveredUntil;
if (uncovered > 0)
	console.log(`The newest ${uncovered} rows come after the last checkpoint; the next checkpoint will cover them.`);
