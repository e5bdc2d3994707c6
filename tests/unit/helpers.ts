import { closeDatabase, openDatabase, useDatabase, type DatabaseHandle } from '$lib/server/db';
import { createAccount } from '$lib/server/accounts';
import type { GlobalRole } from '$lib/server/db/schema';

/** A fresh, fully migrated in-memory database that the app code (getDb) will use. */
export function freshDatabase(): DatabaseHandle {
	closeDatabase();
	const handle = openDatabase(':memory:');
	useDatabase(handle);
	return handle;
}

let counter = 0;

/** An account with a unique username; roles make it a professional (or beheerder, …). */
export function makeAccount(name: string, roles: GlobalRole[] = [], email?: string): string {
	counter += 1;
	return createAccount({ username: `${name}-${counter}`, displayName: name, email: email ?? null, roles });
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
