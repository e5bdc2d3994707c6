import { and, eq, ne } from 'drizzle-orm';
import { getDb } from './db';
import { account, membership } from './db/schema';

/**
 * Display names are free text, so nobody may take the name of someone else at the same table:
 * "Karin Janssen" and " karin  JANSSEN" are the same name here.
 */
export function nameKey(name: string): string {
	return name
		.normalize('NFKC')
		.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
		.toLocaleLowerCase('nl');
}

/** Whether another current (waiting or active) member of this gezin goes by this name. */
export function nameTakenInGezin(gezinId: string, name: string, exceptAccountId: string | null): boolean {
	const key = nameKey(name);
	return getDb()
		.select({ accountId: membership.accountId, displayName: account.displayName })
		.from(membership)
		.innerJoin(account, eq(account.id, membership.accountId))
		.where(and(eq(membership.gezinId, gezinId), ne(membership.status, 'beeindigd')))
		.all()
		.some((m) => m.accountId !== exceptAccountId && nameKey(m.displayName) === key);
}

/** Whether a new name for this account would equal another member's in any of its gezinnen. */
export function nameTakenForAccount(accountId: string, name: string): boolean {
	return getDb()
		.select({ gezinId: membership.gezinId })
		.from(membership)
		.where(and(eq(membership.accountId, accountId), ne(membership.status, 'beeindigd')))
		.all()
		.some((m) => nameTakenInGezin(m.gezinId, name, accountId));
}
