/**
 * Where everything goes in the netwerkkaart (ecogram). Pure maths, no DOM, so the server draws the
 * same picture the browser does.
 *
 * The drawing: the gezin in a circle in the middle (its people inside that circle), around it
 * three rings for closeness (dichtbij inside, verder weg outside) and five sectors (angle bands),
 * one for each other kind of betrokkene. Each person is a marker (a dot) with a label next to it:
 * the marks for the kinds of support, a "!" when the person is not safe, and the name.
 *
 * The guarantee: no two labels overlap, and no label covers a marker (nor does a marker sit on a
 * marker), for any number of people. Each marker stays inside its own sector band and its own
 * ring. It works like this:
 *
 * - People are placed one by one, in a fixed order (soort, nabijheid, naam, id), so the result
 *   is deterministic. First the gezin: a list in the centre circle, one person per row, half
 *   above the gezin's name and half below. Then ring by ring from the inside, sector by sector.
 * - Each person outside the gezin tries candidate spots inside their zone, from the inner edge outwards and from the
 *   middle of the band to its sides, the label on the outward side first. The first spot whose
 *   marker and label touch nothing placed so far wins. The zone is open at the outer side, and
 *   everything placed is finite, so a free spot is always found.
 * - Where it can (within `cleanRoom` further out), a person also gets a spot where their
 *   closeness line crosses no marker or label, and where their marker and label sit on no line.
 * - A ring ends just outside its outermost marker, and the next ring starts there. The centre
 *   circle grows around the gezin's list. So a busy ring or gezin makes the drawing larger
 *   (the viewBox grows); it never makes things overlap.
 * - The sector names come last, outside the rings, each moved outwards until it touches nothing.
 *
 * Speed: what blocks a spot stays there (nothing is ever removed), and a label box only grows
 * with the length of its text. So a spot found blocked is remembered per zone: blocked for every
 * marker, or blocked for labels of this width and wider. Later people skip those spots at once,
 * and a spot that was free is only checked against what was placed since. 40 people take a few
 * milliseconds.
 */
import { textWidth } from '../text-width';
import {
	betrokkeneSoorten,
	nabijheden,
	steunSoorten,
	type BetrokkeneSoort,
	type Nabijheid,
	type SteunSoort
} from '$lib/domain';

/** The least a person needs for a place on the netwerkkaart. */
export interface NetwerkPersoon {
	id: string;
	naam: string;
	soort: BetrokkeneSoort;
	nabijheid: Nabijheid;
	steun: readonly SteunSoort[];
	nietVeilig: boolean;
}

/** The five sectors: every kind except the gezin (which is the centre). */
export type SectorSoort = Exclude<BetrokkeneSoort, 'gezin'>;
export const sectorSoorten = betrokkeneSoorten.filter((s): s is SectorSoort => s !== 'gezin');

export interface NetwerkOptions {
	/** The name in the centre circle (the gezin). */
	centreLabel?: string;
	/** The name of a sector, as shown. Default: the soort itself. */
	sectorLabel?: (soort: SectorSoort) => string;
	/** Show (and make room for) the "niet veilig" mark. When false, the mark leaves no trace. */
	toonNietVeilig?: boolean;
	fontSize?: number;
	/** Longer names are shortened to this many characters, with "…". */
	maxChars?: number;
}

/** A rectangle: top-left corner and size (viewBox units). */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedPersoon<P extends NetwerkPersoon = NetwerkPersoon> {
	persoon: P;
	/** The name as shown: shortened with "…" when long. The full name is `persoon.naam`. */
	label: string;
	/** Index of the sector in `sectorSoorten`; null for the gezin (in the centre circle). */
	sector: number | null;
	/** Index of the ring in `nabijheden`. */
	ring: number;
	/** Centre of the marker. */
	x: number;
	y: number;
	/** Polar position of the marker around the centre (radians, clockwise from the right). */
	angle: number;
	distance: number;
	/** Where the name goes: `anchor` 'start' means the text runs to the right of x. */
	text: { x: number; y: number; anchor: 'start' | 'end' };
	/** The whole label next to the marker: support marks, "!" mark and name. */
	box: Box;
	/** Centres of the support marks, next to the marker, in the order of `steunSoorten`. */
	steun: { soort: SteunSoort; x: number; y: number }[];
	/** Centre of the "!" mark; null when not shown. */
	alarm: { x: number; y: number } | null;
	/** Not safe, and allowed to be shown (`toonNietVeilig`). */
	nietVeilig: boolean;
	/** From the edge of the centre circle to the edge of the marker; null for the gezin. */
	line: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface NetwerkSector {
	soort: SectorSoort;
	index: number;
	/** The angle band (radians, clockwise from the right; start < end). */
	start: number;
	end: number;
	/** The line at the start of the band, from the centre circle to the outer ring. */
	edge: { x1: number; y1: number; x2: number; y2: number };
	label: string;
	/** Where the name goes: centred on labelX (text-anchor middle), baseline at labelY. */
	labelX: number;
	labelY: number;
	labelBox: Box;
}

export interface NetwerkLayout<P extends NetwerkPersoon = NetwerkPersoon> {
	width: number;
	height: number;
	cx: number;
	cy: number;
	centreRadius: number;
	centre: { label: string; x: number; y: number; box: Box | null };
	/** The rings, inside out; the inner edge of the first is the centre circle. */
	rings: { nabijheid: Nabijheid; inner: number; outer: number }[];
	sectors: NetwerkSector[];
	/** Everyone, in the order of `netwerkVolgorde`. */
	people: PlacedPersoon<P>[];
	markerRadius: number;
	fontSize: number;
	/** Size of a support mark (its box). */
	markSize: number;
	alarmRadius: number;
}

export const defaults = {
	fontSize: 13,
	maxChars: 24,
	markerRadius: 6,
	markSize: 9,
	alarmRadius: 7,
	centreFontSize: 15,
	sectorFontSize: 14,
	/** Smallest centre circle, and smallest width of a ring. */
	minCentre: 56,
	minRing: 72,
	/** Space between a marker and its ring's edges. */
	ringPad: 8,
	/** Least space between any two things (labels, markers). */
	gap: 2,
	/** Distance between candidate spots: along the radius and along the arc. */
	radialStep: 8,
	arcStep: 8,
	/** How much further out a person may go for a spot where their line crosses nothing. */
	cleanRoom: 48,
	/** Room a line keeps from markers and labels, when it can: a zigzag line is this wide. */
	lineClear: 4,
	margin: 8
} as const;

/** The name, tidied and shortened to `max` characters with "…" (by code point, not cut in half). */
export function shortName(naam: string, max: number): string {
	const chars = Array.from(naam.trim().replace(/\s+/g, ' '));
	if (chars.length <= max) return chars.join('');
	return (
		chars
			.slice(0, max - 1)
			.join('')
			.trimEnd() + '…'
	);
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A name for sorting: without accents and case ("Émile" sorts with "emile"). */
const sortKey = (naam: string) => naam.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The order of the drawing and of the table: soort, nabijheid, naam, id. Plain string maths, no
 * Intl.Collator: the server and every browser sort alike, so the drawing hydrates unchanged.
 */
export function netwerkVolgorde<P extends NetwerkPersoon>(people: readonly P[]): P[] {
	const keyed = people.map((p) => ({
		p,
		soort: betrokkeneSoorten.indexOf(p.soort),
		ring: nabijheden.indexOf(p.nabijheid),
		naam: sortKey(p.naam)
	}));
	keyed.sort(
		(a, b) =>
			a.soort - b.soort ||
			a.ring - b.ring ||
			byCode(a.naam, b.naam) ||
			byCode(a.p.naam, b.p.naam) ||
			byCode(a.p.id, b.p.id)
	);
	return keyed.map((k) => k.p);
}

/** The sectors' angle bands: five equal bands, the first (familie) centred at the top. */
const SECTOR = (2 * Math.PI) / sectorSoorten.length;
const FIRST = -Math.PI / 2 - SECTOR / 2;
/** The label goes on the outward side first: right of the marker on the right half. */
const RIGHT_FIRST = [0, 1] as const;
const LEFT_FIRST = [1, 0] as const;

/** Placed things, as [x0, y0, x1, y1] per rectangle (markers as their square). */
class Obstacles {
	private r: number[] = [];
	constructor(private gap: number) {}
	add(x0: number, y0: number, x1: number, y1: number) {
		this.r.push(x0, y0, x1, y1);
	}
	/** How many there are: a later check may start there (nothing is ever removed). */
	get size(): number {
		return this.r.length / 4;
	}
	/** Whether the rectangle comes closer than `gap` to one, from number `from` on. */
	hits(x0: number, y0: number, x1: number, y1: number, from = 0): boolean {
		const r = this.r;
		const g = this.gap;
		for (let i = from * 4; i < r.length; i += 4) {
			if (x0 < r[i + 2]! + g && x1 + g > r[i]! && y0 < r[i + 3]! + g && y1 + g > r[i + 1]!) return true;
		}
		return false;
	}
	/** Whether the segment comes within `pad` of one, from number `from` on. */
	crosses(ax: number, ay: number, bx: number, by: number, pad: number, from = 0): boolean {
		const r = this.r;
		for (let i = from * 4; i < r.length; i += 4)
			if (segmentHitsBox(ax, ay, bx, by, r[i]! - pad, r[i + 1]! - pad, r[i + 2]! + pad, r[i + 3]! + pad)) return true;
		return false;
	}
}

/** The closeness lines placed so far, as [x1, y1, x2, y2] per line. */
class Lines {
	private l: number[] = [];
	add(x1: number, y1: number, x2: number, y2: number) {
		this.l.push(x1, y1, x2, y2);
	}
	get size(): number {
		return this.l.length / 4;
	}
	/** Whether a line crosses the rectangle, from number `from` on. */
	hits(x0: number, y0: number, x1: number, y1: number, from = 0): boolean {
		const l = this.l;
		for (let i = from * 4; i < l.length; i += 4)
			if (segmentHitsBox(l[i]!, l[i + 1]!, l[i + 2]!, l[i + 3]!, x0, y0, x1, y1)) return true;
		return false;
	}
}

/** Whether the segment (ax, ay)–(bx, by) crosses the rectangle (Liang–Barsky clipping). */
export function segmentHitsBox(
	ax: number,
	ay: number,
	bx: number,
	by: number,
	x0: number,
	y0: number,
	x1: number,
	y1: number
): boolean {
	if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) return false;
	let t0 = 0;
	let t1 = 1;
	// Per edge: p < 0 where the segment comes in, p > 0 where it goes out, 0 when parallel.
	for (let k = 0; k < 4; k++) {
		const p = k === 0 ? ax - bx : k === 1 ? bx - ax : k === 2 ? ay - by : by - ay;
		const q = k === 0 ? ax - x0 : k === 1 ? x1 - ax : k === 2 ? ay - y0 : y1 - ay;
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) {
			if (t > t1) return false;
			if (t > t0) t0 = t;
		} else {
			if (t < t0) return false;
			if (t < t1) t1 = t;
		}
	}
	return true;
}

/** Least distance from the centre (0, 0) to a rectangle. */
function distanceToBox(x0: number, y0: number, x1: number, y1: number): number {
	const dx = x0 > 0 ? x0 : x1 < 0 ? -x1 : 0;
	const dy = y0 > 0 ? y0 : y1 < 0 ? -y1 : 0;
	return Math.hypot(dx, dy);
}

/** Largest distance from the centre to a rectangle (its farthest corner). */
function farthest(x0: number, y0: number, x1: number, y1: number): number {
	return Math.hypot(Math.max(-x0, x1), Math.max(-y0, y1));
}

/**
 * The candidate spots of one zone: rings of spots from `r0` outwards, each ring's spots from the
 * middle of the band to its sides. Made as needed, kept with what is known to block them.
 */
class Zone {
	xs: number[] = [];
	ys: number[] = [];
	rs: number[] = [];
	angles: number[] = [];
	/** The marker there touches something: the spot is done for. */
	markerBlocked: boolean[] = [];
	/** The closeness line to there crosses something, or the marker sits on a line. */
	lineBlocked: boolean[] = [];
	/** How many obstacles (and lines) the marker and its line were checked against already. */
	markerSeen: number[] = [];
	lineSeen: number[] = [];
	onLineSeen: number[] = [];
	/** Labels at least this wide are blocked there, per side (0: to the right, 1: to the left). */
	blockedWidth: [number, number][] = [];
	/** Labels at least this wide sit on a line there, per side. */
	lineWidth: [number, number][] = [];
	/** Every spot before this one is marker-blocked. */
	first = 0;
	private level = 0;

	constructor(
		private r0: number,
		/** The band of angles. */
		private start: number,
		private end: number,
		/** Keep the whole marker inside the band: this far from its edges. */
		private edge: number,
		private o: { radialStep: number; arcStep: number }
	) {}

	/** Adds the next ring of spots that has any (near the centre, a band may be too narrow). */
	grow(): void {
		for (;;) {
			const r = this.r0 + this.level++ * this.o.radialStep;
			const angles = this.spots(r);
			for (const a of angles) {
				this.xs.push(r * Math.cos(a));
				this.ys.push(r * Math.sin(a));
				this.rs.push(r);
				this.angles.push(a);
				this.markerBlocked.push(false);
				this.lineBlocked.push(false);
				this.markerSeen.push(0);
				this.lineSeen.push(0);
				this.onLineSeen.push(0);
				this.blockedWidth.push([Infinity, Infinity]);
				this.lineWidth.push([Infinity, Infinity]);
			}
			if (angles.length) return;
		}
	}

	private spots(r: number): number[] {
		if (r <= this.edge) return [];
		const margin = Math.asin(this.edge / r);
		const span = this.end - this.start - 2 * margin;
		if (span < 0) return [];
		const mid = (this.start + this.end) / 2;
		const n = Math.floor((r * span) / this.o.arcStep) + 1;
		if (n === 1) return [mid];
		// From the middle of the band to its sides, alternating (the counter-clockwise side first).
		const step = span / (n - 1);
		const out: number[] = [];
		const centre = (n - 1) / 2;
		let a = Math.floor(centre);
		let b = Math.ceil(centre);
		if (a === b) {
			out.push(mid);
			a--;
			b++;
		}
		for (; a >= 0; a--, b++) out.push(mid + (a - centre) * step, mid + (b - centre) * step);
		return out;
	}
}

/** A person's label, before it has a place. */
interface Block {
	/** Width of the label box: gap, support marks, "!" mark, name. */
	width: number;
	label: string;
	steun: SteunSoort[];
	alarm: boolean;
}

/** Lays out the netwerkkaart. Same input (in any order) → same output. */
export function layoutNetwerkkaart<P extends NetwerkPersoon>(
	input: readonly P[],
	options: NetwerkOptions = {}
): NetwerkLayout<P> {
	const o: Record<keyof typeof defaults, number> = {
		...defaults,
		fontSize: options.fontSize ?? defaults.fontSize,
		maxChars: options.maxChars ?? defaults.maxChars
	};
	const toon = options.toonNietVeilig ?? true;
	const sectorLabel = options.sectorLabel ?? ((s: SectorSoort) => s);
	const MR = o.markerRadius;
	const H = Math.round(o.fontSize * 1.4);
	const markStep = o.markSize + 3;
	const alarmStep = 2 * o.alarmRadius + 3;
	const people = netwerkVolgorde(input);
	const obstacles = new Obstacles(o.gap);
	const lines = new Lines();

	// The gezin's name in the very middle.
	const centreText = shortName(options.centreLabel ?? '', o.maxChars);
	let centreBox: Box | null = null;
	if (centreText) {
		const w = textWidth(centreText, o.centreFontSize, true);
		const h = Math.round(o.centreFontSize * 1.4);
		centreBox = { x: -w / 2, y: -h / 2, width: w, height: h };
		obstacles.add(centreBox.x, centreBox.y, centreBox.x + w, centreBox.y + h);
	}

	const blocks: Block[] = people.map((p) => {
		const label = shortName(p.naam, o.maxChars);
		const steun = steunSoorten.filter((s) => p.steun.includes(s));
		const alarm = toon && p.nietVeilig;
		const width = o.gap + steun.length * markStep + (alarm ? alarmStep : 0) + textWidth(label, o.fontSize);
		return { width, label, steun, alarm };
	});

	type Spot = { x: number; y: number; angle: number; r: number; side: 0 | 1 };
	const placed: (Spot | null)[] = people.map(() => null);

	/** The label box for a marker at (x, y), on the right (side 0) or the left (1). */
	const boxAt = (x: number, y: number, side: 0 | 1, w: number): [number, number, number, number] =>
		side === 0
			? [x + MR + o.gap, y - H / 2, x + MR + o.gap + w, y + H / 2]
			: [x - MR - o.gap - w, y - H / 2, x - MR - o.gap, y + H / 2];

	/**
	 * Places one person in a zone: the first free spot, see the top of this file. A spot is
	 * better when the person's closeness line crosses no marker or label and the marker and label
	 * sit on no line; the first such spot wins, unless it is more than `cleanRoom` further out than
	 * the first free spot (then that one wins: lines may cross, labels and markers never do).
	 */
	function place(zone: Zone, i: number) {
		const keepOut = centreRadius + o.gap;
		const w = blocks[i]!.width;
		let fallback: Spot | null = null;
		let fallbackR = 0;
		for (let c = zone.first; ; c++) {
			if (c >= zone.xs.length) zone.grow();
			if (fallback && zone.rs[c]! > fallbackR + o.cleanRoom) break;
			if (zone.markerBlocked[c]) {
				if (c === zone.first) zone.first++;
				continue;
			}
			const x = zone.xs[c]!;
			const y = zone.ys[c]!;
			// Only what was placed since the last look at this spot can block it now.
			const markerHit = obstacles.hits(x - MR, y - MR, x + MR, y + MR, zone.markerSeen[c]);
			zone.markerSeen[c] = obstacles.size;
			if (markerHit) {
				zone.markerBlocked[c] = true;
				if (c === zone.first) zone.first++;
				continue;
			}
			const angle = zone.angles[c]!;
			const r = zone.rs[c]!;
			if (!zone.lineBlocked[c]) {
				const [x1, y1, x2, y2] = lineTo(angle, r);
				const p = o.lineClear;
				if (
					obstacles.crosses(x1, y1, x2, y2, p, zone.lineSeen[c]) ||
					lines.hits(x - MR - p, y - MR - p, x + MR + p, y + MR + p, zone.onLineSeen[c])
				)
					zone.lineBlocked[c] = true;
				zone.lineSeen[c] = obstacles.size;
				zone.onLineSeen[c] = lines.size;
			}
			// Looking for a clean spot only now: a spot with a blocked line cannot be one.
			if (fallback && zone.lineBlocked[c]) continue;
			const blocked = zone.blockedWidth[c]!;
			const sides = Math.cos(angle) >= -1e-9 ? RIGHT_FIRST : LEFT_FIRST;
			for (const side of sides) {
				if (w >= blocked[side]) continue;
				const [x0, y0, x1, y1] = boxAt(x, y, side, w);
				if (obstacles.hits(x0, y0, x1, y1) || distanceToBox(x0, y0, x1, y1) < keepOut) {
					blocked[side] = w;
					continue;
				}
				const spot: Spot = { x, y, angle, r, side };
				if (!zone.lineBlocked[c] && w < zone.lineWidth[c]![side]) {
					if (!lines.hits(x0 - o.lineClear, y0 - o.lineClear, x1 + o.lineClear, y1 + o.lineClear))
						return put(i, spot, true);
					zone.lineWidth[c]![side] = w;
				}
				if (!fallback) {
					fallback = spot;
					fallbackR = r;
				}
			}
		}
		put(i, fallback!, true);
	}

	/** The closeness line to a marker: from the edge of the centre circle to the marker's edge. */
	const lineTo = (angle: number, r: number): [number, number, number, number] => {
		const ux = Math.cos(angle);
		const uy = Math.sin(angle);
		return [ux * centreRadius, uy * centreRadius, ux * (r - MR), uy * (r - MR)];
	};

	function put(i: number, spot: Spot, withLine: boolean) {
		const { x, y } = spot;
		obstacles.add(x - MR, y - MR, x + MR, y + MR);
		obstacles.add(...boxAt(x, y, spot.side, blocks[i]!.width));
		if (withLine) lines.add(...lineTo(spot.angle, spot.r));
		placed[i] = spot;
	}

	// 1. The gezin: a list in the centre circle, the first half above its name, the rest below,
	//    each row centred (marker, then label). One person per row, so they cannot overlap.
	let centreRadius = o.minCentre;
	if (centreBox)
		centreRadius = Math.max(
			centreRadius,
			farthest(centreBox.x, centreBox.y, centreBox.x + centreBox.width, centreBox.y + centreBox.height) + o.ringPad
		);
	const gezin = people.flatMap((p, i) => (p.soort === 'gezin' ? [i] : []));
	const rowStep = H + o.gap + 1;
	const above = Math.ceil(gezin.length / 2);
	// How far the rows next to the name are from the middle.
	const half = centreBox ? centreBox.height / 2 + o.gap + 1 + H / 2 : 0;
	gezin.forEach((i, k) => {
		const y = !centreBox
			? (k - (gezin.length - 1) / 2) * rowStep
			: k < above
				? -half - (above - 1 - k) * rowStep
				: half + (k - above) * rowStep;
		const x = -(2 * MR + o.gap + blocks[i]!.width) / 2 + MR;
		put(i, { x, y, angle: Math.atan2(y, x), r: Math.hypot(x, y), side: 0 }, false);
		const [x0, y0, x1, y1] = boxAt(x, y, 0, blocks[i]!.width);
		centreRadius = Math.max(centreRadius, farthest(Math.min(x0, x - MR), y0, x1, y1) + o.ringPad);
	});

	// 2. The rings, inside out; in each, the sectors in turn.
	const rings: NetwerkLayout['rings'] = [];
	let inner = centreRadius;
	for (const nabijheid of nabijheden) {
		let outer = inner + o.minRing;
		sectorSoorten.forEach((soort, sector) => {
			const start = FIRST + sector * SECTOR;
			const zone = new Zone(inner + MR + o.ringPad, start, start + SECTOR, MR + o.gap, o);
			people.forEach((p, i) => {
				if (p.soort !== soort || p.nabijheid !== nabijheid) return;
				place(zone, i);
				outer = Math.max(outer, Math.hypot(placed[i]!.x, placed[i]!.y) + MR + o.ringPad);
			});
		});
		rings.push({ nabijheid, inner, outer });
		inner = outer;
	}
	const outerRadius = inner;

	// 3. The sector names, outside the rings, moved outwards until they touch nothing.
	const sectorH = Math.round(o.sectorFontSize * 1.4);
	const sectors = sectorSoorten.map((soort, index) => {
		const start = FIRST + index * SECTOR;
		const mid = start + SECTOR / 2;
		const label = sectorLabel(soort);
		const w = textWidth(label, o.sectorFontSize, true);
		let d = outerRadius + o.gap;
		let box: [number, number, number, number];
		for (;;) {
			const x = d * Math.cos(mid);
			const y = d * Math.sin(mid);
			box = [x - w / 2, y - sectorH / 2, x + w / 2, y + sectorH / 2];
			const short = outerRadius + o.gap - distanceToBox(...box);
			if (short > 0) d += short + 0.5;
			else if (obstacles.hits(...box)) d += o.radialStep / 2;
			else break;
		}
		obstacles.add(...box);
		return { soort, index, start, end: start + SECTOR, label, box };
	});

	// 4. The size of the drawing: everything, plus a margin; then move the centre into place.
	let minX = -outerRadius;
	let minY = -outerRadius;
	let maxX = outerRadius;
	let maxY = outerRadius;
	const extend = (x0: number, y0: number, x1: number, y1: number) => {
		minX = Math.min(minX, x0);
		minY = Math.min(minY, y0);
		maxX = Math.max(maxX, x1);
		maxY = Math.max(maxY, y1);
	};
	placed.forEach((s, i) => extend(...boxAt(s!.x, s!.y, s!.side, blocks[i]!.width)));
	for (const s of sectors) extend(...s.box);
	const cx = round(o.margin - minX);
	const cy = round(o.margin - minY);
	const width = Math.ceil(maxX - minX + 2 * o.margin);
	const height = Math.ceil(maxY - minY + 2 * o.margin);

	const toBox = ([x0, y0, x1, y1]: [number, number, number, number]): Box => ({
		x: round(cx + x0),
		y: round(cy + y0),
		width: round(x1 - x0),
		height: round(y1 - y0)
	});

	const placedPeople = people.map((persoon, i): PlacedPersoon<P> => {
		const s = placed[i]!;
		const b = blocks[i]!;
		const [x0, y0, x1, y1] = boxAt(s.x, s.y, s.side, b.width);
		// From the marker outwards along the label: gap, support marks, "!" mark, name.
		const dir = s.side === 0 ? 1 : -1;
		let at = s.side === 0 ? x0 + o.gap : x1 - o.gap;
		const steun = b.steun.map((soort) => {
			const mx = at + (dir * o.markSize) / 2;
			at += dir * markStep;
			return { soort, x: round(cx + mx), y: round(cy + s.y) };
		});
		let alarm: PlacedPersoon['alarm'] = null;
		if (b.alarm) {
			alarm = { x: round(cx + at + dir * o.alarmRadius), y: round(cy + s.y) };
			at += dir * alarmStep;
		}
		const distance = Math.hypot(s.x, s.y);
		const gezin = persoon.soort === 'gezin';
		const ux = distance > 0 ? s.x / distance : 0;
		const uy = distance > 0 ? s.y / distance : 0;
		return {
			persoon,
			label: b.label,
			sector: gezin ? null : sectorSoorten.indexOf(persoon.soort as SectorSoort),
			ring: nabijheden.indexOf(persoon.nabijheid),
			x: round(cx + s.x),
			y: round(cy + s.y),
			angle: s.angle,
			distance,
			text: { x: round(cx + at), y: round(cy + s.y + o.fontSize * 0.35), anchor: s.side === 0 ? 'start' : 'end' },
			box: toBox([x0, y0, x1, y1]),
			steun,
			alarm,
			nietVeilig: b.alarm,
			line: gezin
				? null
				: {
						x1: round(cx + ux * centreRadius),
						y1: round(cy + uy * centreRadius),
						x2: round(cx + ux * (distance - MR)),
						y2: round(cy + uy * (distance - MR))
					}
		};
	});

	return {
		width,
		height,
		cx,
		cy,
		centreRadius: round(centreRadius),
		centre: {
			label: centreText,
			x: cx,
			y: round(cy + o.centreFontSize * 0.35),
			box: centreBox && toBox([centreBox.x, centreBox.y, centreBox.x + centreBox.width, centreBox.y + centreBox.height])
		},
		rings: rings.map((r) => ({ nabijheid: r.nabijheid, inner: round(r.inner), outer: round(r.outer) })),
		sectors: sectors.map((s) => ({
			soort: s.soort,
			index: s.index,
			start: s.start,
			end: s.end,
			edge: {
				x1: round(cx + centreRadius * Math.cos(s.start)),
				y1: round(cy + centreRadius * Math.sin(s.start)),
				x2: round(cx + outerRadius * Math.cos(s.start)),
				y2: round(cy + outerRadius * Math.sin(s.start))
			},
			label: s.label,
			labelX: round(cx + (s.box[0] + s.box[2]) / 2),
			labelY: round(cy + (s.box[1] + s.box[3]) / 2 + o.sectorFontSize * 0.35),
			labelBox: toBox(s.box)
		})),
		people: placedPeople,
		markerRadius: MR,
		fontSize: o.fontSize,
		markSize: o.markSize,
		alarmRadius: o.alarmRadius
	};
}

/** Two decimals: short SVG, and far below the gap kept between things. */
function round(v: number): number {
	return Math.round(v * 100) / 100;
}

/**
 * A zigzag from (x1, y1) to (x2, y2) as an SVG path: the line of a person who is not safe.
 * Whole waves only, so both ends are on the line.
 */
export function zigzagPath(x1: number, y1: number, x2: number, y2: number, amplitude = 3.5, wavelength = 10): string {
	const len = Math.hypot(x2 - x1, y2 - y1);
	if (len < 1) return `M${x1} ${y1}L${x2} ${y2}`;
	const ux = (x2 - x1) / len;
	const uy = (y2 - y1) / len;
	const n = Math.max(1, Math.round(len / wavelength));
	const step = len / n;
	let d = `M${round(x1)} ${round(y1)}`;
	for (let k = 0; k < n; k++) {
		for (const [t, s] of [
			[0.25, 1],
			[0.75, -1]
		] as const) {
			const along = (k + t) * step;
			d += `L${round(x1 + ux * along - uy * s * amplitude)} ${round(y1 + uy * along + ux * s * amplitude)}`;
		}
	}
	return d + `L${round(x2)} ${round(y2)}`;
}

/** The one text-width measure (re-exported: the map's labels are sized with it). */
export { textWidth };
