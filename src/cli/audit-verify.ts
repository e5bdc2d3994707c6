/** `npm run audit:verify`: checks the hash chain of the audit log. Exit code 1 when it is broken. */
import { databasePath, openDatabase } from '../lib/server/db';
import { verifyAuditChain } from '../lib/server/audit';

const path = process.argv[2] || databasePath();
const handle = openDatabase(path, { migrate: false });
const report = verifyAuditChain(handle.sqlite);
handle.sqlite.close();
if (report.ok) {
	console.log(`Audit log in ${path} is intact: ${report.checked} rows checked.`);
} else {
	console.error(`Audit log in ${path} is BROKEN at row ${report.brokenAt}: ${report.reason} (${report.checked} rows were fine before it).`);
	process.exit(1);
}
