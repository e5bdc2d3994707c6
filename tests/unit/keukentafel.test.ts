import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { createGezin } from '$lib/server/gezinnen';
import { can, type Actor } from '$lib/server/access';
import { FormInput } from '$lib/server/forms';
import {
	addBetrokkene,
	getBetrokkene,
	removeBetrokkene,
	toView,
	type BetrokkeneInput
} from '$lib/server/mensen/betrokkenen';
import { getOpstelling, listOpstellingen } from '$lib/server/mensen/opstelling';
import { aanTafel, placeKaart } from '$lib/server/mensen/tafel';
import { readRol } from '$lib/server/mensen/tafel-form';
import { addPoging, listPogingen, listStappen, setStap } from '$lib/server/mensen/netwerk';
import type { MemberRole } from '$lib/domain';
import { betrokkeneInput } from './betrokkene-input';
import { freshDatabase, makeAccount } from './helpers';

let prof: string;
let gezinId: string;
let other: string;

const input = (naam: string, patch: Partial<BetrokkeneInput> = {}) =>
	betrokkeneInput({ naam, soort: 'familie', contact: '', steun: [], ...patch });

beforeEach(() => {
	freshDatabase();
	prof = makeAccount('Karin', ['professional']);
	gezinId = createGezin('Familie Test', prof, 'gezinscoach');
	other = createGezin('Familie Anders', prof, 'gezinscoach');
});
afterEach(() => closeDatabase());

const actor = () => ({ id: prof, name: 'Karin' });
const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);

describe('the keukentafel board', () => {
	it('starts a new card in the background, moves it with its own version and keeps every set-up', () => {
		const oma = addBetrokkene(gezinId, input('Oma'), actor(), at(0));
		expect(oma).toMatchObject({ plek: 'achtergrond', rol: '', bijdrage: '', tafelVersie: 1 });

		const moved = placeKaart(
			gezinId,
			oma.id,
			1,
			{ plek: 'aan-tafel', rol: 'steunt-iemand', bijdrage: 'Past op' },
			actor(),
			at(60)
		);
		expect(moved).toMatchObject({
			ok: true,
			betrokkene: { plek: 'aan-tafel', rol: 'steunt-iemand', tafelVersie: 2, versie: 1 }
		});
		// A stale move is refused and changes nothing.
		const stale = placeKaart(gezinId, oma.id, 1, { plek: 'niet-nodig', rol: '', bijdrage: '' }, actor(), at(61));
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { plek: 'aan-tafel' } });
		expect(getBetrokkene(gezinId, oma.id)!.plek).toBe('aan-tafel');

		const history = listOpstellingen(gezinId);
		expect(history.map((o) => o.wijziging)).toEqual([
			{ soort: 'verplaatst', naam: 'Oma', plek: 'aan-tafel' },
			{ soort: 'nieuw', naam: 'Oma' }
		]);
		// "Zo zat de tafel in januari": the first set-up still shows oma in the background.
		const januari = getOpstelling(gezinId, history[1]!.id)!;
		expect(januari.kaarten).toEqual([
			{ betrokkeneId: oma.id, naam: 'Oma', soort: 'familie', plek: 'achtergrond', rol: '', bijdrage: '' }
		]);
		expect(getOpstelling(gezinId, history[0]!.id)!.kaarten[0]).toMatchObject({
			plek: 'aan-tafel',
			rol: 'steunt-iemand',
			bijdrage: 'Past op'
		});
	});

	it('does not clash with an edit of contact details, and records a role change as such', () => {
		const b = addBetrokkene(gezinId, input('Mirjam'), actor(), at(0));
		placeKaart(gezinId, b.id, 1, { plek: 'aan-tafel', rol: '', bijdrage: '' }, actor(), at(1));
		const rol = placeKaart(
			gezinId,
			b.id,
			2,
			{ plek: 'aan-tafel', rol: 'meedenker', bijdrage: 'Gaat mee' },
			actor(),
			at(2)
		);
		expect(rol).toMatchObject({ ok: true, betrokkene: { tafelVersie: 3, versie: 1 } });
		expect(listOpstellingen(gezinId)[0]!.wijziging).toEqual({ soort: 'rol', naam: 'Mirjam' });
		// Nothing changed: no new set-up, no new version.
		placeKaart(gezinId, b.id, 3, { plek: 'aan-tafel', rol: 'meedenker', bijdrage: 'Gaat mee' }, actor(), at(3));
		expect(listOpstellingen(gezinId)).toHaveLength(3);
		expect(getBetrokkene(gezinId, b.id)!.tafelVersie).toBe(3);
	});

	it("refuses someone else's card, keeps removed people out of the board and names who sits at the table", () => {
		const a = addBetrokkene(gezinId, input('Oma'), actor(), at(0));
		const b = addBetrokkene(gezinId, input('Opa'), actor(), at(1));
		placeKaart(gezinId, a.id, 1, { plek: 'aan-tafel', rol: 'trekker', bijdrage: 'x' }, actor(), at(2));
		placeKaart(gezinId, b.id, 1, { plek: 'aan-tafel', rol: 'meedenker', bijdrage: 'y' }, actor(), at(3));
		expect(placeKaart(other, a.id, 2, { plek: 'niet-nodig', rol: '', bijdrage: '' }, actor())).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(getOpstelling(other, listOpstellingen(gezinId)[0]!.id)).toBeUndefined();
		removeBetrokkene(gezinId, b.id, 1, actor(), at(4));
		expect(aanTafel(gezinId).map((x) => x.naam)).toEqual(['Oma']);
		expect(listOpstellingen(gezinId)[0]!.wijziging).toEqual({ soort: 'weg', naam: 'Opa' });
		expect(getOpstelling(gezinId, listOpstellingen(gezinId)[0]!.id)!.kaarten.map((k) => k.naam)).toEqual(['Oma']);
		expect(toView(getBetrokkene(gezinId, a.id)!, false)).toMatchObject({
			plek: 'aan-tafel',
			rol: 'trekker',
			tafelVersie: 2
		});
	});

	it('reads a role: ours, the gezin’s own, typed words, and refuses made-up values', () => {
		const read = (fields: Record<string, string>, eigen = new Set<string>()) => {
			const data = new FormData();
			for (const [k, v] of Object.entries(fields)) data.set(k, v);
			const form = new FormInput(data);
			return { rol: readRol(form, eigen), ok: form.ok };
		};
		expect(read({ rol: 'trekker' })).toEqual({ rol: 'trekker', ok: true });
		expect(read({ rol: '' })).toEqual({ rol: '', ok: true });
		expect(read({ rol: 'trekker', eigenRol: 'Kookt op woensdag' })).toEqual({ rol: 'Kookt op woensdag', ok: true });
		expect(read({ rol: 'Kookt op woensdag' }, new Set(['Kookt op woensdag']))).toEqual({
			rol: 'Kookt op woensdag',
			ok: true
		});
		expect(read({ rol: '<script>x</script>' })).toEqual({ rol: '', ok: false });
		expect(read({ eigenRol: 'x'.repeat(41) }).ok).toBe(false);
	});
});

describe('the tipsheet netwerk betrekken', () => {
	it('keeps what was tried per gezin and where the gezin stands', () => {
		addPoging(gezinId, { tip: 'kinderen', op: '2026-03-02', uitkomst: 'Daan noemde zijn trainer.' }, actor());
		addPoging(gezinId, { tip: 'vroeg', op: '2026-02-01', uitkomst: '' }, actor());
		expect(listPogingen(gezinId).map((p) => [p.tip, p.op, p.doorNaam])).toEqual([
			['vroeg', '2026-02-01', 'Karin'],
			['kinderen', '2026-03-02', 'Karin']
		]);
		expect(listPogingen(other)).toEqual([]);

		setStap(gezinId, 'netwerk-in-beeld', true, '2026-03-01', actor());
		setStap(gezinId, 'netwerk-in-beeld', true, '2026-03-05', actor());
		expect(listStappen(gezinId)).toEqual([expect.objectContaining({ stap: 'netwerk-in-beeld', op: '2026-03-05' })]);
		setStap(gezinId, 'netwerk-in-beeld', false, '2026-03-06', actor());
		expect(listStappen(gezinId)).toEqual([]);
	});

	it('is read by family and professionals and written by professionals only', () => {
		const me: Actor = { id: 'me', roles: [] };
		const facts = (role: MemberRole, status: 'actief' | 'beeindigd' = 'actief') => ({
			membership: { accountId: 'me', role, status }
		});
		expect((['gezin', 'netwerk', 'professional'] as const).map((r) => can(me, 'netwerk.view', facts(r)))).toEqual([
			true,
			false,
			true
		]);
		expect((['gezin', 'netwerk', 'professional'] as const).map((r) => can(me, 'netwerk.record', facts(r)))).toEqual([
			false,
			false,
			true
		]);
		expect(can(me, 'netwerk.record', facts('professional', 'beeindigd'))).toBe(false);
		expect(can(me, 'netwerk.view', { membership: null })).toBe(false);
	});
});
