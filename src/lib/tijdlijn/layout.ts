/**
 * Where everything goes in the drawing of the tijdlijn. Pure maths (d3 scales only, no DOM), so
 * the server draws the same picture the browser does.
 *
 * The drawing has four horizontal lanes in a fixed order. Inside a lane, events sit on tracks:
 * first the moment tracks (marks), then the period tracks (bars). The lanes are laid out once, at
 * the base (unzoomed) scale; zooming only rescales x.
 *
 * - Periods that overlap in time never share a track (interval partitioning, greedy by start;
 *   this uses as few tracks as the largest overlap needs). Periods are never hidden.
 * - A moment takes at least `momentWidth` pixels at the base scale, so marks do not sit on top of
 *   each other. A lane gets at most `maxMomentTracks` moment tracks; once they are full, a moment
 *   goes to the track with the most room (and may overlap there; it is marked `overflow`).
 *   When the tracks allow it, a moment with a title also keeps room for its label (see
 *   `labelRooms`); in a lane too busy for that, only the marks are kept apart.
 */
import { textWidth } from '../text-width';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { tijdlijnBanen, type TijdlijnBaan } from '$lib/domain';
import { interval, isPeriode, precisieOf, type Precisie, type Wanneer } from './wanneer';

/** The least an event needs for its place in the drawing. */
export interface LayoutEvent {
	id: string;
	baan: TijdlijnBaan;
	wanneer: Wanneer;
	/** With a title, a moment also gets room for its label where the lane allows it. */
	titel?: string;
}

export interface LayoutOptions {
	now: Date;
	/** Width of the drawing (viewBox units). */
	width?: number;
	/** Room at the left for the lane names. */
	gutter?: number;
	/** Room at both ends of the time axis, so the first and last marks are not cut off. */
	inset?: number;
	axisHeight?: number;
	trackHeight?: number;
	lanePadding?: number;
	/** Pixels a moment takes at the base scale: its mark (and hit area) plus a gap. */
	momentWidth?: number;
	/** Room reserved for a moment's label at the base scale, when the lane has tracks enough. */
	labelFontSize?: number;
	labelGap?: number;
	maxLabelWidth?: number;
	/** Pixels a period takes at least at the base scale (its icon and hit area). */
	periodMinWidth?: number;
	maxMomentTracks?: number;
}

export interface PlacedEvent<E extends LayoutEvent = LayoutEvent> {
	event: E;
	/** Index of the lane in `tijdlijnBanen`. */
	lane: number;
	/** Track inside the lane (0 = top). */
	track: number;
	/** Vertical centre of the track. */
	y: number;
	start: Date;
	end: Date;
	periode: boolean;
	precisie: Precisie;
	/** Start and end at the base scale. */
	x0: number;
	x1: number;
	/** A moment placed on a full track (the lane hit its moment-track cap); it may overlap. */
	overflow: boolean;
}

export interface LaneLayout {
	baan: TijdlijnBaan;
	index: number;
	y: number;
	height: number;
	tracks: number;
	momentTracks: number;
	periodTracks: number;
	/** Per track, the indices (into `Layout.items`) of its events, left to right. */
	trackItems: number[][];
}

export interface Layout<E extends LayoutEvent = LayoutEvent> {
	width: number;
	height: number;
	/** The area the events are drawn in (the lane names sit left of it). */
	plot: { left: number; right: number; top: number; bottom: number };
	axisHeight: number;
	trackHeight: number;
	/** The base time scale: `domain` onto `range` (UTC). */
	domain: [Date, Date];
	range: [number, number];
	now: Date;
	momentWidth: number;
	maxMomentTracks: number;
	lanes: LaneLayout[];
	/** All events, lane by lane in the fixed lane order, each lane chronological: the tab order. */
	items: PlacedEvent<E>[];
}

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365.25 * DAY;

export const defaults = {
	width: 960,
	gutter: 136,
	inset: 20,
	axisHeight: 34,
	trackHeight: 36,
	lanePadding: 6,
	momentWidth: 34,
	labelFontSize: 14,
	labelGap: 2,
	maxLabelWidth: 140,
	periodMinWidth: 30,
	maxMomentTracks: 6
} as const;

/** The d3 time scale (UTC) of a layout at the base scale. */
export function baseScale(layout: Pick<Layout, 'domain' | 'range'>): ScaleTime<number, number> {
	return scaleUtc().domain(layout.domain).range(layout.range);
}

/**
 * The scale after zooming with scale factor `k` and x translation `x` (a d3-zoom transform, in
 * viewBox units): the same as `transform.rescaleX(baseScale(layout))`.
 */
export function zoomedScale(layout: Pick<Layout, 'domain' | 'range'>, k: number, x: number): ScaleTime<number, number> {
	const base = baseScale(layout);
	return base.copy().domain(layout.range.map((r) => base.invert((r - x) / k)));
}

/** The time domain: every event and today, with some air on both sides; at least a year. */
function timeDomain(starts: number[], ends: number[], now: number): [Date, Date] {
	let min = now;
	let max = now;
	for (let i = 0; i < starts.length; i++) {
		if (starts[i]! < min) min = starts[i]!;
		if (ends[i]! > max) max = ends[i]!;
	}
	if (max - min < YEAR) {
		const mid = (min + max) / 2;
		min = Math.min(min, mid - YEAR / 2);
		max = Math.max(max, mid + YEAR / 2);
	}
	const pad = Math.max((max - min) * 0.03, 30 * DAY);
	return [new Date(min - pad), new Date(max + pad)];
}

interface Work<E extends LayoutEvent> {
	event: E;
	lane: number;
	start: number;
	end: number;
	periode: boolean;
	precisie: Precisie;
	/** Order of precision for ties: the longer first (year before month before day). */
	rank: number;
}

const LANE_INDEX = new Map<TijdlijnBaan, number>(tijdlijnBanen.map((b, i) => [b, i]));

/** Lays out the tijdlijn. O(n log n + n · tracks). */
export function layoutTijdlijn<E extends LayoutEvent>(events: readonly E[], options: LayoutOptions): Layout<E> {
	const o = { ...defaults, ...options };
	const now = o.now.getTime();

	const work: Work<E>[] = [];
	for (const event of events) {
		const lane = LANE_INDEX.get(event.baan);
		const precisie = precisieOf(event.wanneer.van);
		if (lane === undefined || !precisie) continue; // not drawable; the list view still shows it
		const { start, end } = interval(event.wanneer, o.now);
		if (!Number.isFinite(start.getTime()) || !Number.isFinite(end.getTime())) continue;
		work.push({
			event,
			lane,
			start: start.getTime(),
			end: Math.max(end.getTime(), start.getTime()),
			periode: isPeriode(event.wanneer),
			precisie,
			rank: event.wanneer.van.length
		});
	}
	work.sort(
		(a, b) =>
			a.lane - b.lane ||
			a.start - b.start ||
			a.rank - b.rank ||
			b.end - a.end ||
			(a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0)
	);

	const domain = timeDomain(
		work.map((w) => w.start),
		work.map((w) => w.end),
		now
	);
	const plotLeft = o.gutter;
	const plotRight = o.width;
	const range: [number, number] = [plotLeft + o.inset, plotRight - o.inset];
	const t0 = domain[0].getTime();
	const pxPerMs = (range[1] - range[0]) / (domain[1].getTime() - t0);
	const px = (t: number) => range[0] + (t - t0) * pxPerMs;

	const eps = 1e-6;
	const items: PlacedEvent<E>[] = [];
	const lanes: LaneLayout[] = [];
	let y = o.axisHeight;
	let i = 0;
	for (let lane = 0; lane < tijdlijnBanen.length; lane++) {
		const first = i;
		while (i < work.length && work[i]!.lane === lane) i++;

		// Periods: first fit in start order (optimal for intervals); touching periods may share.
		const periodEndTime: number[] = [];
		const periodEndPx: number[] = [];
		const periodTrack: number[] = [];
		for (let j = first; j < i; j++) {
			const w = work[j]!;
			if (!w.periode) continue;
			const x0 = px(w.start);
			const right = Math.max(px(w.end), x0 + o.periodMinWidth);
			let t = 0;
			while (t < periodEndTime.length && !(periodEndTime[t]! <= w.start && periodEndPx[t]! <= x0 + eps)) t++;
			periodEndTime[t] = w.end;
			periodEndPx[t] = right;
			periodTrack[j - first] = t;
		}

		// Moments: first fit at the base scale, capped; the overflow goes where there is most room.
		// First with room for the labels; if that overflows the cap, with room for the marks only.
		const placeMoments = (withLabels: boolean) => {
			const ends: number[] = []; // right edge in px per moment track
			const track: number[] = [];
			const overflow: boolean[] = [];
			let overflowed = false;
			for (let j = first; j < i; j++) {
				const w = work[j]!;
				if (w.periode) continue;
				const x0 = px(w.start);
				const label =
					withLabels && w.event.titel
						? 2 * o.labelGap + Math.min(o.maxLabelWidth, textWidth(w.event.titel, o.labelFontSize))
						: 0;
				const left = x0 - o.momentWidth / 2;
				const right = Math.max(x0 + o.momentWidth / 2 + label, px(w.end));
				let t = 0;
				while (t < ends.length && ends[t]! > left + eps) t++;
				let over = false;
				if (t === ends.length && t >= o.maxMomentTracks) {
					over = overflowed = true;
					t = 0;
					for (let u = 1; u < ends.length; u++) if (ends[u]! < ends[t]!) t = u;
				}
				ends[t] = Math.max(ends[t] ?? -Infinity, right);
				track[j - first] = t;
				overflow[j - first] = over;
			}
			return { ends, track, overflow, overflowed };
		};
		let moments = placeMoments(true);
		if (moments.overflowed) moments = placeMoments(false);
		const { ends: momentEnds, track: momentTrack, overflow: momentOverflow } = moments;

		const momentTracks = momentEnds.length;
		const periodTracks = periodEndTime.length;
		const tracks = Math.max(1, momentTracks + periodTracks);
		const height = tracks * o.trackHeight + 2 * o.lanePadding;
		const trackItems: number[][] = Array.from({ length: tracks }, () => []);
		for (let j = first; j < i; j++) {
			const w = work[j]!;
			const track = w.periode ? momentTracks + periodTrack[j - first]! : momentTrack[j - first]!;
			trackItems[track]!.push(items.length);
			items.push({
				event: w.event,
				lane,
				track,
				y: y + o.lanePadding + (track + 0.5) * o.trackHeight,
				start: new Date(w.start),
				end: new Date(w.end),
				periode: w.periode,
				precisie: w.precisie,
				x0: px(w.start),
				x1: px(w.end),
				overflow: !w.periode && momentOverflow[j - first]!
			});
		}
		// Items were added in start order, so each track is already left to right.
		lanes.push({ baan: tijdlijnBanen[lane]!, index: lane, y, height, tracks, momentTracks, periodTracks, trackItems });
		y += height;
	}

	return {
		width: o.width,
		height: y,
		plot: { left: plotLeft, right: plotRight, top: o.axisHeight, bottom: y },
		axisHeight: o.axisHeight,
		trackHeight: o.trackHeight,
		domain,
		range,
		now: new Date(now),
		momentWidth: o.momentWidth,
		maxMomentTracks: o.maxMomentTracks,
		lanes,
		items
	};
}

export interface LabelOptions {
	/** Half the width of a mark. */
	markHalf: number;
	/** Space between a mark and a label, and between a label and the next mark. */
	gap: number;
	/** The visible window: labels of marks outside it are not shown; no label runs past `right`. */
	left: number;
	right: number;
	/** Less room than this: no label at all. */
	minRoom: number;
}

/**
 * Room for the label of each mark on one track, at the current scale. `xs` are the marks' centres,
 * left to right. A label starts at `x + markHalf + gap` and ends at least `gap` before the next
 * mark's left edge, so two labels on one track never overlap, nor does a label cover a mark.
 * Returns the room in px per mark; 0 means: no label (the title is in the accessible name anyway).
 */
export function labelRooms(xs: ArrayLike<number>, o: LabelOptions): number[] {
	const rooms: number[] = new Array<number>(xs.length).fill(0);
	for (let i = 0; i < xs.length; i++) {
		const x = xs[i]!;
		if (x < o.left || x > o.right) continue;
		const start = x + o.markHalf + o.gap;
		const next = i + 1 < xs.length ? xs[i + 1]! - o.markHalf - o.gap : Infinity;
		const room = Math.min(next, o.right) - start;
		rooms[i] = room >= o.minRoom ? room : 0;
	}
	return rooms;
}

/** The one text-width measure (re-exported: the drawing's labels are sized with it). */
export { textWidth };

/** The text, shortened with "…" to fit `room` px; '' when not even a few letters fit. */
export function fitText(text: string, room: number, fontSize: number): string {
	if (textWidth(text, fontSize) <= room) return text;
	const chars = [...text];
	let n = chars.length - 1;
	while (n >= 3 && textWidth(chars.slice(0, n).join('').trimEnd() + '…', fontSize) > room) n--;
	return n < 3 ? '' : chars.slice(0, n).join('').trimEnd() + '…';
}

const SHORT_MONTHS = {
	nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
} as const;

/**
 * Label of a tick of the time axis (UTC): "2015" at the start of a year, else "mrt" or "12 mrt";
 * the first tick of the axis also names the year when it is not a year tick.
 */
export function tickLabel(d: Date, first: boolean, locale: 'nl' | 'en'): string {
	const year = d.getUTCFullYear();
	const month = d.getUTCMonth();
	const day = d.getUTCDate();
	if (month === 0 && day === 1) return String(year);
	const mon = SHORT_MONTHS[locale][month]!;
	const label = day === 1 ? mon : `${day} ${mon}`;
	return first ? `${label} ${year}` : label;
}

/** Whether a tick is at the start of a year (drawn a little stronger). */
export function isYearTick(d: Date): boolean {
	return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
}
