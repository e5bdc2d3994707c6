import { publish } from './realtime';

/**
 * Who is looking at a page right now: one entry per open stream, so two tabs of one person count
 * once when listed. Changes are published on "<topic>:presence"; the list itself is read when a
 * stream sends it, so it is never stale.
 */
export interface Present {
	accountId: string;
	name: string;
}

const rooms = new Map<string, Map<symbol, Present>>();

export const presenceTopic = (topic: string) => `${topic}:presence`;

export function join(topic: string, who: Present): () => void {
	let room = rooms.get(topic);
	if (!room) rooms.set(topic, (room = new Map()));
	const key = Symbol(who.accountId);
	room.set(key, who);
	publish(presenceTopic(topic), { by: who.accountId, at: Date.now() });
	let left = false;
	return () => {
		if (left) return;
		left = true;
		room.delete(key);
		if (room.size === 0) rooms.delete(topic);
		publish(presenceTopic(topic), { by: who.accountId, at: Date.now() });
	};
}

/** The people on this topic now, each once, in the order they came. */
export function present(topic: string): Present[] {
	const seen = new Map<string, Present>();
	for (const who of rooms.get(topic)?.values() ?? []) if (!seen.has(who.accountId)) seen.set(who.accountId, who);
	return [...seen.values()];
}
