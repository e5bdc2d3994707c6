import { publish } from './realtime';

/**
 * Who is looking at a page right now: one entry per open stream, so two tabs of one person count
 * once when listed. Comings and goings are coalesced: at most one signal per topic per
 * `PRESENCE_INTERVAL_MS` on "<topic>:presence", always after the last change (so the final state is
 * always sent); 300 tabs arriving at once make one signal, not 300 × 300 messages. The list itself
 * is read when a stream sends it (`presenceData`, built once per change), so it is never stale.
 */
export interface Present {
	accountId: string;
	name: string;
}

export const PRESENCE_INTERVAL_MS = 250;

const rooms = new Map<string, Map<symbol, Present>>();
/** Per topic: the "presence" data as sent, built once after each change. */
const cache = new Map<string, string>();
const pending = new Map<string, ReturnType<typeof setTimeout>>();

export const presenceTopic = (topic: string) => `${topic}:presence`;

function changed(topic: string): void {
	cache.delete(topic);
	if (pending.has(topic)) return;
	pending.set(
		topic,
		setTimeout(() => {
			pending.delete(topic);
			publish(presenceTopic(topic), { by: '' });
		}, PRESENCE_INTERVAL_MS)
	);
}

export function join(topic: string, who: Present): () => void {
	let room = rooms.get(topic);
	if (!room) rooms.set(topic, (room = new Map()));
	const key = Symbol(who.accountId);
	room.set(key, who);
	changed(topic);
	let left = false;
	return () => {
		if (left) return;
		left = true;
		room.delete(key);
		if (room.size === 0) rooms.delete(topic);
		changed(topic);
	};
}

/** The people on this topic now, each once, in the order they came. */
export function present(topic: string): Present[] {
	const seen = new Map<string, Present>();
	for (const who of rooms.get(topic)?.values() ?? []) if (!seen.has(who.accountId)) seen.set(who.accountId, who);
	return [...seen.values()];
}

/** The data of a "presence" event for this topic: the people looking now (id and name). */
export function presenceData(topic: string): string {
	let data = cache.get(topic);
	if (data === undefined) {
		data = JSON.stringify({ people: present(topic).map((p) => ({ id: p.accountId, name: p.name })) });
		if (rooms.has(topic)) cache.set(topic, data);
	}
	return data;
}
