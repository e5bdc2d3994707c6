import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { nameKey, nameTakenForAccount, nameTakenInGezin } from '$lib/server/display-names';
import { acceptInvite, createInvite } from '$lib/server/invites';
import { createGezin, endAccess, membershipOf } from '$lib/server/gezinnen';
import { freshDatabase, makeAccount } from './helpers';

let coach: string;
let moeder: string;
let gezinId: string;

/** Joins the gezin through an invitation of the professional (the first family member is let in at once). */
function join(name: string, role: 'gezin' | 'netwerk'): string {
	const id = makeAccount(name);
	const inv = createInvite({
		gezinId,
		role,
		gezinsrol: role === 'gezin' ? 'ouder' : null,
		relatie: role === 'gezin' ? 'moeder' : 'buurvrouw',
		naam: '',
		createdBy: moeder || coach
	});
	const result = acceptInvite(inv.id, id);
	if (!result.ok) throw new Error(result.reason);
	return id;
}

beforeEach(() => {
	freshDatabase();
	coach = makeAccount('Karin Janssen', ['professional']);
	gezinId = createGezin('Familie De Boer', coach, 'gezinscoach wijkteam');
	moeder = '';
	moeder = join('Sanne de Boer', 'gezin');
});

afterEach(() => closeDatabase());

describe('nameKey', () => {
	it.each([
		'Karin Janssen',
		'karin janssen',
		'  KARIN   JANSSEN ',
		'KarinJanssen',
		'Karin\u00a0Janssen',
		'Karin\u200bJanssen',
		'Ｋａｒｉｎ Janssen'
	])('%j is the same name as "Karin Janssen"', (name) => {
		expect(nameKey(name)).toBe(nameKey('Karin Janssen'));
	});

	it.each(['Karin Jansen', 'Karin J.', 'Carin Janssen'])('%j is another name', (name) => {
		expect(nameKey(name)).not.toBe(nameKey('Karin Janssen'));
	});
});

describe('nameTakenInGezin / nameTakenForAccount', () => {
	it("refuses the gezinscoach's name to a newcomer and to a member renaming themselves", () => {
		expect(nameTakenInGezin(gezinId, ' karin  JANSSEN', null)).toBe(true);
		expect(nameTakenForAccount(moeder, 'Karin Janssen')).toBe(true);
		expect(nameTakenForAccount(moeder, 'Sanne Visser')).toBe(false);
	});

	it('lets a member keep (or re-type) their own name', () => {
		expect(nameTakenInGezin(gezinId, 'sanne de boer', moeder)).toBe(false);
		expect(nameTakenForAccount(moeder, ' SANNE DE BOER ')).toBe(false);
	});

	it('frees the name of someone whose access ended, and ignores other gezinnen', () => {
		const buurvrouw = join('Joke', 'netwerk');
		expect(nameTakenInGezin(gezinId, 'Joke', null)).toBe(true);
		expect(endAccess(gezinId, membershipOf(gezinId, buurvrouw)!.id, moeder).ok).toBe(true);
		expect(nameTakenInGezin(gezinId, 'Joke', null)).toBe(false);
		const elsewhere = makeAccount('Anders', ['professional']);
		createGezin('Familie Yilmaz', elsewhere, 'ambulant hulpverlener');
		expect(nameTakenForAccount(elsewhere, 'Sanne de Boer')).toBe(false);
	});
});
