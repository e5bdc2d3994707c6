import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { betrokkeneSoorten, nabijheden, steunSoorten, type BetrokkeneSoort, type Nabijheid } from '$lib/domain';
import Netwerkkaart from '$lib/mensen/Netwerkkaart.svelte';
import NetwerkTabel from '$lib/mensen/NetwerkTabel.svelte';
import {
	layoutNetwerkkaart,
	netwerkVolgorde,
	sectorSoorten,
	segmentHitsBox,
	shortName,
	textWidth,
	zigzagPath,
	type Box,
	type NetwerkLayout,
	type NetwerkPersoon
} from '$lib/mensen/netwerkkaart';
import { seededRandom as rng } from '../random';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz éëïöüAZ-';
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const randomName = (r: () => number, length: number) => Array.from({ length }, () => pick(r, [...LETTERS])).join('');

function randomPeople(seed: number, n: number): NetwerkPersoon[] {
	const r = rng(seed);
	// Some inputs lean on one kind or one ring, so busy cells come up often.
	const favourite = pick(r, betrokkeneSoorten);
	const lean = r();
	return Array.from({ length: n }, (_, i) => ({
		id: `p${seed}-${i}`,
		naam: r() < 0.15 ? 'X'.repeat(40) : randomName(r, 1 + Math.floor(r() * 40)),
		soort: r() < lean ? favourite : pick(r, betrokkeneSoorten),
		nabijheid: pick(r, nabijheden),
		steun: steunSoorten.filter(() => r() < 0.4),
		nietVeilig: r() < 0.2
	}));
}

/** 40 people with long names and every mark, all in one sector and one ring. */
const crowd = (soort: BetrokkeneSoort, nabijheid: Nabijheid, n = 40): NetwerkPersoon[] =>
	Array.from({ length: n }, (_, i) => ({
		id: `c${i}`,
		naam: `${'Wwwwwwwwww '.repeat(4)}`.slice(0, 40 - (i % 4)) + i,
		soort,
		nabijheid,
		steun: [...steunSoorten],
		nietVeilig: true
	}));

const sectorLabel = (s: string) =>
	({
		familie: 'Familie',
		'vrienden-en-buren': 'Vrienden en buren',
		'school-en-werk': 'School en werk',
		vrijwilliger: 'Vrijwilliger',
		professional: 'Professional'
	})[s]!;
const lay = (people: NetwerkPersoon[], toonNietVeilig = true) =>
	layoutNetwerkkaart(people, { centreLabel: 'Familie Van den Berg-Janssen', sectorLabel, toonNietVeilig });

/** Overlap of two boxes (touching is fine). */
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Whether a disc and a box overlap (exact: nearest point of the box to the centre). */
const discInBox = (cx: number, cy: number, r: number, b: Box) =>
	Math.hypot(Math.max(b.x - cx, 0, cx - b.x - b.width), Math.max(b.y - cy, 0, cy - b.y - b.height)) < r;
const inside = (b: Box, l: NetwerkLayout) =>
	b.x >= 0 && b.y >= 0 && b.x + b.width <= l.width && b.y + b.height <= l.height;
/** Angle of a point as seen from the centre, moved into [start, start + 2π). */
const angleFrom = (l: NetwerkLayout, x: number, y: number, start: number) => {
	let a = Math.atan2(y - l.cy, x - l.cx);
	while (a < start) a += 2 * Math.PI;
	while (a >= start + 2 * Math.PI) a -= 2 * Math.PI;
	return a;
};

/** Every rule of the drawing; returns the broken ones (empty: all fine). */
function problems(l: NetwerkLayout, input: NetwerkPersoon[]): string[] {
	const out: string[] = [];
	const R = l.markerRadius;
	const ps = l.people;
	if (ps.length !== input.length) out.push(`count ${ps.length} != ${input.length}`);
	if (new Set(ps.map((p) => p.persoon.id)).size !== input.length) out.push('ids');
	for (let i = 0; i < ps.length; i++) {
		const p = ps[i]!;
		const name = p.persoon.id;
		for (let j = i + 1; j < ps.length; j++) {
			const q = ps[j]!;
			if (overlap(p.box, q.box)) out.push(`labels ${name} and ${q.persoon.id} overlap`);
			if (Math.hypot(p.x - q.x, p.y - q.y) < 2 * R) out.push(`markers ${name} and ${q.persoon.id} overlap`);
		}
		for (const q of ps)
			if (discInBox(q.x, q.y, R, p.box)) out.push(`label of ${name} covers marker of ${q.persoon.id}`);
		for (const s of l.sectors) {
			if (overlap(p.box, s.labelBox)) out.push(`label of ${name} covers sector name ${s.soort}`);
			if (discInBox(p.x, p.y, R, s.labelBox)) out.push(`sector name ${s.soort} covers marker of ${name}`);
		}
		if (l.centre.box && (overlap(p.box, l.centre.box) || discInBox(p.x, p.y, R, l.centre.box)))
			out.push(`${name} on the centre name`);

		// Zone: gezin in the centre circle, everyone else in their own sector band and ring.
		const d = Math.hypot(p.x - l.cx, p.y - l.cy);
		const ring = l.rings[nabijheden.indexOf(p.persoon.nabijheid)]!;
		if (p.persoon.soort === 'gezin') {
			if (p.sector !== null) out.push(`${name}: gezin with a sector`);
			if (d + R > l.centreRadius + 0.05) out.push(`${name}: marker outside the centre circle`);
			for (const [x, y] of [
				[p.box.x, p.box.y],
				[p.box.x + p.box.width, p.box.y],
				[p.box.x, p.box.y + p.box.height],
				[p.box.x + p.box.width, p.box.y + p.box.height]
			] as const)
				if (Math.hypot(x - l.cx, y - l.cy) > l.centreRadius + 0.05)
					out.push(`${name}: gezin label outside the centre circle`);
			if (p.line !== null) out.push(`${name}: gezin with a line`);
		} else {
			const s = l.sectors[sectorSoorten.indexOf(p.persoon.soort as never)]!;
			if (p.sector !== s.index) out.push(`${name}: sector index`);
			const a = angleFrom(l, p.x, p.y, s.start);
			if (a > s.end) out.push(`${name}: marker outside its sector (${a} not in ${s.start}..${s.end})`);
			// The whole dot inside the band: far enough from both edges.
			if (d * Math.sin(a - s.start) < R - 0.05 || d * Math.sin(s.end - a) < R - 0.05)
				out.push(`${name}: marker over the sector edge`);
			if (d - R < ring.inner - 0.05 || d + R > ring.outer + 0.05) out.push(`${name}: marker outside its ring`);
			// The label stays out of the centre circle.
			if (discInBox(l.cx, l.cy, l.centreRadius, p.box)) out.push(`${name}: label in the centre circle`);
			const ln = p.line!;
			if (Math.abs(Math.hypot(ln.x1 - l.cx, ln.y1 - l.cy) - l.centreRadius) > 0.05)
				out.push(`${name}: line does not start at the centre circle`);
			if (Math.abs(Math.hypot(ln.x2 - p.x, ln.y2 - p.y) - R) > 0.05)
				out.push(`${name}: line does not end at the marker`);
		}
		// The label's parts sit in its box, the text is a shortened name that fits.
		for (const m of p.steun)
			if (
				m.x - l.markSize / 2 < p.box.x - 0.05 ||
				m.x + l.markSize / 2 > p.box.x + p.box.width + 0.05 ||
				Math.abs(m.y - p.y) > 0.05
			)
				out.push(`${name}: support mark outside the label`);
		if (
			p.alarm &&
			(p.alarm.x - l.alarmRadius < p.box.x - 0.05 || p.alarm.x + l.alarmRadius > p.box.x + p.box.width + 0.05)
		)
			out.push(`${name}: alarm outside the label`);
		const textW = textWidth(p.label, l.fontSize);
		const [t0, t1] = p.text.anchor === 'start' ? [p.text.x, p.text.x + textW] : [p.text.x - textW, p.text.x];
		if (t0 < p.box.x - 0.05 || t1 > p.box.x + p.box.width + 0.05) out.push(`${name}: text outside the label`);
		if (p.box.height < l.fontSize) out.push(`${name}: label too low`);
		if (Array.from(p.label).length > 24) out.push(`${name}: label too long`);
		if (!inside(p.box, l) || p.x - R < 0 || p.y - R < 0 || p.x + R > l.width || p.y + R > l.height)
			out.push(`${name}: outside the viewBox`);
	}
	for (let i = 0; i < l.sectors.length; i++) {
		const s = l.sectors[i]!;
		if (!inside(s.labelBox, l)) out.push(`sector name ${s.soort} outside the viewBox`);
		for (let j = i + 1; j < l.sectors.length; j++)
			if (overlap(s.labelBox, l.sectors[j]!.labelBox))
				out.push(`sector names ${s.soort} and ${l.sectors[j]!.soort} overlap`);
	}
	const outer = l.rings.at(-1)!.outer;
	if (l.cx - outer < 0 || l.cy - outer < 0 || l.cx + outer > l.width || l.cy + outer > l.height)
		out.push('rings outside the viewBox');
	for (let k = 0; k < l.rings.length; k++) {
		const ring = l.rings[k]!;
		if (ring.inner !== (k === 0 ? l.centreRadius : l.rings[k - 1]!.outer) || ring.outer <= ring.inner)
			out.push(`ring ${ring.nabijheid}`);
	}
	return out;
}

describe('layoutNetwerkkaart', () => {
	it('finds a broken drawing (the checks can fail)', () => {
		const people = randomPeople(7, 20);
		const l = lay(people);
		expect(problems(l, people)).toEqual([]);
		const [a, b] = l.people;
		const moved = { ...l, people: [{ ...a!, box: { ...b!.box } }, ...l.people.slice(1)] };
		expect(problems(moved, people).some((p) => p.includes('overlap'))).toBe(true);
		const far = { ...l, people: [{ ...a!, x: l.width + 10 }, ...l.people.slice(1)] };
		expect(problems(far, people).some((p) => p.includes('outside'))).toBe(true);
		const familie = l.people.find((p) => p.persoon.soort === 'familie')!;
		const wrong = {
			...l,
			people: l.people.map((p) => (p === familie ? { ...p, x: 2 * l.cx - p.x, y: 2 * l.cy - p.y } : p))
		};
		expect(problems(wrong, people).some((p) => p.includes('sector'))).toBe(true);
	});

	it('draws an empty network', () => {
		const l = lay([]);
		expect(l.people).toEqual([]);
		expect(l.rings.map((r) => r.nabijheid)).toEqual([...nabijheden]);
		expect(l.sectors.map((s) => s.soort)).toEqual(betrokkeneSoorten.filter((s) => s !== 'gezin'));
		expect(l.sectors.map((s) => s.label)).toEqual([
			'Familie',
			'Vrienden en buren',
			'School en werk',
			'Vrijwilliger',
			'Professional'
		]);
		expect(l.width).toBeGreaterThan(2 * l.rings[2]!.outer);
		expect(problems(l, [])).toEqual([]);
		expect(problems(layoutNetwerkkaart([]), [])).toEqual([]);
	});

	it('keeps labels and markers apart and in their zone, for 400 random networks of 1..40 people', () => {
		for (let seed = 1; seed <= 400; seed++) {
			const people = randomPeople(seed, 1 + (seed % 40));
			const found = problems(lay(people), people);
			expect(found, `seed ${seed}`).toEqual([]);
		}
	});

	it('copes with 40 people in one sector and one ring, with 40-character names', () => {
		for (const soort of betrokkeneSoorten)
			for (const nabijheid of nabijheden) {
				const people = crowd(soort, nabijheid);
				const found = problems(lay(people), people);
				expect(found, `${soort}/${nabijheid}`).toEqual([]);
			}
	});

	it('copes with 40 people spread evenly and with the names all the same', () => {
		const even = Array.from({ length: 40 }, (_, i) => ({
			id: `e${i}`,
			naam: 'Dezelfde naam voor iedereen hier, heel lang',
			soort: betrokkeneSoorten[i % 6]!,
			nabijheid: nabijheden[i % 3]!,
			steun: steunSoorten.slice(0, i % 5),
			nietVeilig: i % 7 === 0
		}));
		expect(problems(lay(even), even)).toEqual([]);
		expect(problems(layoutNetwerkkaart(even), even)).toEqual([]);
	});

	it('is deterministic: the same drawing for the same people in any order', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const people = randomPeople(1000 + seed, 40);
			const r = rng(seed);
			const shuffled = people
				.map((p) => [r(), p] as const)
				.sort((a, b) => a[0] - b[0])
				.map(([, p]) => p);
			expect(lay(shuffled)).toEqual(lay(people));
		}
	});

	it('orders people by soort, nabijheid, naam and id', () => {
		const base = { steun: [], nietVeilig: false } as const;
		const people: NetwerkPersoon[] = [
			{ ...base, id: 'b', naam: 'Ria', soort: 'professional', nabijheid: 'dichtbij' },
			{ ...base, id: 'a', naam: 'Ria', soort: 'professional', nabijheid: 'dichtbij' },
			{ ...base, id: 'c', naam: 'ans', soort: 'professional', nabijheid: 'dichtbij' },
			{ ...base, id: 'd', naam: 'Zoë', soort: 'familie', nabijheid: 'verder-weg' },
			{ ...base, id: 'e', naam: 'Bert', soort: 'familie', nabijheid: 'dichtbij' },
			{ ...base, id: 'f', naam: 'Kind', soort: 'gezin', nabijheid: 'midden' },
			{ ...base, id: 'g', naam: 'Émile', soort: 'professional', nabijheid: 'dichtbij' }
		];
		const order = ['f', 'e', 'd', 'c', 'g', 'a', 'b'];
		expect(netwerkVolgorde(people).map((p) => p.id)).toEqual(order);
		expect(lay(people).people.map((p) => p.persoon.id)).toEqual(order);
	});

	it('lists the gezin in the centre circle, top to bottom in order, half above the name', () => {
		const gezin = ['Anna', 'Bram', 'Carla', 'Dirk', 'Eva'].map((naam, i): NetwerkPersoon => ({
			id: `g${i}`,
			naam,
			soort: 'gezin',
			nabijheid: 'dichtbij',
			steun: [],
			nietVeilig: false
		}));
		const l = lay([...gezin].reverse());
		const ys = l.people.map((p) => p.y);
		expect(l.people.map((p) => p.persoon.naam)).toEqual(['Anna', 'Bram', 'Carla', 'Dirk', 'Eva']);
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		expect(ys.filter((y) => y < l.cy)).toHaveLength(3);
		for (const p of l.people)
			expect(p.box.y > l.centre.box!.y + l.centre.box!.height || p.box.y + p.box.height < l.centre.box!.y).toBe(true);
		expect(problems(l, gezin)).toEqual([]);
	});

	it('carries the niet-veilig mark, and leaves no trace of it when it is not shown', () => {
		const people = randomPeople(42, 30).map((p, i) => ({ ...p, nietVeilig: i % 3 === 0 }));
		const shown = lay(people);
		for (const p of shown.people) {
			expect(p.nietVeilig).toBe(p.persoon.nietVeilig);
			expect(p.alarm !== null).toBe(p.persoon.nietVeilig);
		}
		const hidden = lay(people, false);
		const cleared = lay(people.map((p) => ({ ...p, nietVeilig: false })));
		expect(hidden.people.every((p) => !p.nietVeilig && p.alarm === null)).toBe(true);
		// The same drawing as for people without the mark: no gap where the "!" would be.
		expect(hidden.people.map(({ persoon: _, ...rest }) => rest)).toEqual(
			cleared.people.map(({ persoon: _, ...rest }) => rest)
		);
	});

	it('shortens long names and keeps the full name', () => {
		const naam = 'Alexandra Wilhelmina van Oranje-Nassau de Jong';
		const l = lay([{ id: 'x', naam, soort: 'familie', nabijheid: 'dichtbij', steun: [], nietVeilig: false }]);
		const p = l.people[0]!;
		expect(p.persoon.naam).toBe(naam);
		expect(p.label).toBe('Alexandra Wilhelmina va…');
		expect(Array.from(p.label)).toHaveLength(24);
		expect(shortName('  Jan   de  Vries ', 24)).toBe('Jan de Vries');
		expect(shortName('😀'.repeat(30), 24)).toBe('😀'.repeat(23) + '…');
	});

	it('puts the support marks next to the marker, in a fixed order', () => {
		const l = lay([
			{
				id: 'x',
				naam: 'Ria',
				soort: 'professional',
				nabijheid: 'midden',
				steun: ['emotioneel', 'praktisch'],
				nietVeilig: true
			}
		]);
		const p = l.people[0]!;
		expect(p.steun.map((s) => s.soort)).toEqual(['praktisch', 'emotioneel']);
		const dist = (x: number) => Math.abs(x - p.x);
		expect(dist(p.steun[0]!.x)).toBeLessThan(dist(p.steun[1]!.x));
		expect(dist(p.steun[1]!.x)).toBeLessThan(dist(p.alarm!.x));
		expect(dist(p.alarm!.x)).toBeLessThan(dist(p.text.x) + 1);
	});
});

describe('helpers', () => {
	it('textWidth: about 0.6 of the font size per character for a name, more for capitals', () => {
		for (const naam of ['Familie Jansen', 'Buurvrouw Fatima', 'Jeugdconsulent Wijkteam', 'Oma Ria']) {
			const perChar = textWidth(naam, 13) / (naam.length * 13);
			expect(perChar).toBeGreaterThan(0.55);
			expect(perChar).toBeLessThan(0.7);
		}
		expect(textWidth('XXXX', 10)).toBeGreaterThan(textWidth('xxxx', 10));
		expect(textWidth('mmmm', 10)).toBe(40);
		expect(textWidth('😀', 10)).toBe(10);
		expect(textWidth('Ria', 10, true)).toBeGreaterThan(textWidth('Ria', 10));
	});

	it('segmentHitsBox', () => {
		const box = [10, 10, 20, 20] as const;
		expect(segmentHitsBox(0, 0, 30, 30, ...box)).toBe(true);
		expect(segmentHitsBox(0, 15, 5, 15, ...box)).toBe(false);
		expect(segmentHitsBox(0, 25, 25, 0, ...box)).toBe(true);
		expect(segmentHitsBox(0, 5, 5, 0, ...box)).toBe(false);
		expect(segmentHitsBox(0, 19, 19, 0, ...box)).toBe(false);
		expect(segmentHitsBox(0, 21, 21, 0, ...box)).toBe(true);
		expect(segmentHitsBox(15, 0, 15, 12, ...box)).toBe(true);
	});

	it('zigzagPath starts and ends on the line', () => {
		const d = zigzagPath(0, 0, 100, 0);
		expect(d.startsWith('M0 0')).toBe(true);
		expect(d.endsWith('L100 0')).toBe(true);
		const ys = [...d.matchAll(/L[\d.-]+ ([\d.-]+)/g)].map((m) => Number(m[1]));
		expect(Math.max(...ys)).toBeCloseTo(3.5);
		expect(Math.min(...ys)).toBeCloseTo(-3.5);
	});
});

describe('Netwerkkaart and NetwerkTabel (server-rendered)', () => {
	const people: NetwerkPersoon[] = [
		{
			id: 'a',
			naam: 'Oma Ria',
			soort: 'familie',
			nabijheid: 'dichtbij',
			steun: ['praktisch', 'emotioneel'],
			nietVeilig: false
		},
		{ id: 'b', naam: 'Oom Kees', soort: 'familie', nabijheid: 'verder-weg', steun: [], nietVeilig: true },
		{ id: 'c', naam: 'Sanne', soort: 'gezin', nabijheid: 'dichtbij', steun: [], nietVeilig: false },
		{
			id: 'd',
			naam: 'Alexandra Wilhelmina van Oranje-Nassau',
			soort: 'professional',
			nabijheid: 'midden',
			steun: ['advies'],
			nietVeilig: false
		}
	];

	it('draws an accessible picture with a summary, and the niet-veilig mark only when allowed', () => {
		const shown = render(Netwerkkaart, {
			props: {
				layout: layoutNetwerkkaart(people, { centreLabel: 'Familie Jansen', toonNietVeilig: true }),
				gezinNaam: 'Familie Jansen',
				toonNietVeilig: true
			}
		}).body;
		expect(shown).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-titel"[^>]*aria-describedby="[^"]+-desc"/);
		expect(shown).toContain('Netwerkkaart van Familie Jansen');
		expect(shown).toContain('Aantal mensen op de kaart: 4. Dichtbij: 2. In het midden: 1. Verder weg: 1.');
		expect(shown).toContain('Niet veilig of spanning: 1.');
		expect(shown).toContain('Alexandra Wilhelmina va…');
		expect(shown).toContain('<title>Alexandra Wilhelmina van Oranje-Nassau</title>');
		expect(shown.match(/class="alarm[ "]/g)).toHaveLength(2); // the person's and the legend's
		expect(shown).toContain('Niet veilig / spanning');

		const hidden = render(Netwerkkaart, {
			props: {
				layout: layoutNetwerkkaart(people, { centreLabel: 'Familie Jansen', toonNietVeilig: false }),
				gezinNaam: 'Familie Jansen',
				toonNietVeilig: false
			}
		}).body;
		expect(hidden).not.toMatch(/class="alarm[ "]/);
		expect(hidden).not.toContain('niet-veilig');
		expect(hidden).not.toContain('Niet veilig');
	});

	it('lists the same people in a table, in the same order', () => {
		const body = render(NetwerkTabel, { props: { people, toonNietVeilig: true } }).body;
		const names = [...body.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((x) => x[1]);
		expect(names).toEqual(['Sanne', 'Oma Ria', 'Oom Kees', 'Alexandra Wilhelmina van Oranje-Nassau']);
		expect(body).toContain('De mensen op de kaart, in een tabel</caption>');
		expect(body).toContain('Praktisch, Emotioneel');
		expect(body.match(/<th scope="col"/g)).toHaveLength(5);
		const without = render(NetwerkTabel, { props: { people, toonNietVeilig: false } }).body;
		expect(without.match(/<th scope="col"/g)).toHaveLength(4);
		expect(without).not.toContain('Niet veilig');
		const empty = render(NetwerkTabel, { props: { people: [], toonNietVeilig: false } }).body;
		expect(empty).toContain('colspan="4"');
		expect(empty).toContain('Er staat nog niemand op de kaart.');
	});
});
