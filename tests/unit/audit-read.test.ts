import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '$lib/server/db';
import { audit } from '$lib/server/audit';
import { gezinAuditPage, type GezinAuditPage } from '$lib/server/audit-read';
import { freshDatabase } from './helpers';

const start = Date.parse('2026-12-03T08:00:00Z');
let n = 0;
/** One row in gezin g1, a minute after the one before. */
function row(actorId: string, action: Parameters<typeof audit>[0]['action'], detail = ''): void {
	n += 1;
	audit({ actorId, actorName: actorId, gezinId: 'g1', action, detail }, new Date(start + n * 60_000));
}

/** Every page, following the "older" links as a person would. */
function allPages(pageRows: number): GezinAuditPage[] {
	const pages = [gezinAuditPage('g1', {}, pageRows)];
	while (pages.at(-1)!.older !== null) pages.push(gezinAuditPage('g1', { before: pages.at(-1)!.older! }, pageRows));
	return pages;
}

beforeEach(() => {
	freshDatabase();
	n = 0;
});

afterEach(() => closeDatabase());

describe("the family's log", () => {
	it('an approval cannot be pushed out of reach by many views: the pages reach it, and the views collapse', () => {
		row('sanne', 'toegang.goedgekeurd', 'Ria');
		for (let i = 0; i < 300; i++) row('ria', 'gezin.bekeken', i % 2 ? 'groeiplan' : 'tijdlijn');
		const pages = allPages(100);
		expect(pages.length).toBe(4);
		expect(pages.flatMap((p) => p.lines).filter((l) => l.action === 'toegang.goedgekeurd')).toHaveLength(1);
		expect(pages.reduce((sum, p) => sum + p.rowsOnPage, 0)).toBe(301);
		expect(pages[0]).toMatchObject({ total: 301, inPeriod: 301, newer: 0, rowsOnPage: 100 });
		expect(pages[1]).toMatchObject({ newer: 100 });
	});

	it('repeated views of the same thing by the same person on one day are one line with a count', () => {
		row('sanne', 'toegang.goedgekeurd', 'Ria');
		for (let i = 0; i < 12; i++) row('ria', 'gezin.bekeken', 'groeiplan');
		row('karin', 'groeiplan.item-gewijzigd');
		row('ria', 'gezin.bekeken', 'groeiplan');
		row('ria', 'gezin.bekeken', 'tijdlijn');
		const { lines } = gezinAuditPage('g1', {});
		expect(lines.map((l) => [l.actorName, l.action, l.detail, l.count])).toEqual([
			['ria', 'gezin.bekeken', 'tijdlijn', 1],
			['ria', 'gezin.bekeken', 'groeiplan', 1],
			['karin', 'groeiplan.item-gewijzigd', '', 1],
			['ria', 'gezin.bekeken', 'groeiplan', 12],
			['sanne', 'toegang.goedgekeurd', 'Ria', 1]
		]);
		const twelve = lines[3]!;
		expect(Date.parse(twelve.at) - Date.parse(twelve.firstAt)).toBe(11 * 60_000);
	});

	it('changes are never grouped', () => {
		for (let i = 0; i < 3; i++) row('karin', 'groeiplan.item-gewijzigd');
		expect(gezinAuditPage('g1', {}).lines).toHaveLength(3);
	});

	it('a group of views that runs past a page stays whole on that page', () => {
		row('sanne', 'toegang.goedgekeurd', 'Ria');
		for (let i = 0; i < 30; i++) row('ria', 'gezin.bekeken', 'groeiplan');
		const first = gezinAuditPage('g1', {}, 10);
		expect(first.lines).toHaveLength(1);
		expect(first.lines[0]!.count).toBe(30);
		expect(first.older).not.toBeNull();
		const second = gezinAuditPage('g1', { before: first.older! }, 10);
		expect(second.lines.map((l) => l.action)).toEqual(['toegang.goedgekeurd']);
		expect(second.older).toBeNull();
	});

	it('counts the rows in the period apart from the whole log', () => {
		for (let i = 0; i < 5; i++) row('karin', 'groeiplan.item-gewijzigd');
		const page = gezinAuditPage('g1', { from: new Date(start + 3 * 60_000).toISOString() });
		expect(page).toMatchObject({ total: 5, inPeriod: 3, rowsOnPage: 3, older: null });
	});
});
