import type { OpstellingDelta, OpstellingKaart } from '../db/schema';

/**
 * The difference between two boards, and the way back: a change keeps only the cards that came or
 * changed (whole) and the ids of those that left. Pure, so it is tested on its own.
 */

const sameKaart = (a: OpstellingKaart, b: OpstellingKaart) =>
	a.betrokkeneId === b.betrokkeneId &&
	a.naam === b.naam &&
	a.soort === b.soort &&
	a.plek === b.plek &&
	a.rol === b.rol &&
	a.bijdrage === b.bijdrage;

export function boardDelta(before: readonly OpstellingKaart[], after: readonly OpstellingKaart[]): OpstellingDelta {
	const was = new Map(before.map((k) => [k.betrokkeneId, k]));
	const now = new Set(after.map((k) => k.betrokkeneId));
	return {
		kaarten: after.filter((k) => {
			const old = was.get(k.betrokkeneId);
			return !old || !sameKaart(old, k);
		}),
		weg: before.filter((k) => !now.has(k.betrokkeneId)).map((k) => k.betrokkeneId)
	};
}

/** The board after a change: cards that left go, changed cards keep their place, new ones come last. */
export function applyDelta(before: readonly OpstellingKaart[], delta: OpstellingDelta): OpstellingKaart[] {
	const weg = new Set(delta.weg);
	const changed = new Map(delta.kaarten.map((k) => [k.betrokkeneId, k]));
	const board = before.filter((k) => !weg.has(k.betrokkeneId)).map((k) => changed.get(k.betrokkeneId) ?? k);
	const there = new Set(board.map((k) => k.betrokkeneId));
	for (const k of delta.kaarten) if (!there.has(k.betrokkeneId)) board.push(k);
	return board;
}

export function sameBoard(a: readonly OpstellingKaart[], b: readonly OpstellingKaart[]): boolean {
	return a.length === b.length && a.every((k, i) => sameKaart(k, b[i]!));
}
