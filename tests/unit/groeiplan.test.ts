import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { createGezin, membershipOf } from '$lib/server/gezinnen';
import { createInvite, acceptInvite } from '$lib/server/invites';
import { visibilityFilter, type GezinFacts } from '$lib/server/access';
import {
	addItem,
	doelGaps,
	getItem,
	groeiplanOf,
	listItems,
	removeItem,
	updateItem,
	type ItemInput
} from '$lib/server/groeiplan/items';
import { diffPlan, listPlanmomenten, planAt } from '$lib/server/groeiplan/history';
import { updateRegie } from '$lib/server/groeiplan/regie';
import { listMijnAfspraken } from '$lib/server/groeiplan/afspraken';
import type { MemberRole } from '$lib/domain';
import { freshDatabase, makeAccount } from './helpers';

let prof: string;
let moeder: string;
let oma: string;
let gezinId: string;
let planId: string;

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

function seeAs(accountId: string) {
	const m = membershipOf(gezinId, accountId);
	const facts: GezinFacts = { membership: m ? { accountId, role: m.role, status: m.status } : null };
	return visibilityFilter({ id: accountId, roles: [] }, facts);
}

const who = (id: string) => ({ id, name: id });
const text = (tekst: string, extra: Partial<ItemInput> = {}): ItemInput => ({
	tekst,
	zichtbaarheid: 'iedereen',
	...extra
});

beforeEach(() => {
	freshDatabase();
	prof = makeAccount('Karin', ['professional']);
	gezinId = createGezin('Familie De Boer', prof, 'gezinscoach');
	planId = groeiplanOf(gezinId)!.id;
	moeder = join('gezin', 'Sanne');
	oma = join('netwerk', 'Ria');
});

afterEach(() => closeDatabase());

describe('items and visibility', () => {
	it('each visibility level reaches exactly the right people', () => {
		addItem(planId, 'goed', text('Daan gaat weer graag naar school'), who(moeder));
		addItem(planId, 'zorg', text('Schulden', { zichtbaarheid: 'gezin-en-professionals' }), who(prof));
		addItem(planId, 'zorg', text('Ruzie met ex', { zichtbaarheid: 'alleen-gezin' }), who(moeder));

		const texts = (id: string) => listItems(planId, seeAs(id)).map((i) => i.tekst);
		expect(texts(moeder)).toEqual(['Daan gaat weer graag naar school', 'Schulden', 'Ruzie met ex']);
		expect(texts(prof)).toEqual(['Daan gaat weer graag naar school', 'Schulden']);
		expect(texts(oma)).toEqual(['Daan gaat weer graag naar school']);
		const outsider = makeAccount('Buiten', ['professional']);
		expect(texts(outsider)).toEqual([]);
	});

	it('getItem hides an item the viewer may not see, and items of another plan', () => {
		const secret = addItem(planId, 'zorg', text('Alleen voor ons', { zichtbaarheid: 'alleen-gezin' }), who(moeder));
		expect(getItem(planId, secret.id, seeAs(moeder))?.tekst).toBe('Alleen voor ons');
		expect(getItem(planId, secret.id, seeAs(oma))).toBeUndefined();
		const other = groeiplanOf(createGezin('Familie Yilmaz', prof, 'coach'))!.id;
		expect(getItem(other, secret.id, seeAs(moeder))).toBeUndefined();
	});
});

describe('versions: never a silent overwrite', () => {
	it('a save against the current version wins and raises the version', () => {
		const doel = addItem(planId, 'doel', text('Rust in huis', { status: 'nog-niet-begonnen' }), who(moeder));
		const saved = updateItem(
			planId,
			doel.id,
			1,
			text('Rust in huis, ook in het weekend', { status: 'bezig' }),
			who(moeder)
		);
		expect(saved).toMatchObject({
			ok: true,
			item: { versie: 2, tekst: 'Rust in huis, ook in het weekend', status: 'bezig' }
		});
	});

	it('a stale save is refused with the current text, and changes nothing', () => {
		const doel = addItem(planId, 'doel', text('Rust in huis'), who(moeder));
		expect(updateItem(planId, doel.id, 1, text('Versie van Sanne'), who(moeder)).ok).toBe(true);
		const stale = updateItem(planId, doel.id, 1, text('Versie van Karin'), who(prof));
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { tekst: 'Versie van Sanne', versie: 2 } });
		expect(getItem(planId, doel.id, seeAs(moeder))?.tekst).toBe('Versie van Sanne');
		// Knowing both, she saves a merge on top of the current version.
		expect(updateItem(planId, doel.id, 2, text('Versie van Sanne en Karin'), who(prof))).toMatchObject({
			ok: true,
			item: { versie: 3 }
		});
	});

	it('removing follows the same rule, and a removed item is gone from the plan', () => {
		const item = addItem(planId, 'plan-b', text('Als mama ziek is, haalt oma Daan op'), who(moeder));
		expect(removeItem(planId, item.id, 7, who(prof))).toMatchObject({ ok: false, reason: 'conflict' });
		expect(removeItem(planId, item.id, 1, who(prof)).ok).toBe(true);
		expect(listItems(planId, seeAs(moeder))).toEqual([]);
		expect(updateItem(planId, item.id, 2, text('x'), who(prof))).toEqual({ ok: false, reason: 'not_found' });
	});
});

describe('doelen, afspraken and connected plans', () => {
	it('shows the gaps: doelen that no afspraak and no plan serves', () => {
		const rust = addItem(planId, 'doel', text('Rust in huis'), who(moeder));
		const school = addItem(planId, 'doel', text('Daan naar school'), who(moeder));
		const werk = addItem(planId, 'doel', text('Werk vinden'), who(moeder));
		addItem(planId, 'doel', text('Verhuizen', { status: 'losgelaten' }), who(moeder));
		addItem(
			planId,
			'afspraak',
			text('Elke dinsdag huiswerk', { doelId: school.id, wieAccountId: oma, status: 'open' }),
			who(prof)
		);
		addItem(
			planId,
			'plan',
			text('Plan van aanpak', { details: { organisatie: 'Jeugdbescherming' }, doelIds: [rust.id] }),
			who(prof)
		);
		const gaps = doelGaps(listItems(planId, seeAs(moeder))).map((d) => d.tekst);
		expect(gaps).toEqual([werk.tekst]);
	});

	it('links only to live doelen of the same plan', () => {
		const rust = addItem(planId, 'doel', text('Rust in huis'), who(moeder));
		const zorg = addItem(planId, 'zorg', text('Geen doel'), who(moeder));
		const otherPlan = groeiplanOf(createGezin('Familie Yilmaz', prof, 'coach'))!.id;
		const foreign = addItem(otherPlan, 'doel', text('Ander gezin'), who(prof));
		const plan = addItem(
			planId,
			'plan',
			text('Plan', { doelIds: [rust.id, zorg.id, foreign.id, 'bestaat-niet'] }),
			who(prof)
		);
		expect(plan.doelIds).toEqual([rust.id]);
		const afspraak = addItem(planId, 'afspraak', text('A', { doelId: foreign.id }), who(prof));
		expect(afspraak.doelId).toBeNull();
	});
});

describe('regie and the next evaluation', () => {
	it('sets the trekker (a member) and the next evaluation date, with versions', () => {
		expect(
			updateRegie(
				planId,
				1,
				{ trekkerAccountId: moeder, regieBetekenis: 'Wij beslissen samen', volgendeEvaluatie: '2027-01-15' },
				who(moeder)
			)
		).toEqual({ ok: true, versie: 2 });
		expect(
			updateRegie(planId, 1, { trekkerAccountId: prof, regieBetekenis: 'x', volgendeEvaluatie: null }, who(prof))
		).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { trekkerAccountId: moeder, regieBetekenis: 'Wij beslissen samen', versie: 2 }
		});
		const outsider = makeAccount('Buiten', ['professional']);
		expect(
			updateRegie(planId, 2, { trekkerAccountId: outsider, regieBetekenis: '', volgendeEvaluatie: null }, who(prof))
		).toEqual({ ok: false, reason: 'not_a_member' });
		expect(groeiplanOf(gezinId)).toMatchObject({
			trekkerAccountId: moeder,
			volgendeEvaluatie: '2027-01-15',
			versie: 2
		});
	});
});

describe('history: every save is a planmoment', () => {
	it('lists planmomenten, shows the plan at a moment and what changed between two', () => {
		const doel = addItem(planId, 'doel', text('Rust in huis'), who(moeder));
		const zorg = addItem(planId, 'zorg', text('Schulden'), who(prof));
		updateItem(planId, doel.id, 1, text('Rust in huis, ook in het weekend', { status: 'bezig' }), who(moeder));
		removeItem(planId, zorg.id, 1, who(moeder));
		updateRegie(planId, 1, { trekkerAccountId: moeder, regieBetekenis: 'Samen', volgendeEvaluatie: null }, who(moeder));

		const momenten = listPlanmomenten(planId, seeAs(moeder));
		expect(momenten.map((m) => [m.sectie, m.soort])).toEqual([
			['doel', 'aangemaakt'],
			['zorg', 'aangemaakt'],
			['doel', 'gewijzigd'],
			['zorg', 'verwijderd'],
			['regie', 'gewijzigd']
		]);
		const [first, second, third, fourth] = momenten.map((m) => m.seq) as [number, number, number, number];
		expect([...planAt(planId, second, seeAs(moeder)).keys()]).toEqual([doel.id, zorg.id]);
		expect([...planAt(planId, fourth, seeAs(moeder)).keys()]).toEqual([doel.id]);

		const diff = diffPlan(planId, first, third, seeAs(moeder));
		expect(diff.added.map((a) => a.after.tekst)).toEqual(['Schulden']);
		expect(diff.changed).toHaveLength(1);
		expect(diff.changed[0]!.fields.sort()).toEqual(['status', 'tekst']);
		expect(diff.changed[0]!.before.tekst).toBe('Rust in huis');
		expect(diffPlan(planId, third, fourth, seeAs(moeder)).removed.map((r) => r.before.tekst)).toEqual(['Schulden']);
	});

	it('never shows the network history it may not see', () => {
		const item = addItem(planId, 'zorg', text('Eerst voor iedereen'), who(moeder));
		updateItem(planId, item.id, 1, text('Nu alleen voor het gezin', { zichtbaarheid: 'alleen-gezin' }), who(moeder));
		addItem(planId, 'zorg', text('Geheim', { zichtbaarheid: 'gezin-en-professionals' }), who(prof));

		// The item is family-only now: its earlier, shared version closed with it (tests/unit/history-access.test.ts).
		const forOma = listPlanmomenten(planId, seeAs(oma));
		expect(forOma).toEqual([]);
		const last = listPlanmomenten(planId, seeAs(moeder)).at(-1)!.seq;
		expect(planAt(planId, last, seeAs(oma)).size).toBe(0);
		expect(JSON.stringify(diffPlan(planId, 0, last, seeAs(oma)))).not.toContain('alleen voor het gezin');
		expect(JSON.stringify(diffPlan(planId, 0, last, seeAs(oma)))).not.toContain('Geheim');
	});
});

describe('Mijn afspraken', () => {
	it('lists open afspraken of one account over its gezinnen, overdue first, visible ones only', () => {
		addItem(
			planId,
			'afspraak',
			text('Boodschappen', { wieAccountId: oma, status: 'open', wanneer: '2026-12-01' }),
			who(moeder)
		);
		addItem(
			planId,
			'afspraak',
			text('Bellen met school', { wieAccountId: oma, status: 'bezig', wanneer: '2026-11-01' }),
			who(moeder)
		);
		addItem(
			planId,
			'afspraak',
			text('Klaar', { wieAccountId: oma, status: 'gedaan', wanneer: '2026-10-01' }),
			who(moeder)
		);
		addItem(
			planId,
			'afspraak',
			text('Niet voor oma', { wieAccountId: oma, status: 'open', zichtbaarheid: 'alleen-gezin' }),
			who(moeder)
		);
		addItem(planId, 'afspraak', text('Van Sanne', { wieAccountId: moeder, status: 'open' }), who(moeder));

		const mine = listMijnAfspraken({ id: oma, roles: [] }, '2026-11-22');
		expect(mine.map((a) => [a.tekst, a.teLaat])).toEqual([
			['Bellen met school', true],
			['Boodschappen', false]
		]);
		expect(mine[0]).toMatchObject({ gezinNaam: 'Familie De Boer', gezinId });
	});
});
