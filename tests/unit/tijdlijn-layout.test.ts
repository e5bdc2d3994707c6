import { describe, expect, it } from 'vitest';
import { tijdlijnBanen, type TijdlijnBaan } from '$lib/domain';
import {
	baseScale,
	fitText,
	labelRooms,
	layoutTijdlijn,
	textWidth,
	tickLabel,
	zoomedScale,
	type Layout,
	type LayoutEvent
} from '$lib/tijdlijn/layout';
import { interval, partialDate, type Wanneer } from '$lib/tijdlijn/wanneer';
import { seededRandom as rng } from '../random';

const now = new Date(Date.UTC(2024, 5, 15));
let counter = 0;
const ev = (baan: TijdlijnBaan, van: string, extra: Partial<Wanneer> = {}): LayoutEvent => ({
	id: `e${++counter}`,
	baan,
	wanneer: { van, tot: null, nogBezig: false, ongeveer: false, ...extra }
});

function randomDate(r: () => number, fromYear = 1995, years = 30): string {
	const y = fromYear + Math.floor(r() * years);
	const p = r();
	if (p < 0.2) return partialDate(y);
	const mo = 1 + Math.floor(r() * 12);
	if (p < 0.5) return partialDate(y, mo);
	return partialDate(y, mo, 1 + Math.floor(r() * 28));
}

function randomEvents(seed: number, n: number, periodShare = 0.4): LayoutEvent[] {
	const r = rng(seed);
	const out: LayoutEvent[] = [];
	for (let i = 0; i < n; i++) {
		const baan = tijdlijnBanen[Math.floor(r() * tijdlijnBanen.length)]!;
		const van = randomDate(r);
		if (r() < periodShare) {
			if (r() < 0.2) out.push(ev(baan, van, { nogBezig: true }));
			else {
				const tot = randomDate(r, Number(van.slice(0, 4)), 2024 - Number(van.slice(0, 4)) + 1);
				const [a, b] = tot < van ? [tot, van] : [van, tot];
				out.push(ev(baan, a, { tot: b }));
			}
		} else out.push(ev(baan, van, { ongeveer: r() < 0.2 }));
	}
	return out;
}

/** The time a period covers, computed independently of the layout. */
const span = (e: LayoutEvent) => {
	const { start, end } = interval(e.wanneer, now);
	return [start.getTime(), end.getTime()] as const;
};

function itemsByTrack(layout: Layout) {
	const groups = new Map<string, Layout['items']>();
	for (const it of layout.items) {
		const key = `${it.lane}:${it.track}`;
		groups.set(key, [...(groups.get(key) ?? []), it]);
	}
	return groups;
}

describe('periods', () => {
	it('overlapping periods in one lane get distinct tracks', () => {
		const a = ev('gezin', '2010', { tot: '2015' });
		const b = ev('gezin', '2012', { tot: '2018' });
		const c = ev('gezin', '2014-06', { nogBezig: true });
		const layout = layoutTijdlijn([a, b, c], { now });
		const tracks = layout.items.map((it) => it.track);
		expect(new Set(tracks).size).toBe(3);
		expect(layout.lanes[0]!.periodTracks).toBe(3);
	});

	it('never puts overlapping periods on one track (random inputs)', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const events = randomEvents(seed, 150, 0.8);
			const layout = layoutTijdlijn(events, { now });
			for (const items of itemsByTrack(layout).values()) {
				const periods = items.filter((it) => it.periode);
				for (let i = 0; i < periods.length; i++) {
					for (let j = i + 1; j < periods.length; j++) {
						const [s1, e1] = span(periods[i]!.event);
						const [s2, e2] = span(periods[j]!.event);
						const overlap = s1 < e2 && s2 < e1;
						expect(overlap, `seed ${seed}: ${periods[i]!.event.id} and ${periods[j]!.event.id}`).toBe(false);
					}
				}
			}
			// Periods are never dropped or merged away.
			expect(layout.items.filter((it) => it.periode)).toHaveLength(
				events.filter((e) => e.wanneer.tot !== null || e.wanneer.nogBezig).length
			);
		}
	});

	it('uses no more period tracks than the largest overlap needs', () => {
		for (let seed = 100; seed < 110; seed++) {
			const events = randomEvents(seed, 60, 1).map((e) => ({ ...e, baan: 'hulp' as const }));
			const layout = layoutTijdlijn(events, { now, periodMinWidth: 0 });
			const spans = events.map(span);
			let maxOverlap = 0;
			for (const [s] of spans) maxOverlap = Math.max(maxOverlap, spans.filter(([a, b]) => a <= s && s < b).length);
			expect(layout.lanes[3]!.periodTracks).toBe(maxOverlap);
		}
	});

	it('lets periods that touch (end == start) share a track', () => {
		const a = ev('hulp', '2010', { tot: '2012' });
		const b = ev('hulp', '2013', { tot: '2015' });
		const c = ev('hulp', '2016-01', { tot: '2019-12' });
		const layout = layoutTijdlijn([c, b, a], { now });
		expect(layout.lanes[3]!.periodTracks).toBe(1);
		expect(new Set(layout.items.map((it) => it.track)).size).toBe(1);
	});
});

describe('lanes', () => {
	it('follow the fixed order and do not overlap vertically', () => {
		const events = randomEvents(7, 300);
		const layout = layoutTijdlijn(events, { now });
		expect(layout.lanes.map((l) => l.baan)).toEqual([...tijdlijnBanen]);
		expect(layout.lanes[0]!.y).toBeGreaterThanOrEqual(layout.axisHeight);
		for (let i = 1; i < layout.lanes.length; i++) {
			const prev = layout.lanes[i - 1]!;
			expect(layout.lanes[i]!.y).toBeGreaterThanOrEqual(prev.y + prev.height);
		}
		const last = layout.lanes.at(-1)!;
		expect(layout.height).toBeGreaterThanOrEqual(last.y + last.height);
	});

	it('puts every event inside its own lane, on a track of that lane', () => {
		const events = randomEvents(8, 300);
		const layout = layoutTijdlijn(events, { now });
		expect(layout.items).toHaveLength(events.length);
		for (const it of layout.items) {
			const lane = layout.lanes[it.lane]!;
			expect(lane.baan).toBe(it.event.baan);
			expect(it.track).toBeLessThan(lane.tracks);
			expect(it.y - layout.trackHeight / 2).toBeGreaterThanOrEqual(lane.y);
			expect(it.y + layout.trackHeight / 2).toBeLessThanOrEqual(lane.y + lane.height);
		}
	});

	it('keeps an empty lane one track tall', () => {
		const layout = layoutTijdlijn([ev('gezin', '2015')], { now });
		expect(layout.lanes.map((l) => l.tracks)).toEqual([1, 1, 1, 1]);
	});

	it('lists events per lane in chronological order (the tab order)', () => {
		const layout = layoutTijdlijn(randomEvents(9, 200), { now });
		for (let i = 1; i < layout.items.length; i++) {
			const a = layout.items[i - 1]!;
			const b = layout.items[i]!;
			expect(a.lane <= b.lane).toBe(true);
			if (a.lane === b.lane) expect(a.start.getTime()).toBeLessThanOrEqual(b.start.getTime());
		}
	});
});

describe('moments', () => {
	it('do not overlap within a track at the base scale while there is a free track', () => {
		for (let seed = 200; seed < 230; seed++) {
			const events = randomEvents(seed, 120, 0);
			const layout = layoutTijdlijn(events, { now });
			const x = baseScale(layout);
			for (const [key, items] of itemsByTrack(layout)) {
				const lane = layout.lanes[Number(key.split(':')[0])]!;
				if (lane.momentTracks >= layout.maxMomentTracks) continue; // at the cap, overlap is allowed
				const xs = items.map((it) => x(it.start)).sort((a, b) => a - b);
				for (let i = 1; i < xs.length; i++)
					expect(xs[i]! - xs[i - 1]!, `seed ${seed}`).toBeGreaterThanOrEqual(layout.momentWidth - 1e-6);
			}
		}
	});

	it('only overlap when the cap is reached, and then only with an overflowing one', () => {
		const layout = layoutTijdlijn(randomEvents(5, 2000, 0.1), { now });
		const x = baseScale(layout);
		for (const [key, items] of itemsByTrack(layout)) {
			const lane = layout.lanes[Number(key.split(':')[0])]!;
			const moments = items.filter((it) => !it.periode);
			for (let i = 1; i < moments.length; i++) {
				const a = moments[i - 1]!;
				const b = moments[i]!;
				if (x(b.start) - x(a.start) < layout.momentWidth - 1e-6) {
					expect(b.overflow || a.overflow).toBe(true);
					expect(lane.momentTracks).toBe(layout.maxMomentTracks);
				}
			}
		}
	});

	it('holds the cap on moment tracks for 2,000 moments', () => {
		// How fast: `npm run bench tijdlijn-layout` (same input), not a timed assertion here.
		const r = rng(42);
		const events = Array.from({ length: 2000 }, () => ev(tijdlijnBanen[Math.floor(r() * 4)]!, randomDate(r, 2015, 3)));
		const layout = layoutTijdlijn(events, { now, maxMomentTracks: 6 });
		expect(layout.items).toHaveLength(2000);
		for (const lane of layout.lanes) {
			expect(lane.momentTracks).toBe(6);
			expect(lane.tracks).toBe(6);
		}
		expect(layout.items.some((it) => it.overflow)).toBe(true);
	});

	it('keeps room for the labels while the lane has tracks to spare', () => {
		const a = { ...ev('gezin', '2015-03-12'), titel: 'Verhuisd naar Utrecht' };
		const b = { ...ev('gezin', '2016'), titel: 'Opa ziek' };
		const c = { ...ev('gezin', '2021'), titel: 'Kort' };
		const layout = layoutTijdlijn([a, b, c], { now });
		const [ia, ib] = layout.items;
		// Far enough apart for the marks, too close for the first label: the second moves down.
		expect(ib!.x0 - ia!.x0).toBeGreaterThan(layout.momentWidth);
		expect(ib!.x0 - ia!.x0).toBeLessThan(layout.momentWidth + textWidth(a.titel, 14));
		expect(ia!.track).not.toBe(ib!.track);
		for (const lane of layout.lanes) {
			for (const track of lane.trackItems) {
				const xs = track.map((i) => layout.items[i]!.x0);
				const rooms = labelRooms(xs, {
					markHalf: layout.momentWidth / 2,
					gap: 2,
					left: 0,
					right: Infinity,
					minRoom: 0
				});
				track.forEach((i, j) =>
					expect(rooms[j]!).toBeGreaterThanOrEqual(textWidth(layout.items[i]!.event.titel ?? '', 14) - 1e-6)
				);
			}
		}
	});

	it('gives up label room rather than let marks overlap in a busy lane', () => {
		const events = Array.from({ length: 15 }, (_, i) => ({
			...ev('kinderen', `${1995 + 2 * i}-06-01`),
			titel: `Een lange titel, nummer ${i}`
		}));
		const layout = layoutTijdlijn(events, { now, maxMomentTracks: 2 });
		const lane = layout.lanes[1]!;
		expect(layout.items.some((it) => it.overflow)).toBe(false);
		expect(lane.momentTracks).toBeLessThanOrEqual(2);
		const xs = layout.items.map((it) => it.x0);
		expect(Math.min(...xs.slice(1).map((x, i) => x - xs[i]!))).toBeLessThan(
			layout.momentWidth + textWidth(events[0]!.titel, 14)
		);
	});

	it('keeps periods on their own tracks below the moment tracks', () => {
		const events = [
			...randomEvents(11, 400, 0),
			ev('netwerk', '2001', { tot: '2003' }),
			ev('netwerk', '2002', { nogBezig: true })
		];
		const layout = layoutTijdlijn(events, { now });
		const lane = layout.lanes[2]!;
		expect(lane.periodTracks).toBe(2);
		for (const it of layout.items.filter((i) => i.lane === 2)) {
			if (it.periode) expect(it.track).toBeGreaterThanOrEqual(lane.momentTracks);
			else expect(it.track).toBeLessThan(lane.momentTracks);
		}
	});
});

describe('time domain and scale', () => {
	it('includes every event and today', () => {
		for (const [seed, today] of [
			[1, now],
			[2, new Date(Date.UTC(2040, 0, 1))],
			[3, new Date(Date.UTC(1980, 0, 1))]
		] as const) {
			const events = randomEvents(seed, 100);
			const layout = layoutTijdlijn(events, { now: today });
			const [d0, d1] = layout.domain.map((d) => d.getTime());
			for (const e of events) {
				const { start, end } = interval(e.wanneer, today);
				expect(start.getTime()).toBeGreaterThanOrEqual(d0!);
				expect(end.getTime()).toBeLessThanOrEqual(d1!);
			}
			expect(today.getTime()).toBeGreaterThanOrEqual(d0!);
			expect(today.getTime()).toBeLessThanOrEqual(d1!);
		}
	});

	it('maps the domain into the plot, right of the lane names', () => {
		const layout = layoutTijdlijn(randomEvents(3, 50), { now, width: 1000, gutter: 150 });
		const x = baseScale(layout);
		expect(x(layout.domain[0])).toBeGreaterThanOrEqual(150);
		expect(x(layout.domain[1])).toBeLessThanOrEqual(1000);
		for (const it of layout.items) expect(it.x0).toBeCloseTo(x(it.start), 6);
	});

	it('has a time domain even without events', () => {
		const layout = layoutTijdlijn([], { now });
		expect(layout.domain[0].getTime()).toBeLessThan(now.getTime());
		expect(layout.domain[1].getTime()).toBeGreaterThan(now.getTime());
	});

	it('zooms like a d3 zoom transform: x -> k·x + tx', () => {
		const layout = layoutTijdlijn(randomEvents(4, 50), { now });
		const z = zoomedScale(layout, 8, -3000);
		for (const it of layout.items.slice(0, 20)) expect(z(it.start)).toBeCloseTo(8 * it.x0 - 3000, 4);
	});
});

describe('labels', () => {
	const opts = { markHalf: 17, gap: 2, left: 100, right: 900, minRoom: 40 };

	it('never lets two labels on one track overlap, nor a label cover a mark (random marks)', () => {
		const r = rng(99);
		for (let round = 0; round < 200; round++) {
			const xs = Array.from({ length: 1 + Math.floor(r() * 40) }, () => 50 + r() * 900).sort((a, b) => a - b);
			const rooms = labelRooms(xs, opts);
			const boxes = xs.flatMap((x, i) =>
				rooms[i]! > 0 ? [[x + opts.markHalf + opts.gap, x + opts.markHalf + opts.gap + rooms[i]!] as const] : []
			);
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++)
					expect(boxes[i]![1] <= boxes[j]![0] || boxes[j]![1] <= boxes[i]![0]).toBe(true);
				for (const x of xs) expect(x + opts.markHalf <= boxes[i]![0] || x - opts.markHalf >= boxes[i]![1]).toBe(true);
				expect(boxes[i]![1]).toBeLessThanOrEqual(opts.right);
			}
		}
	});

	it('shows a label when there is room, and none for marks outside the window or too close', () => {
		expect(labelRooms([200, 400], opts)).toEqual([400 - 17 - 2 - (200 + 17 + 2), 900 - (400 + 17 + 2)]);
		expect(labelRooms([200, 230], opts)[0]).toBe(0);
		expect(labelRooms([50, 950], opts)).toEqual([0, 0]);
	});

	it('fits a text in its room, or leaves it out', () => {
		const text = 'Verhuisd naar Utrecht';
		expect(fitText(text, 1000, 14)).toBe(text);
		const short = fitText(text, 80, 14);
		expect(short.endsWith('…')).toBe(true);
		expect(short.length * 14 * 0.6).toBeLessThanOrEqual(80);
		expect(fitText(text, 20, 14)).toBe('');
	});

	it('labels the ticks of the time axis in Dutch and English', () => {
		expect(tickLabel(new Date(Date.UTC(2015, 0, 1)), false, 'nl')).toBe('2015');
		expect(tickLabel(new Date(Date.UTC(2015, 2, 1)), false, 'nl')).toBe('mrt');
		expect(tickLabel(new Date(Date.UTC(2015, 2, 1)), true, 'nl')).toBe('mrt 2015');
		expect(tickLabel(new Date(Date.UTC(2015, 9, 12)), false, 'nl')).toBe('12 okt');
		expect(tickLabel(new Date(Date.UTC(2015, 2, 1)), false, 'en')).toBe('Mar');
	});
});
