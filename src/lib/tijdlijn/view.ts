import { fitText, labelRooms, textWidth, type Layout } from './layout';
import type { DrawnGebeurtenis } from './types';

/**
 * Where each event of the drawing goes at one zoom (k, tx): pure arithmetic, computed every frame
 * while zooming. Sizes are in viewBox units.
 */

export const LABEL_SIZE = 14;
export const NAME_SIZE = 14;
export const ICON = 22;
/** The clickable (and focus) area around a mark: at least 24 CSS px at every screen width. */
export const HIT = 34;

export interface ItemView {
	/** Start and end at the current scale. */
	x0: number;
	x1: number;
	/** Moments: the faint extent of a month or year, relative to the mark (clamped near the window). */
	extX: number;
	extW: number;
	/** Periods: the bar as drawn (clamped to near the visible window), icon and text positions. */
	barX: number;
	barW: number;
	iconX: number;
	textX: number;
	label: string;
	labelWidth: number;
	/**
	 * What the template draws, the same shapes for a moment and a period so the template needs
	 * no branches (cheap to hydrate with thousands of events): the group's x, the hit area, the
	 * body (a period's bar, a moment's faint extent), the open edge and arrow of a period that is
	 * still going ('' when none), the icon and the label position.
	 */
	gx: number;
	hitX: number;
	hitW: number;
	bodyX: number;
	bodyY: number;
	bodyW: number;
	bodyH: number;
	edge: string;
	arrow: string;
	useX: number;
	useSize: number;
}

const blank = {
	gx: 0,
	hitX: 0,
	hitW: 0,
	bodyX: 0,
	bodyY: 0,
	bodyW: 0,
	bodyH: 0,
	edge: '',
	arrow: '',
	useX: 0,
	useSize: 0
};

/** One decimal is plenty in viewBox units; it keeps the HTML of a long tijdlijn small. */
const r = (n: number) => Math.round(n * 10) / 10;

export function computeView(layout: Layout<DrawnGebeurtenis>, k: number, tx: number): ItemView[] {
	const items = layout.items;
	const out: ItemView[] = new Array<ItemView>(items.length);
	const { left, right } = layout.plot;
	for (let i = 0; i < items.length; i++) {
		const it = items[i]!;
		const x0 = r(k * it.x0 + tx);
		const x1 = r(k * it.x1 + tx);
		if (!it.periode) {
			const extX = r(Math.max(0, left - 40 - x0));
			const extW = x1 - x0 > ICON ? r(Math.max(0, Math.min(x1, right + 40) - x0 - extX)) : 0;
			out[i] = {
				...blank,
				x0,
				x1,
				extX,
				extW,
				barX: 0,
				barW: 0,
				iconX: 0,
				textX: HIT / 2 + 2,
				label: '',
				labelWidth: 0,
				gx: x0,
				hitX: -HIT / 2,
				hitW: HIT,
				bodyX: extX,
				bodyY: -4,
				bodyW: extW,
				bodyH: 8,
				useX: -ICON / 2,
				useSize: ICON
			};
			continue;
		}
		const barX = r(Math.max(x0, left - 40));
		const barEnd = Math.min(Math.max(x1, x0 + 4), right + 40);
		const visibleStart = Math.max(x0, left);
		const iconX = r(Math.max(x0 + ICON / 2 + 2, Math.min(visibleStart + ICON / 2 + 4, x1 - ICON / 2 - 4)));
		const textX = iconX + ICON / 2 + 4;
		const room = Math.min(x1, right) - textX - (it.event.wanneer.nogBezig ? 14 : 6);
		const label = x1 > left && x0 < right ? fitText(it.event.titel, room, LABEL_SIZE) : '';
		const barW = r(Math.max(4, barEnd - barX));
		const bezig = it.event.wanneer.nogBezig;
		out[i] = {
			x0,
			x1,
			extX: 0,
			extW: 0,
			barX,
			barW,
			iconX,
			textX,
			label,
			labelWidth: 0,
			gx: 0,
			hitX: r(barW < HIT ? barX + barW / 2 - HIT / 2 : barX - 2),
			hitW: r(Math.max(HIT, barW + 4)),
			bodyX: barX,
			bodyY: -13,
			bodyW: barW,
			bodyH: 26,
			edge: bezig ? openBar(barX, barW) : '',
			arrow: bezig && x1 <= right + 10 ? `M${x1 - 8} -7L${x1} 0L${x1 - 8} 7` : '',
			useX: r(iconX - (ICON - 4) / 2),
			useSize: ICON - 4
		};
	}
	// Moment labels: only where there is room before the next mark on the same track.
	for (const lane of layout.lanes) {
		for (let t = 0; t < lane.momentTracks; t++) {
			const track = lane.trackItems[t]!;
			const rooms = labelRooms(
				track.map((i) => out[i]!.x0),
				{ markHalf: layout.momentWidth / 2, gap: 2, left, right: right - 4, minRoom: 16 }
			);
			for (let j = 0; j < track.length; j++) {
				const v = out[track[j]!]!;
				v.label = rooms[j]! > 0 ? fitText(items[track[j]!]!.event.titel, rooms[j]!, LABEL_SIZE) : '';
				v.labelWidth = v.label ? r(Math.min(rooms[j]!, textWidth(v.label, LABEL_SIZE))) : 0;
				v.hitW = r(HIT + (v.label ? v.labelWidth + 2 : 0));
			}
		}
	}
	return out;
}

/** Near enough to the visible window (left…right) to be worth moving this frame. */
export function inView(v: ItemView, left: number, right: number, margin = 50): boolean {
	return Math.max(v.x1, v.x0 + HIT / 2 + v.labelWidth) > left - margin && v.x0 - HIT / 2 < right + margin;
}

export function sameView(a: ItemView, b: ItemView): boolean {
	return (
		a.x0 === b.x0 &&
		a.x1 === b.x1 &&
		a.extX === b.extX &&
		a.extW === b.extW &&
		a.barX === b.barX &&
		a.barW === b.barW &&
		a.iconX === b.iconX &&
		a.label === b.label &&
		a.labelWidth === b.labelWidth
	);
}

/** The outline of a bar from x, w wide, that is still going: open at the right end, where an arrow points on. */
export function openBar(x: number, w: number): string {
	const r = Math.min(6, w / 2);
	return `M${x + w} -13H${x + r}A${r} ${r} 0 0 0 ${x} ${-13 + r}V${13 - r}A${r} ${r} 0 0 0 ${x + r} 13H${x + w}`;
}

/** A lane name in at most `maxLines` lines of `maxWidth`, cut with "…" when still too long. */
export function wrapName(text: string, maxWidth: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	const words = text.split(/\s+/).filter(Boolean);
	for (let w = 0; w < words.length; w++) {
		const word = words[w]!;
		const next = line ? `${line} ${word}` : word;
		if (textWidth(next, NAME_SIZE) <= maxWidth || !line) {
			line = next;
			continue;
		}
		lines.push(line);
		line = word;
		if (lines.length === maxLines - 1) {
			line = words.slice(w).join(' ');
			break;
		}
	}
	if (line) lines.push(line);
	return lines.map((l) => fitText(l, maxWidth, NAME_SIZE) || l.slice(0, 3) + '…');
}
