import { and, eq, ne } from 'drizzle-orm';
import { getDb } from './db';
import { account, membership } from './db/schema';
import { audit, type AuditEntry } from './audit';

/**
 * A password reset (a link made, a password set through it) is written to the general log and
 * to the log of every gezin the account belongs to, so each family sees it on "Wie heeft ons plan
 * bekeken". The detail names whose password it was, with their relation to that gezin.
 */
export function auditPasswordReset(
	entry: Omit<AuditEntry, 'gezinId' | 'recordType' | 'recordId' | 'detail'> & {
		action: 'account.wachtwoordlink-gemaakt' | 'account.wachtwoord-gezet';
	},
	accountId: string
): void {
	const base = { ...entry, recordType: 'account', recordId: accountId };
	audit(base);
	const rows = getDb()
		.select({ gezinId: membership.gezinId, relatie: membership.relatie, displayName: account.displayName })
		.from(membership)
		.innerJoin(account, eq(account.id, membership.accountId))
		.where(and(eq(membership.accountId, accountId), ne(membership.status, 'beeindigd')))
		.all();
	for (const row of rows) audit({ ...base, gezinId: row.gezinId, detail: `${row.displayName} (${row.relatie})` });
}
