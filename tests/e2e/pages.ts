import { ids, type DemoUser } from './fixtures';

/** Every page of the app, with the account that sees it normally: for axe and header checks. */
export function everyPage(): Array<[DemoUser | null, string]> {
	const g = ids().deBoer;
	return [
		[null, '/'],
		[null, '/inloggen'],
		[null, '/basis'],
		[null, '/taal'],
		[null, '/uitnodiging/bestaat-niet'],
		[null, '/wachtwoord/bestaat-niet'],
		['ouder', `/gezinnen/${g}`],
		['ouder', `/gezinnen/${g}/toegang`],
		['ouder', `/gezinnen/${g}/bekeken`],
		['ouder', '/account'],
		['ouder', `/gezinnen/${g}/groeiplan`],
		['ouder', `/gezinnen/${g}/groeiplan/geschiedenis`],
		['ouder', `/gezinnen/${g}/groeiplan/ons-plan`],
		['ouder', '/afspraken'],
		['oma', `/gezinnen/${g}/groeiplan`],
		['oma', '/afspraken'],
		['wijkteam', `/gezinnen/${g}/groeiplan`],
		['ouder', `/gezinnen/${g}/tijdlijn`],
		['ouder', `/gezinnen/${g}/tijdlijn?lijst=per-baan`],
		['ouder', `/gezinnen/${g}/tijdlijn/${ids().tijdlijn.iedereen}`],
		['ouder', `/gezinnen/${g}/tijdlijn/${ids().tijdlijn.iedereen}?bewerk=1`],
		['ouder', `/gezinnen/${g}/tijdlijn/vertel`],
		['ouder', `/gezinnen/${g}/tijdlijn/afdrukken`],
		['ouder', `/gezinnen/${g}/tijdlijn/afdrukken?formaat=a3`],
		['ouder', `/gezinnen/${g}/tijdlijn/afdrukken?formaat=lijst`],
		['oma', `/gezinnen/${g}/tijdlijn`],
		['wijkteam', `/gezinnen/${g}/tijdlijn`],
		['wijkteam', `/gezinnen/${g}/tijdlijn/vertel`],
		['ouder', `/gezinnen/${g}/mensen`],
		['oma', `/gezinnen/${g}/mensen`],
		['ouder', '/uitloggen'],
		['oma', `/gezinnen/${g}`],
		['wijkteam', '/gezinnen'],
		['wijkteam', `/gezinnen/${g}/toegang`],
		['jeugdbeschermer', '/gezinnen'],
		['trainer', '/'],
		['beheerder', '/beheer'],
		['beheerder', '/beheer/organisaties'],
		['beheerder', '/beheer/accounts']
	];
}
