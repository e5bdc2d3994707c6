/**
 * `npm run beheerder -- <gebruikersnaam>`: the first beheerder of a fresh (production) database.
 * Creates the account (or adds the role) and prints a one-time link to set the password.
 */
import { eq } from 'drizzle-orm';
import { databasePath, openDatabase, useDatabase } from '../lib/server/db';
import { account, accountRole } from '../lib/server/db/schema';
import {
	createAccount,
	createPasswordLink,
	normalizeUsername,
	PasswordLinkRefused,
	USERNAME_PATTERN
} from '../lib/server/accounts';
import { audit, stopAuditCheckpoints } from '../lib/server/audit';

const username = normalizeUsername(process.argv[2] ?? '');
if (!USERNAME_PATTERN.test(username)) {
	console.error('Gebruik: npm run beheerder -- <gebruikersnaam>   (3 tot 40 kleine letters of cijfers; . - _ mag ook)');
	process.exit(1);
}

const handle = openDatabase(databasePath());
useDatabase(handle);
const { db } = handle;
function makeBeheerder() {
	return db.transaction(() => {
		const existing = db.select({ id: account.id }).from(account).where(eq(account.username, username)).get();
		const id = existing?.id ?? createAccount({ username, displayName: username, roles: ['beheerder'] });
		if (existing) db.insert(accountRole).values({ accountId: id, role: 'beheerder' }).onConflictDoNothing().run();
		return { id, link: createPasswordLink(id, null) };
	});
}

let made: ReturnType<typeof makeBeheerder>;
try {
	made = makeBeheerder();
} catch (error) {
	if (!(error instanceof PasswordLinkRefused)) throw error;
	// A family or network account never becomes a beheerder: its password is the family's business.
	console.error(`"${username}" is gezin of netwerk bij een gezin. Kies een andere gebruikersnaam voor de beheerder.`);
	stopAuditCheckpoints(handle.sqlite);
	handle.sqlite.close();
	process.exit(1);
}
const { id, link } = made;
audit({
	actorId: null,
	actorName: 'npm run beheerder',
	action: 'account.aangemaakt',
	recordType: 'account',
	recordId: id,
	detail: `${username} (beheerder)`
});
stopAuditCheckpoints(handle.sqlite);
handle.sqlite.close();

const origin = process.env.ORIGIN || `http://localhost:${process.env.PORT || '3000'}`;
console.log(`Beheerder "${username}" staat klaar in ${databasePath()}.`);
console.log(`Kies het wachtwoord via deze link (één keer te gebruiken, tot ${link.expiresAt.toISOString()}):`);
console.log(`${origin}/wachtwoord/${link.token}`);
