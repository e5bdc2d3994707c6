import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, type DatabaseHandle } from '$lib/server/db';
import { createGezin, endAccess, listMembers, membershipOf } from '$lib/server/gezinnen';
import { acceptInvite, createInvite } from '$lib/server/invites';
import { can, visibilityFilter, type Actor as PolicyActor, type GezinFacts } from '$lib/server/access';
import { FormInput } from '$lib/server/forms';
import { addBetrokkene, listBetrokkenen } from '$lib/server/mensen/betrokkenen';
import { groeiplanOf, listItems, removeItem, updateItem, type ItemInput } from '$lib/server/groeiplan/items';
import {
	addPunt,
	createGesprek,
	getGesprek,
	listPunten,
	movePunt,
	removePunt,
	updateDetails,
	updatePunt,
	type Gesprek
} from '$lib/server/gesprek/gesprekken';
import {
	addAfspraak,
	addNotitie,
	addReactie,
	afsprakenVan,
	beginGesprek,
	moveToPunt,
	listNotities,
	listReacties,
	makeVerslag,
	nogGeenReactie,
	removeNotitie,
	updateNotitie,
	vaststellen,
	extendReactietijd,
	wieNamer,
	type NotitieInput
} from '$lib/server/gesprek/verloop';
import {
	addOverdracht,
	confirmOverdracht,
	getOverdracht,
	listOverdrachten,
	mijnOpenOverdrachten,
	openOverdrachten,
	type OverdrachtInput
} from '$lib/server/gesprek/overdracht';
import { dagInWoorden, readNotitie, readOverdracht, readReactieTot } from '$lib/server/gesprek/verloop-form';
import { plusDays } from '$lib/dag';
import { reactieOpen } from '$lib/gesprek/fase';
import { verslagVoor, type Verslag, type VerslagRegel } from '$lib/gesprek/verslag';
import type { GesprekSoort, MemberRole } from '$lib/domain';
import type { Zichtbaarheid } from '$lib/zichtbaarheid';
import { betrokkeneInput } from './betrokkene-input';
import { freshDatabase, makeAccount } from './helpers';

/**
 * Running an afstemmingsgesprek and what follows: the item everyone follows, notes, besluiten and
 * afspraken (which go into the groeiplan), the verslag made once, reactions, vastgesteld (refused
 * by the app and by the database), warme overdracht, and who may do which of these.
 */

let h: DatabaseHandle;
let prof: string; // Karin, the professional who made the gezin and organises the gesprekken
let moeder: string; // Sanne, family
let oma: string; // Ria, network
let joost: string; // a second professional (receives a handover)
let gezinId: string;
let other: string; // another gezin, also Karin's
let planId: string;

/** An account that joins the gezin with this role, active at once (invited by the family). */
function join(role: MemberRole, name: string): string {
	const id = makeAccount(name, role === 'professional' ? ['professional'] : []);
	const inv = createInvite({
		gezinId,
		role,
		gezinsrol: role === 'gezin' ? 'ouder' : null,
		relatie: name,
		naam: name,
		createdBy: role === 'gezin' ? prof : moeder
	});
	expect(acceptInvite(inv.id, id)).toMatchObject({ ok: true, status: 'actief' });
	return id;
}

function factsOf(accountId: string): GezinFacts {
	const m = membershipOf(gezinId, accountId);
	return { membership: m ? { accountId, role: m.role, status: m.status } : null };
}

/** What this member may read, as the pages ask it. */
const seeAs = (accountId: string) => visibilityFilter({ id: accountId, roles: [] }, factsOf(accountId));
const everything = () => true;

const names: Record<string, string> = {};
const actor = (id: string) => ({ id, name: names[id] ?? id });

const agenda = (...titels: string[]) => titels.map((titel) => ({ titel, uitleg: '', minuten: 5 }));

const at = (hour: number) => new Date(Date.UTC(2026, 11, 2, hour));
const DATUM = '2026-12-02';
const TOT = '2026-12-09';

function plan(
	opts: {
		soort?: GesprekSoort;
		titels?: string[];
		deelnemers?: Array<{ accountId: string | null; naam: string }>;
		inGezin?: string;
	} = {}
): Gesprek {
	return createGesprek(
		opts.inGezin ?? gezinId,
		{ soort: opts.soort ?? 'afstemming', datum: DATUM, tijd: '10:00', plaats: 'Thuis' },
		agenda(...(opts.titels ?? ['Welkom', 'Zorgen', 'Wie doet wat'])),
		(opts.deelnemers ?? []).map((d) => ({ betrokkeneId: null, ...d })),
		actor(prof),
		at(8)
	);
}

/** A gesprek that is running (begun at 10:00). */
function running(opts: Parameters<typeof plan>[0] = {}): Gesprek {
	const g = plan(opts);
	expect(beginGesprek(opts.inGezin ?? gezinId, g.id, at(10))).toEqual({ ok: true });
	return g;
}

const load = (id: string, inGezin = gezinId) => getGesprek(inGezin, id)!;
const punten = (id: string) => listPunten(id);
const note = (tekst: string, patch: Partial<NotitieInput> = {}): NotitieInput => ({
	puntId: null,
	soort: 'notitie',
	tekst,
	zichtbaarheid: 'gezin-en-professionals',
	...patch
});
const afspraak = (tekst: string, patch: Partial<ItemInput> = {}): ItemInput => ({
	tekst,
	zichtbaarheid: 'iedereen',
	...patch
});
const HERKOMST = 'Afstemmingsgesprek van 2 december 2026';

beforeEach(() => {
	h = freshDatabase();
	prof = makeAccount('Karin', ['professional']);
	gezinId = createGezin('Familie De Boer', prof, 'gezinscoach');
	other = createGezin('Familie Anders', prof, 'gezinscoach');
	planId = groeiplanOf(gezinId)!.id;
	moeder = join('gezin', 'Sanne');
	oma = join('netwerk', 'Ria');
	joost = join('professional', 'Joost');
	Object.assign(names, { [prof]: 'Karin', [moeder]: 'Sanne', [oma]: 'Ria', [joost]: 'Joost' });
});

afterEach(() => closeDatabase());

describe('phases: begin and the item everyone follows', () => {
	it('a planned gesprek cannot be moved through, written in or closed before it begins', () => {
		const g = plan();
		const [eerste] = punten(g.id);
		expect(moveToPunt(gezinId, g.id, eerste!.id)).toEqual({ ok: false, reason: 'fase' });
		expect(addNotitie(gezinId, g.id, note('te vroeg'), actor(prof))).toEqual({ ok: false, reason: 'fase' });
		expect(addAfspraak(gezinId, g.id, null, afspraak('te vroeg'), HERKOMST, actor(prof))).toEqual({
			ok: false,
			reason: 'fase'
		});
		expect(makeVerslag(gezinId, g.id, TOT, actor(prof))).toEqual({ ok: false, reason: 'fase' });
		expect(load(g.id)).toMatchObject({ status: 'gepland', huidigPunt: null, verslag: null });
		expect(listNotities(g.id)).toEqual([]);
		expect(listItems(planId, everything)).toEqual([]);
	});

	it('begins once: status bezig, everyone on the first item of the agenda as it is ordered now', () => {
		const g = plan({ titels: ['Welkom', 'Zorgen'] });
		const zorgen = punten(g.id)[1]!;
		expect(movePunt(g.id, zorgen.id, -1)).toBe(true); // 'Zorgen' is now first
		expect(beginGesprek(other, g.id, at(10))).toEqual({ ok: false, reason: 'not_found' });
		expect(load(g.id).status).toBe('gepland');

		expect(beginGesprek(gezinId, g.id, at(10))).toEqual({ ok: true });
		expect(load(g.id)).toMatchObject({ status: 'bezig', huidigPunt: zorgen.id, puntSinds: at(10) });

		expect(beginGesprek(gezinId, g.id, at(11))).toEqual({ ok: false, reason: 'fase' });
		expect(load(g.id)).toMatchObject({ status: 'bezig', huidigPunt: zorgen.id, puntSinds: at(10) });
	});

	it('moves only to an item of this gesprek; the soft timer restarts on a move', () => {
		const g = running();
		const h2 = running({ titels: ['Ander punt'] });
		const [welkom, zorgen] = punten(g.id);
		const vreemd = punten(h2.id)[0]!;

		expect(moveToPunt(gezinId, g.id, zorgen!.id, at(11))).toEqual({ ok: true });
		expect(load(g.id)).toMatchObject({ huidigPunt: zorgen!.id, puntSinds: at(11) });

		expect(moveToPunt(gezinId, g.id, vreemd.id, at(12))).toEqual({ ok: false, reason: 'not_found' });
		expect(moveToPunt(gezinId, g.id, 'bestaat-niet', at(12))).toEqual({ ok: false, reason: 'not_found' });
		expect(moveToPunt(other, g.id, welkom!.id, at(12))).toEqual({ ok: false, reason: 'not_found' });
		expect(load(g.id)).toMatchObject({ huidigPunt: zorgen!.id, puntSinds: at(11) });

		// Choosing the item everyone is already on does not restart its timer.
		expect(moveToPunt(gezinId, g.id, zorgen!.id, at(13))).toEqual({ ok: true });
		expect(load(g.id).puntSinds).toEqual(at(11));

		expect(moveToPunt(gezinId, g.id, welkom!.id, at(14))).toEqual({ ok: true });
		expect(load(g.id)).toMatchObject({ huidigPunt: welkom!.id, puntSinds: at(14) });
	});

	it('once the verslag is made, nothing more is written or moved', () => {
		const g = running();
		expect(addNotitie(gezinId, g.id, note('eerst nog dit'), actor(prof))).toMatchObject({ ok: true });
		const [n] = listNotities(g.id);
		expect(makeVerslag(gezinId, g.id, TOT, actor(prof), at(12))).toEqual({ ok: true });
		expect(load(g.id)).toMatchObject({ status: 'verslag', reactieTot: TOT, huidigPunt: null, puntSinds: null });

		expect(moveToPunt(gezinId, g.id, punten(g.id)[0]!.id)).toEqual({ ok: false, reason: 'fase' });
		expect(addNotitie(gezinId, g.id, note('achteraf'), actor(prof))).toEqual({ ok: false, reason: 'fase' });
		expect(addAfspraak(gezinId, g.id, null, afspraak('achteraf'), HERKOMST, actor(prof))).toEqual({
			ok: false,
			reason: 'fase'
		});
		expect(removeNotitie(gezinId, g.id, n!.id, actor(prof), everything)).toEqual({ ok: false, reason: 'fase' });
		expect(makeVerslag(gezinId, g.id, '2026-12-20', actor(prof))).toEqual({ ok: false, reason: 'fase' });
		expect(beginGesprek(gezinId, g.id)).toEqual({ ok: false, reason: 'fase' });
		expect(listNotities(g.id).map((x) => x.tekst)).toEqual(['eerst nog dit']);
		expect(load(g.id).reactieTot).toBe(TOT);
	});
});

describe('notes and besluiten', () => {
	it('an item of another gesprek (or an unknown one) is not linked: the note is kept without an item', () => {
		const g = running();
		const h2 = running({ titels: ['Elders'] });
		const eigen = punten(g.id)[1]!;
		const vreemd = punten(h2.id)[0]!;
		expect(addNotitie(gezinId, g.id, note('bij zorgen', { puntId: eigen.id }), actor(prof))).toMatchObject({
			ok: true
		});
		expect(
			addNotitie(gezinId, g.id, note('gekaapt', { puntId: vreemd.id, soort: 'besluit' }), actor(moeder))
		).toMatchObject({ ok: true });
		expect(addNotitie(gezinId, g.id, note('verzonnen', { puntId: 'x'.repeat(30) }), actor(moeder))).toMatchObject({
			ok: true
		});
		expect(listNotities(g.id).map((n) => [n.tekst, n.puntId, n.soort, n.doorNaam])).toEqual([
			['bij zorgen', eigen.id, 'notitie', 'Karin'],
			['gekaapt', null, 'besluit', 'Sanne'],
			['verzonnen', null, 'notitie', 'Sanne']
		]);
		expect(listNotities(h2.id)).toEqual([]);
		expect(addNotitie(other, g.id, note('ander gezin'), actor(prof))).toEqual({ ok: false, reason: 'not_found' });
		expect(listNotities(g.id)).toHaveLength(3);
	});

	it('fixes the words of a note of this gesprek only, while it runs; an afspraak is changed in the groeiplan', () => {
		const g = running();
		const andere = running();
		addNotitie(gezinId, g.id, note('Sane belt'), actor(prof));
		addAfspraak(gezinId, g.id, null, afspraak('Sanne belt de school'), HERKOMST, actor(prof));
		const [n, a] = listNotities(g.id);
		expect(updateNotitie(gezinId, andere.id, n!.id, 'anders', everything)).toEqual({ ok: false, reason: 'not_found' });
		expect(updateNotitie(other, g.id, n!.id, 'anders', everything)).toEqual({ ok: false, reason: 'not_found' });
		expect(updateNotitie(gezinId, g.id, a!.id, 'anders', everything)).toEqual({ ok: false, reason: 'not_found' });
		expect(updateNotitie(gezinId, g.id, n!.id, 'Sanne belt', everything)).toMatchObject({ ok: true });
		expect(listNotities(g.id).map((x) => x.tekst)).toEqual(['Sanne belt', 'Sanne belt de school']);
		expect(makeVerslag(gezinId, g.id, TOT, actor(prof))).toEqual({ ok: true });
		expect(updateNotitie(gezinId, g.id, n!.id, 'Later anders', everything)).toEqual({ ok: false, reason: 'fase' });
		expect(listNotities(g.id)[0]!.tekst).toBe('Sanne belt');
	});

	it('takes back a note of this gesprek only', () => {
		const g = running();
		const h2 = running({ titels: ['Elders'] });
		addNotitie(gezinId, g.id, note('van g'), actor(prof));
		addNotitie(gezinId, h2.id, note('van h'), actor(prof));
		const [vanG] = listNotities(g.id);
		const [vanH] = listNotities(h2.id);

		expect(removeNotitie(gezinId, g.id, vanH!.id, actor(prof), everything)).toEqual({ ok: false, reason: 'not_found' });
		expect(removeNotitie(other, h2.id, vanH!.id, actor(prof), everything)).toEqual({ ok: false, reason: 'not_found' });
		expect(removeNotitie(gezinId, g.id, 'x'.repeat(65), actor(prof), everything)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(listNotities(h2.id).map((n) => n.tekst)).toEqual(['van h']);

		expect(removeNotitie(gezinId, g.id, vanG!.id, actor(prof), everything)).toMatchObject({ ok: true });
		expect(listNotities(g.id)).toEqual([]);
		expect(removeNotitie(gezinId, g.id, vanG!.id, actor(prof), everything)).toEqual({ ok: false, reason: 'not_found' });
	});
});

describe('afspraken go into the groeiplan', () => {
	it('an afspraak becomes an open groeiplan afspraak linked to this gesprek, seen by whom its visibility allows', () => {
		const g = running();
		const wie = punten(g.id)[2]!;
		const result = addAfspraak(
			gezinId,
			g.id,
			wie.id,
			afspraak('Oma haalt Daan op dinsdag op', {
				status: 'gedaan',
				wieAccountId: oma,
				wanneer: '2026-12-15',
				zichtbaarheid: 'gezin-en-professionals'
			}),
			HERKOMST,
			actor(prof),
			at(11)
		);
		expect(result).toMatchObject({
			ok: true,
			item: { sectie: 'afspraak', status: 'open', herkomst: HERKOMST, gesprekId: g.id }
		});

		const item = listItems(planId, seeAs(moeder), 'afspraak');
		expect(item).toEqual([
			expect.objectContaining({
				tekst: 'Oma haalt Daan op dinsdag op',
				status: 'open',
				herkomst: HERKOMST,
				gesprekId: g.id,
				wieAccountId: oma,
				wanneer: '2026-12-15'
			})
		]);
		expect(listItems(planId, seeAs(prof), 'afspraak')).toHaveLength(1);
		expect(listItems(planId, seeAs(oma), 'afspraak')).toEqual([]);

		expect(listNotities(g.id)).toEqual([
			expect.objectContaining({
				soort: 'afspraak',
				puntId: wie.id,
				itemId: item[0]!.id,
				tekst: 'Oma haalt Daan op dinsdag op',
				zichtbaarheid: 'gezin-en-professionals'
			})
		]);
		expect(afsprakenVan(g.id).map((a) => a.id)).toEqual([item[0]!.id]);
		expect(afsprakenVan(running({ titels: ['Ander'] }).id)).toEqual([]);

		expect(addAfspraak(other, g.id, null, afspraak('ander gezin'), HERKOMST, actor(prof))).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(listItems(planId, everything)).toHaveLength(1);
		expect(listItems(groeiplanOf(other)!.id, everything)).toEqual([]);
	});

	it('taking back the afspraak note takes the afspraak out of the groeiplan too', () => {
		const g = running();
		addAfspraak(gezinId, g.id, null, afspraak('Sanne belt de school'), HERKOMST, actor(prof));
		addAfspraak(gezinId, g.id, null, afspraak('Karin zoekt een sportclub'), HERKOMST, actor(prof));
		const [eerste] = listNotities(g.id);
		expect(removeNotitie(gezinId, g.id, eerste!.id, actor(moeder), everything)).toMatchObject({ ok: true });
		expect(listItems(planId, seeAs(moeder)).map((i) => i.tekst)).toEqual(['Karin zoekt een sportclub']);
		expect(afsprakenVan(g.id).map((a) => a.tekst)).toEqual(['Karin zoekt een sportclub']);
	});

	it('an afspraak someone has worked on in the groeiplan stays there when the note is taken back', () => {
		const g = running();
		const made = addAfspraak(gezinId, g.id, null, afspraak('Sanne belt de school'), HERKOMST, actor(prof));
		if (!made.ok) throw new Error(made.reason);
		expect(
			updateItem(
				planId,
				made.item.id,
				1,
				{ ...afspraak('Sanne belt de school op maandag'), status: 'bezig' },
				actor(moeder)
			).ok
		).toBe(true);
		const [n] = listNotities(g.id);
		expect(removeNotitie(gezinId, g.id, n!.id, actor(prof), everything)).toMatchObject({ ok: true });
		expect(listNotities(g.id)).toEqual([]);
		expect(listItems(planId, seeAs(moeder)).map((i) => i.tekst)).toEqual(['Sanne belt de school op maandag']);
	});

	it('an afspraak changed in the groeiplan stays linked to its gesprek', () => {
		const g = running();
		const result = addAfspraak(gezinId, g.id, null, afspraak('Sanne belt de school'), HERKOMST, actor(prof));
		if (!result.ok) throw new Error(result.reason);
		const changed = updateItem(
			planId,
			result.item.id,
			result.item.versie,
			afspraak('Sanne mailt de school', { status: 'gedaan' }),
			actor(moeder)
		);
		expect(changed).toMatchObject({
			ok: true,
			item: { tekst: 'Sanne mailt de school', status: 'gedaan', gesprekId: g.id }
		});
		expect(afsprakenVan(g.id).map((a) => [a.tekst, a.gesprekId])).toEqual([['Sanne mailt de school', g.id]]);
	});
});

describe('the verslag', () => {
	it('is made from the notes in agenda order, with the afspraken as the groeiplan has them then, and then stays as it was', () => {
		const buurvrouw = addBetrokkene(gezinId, betrokkeneInput({ naam: 'de buurvrouw' }), actor(moeder));
		const g = running({
			titels: ['Welkom', 'Zorgen', 'Wie doet wat', 'Weg'],
			deelnemers: [
				{ accountId: prof, naam: 'Karin' },
				{ accountId: moeder, naam: 'Sanne' },
				{ accountId: null, naam: 'Buurvrouw' }
			]
		});
		const [welkom, zorgen, wieDoetWat, weg] = punten(g.id);
		// Written in another order than the agenda.
		addNotitie(
			gezinId,
			g.id,
			note('Daan slaapt slecht', { puntId: zorgen!.id, zichtbaarheid: 'iedereen' }),
			actor(prof),
			at(10)
		);
		addNotitie(gezinId, g.id, note('Dit punt gaat van de agenda', { puntId: weg!.id }), actor(prof), at(10));
		addNotitie(
			gezinId,
			g.id,
			note('We praten eerst over school', { puntId: welkom!.id, soort: 'besluit', zichtbaarheid: 'alleen-gezin' }),
			actor(moeder),
			at(11)
		);
		const a1 = addAfspraak(
			gezinId,
			g.id,
			wieDoetWat!.id,
			afspraak('Ophalen op dinsdag', { wieAccountId: moeder, wanneer: '2026-12-15' }),
			HERKOMST,
			actor(prof),
			at(11)
		);
		const a2 = addAfspraak(
			gezinId,
			g.id,
			wieDoetWat!.id,
			afspraak('Boodschappen', { wieBetrokkeneId: buurvrouw.id, zichtbaarheid: 'gezin-en-professionals' }),
			HERKOMST,
			actor(prof),
			at(11)
		);
		const a3 = addAfspraak(
			gezinId,
			g.id,
			wieDoetWat!.id,
			afspraak('Huiswerkbegeleiding', { wieTekst: 'de school' }),
			HERKOMST,
			actor(prof),
			at(11)
		);
		const weggehaald = addAfspraak(
			gezinId,
			g.id,
			zorgen!.id,
			afspraak('Gaat niet door'),
			HERKOMST,
			actor(prof),
			at(11)
		);
		addNotitie(gezinId, g.id, note('Zonder punt'), actor(prof), at(11));
		if (!a1.ok || !a2.ok || !a3.ok || !weggehaald.ok) throw new Error('afspraak not made');
		// Changed and removed in the groeiplan while the gesprek runs; the agenda item 'Weg' goes.
		const a1Nu = updateItem(
			planId,
			a1.item.id,
			1,
			afspraak('Ophalen op woensdag', { wieAccountId: moeder, wanneer: '2026-12-16' }),
			actor(moeder)
		);
		expect(removeItem(planId, weggehaald.item.id, 1, actor(moeder)).ok).toBe(true);
		expect(removePunt(g.id, weg!.id)).toBe(true);

		expect(makeVerslag(gezinId, g.id, TOT, actor(prof), at(12))).toEqual({ ok: true });
		const verslag = load(g.id).verslag!;
		expect(verslag).toEqual({
			gemaaktAt: at(12).toISOString(),
			doorNaam: 'Karin',
			deelnemers: ['Buurvrouw', 'Karin', 'Sanne'],
			punten: [
				{
					id: welkom!.id,
					titel: 'Welkom',
					regels: [{ soort: 'besluit', tekst: 'We praten eerst over school', zichtbaarheid: 'alleen-gezin' }]
				},
				{
					id: zorgen!.id,
					titel: 'Zorgen',
					regels: [{ soort: 'notitie', tekst: 'Daan slaapt slecht', zichtbaarheid: 'iedereen' }]
				},
				{
					id: wieDoetWat!.id,
					titel: 'Wie doet wat',
					regels: [
						{
							soort: 'afspraak',
							tekst: 'Ophalen op woensdag',
							zichtbaarheid: 'iedereen',
							itemId: a1.item.id,
							wie: 'Sanne',
							wanneer: '2026-12-16'
						},
						{
							soort: 'afspraak',
							tekst: 'Boodschappen',
							zichtbaarheid: 'gezin-en-professionals',
							itemId: a2.item.id,
							wie: 'de buurvrouw',
							wanneer: null
						},
						{
							soort: 'afspraak',
							tekst: 'Huiswerkbegeleiding',
							zichtbaarheid: 'iedereen',
							itemId: a3.item.id,
							wie: 'de school',
							wanneer: null
						}
					]
				},
				{
					id: '',
					titel: '',
					regels: [
						{ soort: 'notitie', tekst: 'Dit punt gaat van de agenda', zichtbaarheid: 'gezin-en-professionals' },
						{ soort: 'notitie', tekst: 'Zonder punt', zichtbaarheid: 'gezin-en-professionals' }
					]
				}
			],
			overdrachten: []
		});

		// The groeiplan lives on; the verslag does not follow it.
		if (!a1Nu.ok) throw new Error('update failed');
		expect(
			updateItem(
				planId,
				a1.item.id,
				a1Nu.item.versie,
				afspraak('Ophalen op vrijdag', { wieTekst: 'opa', wanneer: '2027-01-08' }),
				actor(moeder)
			).ok
		).toBe(true);
		expect(
			removeItem(planId, listItems(planId, everything).find((i) => i.tekst === 'Boodschappen')!.id, 1, actor(moeder)).ok
		).toBe(true);
		expect(load(g.id).verslag).toEqual(verslag);
	});

	it('leaves out the trailing item when every note has an item', () => {
		const g = running({ titels: ['Enige punt'] });
		addNotitie(gezinId, g.id, note('netjes', { puntId: punten(g.id)[0]!.id }), actor(prof));
		makeVerslag(gezinId, g.id, TOT, actor(prof));
		expect(load(g.id).verslag!.punten.map((p) => p.id)).toEqual([punten(g.id)[0]!.id]);
	});

	it('names who does an afspraak: a member, a betrokkene, typed words, or both', () => {
		const b = addBetrokkene(gezinId, betrokkeneInput({ naam: 'meester Jan' }), actor(moeder));
		const wie = wieNamer(listMembers(gezinId), listBetrokkenen(gezinId));
		const leeg = { wieAccountId: null, wieBetrokkeneId: null, wieTekst: '' };
		expect(wie({ ...leeg, wieAccountId: oma })).toBe('Ria');
		expect(wie({ ...leeg, wieBetrokkeneId: b.id })).toBe('meester Jan');
		expect(wie({ ...leeg, wieTekst: 'de huisarts' })).toBe('de huisarts');
		expect(wie({ ...leeg, wieAccountId: moeder, wieTekst: 'samen met oma' })).toBe('Sanne, samen met oma');
		expect(wie(leeg)).toBe('');
		// A betrokkene of another gezin is not named.
		const vreemd = addBetrokkene(other, betrokkeneInput({ naam: 'Geheim' }), actor(prof));
		expect(wie({ ...leeg, wieBetrokkeneId: vreemd.id })).toBe('');
	});

	it('each reader sees only the lines they may see, and handovers only when allowed', () => {
		const regel = (tekst: string, zichtbaarheid: Zichtbaarheid) => ({
			soort: 'notitie' as const,
			tekst,
			zichtbaarheid
		});
		const verslag: Verslag = {
			gemaaktAt: at(12).toISOString(),
			doorNaam: 'Karin',
			deelnemers: ['Karin', 'Ria', 'Sanne'],
			punten: [
				{
					id: 'p1',
					titel: 'Zorgen',
					regels: [
						regel('voor iedereen', 'iedereen'),
						regel('gezin en professionals', 'gezin-en-professionals'),
						regel('alleen gezin', 'alleen-gezin')
					]
				},
				{ id: '', titel: '', regels: [regel('los, alleen gezin', 'alleen-gezin')] }
			],
			overdrachten: [{ van: 'Karin', naar: 'Joost', wat: 'De schuldhulp' }]
		};
		const lines = (v: Verslag) => v.punten.flatMap((p) => p.regels.map((r) => r.tekst));
		const regelAs = (id: string) => (r: VerslagRegel) => seeAs(id)(r.zichtbaarheid);
		const asOma = verslagVoor(verslag, regelAs(oma), can({ id: oma, roles: [] }, 'overdracht.view', factsOf(oma)));
		expect(lines(asOma)).toEqual(['voor iedereen']);
		expect(asOma.overdrachten).toEqual([]);
		const asProf = verslagVoor(verslag, regelAs(prof), can({ id: prof, roles: [] }, 'overdracht.view', factsOf(prof)));
		expect(lines(asProf)).toEqual(['voor iedereen', 'gezin en professionals']);
		expect(asProf.overdrachten).toEqual([{ van: 'Karin', naar: 'Joost', wat: 'De schuldhulp' }]);
		expect(lines(verslagVoor(verslag, regelAs(moeder), true))).toEqual([
			'voor iedereen',
			'gezin en professionals',
			'alleen gezin',
			'los, alleen gezin'
		]);
		// An outsider (no membership) sees no line at all.
		expect(lines(verslagVoor(verslag, regelAs(makeAccount('Buiten', ['professional'])), false))).toEqual([]);
		// The stored verslag itself is untouched.
		expect(lines(verslag)).toHaveLength(4);
	});
});

describe('reactions', () => {
	function metVerslag(deelnemers: Array<{ accountId: string | null; naam: string }> = []) {
		const g = running({ deelnemers });
		addNotitie(gezinId, g.id, note('iets', { puntId: punten(g.id)[0]!.id }), actor(prof));
		expect(makeVerslag(gezinId, g.id, TOT, actor(prof), at(12))).toEqual({ ok: true });
		return g;
	}
	const reactie = (puntId: string | null = null) => ({ puntId, akkoord: true, tekst: 'Klopt' });

	it('are welcome only while the verslag is out, up to and including the last day', () => {
		const g = running();
		expect(addReactie(gezinId, g.id, reactie(), actor(moeder), 'gezin', '2026-12-03')).toEqual({
			ok: false,
			reason: 'fase'
		});
		expect(makeVerslag(gezinId, g.id, TOT, actor(prof))).toEqual({ ok: true });

		expect(addReactie(gezinId, g.id, reactie(), actor(moeder), 'gezin', '2026-12-03')).toEqual({ ok: true });
		expect(addReactie(gezinId, g.id, reactie(), actor(oma), 'netwerk', TOT)).toEqual({ ok: true });
		expect(reactieOpen(TOT, TOT)).toBe(true);
		expect(addReactie(gezinId, g.id, reactie(), actor(oma), 'netwerk', '2026-12-10')).toEqual({
			ok: false,
			reason: 'te_laat'
		});
		expect(reactieOpen(TOT, '2026-12-10')).toBe(false);
		expect(addReactie(other, g.id, reactie(), actor(prof), 'professional', '2026-12-03')).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(listReacties(g.id).map((r) => [r.doorNaam, r.doorRol])).toEqual([
			['Sanne', 'gezin'],
			['Ria', 'netwerk']
		]);
	});

	it('about an item only when that item is in the verslag', () => {
		const g = metVerslag();
		const h2 = running({ titels: ['Elders'] });
		const inVerslag = load(g.id).verslag!.punten[0]!.id;
		addReactie(gezinId, g.id, reactie(inVerslag), actor(moeder), 'gezin', '2026-12-03');
		addReactie(gezinId, g.id, reactie(punten(h2.id)[0]!.id), actor(moeder), 'gezin', '2026-12-03');
		addReactie(gezinId, g.id, reactie('verzonnen'), actor(moeder), 'gezin', '2026-12-03');
		addReactie(gezinId, g.id, reactie(''), actor(moeder), 'gezin', '2026-12-03');
		expect(listReacties(g.id).map((r) => r.puntId)).toEqual([inVerslag, null, null, null]);
	});

	it('the period can be made longer, never shorter', () => {
		const bezig = running();
		expect(extendReactietijd(gezinId, bezig.id, '2026-12-20')).toEqual({ ok: false, reason: 'fase' });
		expect(load(bezig.id).reactieTot).toBeNull();

		const g = metVerslag();
		expect(extendReactietijd(gezinId, g.id, '2026-12-08')).toEqual({ ok: false, reason: 'korter' });
		expect(load(g.id).reactieTot).toBe(TOT);
		expect(addReactie(gezinId, g.id, reactie(), actor(moeder), 'gezin', '2026-12-12')).toEqual({
			ok: false,
			reason: 'te_laat'
		});
		expect(extendReactietijd(other, g.id, '2026-12-20')).toEqual({ ok: false, reason: 'not_found' });

		expect(extendReactietijd(gezinId, g.id, TOT)).toEqual({ ok: true });
		expect(extendReactietijd(gezinId, g.id, '2026-12-16')).toEqual({ ok: true });
		expect(load(g.id).reactieTot).toBe('2026-12-16');
		expect(addReactie(gezinId, g.id, reactie(), actor(moeder), 'gezin', '2026-12-12')).toEqual({ ok: true });
		expect(extendReactietijd(gezinId, g.id, TOT)).toEqual({ ok: false, reason: 'korter' });
	});
});

describe('vaststellen', () => {
	const deelnemers = () => [
		{ accountId: prof, naam: 'Karin' },
		{ accountId: moeder, naam: 'Sanne' },
		{ accountId: oma, naam: 'Ria' },
		{ accountId: null, naam: 'Buurvrouw' }
	];
	function metVerslag() {
		const g = running({ deelnemers: deelnemers() });
		addNotitie(gezinId, g.id, note('iets', { puntId: punten(g.id)[0]!.id }), actor(prof));
		expect(makeVerslag(gezinId, g.id, TOT, actor(prof), at(12))).toEqual({ ok: true });
		return load(g.id);
	}
	const akkoord = { puntId: null, akkoord: true, tekst: '' };

	it('waits for everyone invited with an account (not the organiser) while the period runs', () => {
		const g = metVerslag();
		expect(vaststellen(gezinId, g.id, actor(prof), '2026-12-03')).toEqual({
			ok: false,
			reason: 'wacht',
			wie: ['Ria', 'Sanne']
		});

		addReactie(gezinId, g.id, akkoord, actor(moeder), 'gezin', '2026-12-03');
		expect(nogGeenReactie(g)).toEqual(['Ria']);
		expect(vaststellen(gezinId, g.id, actor(prof), TOT)).toEqual({ ok: false, reason: 'wacht', wie: ['Ria'] });
		expect(load(g.id).status).toBe('verslag');

		addReactie(
			gezinId,
			g.id,
			{ puntId: null, akkoord: false, tekst: 'Ik zie het anders' },
			actor(oma),
			'netwerk',
			'2026-12-04'
		);
		expect(nogGeenReactie(g)).toEqual([]);
		expect(vaststellen(gezinId, g.id, actor(prof), '2026-12-04', at(15))).toEqual({ ok: true });
		expect(load(g.id)).toMatchObject({ status: 'vastgesteld', vastgesteldAt: at(15), vastgesteldDoorNaam: 'Karin' });
	});

	it('does not wait for someone whose access ended: they cannot react any more', () => {
		const g = metVerslag();
		addReactie(gezinId, g.id, akkoord, actor(moeder), 'gezin', '2026-12-03');
		expect(nogGeenReactie(g)).toEqual(['Ria']);
		expect(endAccess(gezinId, membershipOf(gezinId, oma)!.id, moeder)).toMatchObject({ ok: true });
		expect(nogGeenReactie(g)).toEqual([]);
		expect(vaststellen(gezinId, g.id, actor(prof), '2026-12-03')).toEqual({ ok: true });
	});

	it('goes ahead after the period, whoever did not react', () => {
		const g = metVerslag();
		expect(vaststellen(gezinId, g.id, actor(prof), '2026-12-10')).toEqual({ ok: true });
		expect(load(g.id).status).toBe('vastgesteld');
	});

	it('only from a verslag, in its own gezin', () => {
		const g = running();
		expect(vaststellen(gezinId, g.id, actor(prof), '2026-12-10')).toEqual({ ok: false, reason: 'fase' });
		const v = metVerslag();
		expect(vaststellen(other, v.id, actor(prof), '2026-12-10')).toEqual({ ok: false, reason: 'not_found' });
		expect(load(v.id).status).toBe('verslag');
	});

	it('after vaststellen the app refuses every step', () => {
		const g = metVerslag();
		const [n] = listNotities(g.id);
		expect(vaststellen(gezinId, g.id, actor(prof), '2026-12-10')).toEqual({ ok: true });
		const before = load(g.id);

		expect(beginGesprek(gezinId, g.id)).toEqual({ ok: false, reason: 'fase' });
		expect(moveToPunt(gezinId, g.id, punten(g.id)[0]!.id)).toEqual({ ok: false, reason: 'fase' });
		expect(addNotitie(gezinId, g.id, note('stiekem'), actor(prof))).toEqual({ ok: false, reason: 'fase' });
		expect(addAfspraak(gezinId, g.id, null, afspraak('stiekem'), HERKOMST, actor(prof))).toEqual({
			ok: false,
			reason: 'fase'
		});
		expect(removeNotitie(gezinId, g.id, n!.id, actor(prof), everything)).toEqual({ ok: false, reason: 'fase' });
		expect(makeVerslag(gezinId, g.id, '2026-12-30', actor(prof))).toEqual({ ok: false, reason: 'fase' });
		expect(addReactie(gezinId, g.id, akkoord, actor(moeder), 'gezin', '2026-12-03')).toEqual({
			ok: false,
			reason: 'fase'
		});
		expect(extendReactietijd(gezinId, g.id, '2026-12-30')).toEqual({ ok: false, reason: 'fase' });
		expect(vaststellen(gezinId, g.id, actor(moeder), '2026-12-30')).toEqual({ ok: false, reason: 'fase' });

		expect(load(g.id)).toEqual(before);
		expect(listNotities(g.id)).toHaveLength(1);
		expect(listReacties(g.id)).toEqual([]);
	});

	it('after vaststellen the database refuses changes too, even from a path that forgot the check', () => {
		const g = metVerslag();
		addReactie(gezinId, g.id, akkoord, actor(moeder), 'gezin', '2026-12-03');
		const open = running(); // a gesprek that is not vastgesteld: the same writes work there
		expect(vaststellen(gezinId, g.id, actor(prof), '2026-12-10')).toEqual({ ok: true });
		const punt = punten(g.id)[0]!;
		const [n] = listNotities(g.id);
		const sql =
			(text: string, ...params: unknown[]) =>
			() =>
				h.sqlite.prepare(text).run(...params);
		const insertNotitie = (gesprekId: string) =>
			sql(
				"INSERT INTO gesprek_notitie (id, gesprek_id, soort, tekst, zichtbaarheid, door_naam, created_at) VALUES (?, ?, 'notitie', 'later', 'iedereen', 'X', 0)",
				`n-${gesprekId}`,
				gesprekId
			);
		const insertPunt = (gesprekId: string) =>
			sql(
				"INSERT INTO gesprek_punt (id, gesprek_id, volgorde, titel) VALUES (?, ?, 99, 'Later')",
				`p-${gesprekId}`,
				gesprekId
			);
		const insertReactie = (gesprekId: string) =>
			sql(
				"INSERT INTO gesprek_reactie (id, gesprek_id, door_naam, door_rol, created_at) VALUES (?, ?, 'X', 'gezin', 0)",
				`r-${gesprekId}`,
				gesprekId
			);

		expect(sql("UPDATE gesprek SET plaats = 'Elders' WHERE id = ?", g.id)).toThrow(/vastgesteld/);
		expect(sql("UPDATE gesprek SET status = 'bezig' WHERE id = ?", g.id)).toThrow(/vastgesteld/);
		expect(insertNotitie(g.id)).toThrow(/vastgesteld/);
		expect(sql("UPDATE gesprek_notitie SET tekst = 'anders' WHERE id = ?", n!.id)).toThrow(/vastgesteld/);
		expect(insertPunt(g.id)).toThrow(/vastgesteld/);
		expect(sql("UPDATE gesprek_punt SET titel = 'Anders' WHERE id = ?", punt.id)).toThrow(/vastgesteld/);
		expect(insertReactie(g.id)).toThrow(/vastgesteld/);
		// Nothing is taken away either: agenda items, notes, reactions, invitees; reactions stay as written.
		expect(sql('DELETE FROM gesprek_punt WHERE id = ?', punten(g.id)[2]!.id)).toThrow(/vastgesteld/);
		expect(sql('DELETE FROM gesprek_notitie WHERE id = ?', n!.id)).toThrow(/vastgesteld/);
		expect(sql("UPDATE gesprek_reactie SET tekst = 'anders' WHERE gesprek_id = ?", g.id)).toThrow(/vastgesteld/);
		expect(sql('DELETE FROM gesprek_reactie WHERE gesprek_id = ?', g.id)).toThrow(/vastgesteld/);
		expect(sql('DELETE FROM gesprek_deelnemer WHERE gesprek_id = ?', g.id)).toThrow(/vastgesteld/);
		expect(sql("INSERT INTO gesprek_deelnemer (id, gesprek_id, naam) VALUES ('d-later', ?, 'Later')", g.id)).toThrow(
			/vastgesteld/
		);
		// App functions without a phase check of their own hit the same wall.
		expect(() => updateDetails(gezinId, g.id, g.versie, { datum: '2026-12-24', tijd: '', plaats: 'Elders' })).toThrow(
			/vastgesteld/
		);
		expect(() => updatePunt(g.id, punt.id, { titel: 'Anders', uitleg: '', minuten: 5 })).toThrow(/vastgesteld/);
		expect(() => addPunt(g.id, { titel: 'Later', uitleg: '', minuten: 5 })).toThrow(/vastgesteld/);

		const after = load(g.id);
		expect(after).toMatchObject({ status: 'vastgesteld', plaats: 'Thuis' });
		expect(punten(g.id).map((p) => p.titel)).toEqual(['Welkom', 'Zorgen', 'Wie doet wat']);
		expect(listNotities(g.id).map((x) => x.tekst)).toEqual(['iets']);

		// The triggers are about vastgesteld gesprekken only.
		expect(sql("UPDATE gesprek SET plaats = 'Elders' WHERE id = ?", open.id)).not.toThrow();
		expect(insertNotitie(open.id)).not.toThrow();
		expect(insertPunt(open.id)).not.toThrow();
		expect(sql("UPDATE gesprek_punt SET titel = 'Anders' WHERE id = ?", punten(open.id)[0]!.id)).not.toThrow();
		expect(insertReactie(open.id)).not.toThrow();
		expect(sql("UPDATE gesprek_reactie SET tekst = 'anders' WHERE gesprek_id = ?", open.id)).not.toThrow();
		expect(sql('DELETE FROM gesprek_reactie WHERE gesprek_id = ?', open.id)).not.toThrow();
		expect(
			sql("INSERT INTO gesprek_deelnemer (id, gesprek_id, naam) VALUES ('d-open', ?, 'Later')", open.id)
		).not.toThrow();
		expect(sql("DELETE FROM gesprek_deelnemer WHERE id = 'd-open'")).not.toThrow();
		expect(sql('DELETE FROM gesprek_punt WHERE id = ?', punten(open.id)[2]!.id)).not.toThrow();
	});
});

describe('warme overdracht', () => {
	const overdracht = (patch: Partial<OverdrachtInput> = {}): OverdrachtInput => ({
		vanAccountId: prof,
		vanNaam: 'Karin',
		naarAccountId: joost,
		naarNaam: 'Joost',
		wat: 'De schuldhulp en het contact met school',
		...patch
	});

	it('is recorded only in an "iemand stopt" gesprek while it runs', () => {
		// Another kind of gesprek, even while it runs: refused for its kind.
		const afstemming = running({ soort: 'afstemming' });
		expect(addOverdracht(gezinId, afstemming.id, overdracht())).toEqual({ ok: false, reason: 'soort' });
		expect(addOverdracht(gezinId, running({ soort: 'erbij' }).id, overdracht())).toEqual({
			ok: false,
			reason: 'soort'
		});
		expect(listOverdrachten(afstemming.id)).toEqual([]);
		const gepland = plan({ soort: 'stopt' });
		expect(addOverdracht(gezinId, gepland.id, overdracht())).toEqual({ ok: false, reason: 'fase' });
		const g = running({ soort: 'stopt' });
		expect(addOverdracht(other, g.id, overdracht())).toEqual({ ok: false, reason: 'not_found' });
		expect(openOverdrachten(gezinId)).toEqual([]);

		expect(addOverdracht(gezinId, g.id, overdracht(), at(11))).toMatchObject({
			ok: true,
			overdracht: { gesprekId: g.id, gezinId, naarAccountId: joost, bevestigdAt: null }
		});
		expect(makeVerslag(gezinId, g.id, TOT, actor(prof))).toEqual({ ok: true });
		expect(addOverdracht(gezinId, g.id, overdracht({ wat: 'nog iets' }))).toEqual({ ok: false, reason: 'fase' });
		expect(listOverdrachten(g.id).map((o) => o.wat)).toEqual(['De schuldhulp en het contact met school']);
		expect(load(g.id).verslag!.overdrachten).toEqual([
			{ van: 'Karin', naar: 'Joost', wat: 'De schuldhulp en het contact met school' }
		]);
	});

	it('stays open until the receiving professional confirms it, once; also after vaststellen', () => {
		const g = running({ soort: 'stopt' });
		const r = addOverdracht(gezinId, g.id, overdracht(), at(11));
		if (!r.ok) throw new Error(r.reason);
		const id = r.overdracht.id;
		expect(openOverdrachten(gezinId)).toEqual([expect.objectContaining({ id, datum: DATUM, naarNaam: 'Joost' })]);
		expect(openOverdrachten(other)).toEqual([]);

		expect(getOverdracht(other, id)).toBeUndefined();
		expect(getOverdracht(gezinId, id)).toMatchObject({ id, wat: 'De schuldhulp en het contact met school' });
		expect(confirmOverdracht(other, id)).toBe(false);
		expect(openOverdrachten(gezinId)).toHaveLength(1);

		expect(makeVerslag(gezinId, g.id, TOT, actor(prof))).toEqual({ ok: true });
		expect(vaststellen(gezinId, g.id, actor(prof), '2026-12-10')).toEqual({ ok: true });
		expect(openOverdrachten(gezinId)).toHaveLength(1);

		expect(confirmOverdracht(gezinId, id, at(20))).toBe(true);
		expect(confirmOverdracht(gezinId, id, at(21))).toBe(false);
		expect(getOverdracht(gezinId, id)!.bevestigdAt).toEqual(at(20));
		expect(openOverdrachten(gezinId)).toEqual([]);
	});

	it('shows on "Mijn afspraken" of both professionals until it is confirmed, to nobody else', () => {
		const g = running({ soort: 'stopt' });
		const r = addOverdracht(gezinId, g.id, overdracht(), at(11));
		if (!r.ok) throw new Error(r.reason);
		expect(mijnOpenOverdrachten(joost)).toEqual([
			expect.objectContaining({ id: r.overdracht.id, gezinId, gesprekId: g.id, kant: 'ontvangen', ander: 'Karin' })
		]);
		expect(mijnOpenOverdrachten(prof)).toEqual([
			expect.objectContaining({ id: r.overdracht.id, kant: 'geven', ander: 'Joost' })
		]);
		expect(mijnOpenOverdrachten(moeder)).toEqual([]);
		expect(mijnOpenOverdrachten(oma)).toEqual([]);

		// Whoever left the gezin no longer sees it there.
		expect(endAccess(gezinId, membershipOf(gezinId, joost)!.id, moeder)).toMatchObject({ ok: true });
		expect(mijnOpenOverdrachten(joost)).toEqual([]);
		expect(mijnOpenOverdrachten(prof)).toHaveLength(1);
		confirmOverdracht(gezinId, r.overdracht.id);
		expect(mijnOpenOverdrachten(prof)).toEqual([]);
	});
});

describe('who may run a gesprek, react, vaststellen and confirm a handover', () => {
	const me: PolicyActor = { id: 'me', roles: [] };
	const roles = ['gezin', 'netwerk', 'professional'] as const;
	const facts = (role: MemberRole, status: 'actief' | 'wacht' | 'beeindigd' = 'actief', accountId = 'me') => ({
		membership: { accountId, role, status }
	});

	it('family and professionals lead, read every reaction and see handovers; the network does not', () => {
		for (const action of ['gesprek.lead', 'gesprek.viewReacties', 'overdracht.view'] as const) {
			expect(roles.map((r) => can(me, action, facts(r)))).toEqual([true, false, true]);
		}
	});

	it('the family reacts always; others only when invited', () => {
		expect(roles.map((r) => can(me, 'gesprek.react', { ...facts(r), uitgenodigd: false }))).toEqual([
			true,
			false,
			false
		]);
		expect(roles.map((r) => can(me, 'gesprek.react', { ...facts(r), uitgenodigd: true }))).toEqual([true, true, true]);
	});

	it('only the organiser marks it vastgesteld (a professional when the organiser is gone), never the network', () => {
		expect(roles.map((r) => can(me, 'gesprek.vaststellen', { ...facts(r), organisator: 'me' }))).toEqual([
			true,
			false,
			true
		]);
		expect(roles.map((r) => can(me, 'gesprek.vaststellen', { ...facts(r), organisator: 'iemand-anders' }))).toEqual([
			false,
			false,
			false
		]);
		expect(roles.map((r) => can(me, 'gesprek.vaststellen', { ...facts(r), organisator: null }))).toEqual([
			false,
			false,
			true
		]);
	});

	it('only the receiving professional confirms a handover', () => {
		expect(can(me, 'overdracht.confirm', { ...facts('professional'), naarAccountId: 'me' })).toBe(true);
		expect(can(me, 'overdracht.confirm', { ...facts('professional'), naarAccountId: 'iemand-anders' })).toBe(false); // e.g. the leaving one
		expect(can(me, 'overdracht.confirm', { ...facts('professional'), naarAccountId: null })).toBe(false);
		expect(can(me, 'overdracht.confirm', { ...facts('gezin'), naarAccountId: 'me' })).toBe(false);
		expect(can(me, 'overdracht.confirm', { ...facts('netwerk'), naarAccountId: 'me' })).toBe(false);
	});

	it('nothing without an active membership of ones own', () => {
		const all = (f: GezinFacts) => [
			can(me, 'gesprek.lead', f),
			can(me, 'gesprek.viewReacties', f),
			can(me, 'overdracht.view', f),
			can(me, 'gesprek.react', { ...f, uitgenodigd: true }),
			can(me, 'gesprek.vaststellen', { ...f, organisator: 'me' }),
			can(me, 'gesprek.vaststellen', { ...f, organisator: null }),
			can(me, 'overdracht.confirm', { ...f, naarAccountId: 'me' })
		];
		for (const role of roles) {
			expect(all(facts(role, 'wacht'))).not.toContain(true);
			expect(all(facts(role, 'beeindigd'))).not.toContain(true);
			expect(all(facts(role, 'actief', 'iemand-anders'))).not.toContain(true);
		}
		expect(all({ membership: null })).not.toContain(true);
		expect(can(null, 'gesprek.react', { ...facts('gezin'), uitgenodigd: true })).toBe(false);
		// A beheerder has no access to a gezin through that role.
		expect(can({ id: 'me', roles: ['beheerder', 'professional'] }, 'gesprek.lead', { membership: null })).toBe(false);
		// Control: the same facts, active, do allow (so the checks above can fail).
		expect(all(facts('professional'))).toEqual([true, true, true, true, true, true, true]);
	});
});

describe('forms at the table', () => {
	const read = <T>(fields: Record<string, string>, reader: (f: FormInput) => T) => {
		const data = new FormData();
		for (const [k, v] of Object.entries(fields)) data.set(k, v);
		const form = new FormInput(data);
		return { value: reader(form), errors: form.errors, ok: form.ok };
	};
	const notitie = (fields: Record<string, string>, mayChoose: (z: Zichtbaarheid) => boolean = everything) =>
		read(fields, (f) => readNotitie(f, mayChoose));
	const valid = { tekst: 'Daan slaapt slecht', soort: 'besluit', zichtbaarheid: 'alleen-gezin', punt: 'punt-1' };

	it('reads a note or besluit', () => {
		expect(notitie(valid)).toEqual({
			value: { puntId: 'punt-1', soort: 'besluit', tekst: 'Daan slaapt slecht', zichtbaarheid: 'alleen-gezin' },
			errors: {},
			ok: true
		});
		expect(notitie({ ...valid, punt: '', tekst: '  rond  ' }).value).toMatchObject({ puntId: null, tekst: 'rond' });
	});

	it('refuses a visibility the writer could not see themselves', () => {
		const professional = (z: Zichtbaarheid) => z !== 'alleen-gezin';
		const r = notitie(valid, professional);
		expect(r.ok).toBe(false);
		expect(r.errors).toEqual({ zichtbaarheid: 'Dan kun je het zelf niet meer zien. Kies iets anders.' });
		expect(notitie({ ...valid, zichtbaarheid: 'iedereen' }, professional).ok).toBe(true);
		expect(notitie({ ...valid, zichtbaarheid: 'openbaar' }).errors.zichtbaarheid).toBe(
			'Kies een van de mogelijkheden.'
		);
	});

	it('without a soort or visibility the note is refused, not saved with a guessed one', () => {
		const { zichtbaarheid: _z, soort: _s, ...zonder } = valid;
		void [_z, _s];
		expect(notitie(zonder).errors).toEqual({
			soort: 'Kies een van de mogelijkheden.',
			zichtbaarheid: 'Kies een van de mogelijkheden.'
		});
	});

	it('wants text, at most 2000 characters', () => {
		expect(notitie({ ...valid, tekst: '' }).errors).toEqual({ tekst: 'Vul dit in.' });
		expect(notitie({ ...valid, tekst: '   ' }).errors).toEqual({ tekst: 'Vul dit in.' });
		expect(notitie({ ...valid, tekst: 'x'.repeat(2001) }).errors.tekst).toBe(
			'Dit is te lang. Gebruik hoogstens 2000 tekens.'
		);
		expect(notitie({ ...valid, tekst: 'x'.repeat(2000) }).ok).toBe(true);
		expect(notitie({ ...valid, punt: 'x'.repeat(65) }).errors.punt).toBeDefined();
	});

	it('an afspraak (or anything else) cannot be slipped in as a note: it is refused, and never read as an afspraak', () => {
		for (const soort of ['afspraak', 'rommel']) {
			const r = notitie({ ...valid, soort });
			expect(r.errors.soort).toBe('Kies een van de mogelijkheden.');
			expect(r.value.soort).toBe('notitie');
		}
	});

	it('the last day to react is a real day, today or later', () => {
		const tot = (reactieTot: string, vandaag = '2026-12-02') => read({ reactieTot }, (f) => readReactieTot(f, vandaag));
		expect(tot('2026-12-09')).toEqual({ value: '2026-12-09', errors: {}, ok: true });
		expect(tot('2026-12-02').ok).toBe(true);
		expect(tot('2026-02-30').errors).toEqual({ reactieTot: 'Kies een echte datum.' });
		expect(tot('morgen').errors).toEqual({ reactieTot: 'Kies een echte datum.' });
		expect(tot('9-12-2026').errors).toEqual({ reactieTot: 'Kies een echte datum.' });
		expect(tot('2026-12-01').errors).toEqual({ reactieTot: 'Kies vandaag of een dag later.' });
		expect(tot('').errors).toEqual({ reactieTot: 'Vul dit in.' });
	});

	it('a handover goes from a professional (or a typed name) to another professional of the gezin', () => {
		const professionals = [
			{ accountId: 'karin', displayName: 'Karin Janssen' },
			{ accountId: 'sanne', displayName: 'Sanne de Vries' }
		];
		const over = (fields: Record<string, string>) => read(fields, (f) => readOverdracht(f, professionals));
		expect(over({ van: 'karin', naar: 'sanne', wat: 'Het contact met school' })).toEqual({
			value: {
				vanAccountId: 'karin',
				vanNaam: 'Karin Janssen',
				naarAccountId: 'sanne',
				naarNaam: 'Sanne de Vries',
				wat: 'Het contact met school'
			},
			errors: {},
			ok: true
		});
		expect(over({ vanNaam: 'Juf Ans', naar: 'sanne', wat: 'Huiswerk' }).value).toMatchObject({
			vanAccountId: null,
			vanNaam: 'Juf Ans'
		});
		// Someone else's id, the same person twice, nobody at all: refused on the field, nothing read.
		expect(over({ van: 'oma', naar: 'sanne', wat: 'x' })).toMatchObject({
			value: null,
			errors: { van: 'Kies een van de mogelijkheden.' }
		});
		expect(over({ van: 'karin', naar: 'oma', wat: 'x' })).toMatchObject({
			value: null,
			errors: { naar: expect.any(String) }
		});
		expect(over({ van: 'karin', naar: 'karin', wat: 'x' })).toMatchObject({
			value: null,
			errors: { naar: expect.any(String) }
		});
		expect(over({ naar: 'sanne', wat: 'x' })).toMatchObject({ value: null, errors: { van: expect.any(String) } });
		expect(over({ van: 'karin', naar: 'sanne', wat: '' })).toMatchObject({
			value: null,
			errors: { wat: 'Vul dit in.' }
		});
	});

	it('counts days across months and years, and names a day in Dutch', () => {
		expect(plusDays('2026-12-02', 7)).toBe('2026-12-09');
		expect(plusDays('2026-02-26', 3)).toBe('2026-03-01');
		expect(plusDays('2026-12-29', 7)).toBe('2027-01-05');
		expect(plusDays('2026-03-28', 2)).toBe('2026-03-30'); // over the change to summer time
		expect(dagInWoorden('2026-11-12')).toBe('12 november 2026');
	});
});
