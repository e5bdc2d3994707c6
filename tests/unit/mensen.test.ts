import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { createGezin } from '$lib/server/gezinnen';
import { can, type Actor, type GezinFacts } from '$lib/server/access';
import { FormInput } from '$lib/server/forms';
import {
	addBetrokkene,
	getBetrokkene,
	listBetrokkenen,
	removeBetrokkene,
	toView,
	updateBetrokkene
} from '$lib/server/mensen/betrokkenen';
import { readBetrokkeneInput } from '$lib/server/mensen/form';
import { readItemInput } from '$lib/server/groeiplan/form';
import { addItem, groeiplanOf } from '$lib/server/groeiplan/items';
import { listPlanmomenten } from '$lib/server/groeiplan/history';
import type { MemberRole } from '$lib/domain';
import { m } from '$lib/paraglide/messages';
import { betrokkeneInput } from './betrokkene-input';
import { freshDatabase, makeAccount } from './helpers';

let prof: string;
let gezinId: string;
let other: string;

const input = betrokkeneInput;

beforeEach(() => {
	freshDatabase();
	prof = makeAccount('Karin', ['professional']);
	gezinId = createGezin('Familie Test', prof, 'gezinscoach');
	other = createGezin('Familie Anders', prof, 'gezinscoach');
});
afterEach(() => closeDatabase());

const actor = () => ({ id: prof, name: 'Karin' });

describe('betrokkenen', () => {
	it('are added, listed in order, changed with the version rule, and removed', () => {
		const a = addBetrokkene(gezinId, input({ naam: 'Oma Ria', soort: 'familie' }), actor());
		const b = addBetrokkene(gezinId, input(), actor(), new Date(Date.now() + 1000));
		expect(listBetrokkenen(gezinId).map((x) => x.naam)).toEqual(['Oma Ria', 'de buurvrouw']);

		const changed = updateBetrokkene(
			gezinId,
			a.id,
			1,
			input({ naam: 'Oma Ria', soort: 'familie', nabijheid: 'dichtbij' }),
			actor()
		);
		expect(changed).toMatchObject({ ok: true, betrokkene: { nabijheid: 'dichtbij', versie: 2 } });
		const stale = updateBetrokkene(gezinId, a.id, 1, input({ naam: 'Overschreven' }), actor());
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { naam: 'Oma Ria', versie: 2 } });
		expect(getBetrokkene(gezinId, a.id)!.naam).toBe('Oma Ria');

		expect(removeBetrokkene(gezinId, b.id, 2, actor())).toMatchObject({ ok: false, reason: 'conflict' });
		expect(removeBetrokkene(gezinId, b.id, 1, actor())).toMatchObject({ ok: true });
		expect(listBetrokkenen(gezinId).map((x) => x.naam)).toEqual(['Oma Ria']);
	});

	it('of another gezin cannot be read, changed or removed through this one', () => {
		const elsewhere = addBetrokkene(other, input(), actor());
		expect(getBetrokkene(gezinId, elsewhere.id)).toBeUndefined();
		expect(updateBetrokkene(gezinId, elsewhere.id, 1, input({ naam: 'x' }), actor())).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(removeBetrokkene(gezinId, elsewhere.id, 1, actor())).toEqual({ ok: false, reason: 'not_found' });
		expect(getBetrokkene(other, elsewhere.id)!.naam).toBe('de buurvrouw');
	});

	it('keep organisation, function and opdracht only for professionals, and the note only when marked', () => {
		const buur = addBetrokkene(
			gezinId,
			input({ organisatie: 'X', functie: 'Y', opdracht: 'Z', nietVeiligToelichting: 'iets' }),
			actor()
		);
		expect(buur).toMatchObject({ organisatie: '', functie: '', opdracht: '', nietVeiligToelichting: '' });
		const pro = addBetrokkene(
			gezinId,
			input({
				soort: 'professional',
				organisatie: 'GGD',
				functie: 'jeugdverpleegkundige',
				opdracht: 'Meekijken',
				nietVeilig: true,
				nietVeiligToelichting: 'spanning'
			}),
			actor()
		);
		expect(pro).toMatchObject({
			organisatie: 'GGD',
			functie: 'jeugdverpleegkundige',
			opdracht: 'Meekijken',
			nietVeilig: true,
			nietVeiligToelichting: 'spanning'
		});
	});

	it('show the "niet veilig" mark and contact only to whom the policy allows', () => {
		const erik = addBetrokkene(
			gezinId,
			input({
				naam: 'Erik',
				soort: 'familie',
				nietVeilig: true,
				nietVeiligToelichting: 'Geen contact',
				contact: '06-9'
			}),
			actor()
		);
		const forNetwork = toView(erik, false);
		expect(forNetwork).toMatchObject({ naam: 'Erik', nietVeilig: false, nietVeiligToelichting: '', contact: '' });
		expect(JSON.stringify(forNetwork)).not.toContain('Geen contact');
		expect(toView(erik, true)).toMatchObject({
			nietVeilig: true,
			nietVeiligToelichting: 'Geen contact',
			contact: '06-9'
		});
	});
});

describe('the policy for betrokkenen', () => {
	const facts = (
		role: MemberRole | null,
		status: 'actief' | 'wacht' | 'beeindigd' = 'actief',
		id = 'me'
	): GezinFacts => ({ membership: role ? { accountId: id, role, status } : null });
	const me: Actor = { id: 'me', roles: [] };
	it.each([
		['gezin', 'actief', true],
		['professional', 'actief', true],
		['netwerk', 'actief', false],
		['gezin', 'wacht', false],
		['professional', 'beeindigd', false]
	] as const)('%s (%s): edit and see confidential fields → %s', (role, status, allowed) => {
		expect(can(me, 'betrokkene.edit', facts(role, status))).toBe(allowed);
		expect(can(me, 'betrokkene.viewVertrouwelijk', facts(role, status))).toBe(allowed);
	});
	it('nobody outside the gezin, and not with someone else’s membership', () => {
		expect(can(me, 'betrokkene.edit', facts(null))).toBe(false);
		expect(can(null, 'betrokkene.viewVertrouwelijk', facts('gezin'))).toBe(false);
		expect(can(me, 'betrokkene.edit', facts('gezin', 'actief', 'someone-else'))).toBe(false);
	});
});

describe('the betrokkene form', () => {
	const read = (fields: Record<string, string | string[]>, members: string[] = []) => {
		const data = new FormData();
		for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) data.append(k, x);
		const form = new FormInput(data);
		return { input: readBetrokkeneInput(form, { members: new Set(members) }), form };
	};

	it('reads a full professional with kinds of support and the mark', () => {
		const { input: i, form } = read(
			{
				naam: 'Mark',
				soort: 'professional',
				organisatie: 'JB',
				functie: 'jeugdbeschermer',
				opdracht: 'OTS',
				nabijheid: 'verder-weg',
				steun: ['advies', 'praktisch'],
				nietVeilig: 'ja',
				account: 'acc1'
			},
			['acc1']
		);
		expect(form.ok).toBe(true);
		expect(i).toMatchObject({
			naam: 'Mark',
			soort: 'professional',
			nabijheid: 'verder-weg',
			steun: ['advies', 'praktisch'],
			nietVeilig: true,
			accountId: 'acc1'
		});
	});

	it('refuses an empty or too long name, an unknown kind or closeness, a made-up support kind and someone else’s account', () => {
		expect(read({ naam: '', soort: 'familie', nabijheid: 'midden' }).form.errors.naam).toBe(m.error_required());
		expect(read({ naam: 'x'.repeat(81), soort: 'familie', nabijheid: 'midden' }).form.errors.naam).toBe(
			m.error_too_long({ max: 80 })
		);
		expect(read({ naam: 'x', soort: 'buitenaards', nabijheid: 'midden' }).form.errors.soort).toBe(m.error_choose());
		expect(read({ naam: 'x', soort: 'familie', nabijheid: 'naast' }).form.errors.nabijheid).toBe(m.error_choose());
		expect(read({ naam: 'x', soort: 'familie', nabijheid: 'midden', steun: ['geld'] }).form.errors.steun).toBe(
			m.error_choose()
		);
		expect(
			read({ naam: 'x', soort: 'familie', nabijheid: 'midden', account: 'not-a-member' }, ['acc1']).form.errors.account
		).toBe(m.error_choose());
	});

	it('keeps a script tag as text', () => {
		const { input: i, form } = read({ naam: '<script>alert(1)</script>', soort: 'familie', nabijheid: 'midden' });
		expect(form.ok).toBe(true);
		expect(i.naam).toBe('<script>alert(1)</script>');
	});
});

describe('an afspraak names a betrokkene without an account', () => {
	const read = (wie: string, betrokkenen: string[]) => {
		const data = new FormData();
		for (const [k, v] of Object.entries({ tekst: 'Petra haalt Lotte op', wie, zichtbaarheid: 'iedereen' }))
			data.append(k, v);
		const form = new FormInput(data);
		return {
			input: readItemInput(form, 'afspraak', {
				members: new Set(['acc1']),
				betrokkenen: new Set(betrokkenen),
				mayChoose: () => true
			}),
			form
		};
	};

	it('by its id, as "b:<id>"', () => {
		const { input: i, form } = read('b:petra', ['petra']);
		expect(form.ok).toBe(true);
		expect(i).toMatchObject({ wieBetrokkeneId: 'petra', wieAccountId: null });
	});

	it('not one of another gezin, nor a made-up one', () => {
		expect(read('b:van-een-ander-gezin', ['petra']).form.errors.wie).toBe(m.error_choose());
		expect(read('b:', ['petra']).form.errors.wie).toBe(m.error_choose());
	});

	it('a member is still named by account', () => {
		expect(read('acc1', []).input).toMatchObject({ wieAccountId: 'acc1', wieBetrokkeneId: null });
	});

	it('is kept on the item and in its planmoment', () => {
		const petra = addBetrokkene(gezinId, input({ naam: 'Petra' }), actor());
		const plan = groeiplanOf(gezinId)!;
		const item = addItem(
			plan.id,
			'afspraak',
			{ tekst: 'Petra haalt Lotte op', wieBetrokkeneId: petra.id, zichtbaarheid: 'iedereen' },
			actor()
		);
		expect(item.wieBetrokkeneId).toBe(petra.id);
		expect(listPlanmomenten(plan.id, () => true).at(-1)).toMatchObject({ itemId: item.id, soort: 'aangemaakt' });
	});
});
