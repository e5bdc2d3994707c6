import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { createGezin } from '$lib/server/gezinnen';
import { can, type Actor } from '$lib/server/access';
import { FormInput } from '$lib/server/forms';
import { readDetails, readPunt } from '$lib/server/gesprek/form';
import {
	addDeelnemer,
	addPunt,
	createGesprek,
	getGesprek,
	isUitgenodigd,
	listDeelnemers,
	listGesprekken,
	listPunten,
	movePunt,
	removeDeelnemer,
	removePunt,
	updateDetails,
	updatePunt
} from '$lib/server/gesprek/gesprekken';
import { standaardAgenda } from '$lib/gesprek/agenda';
import type { MemberRole } from '$lib/domain';
import { freshDatabase, makeAccount } from './helpers';

let prof: string;
let gezinId: string;
let other: string;

beforeEach(() => {
	freshDatabase();
	prof = makeAccount('Karin', ['professional']);
	gezinId = createGezin('Familie Test', prof, 'gezinscoach');
	other = createGezin('Familie Anders', prof, 'gezinscoach');
});
afterEach(() => closeDatabase());

const actor = () => ({ id: prof, name: 'Karin' });
const details = { datum: '2026-12-02', tijd: '10:00', plaats: 'Thuis' };

describe('default agendas', () => {
	it('cover who is who, the family first, regie, who does what, information, next time and how it was; a handover or a newcomer adds its own item', () => {
		const titels = (s: 'afstemming' | 'erbij' | 'stopt') => standaardAgenda(s).map((p) => p.titel);
		for (const soort of ['afstemming', 'erbij', 'stopt'] as const) {
			expect(titels(soort)).toEqual(
				expect.arrayContaining([
					'Welkom en doel',
					'Wie is wie',
					'Wat gaat goed, wat zijn de zorgen?',
					'Doelen en plannen',
					'Regie',
					'Wie doet wat, wanneer?',
					'Informatie delen',
					'Volgende keer',
					'Hoe was dit voor jullie?'
				])
			);
			expect(standaardAgenda(soort).every((p) => p.uitleg.length > 0 && p.minuten > 0)).toBe(true);
		}
		expect(titels('afstemming')).not.toContain('Er komt iemand bij');
		expect(titels('erbij')).toContain('Er komt iemand bij');
		expect(titels('stopt')).toContain('Iemand stopt: de overdracht');
		expect(standaardAgenda('afstemming')[2]!.uitleg).toBe('Het gezin vertelt eerst. Daarna de anderen.');
	});
});

describe('preparing a gesprek', () => {
	it('is created with its agenda and invitees; details follow the version rule; other gezinnen do not see it', () => {
		const g = createGesprek(
			gezinId,
			{ soort: 'afstemming', ...details },
			standaardAgenda('afstemming'),
			[{ betrokkeneId: null, accountId: prof, naam: 'Karin' }],
			actor()
		);
		expect(listPunten(g.id)).toHaveLength(9);
		expect(listDeelnemers(g.id).map((d) => d.naam)).toEqual(['Karin']);
		expect(isUitgenodigd(g.id, prof)).toBe(true);
		expect(getGesprek(other, g.id)).toBeUndefined();
		expect(listGesprekken(other)).toEqual([]);

		expect(updateDetails(gezinId, g.id, 1, { ...details, plaats: 'School' })).toMatchObject({
			ok: true,
			gesprek: { plaats: 'School', versie: 2 }
		});
		expect(updateDetails(gezinId, g.id, 1, { ...details, plaats: 'Oud' })).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { plaats: 'School' }
		});
		expect(updateDetails(other, g.id, 2, details)).toEqual({ ok: false, reason: 'not_found' });
	});

	it('edits, moves and removes agenda items, and never touches another gesprek’s items', () => {
		const g = createGesprek(
			gezinId,
			{ soort: 'afstemming', ...details },
			[
				{ titel: 'A', uitleg: '', minuten: 5 },
				{ titel: 'B', uitleg: '', minuten: 5 }
			],
			[],
			actor()
		);
		const h = createGesprek(
			gezinId,
			{ soort: 'stopt', ...details },
			[{ titel: 'X', uitleg: '', minuten: 5 }],
			[],
			actor()
		);
		const c = addPunt(g.id, { titel: 'C', uitleg: 'uitleg', minuten: 10 });
		expect(listPunten(g.id).map((p) => p.titel)).toEqual(['A', 'B', 'C']);
		expect(movePunt(g.id, c.id, -1)).toBe(true);
		expect(listPunten(g.id).map((p) => p.titel)).toEqual(['A', 'C', 'B']);
		const a = listPunten(g.id)[0]!;
		expect(movePunt(g.id, a.id, -1)).toBe(true); // already first: stays
		expect(listPunten(g.id).map((p) => p.titel)).toEqual(['A', 'C', 'B']);
		expect(updatePunt(g.id, a.id, { titel: 'Welkom', uitleg: '', minuten: 3 })).toBe(true);
		const x = listPunten(h.id)[0]!;
		expect(updatePunt(g.id, x.id, { titel: 'Gekaapt', uitleg: '', minuten: 3 })).toBe(false);
		expect(removePunt(g.id, x.id)).toBe(false);
		expect(movePunt(g.id, x.id, 1)).toBe(false);
		expect(listPunten(h.id).map((p) => p.titel)).toEqual(['X']);
		expect(removePunt(g.id, c.id)).toBe(true);
		expect(listPunten(g.id).map((p) => [p.titel, p.volgorde])).toEqual([
			['Welkom', 0],
			['B', 2]
		]);
		const d = addDeelnemer(g.id, { betrokkeneId: null, accountId: null, naam: 'Buurvrouw' });
		expect(removeDeelnemer(h.id, d.id)).toBe(false);
		expect(removeDeelnemer(g.id, d.id)).toBe(true);
	});

	it('reads details and agenda items from forms with Dutch messages for bad input', () => {
		const read = <T>(fields: Record<string, string>, reader: (f: FormInput) => T) => {
			const data = new FormData();
			for (const [k, v] of Object.entries(fields)) data.set(k, v);
			const form = new FormInput(data);
			return { value: reader(form), errors: form.errors };
		};
		expect(read({ datum: '2026-02-30', tijd: '25:00' }, readDetails).errors).toEqual({
			datum: 'Kies een echte datum.',
			tijd: 'Schrijf de tijd zo: 14:30.'
		});
		expect(read({ datum: '2026-12-02', tijd: '', plaats: 'x'.repeat(201) }, readDetails).errors.plaats).toMatch(
			/te lang/
		);
		expect(read({ datum: '2026-12-02', tijd: '09:30', plaats: '<script>' }, readDetails)).toEqual({
			value: { datum: '2026-12-02', tijd: '09:30', plaats: '<script>' },
			errors: {}
		});
		expect(read({ titel: '', minuten: '0' }, readPunt).errors).toEqual({
			titel: expect.any(String),
			minuten: 'Kies een aantal minuten van 1 tot 180.'
		});
		expect(read({ titel: 'Pauze', minuten: 'tien' }, readPunt).errors.minuten).toBeDefined();
		expect(read({ titel: 'Pauze' }, readPunt)).toEqual({
			value: { titel: 'Pauze', uitleg: '', minuten: 5 },
			errors: {}
		});
	});
});

describe('who may see and prepare a gesprek', () => {
	const me: Actor = { id: 'me', roles: [] };
	const facts = (role: MemberRole, status: 'actief' | 'wacht' = 'actief') => ({
		membership: { accountId: 'me', role, status }
	});
	const roles = ['gezin', 'netwerk', 'professional'] as const;
	it('family and professionals see and prepare every gesprek; the network sees only those it is invited to', () => {
		expect(roles.map((r) => can(me, 'gesprek.view', { ...facts(r), uitgenodigd: false }))).toEqual([true, false, true]);
		expect(roles.map((r) => can(me, 'gesprek.view', { ...facts(r), uitgenodigd: true }))).toEqual([true, true, true]);
		expect(roles.map((r) => can(me, 'gesprek.prepare', facts(r)))).toEqual([true, false, true]);
		expect(roles.map((r) => can(me, 'gesprek.vraag', facts(r)))).toEqual([true, false, false]);
		expect(roles.map((r) => can(me, 'gesprek.update', facts(r)))).toEqual([false, false, true]);
		expect(roles.map((r) => can(me, 'gesprek.viewUpdates', facts(r)))).toEqual([true, false, true]);
		// Invited but not (yet) an active member: nothing.
		expect(can(me, 'gesprek.view', { ...facts('professional', 'wacht'), uitgenodigd: true })).toBe(false);
	});
});
