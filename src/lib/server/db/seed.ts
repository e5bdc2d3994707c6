import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from './index';
import { useDatabase } from './index';
import { account, membership } from './schema';
import { createAccount } from '../accounts';
import { createOrganisatie } from '../organisaties';
import { createGezin } from '../gezinnen';
import { hashPassword } from '../auth/password';
import { audit } from '../audit';
import { newId } from '../ids';
import { isDemoAllowed } from '../config';
import { groeiplanOf } from '../groeiplan/items';
import { seedDemoGroeiplan } from './seed-groeiplan';
import { seedDemoTijdlijn, type DemoTijdlijnIds } from './seed-tijdlijn';
import { seedDemoMensen } from './seed-mensen';
import { seedDemoGesprekken } from './seed-gesprekken';

export const DEMO_PASSWORD = 'demo-aan-tafel';

export const demoLogins = [
	{ username: 'ouder', wie: 'Sanne de Boer, moeder in gezin "Familie De Boer"' },
	{ username: 'jongere', wie: 'Daan de Boer, jongere in gezin "Familie De Boer"' },
	{ username: 'oma', wie: 'Ria de Boer, oma (netwerk) bij De Boer' },
	{ username: 'wijkteam', wie: 'Karin Janssen, gezinscoach wijkteam; heeft De Boer aangemaakt' },
	{
		username: 'jeugdbeschermer',
		wie: 'Mark Visser, jeugdbeschermer; uitgenodigd bij De Boer, wacht op ja van het gezin'
	},
	{
		username: 'collega',
		wie: 'Ayse Kaya, professional van een andere organisatie; eigen gezin "Familie Yilmaz", geen toegang tot De Boer'
	},
	{ username: 'trainer', wie: 'Trainer leerbijeenkomsten' },
	{ username: 'voorzitter', wie: 'Voorzitter dialoogtafels' },
	{ username: 'beheerder', wie: 'Beheerder: organisaties en accounts' }
] as const;

export interface DemoIds {
	deBoer: string;
	yilmaz: string;
	tijdlijn: DemoTijdlijnIds;
	/** De Boer's planned gesprek (er komt iemand bij). */
	gesprek: string;
	/** De Boer's vastgesteld afstemmingsgesprek, two weeks ago, with its verslag and reactions. */
	gesprekVastgesteld: string;
	/** Sanne's (the mother's) membership of De Boer. */
	sanneLid: string;
	accounts: Record<(typeof demoLogins)[number]['username'], string>;
}

/**
 * Fills an empty, migrated database with the demo world. Never in production.
 * Later issues extend this demo.
 */
export async function seedDemo(handle: DatabaseHandle): Promise<DemoIds> {
	if (!isDemoAllowed()) throw new Error('Demo data is never created when NODE_ENV=production.');
	useDatabase(handle);
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const { db } = handle;

	return db.transaction(() => {
		const wijkteamOrg = createOrganisatie('Wijkteam Zwolle-Zuid', 'wijkteam');
		const jbOrg = createOrganisatie('Jeugdbescherming Overijssel', 'jeugdbescherming');
		const zorgOrg = createOrganisatie('Zorgaanbieder De Horizon', 'zorgaanbieder');
		const leerOrg = createOrganisatie('Werkplaats Jeugd Oost', 'overig');
		createOrganisatie('Basisschool De Regenboog', 'school');
		createOrganisatie('Gemeente Zwolle', 'gemeente');

		const make = (
			username: string,
			displayName: string,
			roles: Parameters<typeof createAccount>[0]['roles'] = [],
			organisatieId: string | null = null,
			email: string | null = null
		) => createAccount({ username, displayName, passwordHash, roles, organisatieId, email });

		const accounts = {
			ouder: make('ouder', 'Sanne de Boer', [], null, 'sanne.deboer@example.nl'),
			jongere: make('jongere', 'Daan de Boer'),
			oma: make('oma', 'Ria de Boer'),
			wijkteam: make('wijkteam', 'Karin Janssen', ['professional'], wijkteamOrg, 'k.janssen@wijkteam.example.nl'),
			jeugdbeschermer: make('jeugdbeschermer', 'Mark Visser', ['professional'], jbOrg),
			collega: make('collega', 'Ayse Kaya', ['professional'], zorgOrg),
			trainer: make('trainer', 'Tom Bakker', ['trainer'], leerOrg),
			voorzitter: make('voorzitter', 'Els Mulder', ['voorzitter', 'onderzoeker'], leerOrg),
			beheerder: make('beheerder', 'Beheer Aan tafel', ['beheerder'])
		};

		const deBoer = createGezin('Familie De Boer', accounts.wijkteam, 'gezinscoach wijkteam');
		const yilmaz = createGezin('Familie Yilmaz', accounts.collega, 'ambulant hulpverlener');
		const now = Date.now();
		const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000);
		const member = (
			gezinId: string,
			accountId: string,
			role: 'gezin' | 'netwerk' | 'professional',
			relatie: string,
			status: 'actief' | 'wacht',
			invitedBy: string,
			approvedBy: string | null,
			daysAgo: number,
			gezinsrol: 'ouder' | 'jeugdige' | null = null
		) => {
			const id = newId();
			db.insert(membership)
				.values({
					id,
					gezinId,
					accountId,
					role,
					gezinsrol,
					relatie,
					status,
					invitedBy,
					approvedBy,
					createdAt: at(daysAgo),
					approvedAt: approvedBy ? at(daysAgo) : null
				})
				.run();
			return id;
		};

		const sanneLid = member(
			deBoer,
			accounts.ouder,
			'gezin',
			'moeder',
			'actief',
			accounts.wijkteam,
			accounts.wijkteam,
			30,
			'ouder'
		);
		member(deBoer, accounts.jongere, 'gezin', 'zoon', 'actief', accounts.ouder, accounts.ouder, 28, 'jeugdige');
		member(deBoer, accounts.oma, 'netwerk', 'oma', 'actief', accounts.ouder, accounts.ouder, 21);
		member(deBoer, accounts.jeugdbeschermer, 'professional', 'jeugdbeschermer', 'wacht', accounts.wijkteam, null, 1);

		const who = (id: string) =>
			db.select({ name: account.displayName }).from(account).where(eq(account.id, id)).get()?.name ?? '';
		const log = (
			actor: string,
			gezinId: string | null,
			action: Parameters<typeof audit>[0]['action'],
			daysAgo: number,
			detail = ''
		) =>
			audit(
				{
					actorId: actor,
					actorName: who(actor),
					gezinId,
					action,
					recordType: 'gezin',
					recordId: gezinId ?? '',
					detail,
					ip: ''
				},
				at(daysAgo)
			);
		log(accounts.wijkteam, deBoer, 'gezin.aangemaakt', 30);
		log(accounts.wijkteam, deBoer, 'toegang.uitgenodigd', 30, 'ouder: moeder');
		log(accounts.ouder, deBoer, 'toegang.uitnodiging-geaccepteerd', 30, 'actief');
		log(accounts.ouder, deBoer, 'toegang.uitgenodigd', 28, 'jeugdige: zoon');
		log(accounts.ouder, deBoer, 'toegang.uitgenodigd', 21, 'netwerk: oma');
		log(accounts.oma, deBoer, 'toegang.uitnodiging-geaccepteerd', 21, 'actief');
		log(accounts.oma, deBoer, 'gezin.bekeken', 20, 'overzicht');
		log(accounts.wijkteam, deBoer, 'gezin.bekeken', 7, 'overzicht');
		log(accounts.wijkteam, deBoer, 'toegang.uitgenodigd', 2, 'professional: jeugdbeschermer');
		log(accounts.jeugdbeschermer, deBoer, 'toegang.uitnodiging-geaccepteerd', 1, 'wacht');
		log(accounts.collega, yilmaz, 'gezin.aangemaakt', 14);
		seedDemoGroeiplan(groeiplanOf(deBoer)!.id, accounts, new Date(now));
		const tijdlijn = seedDemoTijdlijn(deBoer, accounts, new Date(now));
		seedDemoMensen(deBoer, accounts, new Date(now));
		const { gesprek, gesprekVastgesteld } = seedDemoGesprekken(deBoer, accounts, new Date(now));

		return { deBoer, yilmaz, tijdlijn, gesprek, gesprekVastgesteld, sanneLid, accounts };
	});
}
