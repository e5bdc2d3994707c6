/**
 * The authorization matrix: every route × method (GET for pages, POST for every form action)
 * × every demo account (and anonymous) → the answer the server must give.
 *
 * Rules (issue): access to a gezin comes only from an active membership; the family keeps regie
 * (only family approves access and sees who looked); to anyone else a gezin answers 404, exactly
 * as a gezin that does not exist. Form posts that would change data are sent with an empty body
 * (or a made-up id): an allowed actor then gets 400 (or a 404 from the action's own lookup, on
 * the page itself), a disallowed one 403/404/login — access shows without changing anything.
 */
import { randomBytes } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { test, expect, apiAs, ids, demoUsers, testIp, type DemoUser } from './fixtures';
import { listRoutes } from './routes';

test.describe.configure({ mode: 'parallel' });

const actors = ['anoniem', ...demoUsers] as const;
type Actor = (typeof actors)[number];

/**
 * What the server answers, as the test sees it:
 * - `ok`: 200
 * - `login`: 303 to /inloggen?terug=<exactly this path and query>
 * - `notfound`: 404 with the generic "bestaat niet, of je mag hem niet zien" error page
 * - `missing`: 404 from a form action's own lookup, on the page itself (so access was granted)
 * - `forbidden`: 403
 * - `invalid`: 400 (form validation: access was granted)
 * - `unauthorized`: 401
 * - `gone`: 410
 * - `conflict`: 409 (access was granted; the gesprek is past the phase for this step)
 * - `→/path`: 303 to exactly /path; `{deBoer}`/`{yilmaz}` stand for the seeded gezin ids
 */
type Outcome =
	| 'ok'
	| 'login'
	| 'notfound'
	| 'missing'
	| 'forbidden'
	| 'invalid'
	| 'unauthorized'
	| 'gone'
	| 'conflict'
	| `→/${string}`;

/** Values for the dynamic route parameters. */
type GezinParam = 'deBoer' | 'yilmaz' | 'onbekend';
interface Params {
	gezin?: GezinParam;
	token?: 'bogus';
	/** A seeded tijdlijn event of De Boer (by its visibility), or a made-up id. */
	gebeurtenis?: 'iedereen' | 'gezinEnProfessionals' | 'bogus';
	/** De Boer's planned gesprek (oma is not invited), its vastgesteld one (oma invited), or a made-up id. */
	gesprek?: 'demo' | 'vastgesteld' | 'bogus';
}

interface Row {
	route: string;
	method: 'GET' | 'POST';
	/** Form action for POST rows: a name, or 'default' for the plain POST. */
	action?: string;
	params?: Params;
	/**
	 * Form fields; empty unless a made-up id makes the check sharper. `{account:<demo user>}` and
	 * `{sanneLid}` stand for seeded ids (read when the row is sent).
	 */
	body?: Record<string, string>;
	/** Why this body, shown in failure messages. */
	note?: string;
	expect: Record<Actor, Outcome>;
	/**
	 * Actors this row is sent for (default: all). The expectation is still written down for
	 * everyone; a row is only held back when sending it would disturb other tests.
	 */
	sendFor?: readonly Actor[];
	/** Send after every other row (e.g. logging out). */
	last?: boolean;
	/** A Server-Sent Events endpoint: only the status and headers are read, then the stream is closed. */
	stream?: boolean;
}

/** Every actor gets `rest`, except those named. */
function who(rest: Outcome, specific: Partial<Record<Actor, Outcome>> = {}): Record<Actor, Outcome> {
	return Object.fromEntries(actors.map((a) => [a, specific[a] ?? rest])) as Record<Actor, Outcome>;
}

/** `length` random characters in the alphabet of src/lib/server/ids.ts. */
function randomBase32(length: number): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	return [...randomBytes(length)].map((b) => alphabet[b % 32]).join('');
}

/** Shaped like a real id (24 base32 characters, as newId()), but no gezin has it. */
const ONBEKEND_GEZIN = randomBase32(24);
/** Shaped like a real link secret (32 characters, as newSecret()). */
const BOGUS_TOKEN = randomBase32(32);
const BOGUS_ID = randomBase32(24);

/** Active members of De Boer; everyone else is an outsider to it. */
const DE_BOER_ACTIVE = ['ouder', 'jongere', 'oma', 'wijkteam'] as const;

/** Nobody outside an active membership sees a gezin: not even that it exists. */
const OUTSIDERS = who('notfound', { anoniem: 'login' });

/**
 * Rows for one route/method/action under /gezinnen/[gezin]: De Boer (members as given, everyone
 * else 404), Yilmaz (only collega, as given) and a gezin that does not exist (404 for everyone).
 */
function gezinRows(
	base: Omit<Row, 'params' | 'expect'> & { params?: Omit<Params, 'gezin'> },
	deBoer: Partial<Record<(typeof DE_BOER_ACTIVE)[number], Outcome>>,
	yilmazCollega: Outcome
): Row[] {
	return [
		{ ...base, params: { ...base.params, gezin: 'deBoer' }, expect: who('notfound', { anoniem: 'login', ...deBoer }) },
		{
			...base,
			params: { ...base.params, gezin: 'yilmaz' },
			expect: who('notfound', { anoniem: 'login', collega: yilmazCollega })
		},
		{ ...base, params: { ...base.params, gezin: 'onbekend' }, expect: OUTSIDERS }
	];
}

const FAMILY_ONLY = { ouder: 'ok', jongere: 'ok', oma: 'forbidden', wijkteam: 'forbidden' } as const;
const MEMBERS_OK = { ouder: 'ok', jongere: 'ok', oma: 'ok', wijkteam: 'ok' } as const;
const INVITERS_OK = { ouder: 'ok', jongere: 'ok', oma: 'forbidden', wijkteam: 'ok' } as const;
/**
 * An empty form to a /toegang action: members who may open the page get 400. oma's action runs
 * too, but the page's load then refuses her (403), so she sees 403.
 */
const EMPTY_TOEGANG_POST = { ouder: 'invalid', jongere: 'invalid', oma: 'forbidden', wijkteam: 'invalid' } as const;
/** Writing in the groeiplan: family and professionals; the network reads only. */
const EMPTY_WRITE_POST = { ouder: 'invalid', jongere: 'invalid', oma: 'forbidden', wijkteam: 'invalid' } as const;
const EMPTY_ITEM_POST = { ouder: 'missing', jongere: 'missing', oma: 'forbidden', wijkteam: 'missing' } as const;
/** Renaming the lanes of the tijdlijn is for the family. */
const FAMILY_WRITE_POST = { ouder: 'invalid', jongere: 'invalid', oma: 'forbidden', wijkteam: 'forbidden' } as const;
/** Preparing a gesprek: family and professionals (an empty form: 400); oma does not see it (404). */
const PREPARE_POST = { ouder: 'invalid', jongere: 'invalid', oma: 'notfound', wijkteam: 'invalid' } as const;
/** A step that changes a vastgesteld gesprek: those who may take it get 409, the network 403. */
const LEAD_LATE_POST = { ouder: 'conflict', jongere: 'conflict', oma: 'forbidden', wijkteam: 'conflict' } as const;
/** Marking vastgesteld is the organiser's (Karin): 409 for her now, 403 for everyone else. */
const ORGANISER_LATE_POST = {
	ouder: 'forbidden',
	jongere: 'forbidden',
	oma: 'forbidden',
	wijkteam: 'conflict'
} as const;
/** The tipsheet is the professionals' own: only they write down what was tried. */
const PROFESSIONAL_WRITE_POST = {
	ouder: 'forbidden',
	jongere: 'forbidden',
	oma: 'forbidden',
	wijkteam: 'invalid'
} as const;
const WRITERS_OK = { ouder: 'ok', jongere: 'ok', oma: 'forbidden', wijkteam: 'ok' } as const;
/** An event oma may not see answers her exactly as one that does not exist. */
const NOT_FOR_NETWORK = { ouder: 'ok', jongere: 'ok', oma: 'notfound', wijkteam: 'ok' } as const;
const NOBODY = { ouder: 'notfound', jongere: 'notfound', oma: 'notfound', wijkteam: 'notfound' } as const;
const EMPTY_FOR_MEMBERS = { ouder: 'invalid', jongere: 'invalid', oma: 'invalid', wijkteam: 'invalid' } as const;
const MISSING_FOR_MEMBERS = { ouder: 'missing', jongere: 'missing', oma: 'missing', wijkteam: 'missing' } as const;
/**
 * Saying yes or no is for an ouder/verzorger: everyone else (the jongere too, whose own
 * invitations wait for it) is refused before the form is read.
 */
const EMPTY_DECIDE_POST = { ouder: 'invalid', jongere: 'forbidden', oma: 'forbidden', wijkteam: 'forbidden' } as const;

const matrix: Row[] = [
	// Start page: sends each kind of account where it belongs.
	{
		route: '/',
		method: 'GET',
		expect: who('ok', {
			ouder: '→/gezinnen/{deBoer}',
			jongere: '→/gezinnen/{deBoer}',
			oma: '→/gezinnen/{deBoer}',
			wijkteam: '→/gezinnen',
			jeugdbeschermer: '→/gezinnen',
			collega: '→/gezinnen',
			beheerder: '→/beheer'
		})
	},
	{ route: '/basis', method: 'GET', expect: who('ok') },

	// Own account: every logged-in user.
	{ route: '/account', method: 'GET', expect: who('ok', { anoniem: 'login' }) },
	{ route: '/account', method: 'POST', action: 'sessieBeeindigen', expect: who('invalid', { anoniem: 'login' }) },
	{ route: '/account', method: 'POST', action: 'wachtwoord', expect: who('invalid', { anoniem: 'login' }) },
	{ route: '/account', method: 'POST', action: 'naam', expect: who('invalid', { anoniem: 'login' }) },
	// Nobody takes the name of someone else at the same table (Sanne keeps her own). Sent only for
	// De Boer's people: anyone else would really be renamed.
	{
		route: '/account',
		method: 'POST',
		action: 'naam',
		body: { naam: 'Sanne de Boer' },
		note: "Sanne's name",
		sendFor: ['anoniem', 'ouder', 'jongere', 'oma', 'wijkteam', 'jeugdbeschermer'],
		expect: who('ok', {
			anoniem: 'login',
			jongere: 'invalid',
			oma: 'invalid',
			wijkteam: 'invalid',
			jeugdbeschermer: 'invalid'
		})
	},
	{
		route: '/account',
		method: 'POST',
		action: 'andereBeeindigen',
		note: 'needs no form: for a logged-in account it ends its other sessions, also those of parallel tests, so only anonymous sends it',
		expect: who('ok', { anoniem: 'login' }),
		sendFor: ['anoniem']
	},

	// Beheer: only the beheerder.
	{ route: '/beheer', method: 'GET', expect: who('forbidden', { anoniem: 'login', beheerder: 'ok' }) },
	{ route: '/beheer/accounts', method: 'GET', expect: who('forbidden', { anoniem: 'login', beheerder: 'ok' }) },
	{
		route: '/beheer/accounts',
		method: 'POST',
		action: 'toevoegen',
		expect: who('forbidden', { anoniem: 'login', beheerder: 'invalid' })
	},
	{
		route: '/beheer/accounts',
		method: 'POST',
		action: 'link',
		expect: who('forbidden', { anoniem: 'login', beheerder: 'invalid' })
	},
	// A global role never becomes access to a gezin: no password link for family or network.
	...(['ouder', 'jongere', 'oma'] as const).map((user): Row => ({
		route: '/beheer/accounts',
		method: 'POST',
		action: 'link',
		body: { account: `{account:${user}}` },
		note: `password link for ${user}`,
		expect: who('forbidden', { anoniem: 'login' })
	})),
	{ route: '/beheer/organisaties', method: 'GET', expect: who('forbidden', { anoniem: 'login', beheerder: 'ok' }) },
	{
		route: '/beheer/organisaties',
		method: 'POST',
		action: 'toevoegen',
		expect: who('forbidden', { anoniem: 'login', beheerder: 'invalid' })
	},

	// The list of gezinnen; family and network go straight to their one gezin.
	{
		route: '/gezinnen',
		method: 'GET',
		expect: who('ok', {
			anoniem: 'login',
			ouder: '→/gezinnen/{deBoer}',
			jongere: '→/gezinnen/{deBoer}',
			oma: '→/gezinnen/{deBoer}'
		})
	},
	{
		route: '/gezinnen',
		method: 'POST',
		action: 'toevoegen',
		// Only professionals create a gezin. The action refuses the others with 403; for family and
		// network the page's load then sends them on to their gezin (303), as on GET.
		expect: who('forbidden', {
			anoniem: 'login',
			ouder: '→/gezinnen/{deBoer}',
			jongere: '→/gezinnen/{deBoer}',
			oma: '→/gezinnen/{deBoer}',
			wijkteam: 'invalid',
			jeugdbeschermer: 'invalid',
			collega: 'invalid'
		})
	},

	// One gezin: active members only.
	...gezinRows({ route: '/gezinnen/[gezin]', method: 'GET' }, MEMBERS_OK, 'ok'),
	// Who looked: the family only (not network, not professionals).
	...gezinRows({ route: '/gezinnen/[gezin]/bekeken', method: 'GET' }, FAMILY_ONLY, 'forbidden'),
	// Access page: family and professionals (to invite), not network.
	...gezinRows({ route: '/gezinnen/[gezin]/toegang', method: 'GET' }, INVITERS_OK, 'ok'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/toegang', method: 'POST', action: 'toevoegen' },
		EMPTY_TOEGANG_POST,
		'invalid'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/toegang', method: 'POST', action: 'verwijderen' },
		EMPTY_TOEGANG_POST,
		'invalid'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/toegang', method: 'POST', action: 'toestaan' },
		EMPTY_DECIDE_POST,
		'forbidden'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/toegang', method: 'POST', action: 'weigeren' },
		EMPTY_DECIDE_POST,
		'forbidden'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/toegang', method: 'POST', action: 'beeindigen' },
		EMPTY_TOEGANG_POST,
		'invalid'
	),
	// The family keeps regie: saying yes or no to a waiting request is for an ouder only. With a
	// made-up membership id the ouder gets as far as the lookup (404 on the page); the jongere,
	// professionals and network are refused before it.
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/toegang',
			method: 'POST',
			action: 'toestaan',
			body: { lid: BOGUS_ID },
			note: 'made-up lid'
		},
		{ ouder: 'missing', jongere: 'forbidden', oma: 'forbidden', wijkteam: 'forbidden' },
		'forbidden'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/toegang',
			method: 'POST',
			action: 'weigeren',
			body: { lid: BOGUS_ID },
			note: 'made-up lid'
		},
		{ ouder: 'missing', jongere: 'forbidden', oma: 'forbidden', wijkteam: 'forbidden' },
		'forbidden'
	),
	// Ending the mother's access: not for the jongere, nor for professionals (as if she were not
	// there); oma cannot open the page. Not sent for the mother herself: she would step back.
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/toegang',
			method: 'POST',
			action: 'beeindigen',
			body: { lid: '{sanneLid}' },
			note: "Sanne's membership",
			sendFor: actors.filter((a) => a !== 'ouder')
		},
		{ ouder: '→/gezinnen', jongere: 'missing', oma: 'forbidden', wijkteam: 'missing' },
		'missing'
	),

	// The groeiplan: members read (network only what it may see); family and professionals write.
	...gezinRows({ route: '/gezinnen/[gezin]/groeiplan', method: 'GET' }, MEMBERS_OK, 'ok'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/groeiplan', method: 'POST', action: 'toevoegen' },
		EMPTY_WRITE_POST,
		'invalid'
	),
	...gezinRows({ route: '/gezinnen/[gezin]/groeiplan', method: 'POST', action: 'regie' }, EMPTY_WRITE_POST, 'invalid'),
	// An empty item id: writers get as far as the lookup (404 on the page), the network is refused first.
	...gezinRows({ route: '/gezinnen/[gezin]/groeiplan', method: 'POST', action: 'bewaren' }, EMPTY_ITEM_POST, 'missing'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/groeiplan', method: 'POST', action: 'verwijderen' },
		EMPTY_ITEM_POST,
		'missing'
	),
	...gezinRows({ route: '/gezinnen/[gezin]/groeiplan/geschiedenis', method: 'GET' }, MEMBERS_OK, 'ok'),
	...gezinRows({ route: '/gezinnen/[gezin]/groeiplan/ons-plan', method: 'GET' }, MEMBERS_OK, 'ok'),
	...gezinRows({ route: '/gezinnen/[gezin]/groeiplan/live', method: 'GET', stream: true }, MEMBERS_OK, 'ok'),
	// The tijdlijn: members read (network only what it may see); family and professionals write;
	// only the family renames lanes; everyone who may see an event may tell their side of it.
	...gezinRows({ route: '/gezinnen/[gezin]/tijdlijn', method: 'GET' }, MEMBERS_OK, 'ok'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/tijdlijn', method: 'POST', action: 'toevoegen' },
		EMPTY_WRITE_POST,
		'invalid'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/tijdlijn', method: 'POST', action: 'baanBewaren' },
		FAMILY_WRITE_POST,
		'forbidden'
	),
	...gezinRows({ route: '/gezinnen/[gezin]/tijdlijn/live', method: 'GET', stream: true }, MEMBERS_OK, 'ok'),
	...gezinRows({ route: '/gezinnen/[gezin]/tijdlijn/vertel', method: 'GET' }, WRITERS_OK, 'ok'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/tijdlijn/vertel', method: 'POST', action: 'toevoegen' },
		EMPTY_WRITE_POST,
		'invalid'
	),
	...gezinRows({ route: '/gezinnen/[gezin]/tijdlijn/afdrukken', method: 'GET' }, MEMBERS_OK, 'ok'),
	// One event: De Boer's ids, also asked under Yilmaz (someone else's id: 404 there).
	...gezinRows(
		{ route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]', method: 'GET', params: { gebeurtenis: 'iedereen' } },
		MEMBERS_OK,
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]',
			method: 'GET',
			params: { gebeurtenis: 'gezinEnProfessionals' }
		},
		NOT_FOR_NETWORK,
		'notfound'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]', method: 'GET', params: { gebeurtenis: 'bogus' } },
		NOBODY,
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]',
			method: 'POST',
			action: 'bewaren',
			params: { gebeurtenis: 'iedereen' }
		},
		EMPTY_WRITE_POST,
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]',
			method: 'POST',
			action: 'bewaren',
			params: { gebeurtenis: 'gezinEnProfessionals' }
		},
		{ ouder: 'invalid', jongere: 'invalid', oma: 'notfound', wijkteam: 'invalid' },
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]',
			method: 'POST',
			action: 'verwijderen',
			params: { gebeurtenis: 'iedereen' }
		},
		EMPTY_WRITE_POST,
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]',
			method: 'POST',
			action: 'kantToevoegen',
			params: { gebeurtenis: 'iedereen' }
		},
		EMPTY_FOR_MEMBERS,
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]',
			method: 'POST',
			action: 'kantToevoegen',
			params: { gebeurtenis: 'gezinEnProfessionals' }
		},
		{ ouder: 'invalid', jongere: 'invalid', oma: 'notfound', wijkteam: 'invalid' },
		'notfound'
	),
	// A made-up side: members get as far as the lookup (404 on the page).
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]',
			method: 'POST',
			action: 'kantBewaren',
			params: { gebeurtenis: 'iedereen' }
		},
		MISSING_FOR_MEMBERS,
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]',
			method: 'POST',
			action: 'kantVerwijderen',
			params: { gebeurtenis: 'iedereen' }
		},
		MISSING_FOR_MEMBERS,
		'notfound'
	),

	// The people around the gezin: members read (the network without contact and the "niet veilig"
	// mark); family and professionals write. A made-up betrokkene: writers reach the lookup (404).
	...gezinRows({ route: '/gezinnen/[gezin]/mensen', method: 'GET' }, MEMBERS_OK, 'ok'),
	...gezinRows({ route: '/gezinnen/[gezin]/mensen', method: 'POST', action: 'toevoegen' }, EMPTY_WRITE_POST, 'invalid'),
	...gezinRows({ route: '/gezinnen/[gezin]/mensen', method: 'POST', action: 'bewaren' }, EMPTY_ITEM_POST, 'missing'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/mensen', method: 'POST', action: 'verwijderen' },
		EMPTY_ITEM_POST,
		'missing'
	),
	...gezinRows({ route: '/gezinnen/[gezin]/mensen/afdrukken', method: 'GET' }, MEMBERS_OK, 'ok'),
	// The keukentafel and the netwerkkaart: the same people, the same rules.
	...gezinRows({ route: '/gezinnen/[gezin]/keukentafel', method: 'GET' }, MEMBERS_OK, 'ok'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/keukentafel', method: 'POST', action: 'verplaatsen' },
		EMPTY_ITEM_POST,
		'missing'
	),
	...gezinRows({ route: '/gezinnen/[gezin]/keukentafel', method: 'POST', action: 'rol' }, EMPTY_ITEM_POST, 'missing'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/keukentafel', method: 'POST', action: 'stapel' },
		EMPTY_WRITE_POST,
		'invalid'
	),
	...gezinRows({ route: '/gezinnen/[gezin]/keukentafel/live', method: 'GET', stream: true }, MEMBERS_OK, 'ok'),
	...gezinRows({ route: '/gezinnen/[gezin]/netwerkkaart', method: 'GET' }, MEMBERS_OK, 'ok'),
	// The tipsheet netwerk betrekken: family and professionals read, professionals write.
	...gezinRows({ route: '/gezinnen/[gezin]/netwerk-betrekken', method: 'GET' }, WRITERS_OK, 'ok'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/netwerk-betrekken', method: 'POST', action: 'poging' },
		PROFESSIONAL_WRITE_POST,
		'invalid'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/netwerk-betrekken', method: 'POST', action: 'stap' },
		PROFESSIONAL_WRITE_POST,
		'invalid'
	),

	// Afstemmingsgesprekken: family and professionals see and prepare every one; the network only
	// those it is invited to (oma is not invited to the seeded one: 404, as for a made-up id).
	...gezinRows({ route: '/gezinnen/[gezin]/gesprekken', method: 'GET' }, MEMBERS_OK, 'ok'),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/gesprekken', method: 'POST', action: 'toevoegen' },
		EMPTY_WRITE_POST,
		'invalid'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]', method: 'GET', params: { gesprek: 'demo' } },
		NOT_FOR_NETWORK,
		'notfound'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]', method: 'GET', params: { gesprek: 'bogus' } },
		NOBODY,
		'notfound'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]/agenda', method: 'GET', params: { gesprek: 'demo' } },
		NOT_FOR_NETWORK,
		'notfound'
	),
	...(['detailsBewaren', 'puntToevoegen', 'puntBewaren', 'puntVerplaatsen', 'deelnemerToevoegen'] as const).flatMap(
		(action) =>
			gezinRows(
				{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]', method: 'POST', action, params: { gesprek: 'demo' } },
				PREPARE_POST,
				'notfound'
			)
	),
	// A made-up agenda item or invitee: those who prepare reach the lookup (404 on the page).
	...(['puntVerwijderen', 'deelnemerVerwijderen'] as const).flatMap((action) =>
		gezinRows(
			{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]', method: 'POST', action, params: { gesprek: 'demo' } },
			{ ouder: 'missing', jongere: 'missing', oma: 'notfound', wijkteam: 'missing' },
			'notfound'
		)
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/gesprekken/[gesprek]',
			method: 'POST',
			action: 'vraagToevoegen',
			params: { gesprek: 'demo' }
		},
		{ ouder: 'invalid', jongere: 'invalid', oma: 'notfound', wijkteam: 'forbidden' },
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/gesprekken/[gesprek]',
			method: 'POST',
			action: 'updateToevoegen',
			params: { gesprek: 'demo' }
		},
		{ ouder: 'forbidden', jongere: 'forbidden', oma: 'notfound', wijkteam: 'invalid' },
		'notfound'
	),

	// Running a gesprek and what follows. The planned one: the table screen and its stream for those
	// who see it; no verslag yet (404). The vastgesteld one (oma was invited):
	// everyone reads it; every step that would change it is refused (409), or earlier for those who
	// may not take it (403); confirming a handover needs a real one (404 on the page).
	...gezinRows(
		{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]/voeren', method: 'GET', params: { gesprek: 'demo' } },
		NOT_FOR_NETWORK,
		'notfound'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]/live', method: 'GET', params: { gesprek: 'demo' }, stream: true },
		NOT_FOR_NETWORK,
		'notfound'
	),
	...gezinRows(
		{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]/verslag', method: 'GET', params: { gesprek: 'demo' } },
		NOBODY,
		'notfound'
	),
	...(['', '/voeren', '/verslag', '/agenda'] as const).flatMap((sub) =>
		gezinRows(
			{ route: `/gezinnen/[gezin]/gesprekken/[gesprek]${sub}`, method: 'GET', params: { gesprek: 'vastgesteld' } },
			MEMBERS_OK,
			'notfound'
		)
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/gesprekken/[gesprek]/live',
			method: 'GET',
			params: { gesprek: 'vastgesteld' },
			stream: true
		},
		MEMBERS_OK,
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/gesprekken/[gesprek]',
			method: 'POST',
			action: 'begin',
			params: { gesprek: 'vastgesteld' }
		},
		LEAD_LATE_POST,
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/gesprekken/[gesprek]',
			method: 'POST',
			action: 'overdrachtBevestigen',
			params: { gesprek: 'vastgesteld' }
		},
		MISSING_FOR_MEMBERS,
		'notfound'
	),
	...(
		[
			'detailsBewaren',
			'puntToevoegen',
			'puntBewaren',
			'puntVerwijderen',
			'puntVerplaatsen',
			'deelnemerToevoegen',
			'deelnemerVerwijderen'
		] as const
	).flatMap((action) =>
		gezinRows(
			{ route: '/gezinnen/[gezin]/gesprekken/[gesprek]', method: 'POST', action, params: { gesprek: 'vastgesteld' } },
			LEAD_LATE_POST,
			'notfound'
		)
	),
	...(
		[
			'puntKiezen',
			'notitieToevoegen',
			'afspraakToevoegen',
			'notitieBewaren',
			'notitieVerwijderen',
			'overdrachtToevoegen',
			'verslagMaken'
		] as const
	).flatMap((action) =>
		gezinRows(
			{
				route: '/gezinnen/[gezin]/gesprekken/[gesprek]/voeren',
				method: 'POST',
				action,
				params: { gesprek: 'vastgesteld' }
			},
			LEAD_LATE_POST,
			'notfound'
		)
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/gesprekken/[gesprek]/verslag',
			method: 'POST',
			action: 'reactieToevoegen',
			params: { gesprek: 'vastgesteld' }
		},
		{ ouder: 'conflict', jongere: 'conflict', oma: 'conflict', wijkteam: 'conflict' },
		'notfound'
	),
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/gesprekken/[gesprek]/verslag',
			method: 'POST',
			action: 'vaststellen',
			params: { gesprek: 'vastgesteld' }
		},
		ORGANISER_LATE_POST,
		'notfound'
	),
	// Only the organiser may give more time; an empty form is refused before the phase is asked.
	...gezinRows(
		{
			route: '/gezinnen/[gezin]/gesprekken/[gesprek]/verslag',
			method: 'POST',
			action: 'verlengen',
			params: { gesprek: 'vastgesteld' }
		},
		{ ouder: 'forbidden', jongere: 'forbidden', oma: 'forbidden', wijkteam: 'invalid' },
		'notfound'
	),

	// Mijn afspraken: everyone with an account, over their own gezinnen.
	{ route: '/afspraken', method: 'GET', expect: who('ok', { anoniem: 'login' }) },

	// Logging in and out, language.
	{ route: '/inloggen', method: 'GET', expect: who('→/', { anoniem: 'ok' }) },
	// The action refuses the empty form (400); for a logged-in account the page's load then sends
	// it home (303), as on GET.
	{ route: '/inloggen', method: 'POST', action: 'default', expect: who('→/', { anoniem: 'invalid' }) },
	{ route: '/taal', method: 'GET', expect: who('ok') },
	{ route: '/taal', method: 'POST', action: 'default', expect: who('→/') },
	{ route: '/uitloggen', method: 'GET', expect: who('ok', { anoniem: '→/' }) },
	{ route: '/uitloggen', method: 'POST', action: 'default', expect: who('→/inloggen?uitgelogd=1'), last: true },

	// Links with a secret: an unknown token shows a friendly page, every post is 410 (gone).
	{ route: '/uitnodiging/[token]', method: 'GET', params: { token: 'bogus' }, expect: who('ok') },
	{ route: '/uitnodiging/[token]', method: 'POST', action: 'nieuw', params: { token: 'bogus' }, expect: who('gone') },
	{
		route: '/uitnodiging/[token]',
		method: 'POST',
		action: 'accepteren',
		params: { token: 'bogus' },
		expect: who('gone', { anoniem: 'unauthorized' })
	},
	{
		route: '/uitnodiging/[token]',
		method: 'POST',
		action: 'inloggen',
		params: { token: 'bogus' },
		expect: who('gone')
	},
	{ route: '/wachtwoord/[token]', method: 'GET', params: { token: 'bogus' }, expect: who('ok') },
	{ route: '/wachtwoord/[token]', method: 'POST', action: 'default', params: { token: 'bogus' }, expect: who('gone') }
];

function gezinId(param: GezinParam): string {
	return param === 'onbekend' ? ONBEKEND_GEZIN : ids()[param];
}

function gesprekId(param: NonNullable<Params['gesprek']>): string {
	return { bogus: BOGUS_ID, demo: ids().gesprek, vastgesteld: ids().gesprekVastgesteld }[param];
}

/** The concrete path (with query for a named action) a row is sent to. */
function pathOf(row: Row): string {
	let path = row.route
		.replace('[gezin]', row.params?.gezin ? gezinId(row.params.gezin) : '[gezin]')
		.replace('[token]', row.params?.token ? BOGUS_TOKEN : '[token]')
		.replace(
			'[gebeurtenis]',
			row.params?.gebeurtenis
				? row.params.gebeurtenis === 'bogus'
					? BOGUS_ID
					: ids().tijdlijn[row.params.gebeurtenis]
				: '[gebeurtenis]'
		)
		.replace('[gesprek]', row.params?.gesprek ? gesprekId(row.params.gesprek) : '[gesprek]');
	if (row.method === 'POST' && row.action && row.action !== 'default') path += `?/${row.action}`;
	return path;
}

/** A row's form fields, with seeded ids filled in. */
function bodyOf(row: Row): Record<string, string> {
	return Object.fromEntries(
		Object.entries(row.body ?? {}).map(([name, value]) => {
			const account = /^\{account:(\w+)\}$/.exec(value)?.[1];
			if (account) return [name, ids().accounts[account as DemoUser]];
			return [name, value === '{sanneLid}' ? ids().sanneLid : value];
		})
	);
}

function resolveOutcome(outcome: Outcome): string {
	return outcome.replace('{deBoer}', ids().deBoer).replace('{yilmaz}', ids().yilmaz);
}

/** The generic error page (+error.svelte) in Dutch: for 404 it says only this. */
const NOT_FOUND_TEXT = 'Deze pagina bestaat niet, of je mag hem niet zien.';

async function observe(res: APIResponse, path: string): Promise<string> {
	const status = res.status();
	if (status === 200) return 'ok';
	if (status === 303) {
		const location = res.headers()['location'] ?? '';
		if (location === `/inloggen?terug=${encodeURIComponent(path)}`) return 'login';
		return `→${location}`;
	}
	if (status === 404) return (await res.text()).includes(`<h1>${NOT_FOUND_TEXT}</h1>`) ? 'notfound' : 'missing';
	const named: Record<number, string> = {
		400: 'invalid',
		401: 'unauthorized',
		403: 'forbidden',
		409: 'conflict',
		410: 'gone'
	};
	return named[status] ?? `status ${status}`;
}

/** A logged-in (or anonymous) client that logs in again if a parallel test ended its session. */
class Client {
	relogins = 0;
	private constructor(
		private readonly baseURL: string,
		readonly actor: Actor,
		private ctx: APIRequestContext
	) {}

	static async open(baseURL: string, actor: Actor): Promise<Client> {
		return new Client(baseURL, actor, await apiAs(baseURL, actor === 'anoniem' ? null : actor));
	}

	private async request(row: Row, path: string): Promise<APIResponse> {
		// A fresh client address per request: rate limits (e.g. on unknown tokens) never add up.
		const headers = { accept: 'text/html', 'x-forwarded-for': testIp() };
		if (row.stream) return this.openStream(path, headers);
		if (row.method === 'GET') return this.ctx.get(path, { headers });
		return this.ctx.post(path, { form: bodyOf(row), headers: { ...headers, origin: this.baseURL } });
	}

	/**
	 * Sends a row. Other spec files log in as the same demo accounts and may end "all other
	 * sessions"; when a logged-in actor unexpectedly lands on the login page and its session is
	 * really gone, it logs in again once and repeats the request.
	 */
	async send(row: Row, path: string): Promise<APIResponse> {
		const res = await this.request(row, path);
		if (this.actor === 'anoniem' || row.expect[this.actor] === 'login' || (await observe(res, path)) !== 'login')
			return res;
		const check = await this.ctx.get('/account', { headers: { accept: 'text/html', 'x-forwarded-for': testIp() } });
		if (check.status() === 200) return res;
		await this.ctx.dispose();
		this.ctx = await apiAs(this.baseURL, this.actor as DemoUser);
		this.relogins += 1;
		return this.request(row, path);
	}

	/**
	 * An event stream never ends for a member, so it cannot be read whole: read the status and
	 * headers, close it, and answer in the shape `observe` reads.
	 */
	private async openStream(path: string, headers: Record<string, string>): Promise<APIResponse> {
		const cookie = (await this.ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
		const abort = new AbortController();
		const res = await fetch(new URL(path, this.baseURL), {
			headers: { ...headers, cookie },
			redirect: 'manual',
			signal: abort.signal
		});
		const body = res.headers.get('content-type')?.startsWith('text/event-stream') ? '' : await res.text();
		abort.abort();
		const list = [...res.headers.entries()].map(([name, value]) => ({ name, value }));
		return {
			status: () => res.status,
			headers: () => Object.fromEntries(list.map((h) => [h.name, h.value])),
			headersArray: () => list,
			text: async () => body
		} as unknown as APIResponse;
	}

	dispose(): Promise<void> {
		return this.ctx.dispose();
	}
}

/** Removes what differs between any two renderings of the same page: the gezin id, CSP nonces. */
function normalize(body: string, gezin: string): string {
	return body
		.split(gezin)
		.join('{gezin}')
		.replace(/nonce="[^"]*"/g, 'nonce=""');
}

/**
 * Response headers, without those that differ on every response anyway: date, the CSP nonce, the
 * ETag (a hash of the body, which holds the path and the nonce), the refreshed session cookie's expiry.
 */
function headerSummary(res: APIResponse): string {
	return res
		.headersArray()
		.filter((h) => !['date', 'content-security-policy', 'etag', 'set-cookie'].includes(h.name.toLowerCase()))
		.map((h) => `${h.name.toLowerCase()}: ${h.value}`)
		.sort()
		.join('\n');
}

function firstDifference(a: string, b: string): string {
	if (a === b) return '';
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

function rowKey(row: Row): string {
	return [
		row.method,
		row.route,
		row.action ?? '',
		row.params?.gebeurtenis ?? '',
		row.params?.gesprek ?? '',
		JSON.stringify(row.body ?? {})
	].join(' ');
}

for (const actor of actors) {
	test(`authorization matrix as ${actor}`, async ({ baseURL }) => {
		const client = await Client.open(baseURL!, actor);
		const ordered = [...matrix.filter((r) => !r.last), ...matrix.filter((r) => r.last)];
		/** 404 bodies of the gezin routes, to compare a real gezin with one that does not exist. */
		const notFoundBodies = new Map<string, { status: number; headers: string; body: string; path: string }>();
		for (const row of ordered) {
			if (row.sendFor && !row.sendFor.includes(actor)) continue;
			const path = pathOf(row);
			const res = await client.send(row, path);
			const observed = await observe(res, path);
			const label = `${actor} ${row.method} ${path}${row.note ? ` (${row.note})` : ''}`;
			expect.soft(observed, label).toBe(resolveOutcome(row.expect[actor]));
			if (row.params?.gezin && row.expect[actor] === 'notfound') {
				const id = gezinId(row.params.gezin);
				notFoundBodies.set(`${rowKey(row)} ${row.params.gezin}`, {
					status: res.status(),
					headers: headerSummary(res),
					body: normalize(await res.text(), id),
					path
				});
			}
		}

		// An outsider cannot tell a real gezin from one that does not exist: same status, same page.
		for (const [key, real] of notFoundBodies) {
			if (key.endsWith(' onbekend')) continue;
			const twin = notFoundBodies.get(key.replace(/ (deBoer|yilmaz)$/, ' onbekend'));
			expect.soft(twin, `${actor}: no answer for the unknown gezin to compare with ${real.path}`).toBeDefined();
			if (!twin) continue;
			expect.soft(real.status, `${actor}: status of ${real.path} vs an unknown gezin`).toBe(twin.status);
			expect.soft(real.headers, `${actor}: headers of ${real.path} vs an unknown gezin`).toBe(twin.headers);
			expect.soft(firstDifference(real.body, twin.body), `${actor}: body of ${real.path} vs an unknown gezin`).toBe('');
		}
		if (!(DE_BOER_ACTIVE as readonly Actor[]).includes(actor) && actor !== 'anoniem') {
			// Outsiders to De Boer: every one of its rows was compared.
			const compared = [...notFoundBodies.keys()].filter((k) => k.endsWith(' deBoer')).length;
			expect
				.soft(compared, `${actor}: De Boer rows compared with an unknown gezin`)
				.toBe(matrix.filter((r) => r.params?.gezin === 'deBoer' && (!r.sendFor || r.sendFor.includes(actor))).length);
		}
		if (client.relogins > 0) {
			test.info().annotations.push({
				type: 'relogin',
				description: `${actor}: session ended by a parallel test, logged in again ${client.relogins}×`
			});
		}
		await client.dispose();
	});
}

test('the matrix has a row for every route, form action and endpoint method', () => {
	const routes = listRoutes();
	expect(routes.length, 'routes found under src/routes').toBeGreaterThan(0);
	const missing: string[] = [];
	const has = (pred: (r: Row) => boolean) => matrix.some(pred);
	for (const route of routes) {
		const rows = matrix.filter((r) => r.route === route.id);
		if (route.page && !rows.some((r) => r.method === 'GET' && !r.action)) missing.push(`GET ${route.id}`);
		for (const action of route.actions) {
			if (!has((r) => r.route === route.id && r.method === 'POST' && r.action === action))
				missing.push(`POST ${route.id} action ${action}`);
		}
		for (const method of route.endpointMethods) {
			if (!has((r) => r.route === route.id && r.method === method && !r.action))
				missing.push(`${method} ${route.id} (+server)`);
		}
		// Every dynamic parameter has values; a gezin route is tried with both gezinnen and an unknown one.
		const known: Record<string, (r: Row) => boolean> = {
			gezin: (r) => !!r.params?.gezin,
			token: (r) => !!r.params?.token,
			gebeurtenis: (r) => !!r.params?.gebeurtenis,
			gesprek: (r) => !!r.params?.gesprek
		};
		for (const param of route.params) {
			if (!known[param] || !rows.some(known[param])) missing.push(`${route.id}: no test value for [${param}]`);
		}
		if (route.params.includes('gezin')) {
			for (const r of rows) {
				for (const g of ['deBoer', 'yilmaz', 'onbekend'] as const) {
					if (!has((x) => rowKey(x) === rowKey(r) && x.params?.gezin === g))
						missing.push(`${rowKey(r)} with gezin ${g}`);
				}
			}
		}
	}
	expect(missing, 'add these to the matrix in authz.spec.ts').toEqual([]);

	// And nothing in the matrix that the app no longer has.
	const stale = matrix
		.filter((r) => {
			const route = routes.find((x) => x.id === r.route);
			if (!route) return true;
			if (r.method === 'GET' && !r.action) return !route.page && !route.endpointMethods.includes('GET');
			if (r.method === 'POST' && r.action) return !route.actions.includes(r.action);
			return !route.endpointMethods.includes(r.method);
		})
		.map(rowKey);
	expect(stale, 'rows for routes or actions that no longer exist').toEqual([]);
});
