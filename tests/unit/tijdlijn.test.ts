import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { createGezin, membershipOf } from '$lib/server/gezinnen';
import { createInvite, acceptInvite } from '$lib/server/invites';
import { visibilityFilter, type GezinFacts } from '$lib/server/access';
import { FormInput } from '$lib/server/forms';
import {
	addGebeurtenis,
	getGebeurtenis,
	listGebeurtenissen,
	listVersies,
	removeGebeurtenis,
	toViews,
	updateGebeurtenis,
	type GebeurtenisInput
} from '$lib/server/tijdlijn/gebeurtenissen';
import { addKant, getKant, listKanten, removeKant, updateKant } from '$lib/server/tijdlijn/kanten';
import { listBanen, renameBaan } from '$lib/server/tijdlijn/banen';
import { tijdlijnSamenvatting } from '$lib/server/tijdlijn/samenvatting';
import { readGebeurtenisInput, type GebeurtenisFormContext } from '$lib/server/tijdlijn/form';
import { compareWanneer, type Wanneer } from '$lib/tijdlijn/wanneer';
import type { MemberRole, TijdlijnBaan } from '$lib/domain';
import { m } from '$lib/paraglide/messages';
import { freshDatabase, makeAccount } from './helpers';

let prof: string;
let moeder: string;
let oma: string;
let gezinId: string;

function join(role: MemberRole, name: string): string {
	const id = makeAccount(name);
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

function seeAs(accountId: string, inGezin = gezinId) {
	const mem = membershipOf(inGezin, accountId);
	const facts: GezinFacts = { membership: mem ? { accountId, role: mem.role, status: mem.status } : null };
	return visibilityFilter({ id: accountId, roles: [] }, facts);
}

const names: Record<string, string> = {};
const who = (id: string) => ({ id, name: names[id] ?? id });

const when = (van: string, more: Partial<Wanneer> = {}): Wanneer => ({
	van,
	tot: null,
	nogBezig: false,
	ongeveer: false,
	...more
});

function input(titel: string, extra: Partial<GebeurtenisInput> = {}): GebeurtenisInput {
	return {
		baan: 'gezin',
		titel,
		verhaal: '',
		moment: 'gewoon',
		wanneer: when('2015'),
		verhaalVan: null,
		namensGezin: false,
		organisatie: '',
		soortHulp: '',
		zichtbaarheid: 'iedereen',
		...extra
	};
}

const titels = (viewer: string) => listGebeurtenissen(gezinId, seeAs(viewer)).map((g) => g.titel);

beforeEach(() => {
	freshDatabase();
	prof = makeAccount('Karin', ['professional']);
	names[prof] = 'Karin';
	gezinId = createGezin('Familie De Boer', prof, 'gezinscoach');
	moeder = join('gezin', 'Sanne');
	names[moeder] = 'Sanne';
	oma = join('netwerk', 'Ria');
	names[oma] = 'Ria';
});

afterEach(() => closeDatabase());

describe('events in time', () => {
	it('lists events chronologically across precisions: same start, the less precise first', () => {
		// Added out of order on purpose.
		addGebeurtenis(gezinId, input('Dag', { wanneer: when('2015-03-12') }), who(moeder));
		addGebeurtenis(gezinId, input('Later', { wanneer: when('2016') }), who(moeder));
		addGebeurtenis(gezinId, input('Eerste maart', { wanneer: when('2015-03-01') }), who(moeder));
		addGebeurtenis(gezinId, input('Maart', { wanneer: when('2015-03') }), who(moeder));
		addGebeurtenis(gezinId, input('Januari', { wanneer: when('2015-01') }), who(moeder));
		addGebeurtenis(gezinId, input('Jaar', { wanneer: when('2015') }), who(moeder));
		addGebeurtenis(gezinId, input('Oudjaar', { wanneer: when('2014-12-31') }), who(moeder));
		addGebeurtenis(gezinId, input('Periode', { wanneer: when('2013', { tot: '2020' }) }), who(moeder));
		expect(titels(moeder)).toEqual(['Periode', 'Oudjaar', 'Jaar', 'Januari', 'Maart', 'Eerste maart', 'Dag', 'Later']);
	});

	it('compareWanneer: the earlier start first; at the same start the year, then the month, then the day', () => {
		const list = [when('2015-01-01'), when('2016'), when('2015-01'), when('2014-12-31'), when('2015'), when('2015-02')];
		expect([...list].sort(compareWanneer).map((w) => w.van)).toEqual([
			'2014-12-31',
			'2015',
			'2015-01',
			'2015-01-01',
			'2015-02',
			'2016'
		]);
		expect(compareWanneer(when('2015'), when('2015', { tot: '2019' }))).toBe(0);
	});

	it('keeps events with the same date in the order they were told', () => {
		addGebeurtenis(gezinId, input('Tweede', { wanneer: when('2015') }), who(moeder), new Date('2026-02-01T10:00:00Z'));
		addGebeurtenis(gezinId, input('Eerste', { wanneer: when('2015') }), who(moeder), new Date('2026-01-01T10:00:00Z'));
		expect(titels(moeder)).toEqual(['Eerste', 'Tweede']);
	});

	it('a removed event leaves the tijdlijn, its versions stay; versions newest first with who changed it', () => {
		const g = addGebeurtenis(gezinId, input('Verhuisd naar Zwolle'), who(moeder));
		const keep = addGebeurtenis(gezinId, input('Daan geboren', { wanneer: when('2016-05-02') }), who(moeder));
		const saved = updateGebeurtenis(
			gezinId,
			g.id,
			1,
			input('Verhuisd naar Zwolle-Zuid', { verhaal: 'Een klein huis' }),
			who(prof)
		);
		expect(saved).toMatchObject({ ok: true, gebeurtenis: { versie: 2, titel: 'Verhuisd naar Zwolle-Zuid' } });
		expect(removeGebeurtenis(gezinId, g.id, 2, who(moeder))).toMatchObject({ ok: true, gebeurtenis: { versie: 3 } });

		expect(titels(moeder)).toEqual(['Daan geboren']);
		expect(getGebeurtenis(gezinId, g.id, seeAs(moeder))).toBeUndefined();
		expect(toViews(listGebeurtenissen(gezinId, seeAs(moeder))).map((v) => v.id)).toEqual([keep.id]);

		const versies = listVersies(gezinId, g.id, seeAs(moeder));
		expect(versies.map((v) => [v.versie, v.soort, v.actorName, v.titel])).toEqual([
			[3, 'verwijderd', 'Sanne', 'Verhuisd naar Zwolle-Zuid'],
			[2, 'gewijzigd', 'Karin', 'Verhuisd naar Zwolle-Zuid'],
			[1, 'aangemaakt', 'Sanne', 'Verhuisd naar Zwolle']
		]);
		expect(versies[1]!.verhaal).toBe('Een klein huis');
		expect(versies[0]!.seq).toBeGreaterThan(versies[1]!.seq);

		// Gone is gone: no change or second removal of a removed event.
		expect(updateGebeurtenis(gezinId, g.id, 3, input('Terug?'), who(moeder))).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(removeGebeurtenis(gezinId, g.id, 3, who(moeder))).toEqual({ ok: false, reason: 'not_found' });
	});
});

describe('versions: never a silent overwrite', () => {
	it('a stale save is refused with the current event and changes nothing', () => {
		const g = addGebeurtenis(gezinId, input('Naar de nieuwe school'), who(moeder));
		expect(updateGebeurtenis(gezinId, g.id, 1, input('Versie van Sanne'), who(moeder)).ok).toBe(true);
		const stale = updateGebeurtenis(
			gezinId,
			g.id,
			1,
			input('Versie van Karin', { zichtbaarheid: 'gezin-en-professionals' }),
			who(prof)
		);
		expect(stale).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { id: g.id, titel: 'Versie van Sanne', versie: 2 }
		});
		expect(getGebeurtenis(gezinId, g.id, seeAs(moeder))).toMatchObject({
			titel: 'Versie van Sanne',
			versie: 2,
			zichtbaarheid: 'iedereen'
		});
		expect(listVersies(gezinId, g.id, seeAs(moeder))).toHaveLength(2);
		// A version from the future is just as stale.
		expect(updateGebeurtenis(gezinId, g.id, 3, input('Vooruit'), who(prof))).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
		// Knowing both, she saves on top of the current version.
		expect(updateGebeurtenis(gezinId, g.id, 2, input('Versie van Sanne en Karin'), who(prof))).toMatchObject({
			ok: true,
			gebeurtenis: { versie: 3 }
		});
	});

	it('a stale removal is refused and the event stays', () => {
		const g = addGebeurtenis(gezinId, input('Opa overleden', { moment: 'moeilijk' }), who(moeder));
		updateGebeurtenis(
			gezinId,
			g.id,
			1,
			input('Opa overleden', { moment: 'moeilijk', verhaal: 'In het ziekenhuis' }),
			who(moeder)
		);
		expect(removeGebeurtenis(gezinId, g.id, 1, who(prof))).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { versie: 2, verhaal: 'In het ziekenhuis' }
		});
		expect(titels(moeder)).toEqual(['Opa overleden']);
		expect(listVersies(gezinId, g.id, seeAs(moeder)).map((v) => v.soort)).toEqual(['gewijzigd', 'aangemaakt']);
	});

	it("someone else's event id is not found: no reading, changing or removing across gezinnen", () => {
		const other = createGezin('Familie Yilmaz', prof, 'coach');
		const foreign = addGebeurtenis(other, input('Geheim van Yilmaz'), who(prof));
		const seeAll = () => true;
		expect(getGebeurtenis(gezinId, foreign.id, seeAll)).toBeUndefined();
		expect(updateGebeurtenis(gezinId, foreign.id, 1, input('Overschreven'), who(moeder))).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(removeGebeurtenis(gezinId, foreign.id, 1, who(moeder))).toEqual({ ok: false, reason: 'not_found' });
		expect(listVersies(gezinId, foreign.id, seeAll)).toEqual([]);
		expect(listGebeurtenissen(gezinId, seeAll)).toEqual([]);
		// Untouched in its own gezin.
		expect(getGebeurtenis(other, foreign.id, seeAs(prof, other))).toMatchObject({
			titel: 'Geheim van Yilmaz',
			versie: 1
		});
		// Odd ids are simply not found.
		expect(getGebeurtenis(gezinId, '', seeAll)).toBeUndefined();
		expect(getGebeurtenis(gezinId, 'x'.repeat(65), seeAll)).toBeUndefined();
		expect(getGebeurtenis(gezinId, "' OR 1=1 --", seeAll)).toBeUndefined();
	});
});

describe('visibility', () => {
	it('the network sees only "iedereen"; a professional does not see "alleen-gezin"; an outsider nothing', () => {
		const open = addGebeurtenis(gezinId, input('Daan naar groep 3', { wanneer: when('2019') }), who(moeder));
		const prof_ = addGebeurtenis(
			gezinId,
			input('Schulden', { wanneer: when('2020'), zichtbaarheid: 'gezin-en-professionals' }),
			who(prof)
		);
		const gezin_ = addGebeurtenis(
			gezinId,
			input('Ruzie met ex', { wanneer: when('2021'), zichtbaarheid: 'alleen-gezin' }),
			who(moeder)
		);
		const outsider = makeAccount('Buiten', ['professional']);

		expect(titels(moeder)).toEqual(['Daan naar groep 3', 'Schulden', 'Ruzie met ex']);
		expect(titels(prof)).toEqual(['Daan naar groep 3', 'Schulden']);
		expect(titels(oma)).toEqual(['Daan naar groep 3']);
		expect(titels(outsider)).toEqual([]);

		expect(getGebeurtenis(gezinId, open.id, seeAs(oma))?.titel).toBe('Daan naar groep 3');
		expect(getGebeurtenis(gezinId, prof_.id, seeAs(oma))).toBeUndefined();
		expect(getGebeurtenis(gezinId, gezin_.id, seeAs(oma))).toBeUndefined();
		expect(getGebeurtenis(gezinId, gezin_.id, seeAs(prof))).toBeUndefined();
		expect(getGebeurtenis(gezinId, open.id, seeAs(outsider))).toBeUndefined();

		expect(listVersies(gezinId, open.id, seeAs(oma))).toHaveLength(1);
		expect(listVersies(gezinId, prof_.id, seeAs(oma))).toEqual([]);
		expect(listVersies(gezinId, gezin_.id, seeAs(oma))).toEqual([]);
		expect(listVersies(gezinId, gezin_.id, seeAs(prof))).toEqual([]);
		expect(listVersies(gezinId, open.id, seeAs(outsider))).toEqual([]);
	});

	it('an event made public later shows the network only the public versions, never the earlier private text', () => {
		const g = addGebeurtenis(gezinId, input('Opname in de kliniek', { zichtbaarheid: 'alleen-gezin' }), who(moeder));
		updateGebeurtenis(gezinId, g.id, 1, input('Mama was een tijd weg', { zichtbaarheid: 'iedereen' }), who(moeder));
		const forOma = listVersies(gezinId, g.id, seeAs(oma));
		expect(forOma.map((v) => v.titel)).toEqual(['Mama was een tijd weg']);
		expect(JSON.stringify(forOma)).not.toContain('kliniek');
		expect(listVersies(gezinId, g.id, seeAs(moeder))).toHaveLength(2);
	});

	it('an event narrowed to "alleen-gezin" no longer shows the network anything, not even its old public versions', () => {
		const g = addGebeurtenis(gezinId, input('Papa verloor zijn baan', { verhaal: 'Hij was ontslagen' }), who(moeder));
		expect(listVersies(gezinId, g.id, seeAs(oma))).toHaveLength(1);
		updateGebeurtenis(
			gezinId,
			g.id,
			1,
			input('Papa verloor zijn baan', { verhaal: 'Hij was ontslagen', zichtbaarheid: 'alleen-gezin' }),
			who(moeder)
		);

		expect(titels(oma)).toEqual([]);
		expect(getGebeurtenis(gezinId, g.id, seeAs(oma))).toBeUndefined();
		expect(tijdlijnSamenvatting(gezinId, seeAs(oma)).aantal).toBe(0);
		// The family took it back: the old text must not come out through the versions either.
		const forOma = listVersies(gezinId, g.id, seeAs(oma));
		expect(JSON.stringify(forOma)).not.toContain('ontslagen');
		expect(forOma).toEqual([]);
		expect(listVersies(gezinId, g.id, seeAs(prof))).toEqual([]);
	});
});

describe('told by the family, typed in by a professional', () => {
	it('keeps "namens het gezin", clears whose story and names the professional who typed it', () => {
		const g = addGebeurtenis(
			gezinId,
			input('Naar de voedselbank', { namensGezin: true, verhaalVan: moeder }),
			who(prof)
		);
		expect(g).toMatchObject({ namensGezin: true, verhaalVan: null, createdBy: prof });
		const [view] = toViews([g]);
		expect(view).toMatchObject({
			namensGezin: true,
			ingevoerdDoor: 'Karin',
			verhaalVan: '',
			verhaalVanAccountId: null
		});

		const own = addGebeurtenis(gezinId, input('Mijn verhaal', { verhaalVan: moeder }), who(moeder));
		expect(toViews([own])[0]).toMatchObject({
			namensGezin: false,
			ingevoerdDoor: '',
			verhaalVan: 'Sanne',
			verhaalVanAccountId: moeder
		});
	});

	it('keeps organisation and kind of help only on the Hulp lane', () => {
		const hulp = addGebeurtenis(
			gezinId,
			input('Gezinscoach erbij', {
				baan: 'hulp',
				organisatie: 'Wijkteam Zwolle',
				soortHulp: 'Gezinscoaching',
				wanneer: when('2022', { nogBezig: true, tot: '2024' })
			}),
			who(prof)
		);
		expect(hulp).toMatchObject({
			organisatie: 'Wijkteam Zwolle',
			soortHulp: 'Gezinscoaching',
			nogBezig: true,
			tot: null
		});
		const gezin = addGebeurtenis(
			gezinId,
			input('Verhuisd', { baan: 'gezin', organisatie: 'Woningcorporatie', soortHulp: 'Urgentie' }),
			who(moeder)
		);
		expect(toViews([gezin])[0]).toMatchObject({ organisatie: '', soortHulp: '' });
		// Moving help to another lane drops them too.
		const moved = updateGebeurtenis(
			gezinId,
			hulp.id,
			1,
			input('Gezinscoach erbij', { baan: 'netwerk', organisatie: 'Wijkteam Zwolle', soortHulp: 'Gezinscoaching' }),
			who(prof)
		);
		expect(moved).toMatchObject({ ok: true, gebeurtenis: { baan: 'netwerk', organisatie: '', soortHulp: '' } });
	});
});

describe('"zo zag ik het": sides', () => {
	it('adds, changes with versions and removes sides, and counts them on the event', () => {
		const g = addGebeurtenis(gezinId, input('Verhuisd'), who(moeder));
		const other = addGebeurtenis(gezinId, input('Ander moment', { wanneer: when('2018') }), who(moeder));
		const vanOma = addKant(g.id, 'Ik hielp met dozen', who(oma), new Date('2026-01-01T10:00:00Z'));
		const vanSanne = addKant(g.id, 'Het was zwaar', who(moeder), new Date('2026-01-02T10:00:00Z'));
		expect(vanOma).toMatchObject({ accountId: oma, naam: 'Ria', tekst: 'Ik hielp met dozen', versie: 1 });
		expect(listKanten(g.id).map((k) => k.naam)).toEqual(['Ria', 'Sanne']);
		expect(toViews(listGebeurtenissen(gezinId, seeAs(moeder))).map((v) => [v.titel, v.kanten])).toEqual([
			['Verhuisd', 2],
			['Ander moment', 0]
		]);

		expect(updateKant(g.id, vanOma.id, 1, 'Ik hielp met dozen en de kast')).toMatchObject({
			ok: true,
			kant: { versie: 2, tekst: 'Ik hielp met dozen en de kast' }
		});
		expect(updateKant(g.id, vanOma.id, 1, 'Oude versie')).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { versie: 2, tekst: 'Ik hielp met dozen en de kast' }
		});
		expect(getKant(g.id, vanOma.id)?.tekst).toBe('Ik hielp met dozen en de kast');

		// A side is reached only through its own event.
		expect(getKant(other.id, vanOma.id)).toBeUndefined();
		expect(updateKant(other.id, vanOma.id, 2, 'Via een ander moment')).toEqual({ ok: false, reason: 'not_found' });
		expect(removeKant(other.id, vanOma.id, 2)).toEqual({ ok: false, reason: 'not_found' });

		expect(removeKant(g.id, vanSanne.id, 2)).toMatchObject({ ok: false, reason: 'conflict', current: { versie: 1 } });
		expect(removeKant(g.id, vanSanne.id, 1).ok).toBe(true);
		expect(listKanten(g.id).map((k) => k.id)).toEqual([vanOma.id]);
		expect(getKant(g.id, vanSanne.id)).toBeUndefined();
		expect(updateKant(g.id, vanSanne.id, 2, 'Terug')).toEqual({ ok: false, reason: 'not_found' });
		expect(toViews([getGebeurtenis(gezinId, g.id, seeAs(moeder))!])[0]!.kanten).toBe(1);
	});
});

describe('lanes', () => {
	const defaults = (baan: TijdlijnBaan) => `Standaard ${baan}`;
	const lanes = (id = gezinId) => listBanen(id, defaults).map((b) => [b.baan, b.naam, b.versie]);

	it('always lists the four lanes in a fixed order, with the default name until the family renames one', () => {
		expect(lanes()).toEqual([
			['gezin', 'Standaard gezin', 0],
			['kinderen', 'Standaard kinderen', 0],
			['netwerk', 'Standaard netwerk', 0],
			['hulp', 'Standaard hulp', 0]
		]);
	});

	it('renames with versions; a stale rename is refused; an empty name brings back the default', () => {
		expect(renameBaan(gezinId, 'kinderen', 'Daan en Noor', 1, who(moeder))).toEqual({
			ok: false,
			reason: 'conflict',
			currentNaam: ''
		});
		expect(renameBaan(gezinId, 'kinderen', 'Daan en Noor', 0, who(moeder))).toEqual({ ok: true });
		expect(renameBaan(gezinId, 'kinderen', 'De kinderen', 0, who(moeder))).toEqual({
			ok: false,
			reason: 'conflict',
			currentNaam: 'Daan en Noor'
		});
		expect(renameBaan(gezinId, 'kinderen', 'Onze kids', 1, who(moeder))).toEqual({ ok: true });
		expect(renameBaan(gezinId, 'kinderen', 'Te laat', 1, who(moeder))).toEqual({
			ok: false,
			reason: 'conflict',
			currentNaam: 'Onze kids'
		});
		expect(lanes()).toEqual([
			['gezin', 'Standaard gezin', 0],
			['kinderen', 'Onze kids', 2],
			['netwerk', 'Standaard netwerk', 0],
			['hulp', 'Standaard hulp', 0]
		]);
		expect(renameBaan(gezinId, 'kinderen', '', 2, who(moeder))).toEqual({ ok: true });
		expect(lanes()[1]).toEqual(['kinderen', 'Standaard kinderen', 3]);
		// Another gezin's lanes are not touched.
		const other = createGezin('Familie Yilmaz', prof, 'coach');
		expect(lanes(other).map(([, naam]) => naam)).toEqual([
			'Standaard gezin',
			'Standaard kinderen',
			'Standaard netwerk',
			'Standaard hulp'
		]);
	});
});

describe('reading the form', () => {
	const SANNE = 'account-sanne';
	const RIA = 'account-ria';
	const THIS_YEAR = 2026;

	function read(fields: Record<string, string>, ctx: Partial<GebeurtenisFormContext> = {}) {
		const data = new FormData();
		for (const [name, value] of Object.entries({
			baan: 'gezin',
			moment: 'gewoon',
			zichtbaarheid: 'iedereen',
			titel: 'Verhuisd',
			...fields
		}))
			data.set(name, value);
		const form = new FormInput(data);
		const result = readGebeurtenisInput(form, {
			members: new Set([SANNE, RIA]),
			mayChoose: () => true,
			mayTypeForGezin: false,
			thisYear: THIS_YEAR,
			...ctx
		});
		return { form, result };
	}

	it('reads a year, a month or a day', () => {
		const jaar = read({ vanJaar: '2015' });
		expect(jaar.form.errors).toEqual({});
		expect(jaar.result.wanneer).toEqual({ van: '2015', tot: null, nogBezig: false, ongeveer: false });
		const maand = read({ vanJaar: '2015', vanMaand: '3', ongeveer: 'ja' });
		expect(maand.form.ok).toBe(true);
		expect(maand.result.wanneer).toEqual({ van: '2015-03', tot: null, nogBezig: false, ongeveer: true });
		const dag = read({ vanJaar: '2015', vanMaand: '03', vanDag: '12' });
		expect(dag.form.ok).toBe(true);
		expect(dag.result.wanneer.van).toBe('2015-03-12');
		expect(read({ vanJaar: '2016', vanMaand: '2', vanDag: '29' }).result.wanneer.van).toBe('2016-02-29');
	});

	it('refuses a day without a month, a day that does not exist and a year that is not a year', () => {
		expect(read({ vanJaar: '2015', vanDag: '12' }).form.errors).toEqual({
			vanDag: m.tijdlijn_error_dag_without_maand()
		});
		expect(read({ vanJaar: '2015', vanMaand: '2', vanDag: '31' }).form.errors).toEqual({
			vanDag: m.tijdlijn_error_dag()
		});
		expect(read({ vanJaar: '2015', vanMaand: '2', vanDag: '29' }).form.errors).toEqual({
			vanDag: m.tijdlijn_error_dag()
		});
		expect(read({ vanJaar: 'abcd' }).form.errors).toEqual({ vanJaar: m.tijdlijn_error_jaar() });
		expect(read({ vanJaar: '15' }).form.errors).toEqual({ vanJaar: m.tijdlijn_error_jaar() });
		expect(read({ vanJaar: '2015', vanMaand: '13' }).form.errors).toHaveProperty('vanMaand');
		expect(read({ vanJaar: '2015', vanMaand: '0' }).form.errors).toHaveProperty('vanMaand');
		expect(read({ vanMaand: '3' }).form.errors).toHaveProperty('vanJaar');
		expect(read({}).form.errors).toEqual({ vanJaar: m.error_required() });
	});

	it('refuses day 0 instead of quietly keeping only the month', () => {
		const { form } = read({ vanJaar: '2015', vanMaand: '3', vanDag: '0' });
		expect(form.errors).toEqual({ vanDag: m.tijdlijn_error_dag() });
	});

	it('refuses a year too far ahead or too long ago', () => {
		expect(read({ vanJaar: String(THIS_YEAR + 5) }).form.ok).toBe(true);
		expect(read({ vanJaar: String(THIS_YEAR + 6) }).form.errors).toEqual({
			vanJaar: m.tijdlijn_error_range({ max: THIS_YEAR + 5 })
		});
		expect(read({ vanJaar: '1899' }).form.errors).toHaveProperty('vanJaar');
		expect(read({ vanJaar: '2020', periode: 'ja', totJaar: String(THIS_YEAR + 6) }).form.errors).toHaveProperty(
			'totJaar'
		);
	});

	it('reads a period: the end not before the start, an end or "nog bezig" required', () => {
		const periode = read({ vanJaar: '2015', vanMaand: '3', periode: 'ja', totJaar: '2015' });
		expect(periode.form.ok).toBe(true);
		expect(periode.result.wanneer).toEqual({ van: '2015-03', tot: '2015', nogBezig: false, ongeveer: false });

		expect(read({ vanJaar: '2018', periode: 'ja', totJaar: '2015' }).form.errors).toEqual({
			totJaar: m.tijdlijn_error_tot_before_van()
		});
		expect(read({ vanJaar: '2015', vanMaand: '3', periode: 'ja', totJaar: '2015', totMaand: '2' }).form.errors).toEqual(
			{ totJaar: m.tijdlijn_error_tot_before_van() }
		);
		expect(read({ vanJaar: '2015', periode: 'ja' }).form.errors).toEqual({ totJaar: m.tijdlijn_error_tot_required() });

		const bezig = read({ vanJaar: '2020', periode: 'ja', nogBezig: 'ja', totJaar: '2010' });
		expect(bezig.form.ok).toBe(true);
		expect(bezig.result.wanneer).toEqual({ van: '2020', tot: null, nogBezig: true, ongeveer: false });

		// Without "periode" it is a moment: an end or "nog bezig" sent anyway is ignored.
		const moment = read({ vanJaar: '2020', nogBezig: 'ja', totJaar: '2022' });
		expect(moment.result.wanneer).toEqual({ van: '2020', tot: null, nogBezig: false, ongeveer: false });
	});

	it('keeps a script in the title as plain text, and refuses a title that is too long or missing', () => {
		const script = '<script>alert(1)</script>';
		const kept = read({ vanJaar: '2015', titel: script });
		expect(kept.form.ok).toBe(true);
		expect(kept.result.titel).toBe(script);
		expect(read({ vanJaar: '2015', titel: 'x'.repeat(120) }).form.ok).toBe(true);
		expect(read({ vanJaar: '2015', titel: 'x'.repeat(121) }).form.errors).toEqual({
			titel: m.error_too_long({ max: 120 })
		});
		expect(read({ vanJaar: '2015', titel: '   ' }).form.errors).toEqual({ titel: m.error_required() });
	});

	it('whose story: only a member; "namens het gezin" only for who may type for the family', () => {
		const stranger = read({ vanJaar: '2015', verhaalVan: 'iemand-anders' });
		expect(stranger.form.errors).toHaveProperty('verhaalVan');
		expect(stranger.result.verhaalVan).toBeNull();
		expect(read({ vanJaar: '2015', verhaalVan: RIA }).result).toMatchObject({ verhaalVan: RIA, namensGezin: false });

		const notAllowed = read({ vanJaar: '2015', verhaalVan: SANNE, namensGezin: 'ja' }, { mayTypeForGezin: false });
		expect(notAllowed.form.ok).toBe(true);
		expect(notAllowed.result).toMatchObject({ namensGezin: false, verhaalVan: SANNE });
		const allowed = read({ vanJaar: '2015', verhaalVan: SANNE, namensGezin: 'ja' }, { mayTypeForGezin: true });
		expect(allowed.result).toMatchObject({ namensGezin: true, verhaalVan: null });
	});

	it('refuses a visibility the writer could not see themselves, or one that does not exist', () => {
		const mayChoose = (z: string) => z !== 'alleen-gezin';
		expect(read({ vanJaar: '2015', zichtbaarheid: 'alleen-gezin' }, { mayChoose }).form.errors).toEqual({
			zichtbaarheid: m.groeiplan_visibility_self()
		});
		expect(read({ vanJaar: '2015', zichtbaarheid: 'gezin-en-professionals' }, { mayChoose }).form.ok).toBe(true);
		expect(read({ vanJaar: '2015', zichtbaarheid: 'geheim' }).form.errors).toHaveProperty('zichtbaarheid');
		expect(read({ vanJaar: '2015', baan: 'werk' }).form.errors).toHaveProperty('baan');
	});
});

describe('summary', () => {
	it('counts, spans years and lists running help only over what the viewer may see', () => {
		addGebeurtenis(gezinId, input('Daan geboren', { wanneer: when('2010-05-02'), moment: 'mooi' }), who(moeder));
		addGebeurtenis(
			gezinId,
			input('Schulden', {
				wanneer: when('2005', { tot: '2008' }),
				moment: 'moeilijk',
				zichtbaarheid: 'gezin-en-professionals'
			}),
			who(prof)
		);
		addGebeurtenis(
			gezinId,
			input('Ruzie', { wanneer: when('2024'), moment: 'moeilijk', zichtbaarheid: 'alleen-gezin' }),
			who(moeder)
		);
		addGebeurtenis(
			gezinId,
			input('Coach', {
				baan: 'hulp',
				wanneer: when('2020', { nogBezig: true }),
				soortHulp: 'Gezinscoaching',
				organisatie: 'Wijkteam'
			}),
			who(prof)
		);
		addGebeurtenis(
			gezinId,
			input('Schuldhulp', {
				baan: 'hulp',
				wanneer: when('2021', { nogBezig: true }),
				organisatie: 'Kredietbank',
				zichtbaarheid: 'gezin-en-professionals'
			}),
			who(prof)
		);
		addGebeurtenis(
			gezinId,
			input('Logopedie', { baan: 'hulp', wanneer: when('2012', { tot: '2013' }), soortHulp: 'Logopedie' }),
			who(prof)
		);
		const weg = addGebeurtenis(gezinId, input('Weggehaald', { wanneer: when('1990') }), who(moeder));
		removeGebeurtenis(gezinId, weg.id, 1, who(moeder));

		const forOma = tijdlijnSamenvatting(gezinId, seeAs(oma));
		expect(forOma).toMatchObject({
			aantal: 3,
			vanJaar: 2010,
			totJaar: 2020,
			mooi: 1,
			moeilijk: 0,
			hulpNu: ['Gezinscoaching · Wijkteam']
		});
		expect(forOma.laatste.map((l) => l.titel)).toEqual(['Coach', 'Logopedie', 'Daan geboren']);
		for (const hidden of ['Schulden', 'Ruzie', 'Kredietbank', 'Weggehaald'])
			expect(JSON.stringify(forOma)).not.toContain(hidden);

		const forKarin = tijdlijnSamenvatting(gezinId, seeAs(prof));
		expect(forKarin).toMatchObject({
			aantal: 5,
			vanJaar: 2005,
			totJaar: 2021,
			mooi: 1,
			moeilijk: 1,
			hulpNu: ['Gezinscoaching · Wijkteam', 'Schuldhulp · Kredietbank']
		});

		const forSanne = tijdlijnSamenvatting(gezinId, seeAs(moeder), 2);
		expect(forSanne).toMatchObject({ aantal: 6, vanJaar: 2005, totJaar: 2024, moeilijk: 2 });
		expect(forSanne.laatste.map((l) => l.titel)).toEqual(['Ruzie', 'Schuldhulp']);

		const outsider = makeAccount('Buiten', ['professional']);
		expect(tijdlijnSamenvatting(gezinId, seeAs(outsider))).toEqual({
			aantal: 0,
			vanJaar: null,
			totJaar: null,
			mooi: 0,
			moeilijk: 0,
			hulpNu: [],
			laatste: []
		});
	});
});
