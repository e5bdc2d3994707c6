import type { Zichtbaarheid } from '../zichtbaarheid';

/**
 * The in-process pub/sub hub: one Node process serves the app, so a Map of listeners is enough.
 * Topics name what changed ("groeiplan:<gezinId>"); a change carries no content. A stream passes it
 * on only to someone who may see what changed (`zichtbaarheid`), and says neither who nor when:
 * only whether it was this person's own change, so their tab ignores its echo.
 * (Beyond one machine: PostgreSQL LISTEN/NOTIFY behind the same two functions.)
 */
export interface Change {
	/** Who changed it: only to tell their own streams apart, never sent on. */
	by: string;
	/**
	 * The visibility of what changed (before and after a change of visibility). A stream tells only
	 * those who may see one of these; without it, everyone who may follow the topic may know.
	 */
	zichtbaarheid?: readonly Zichtbaarheid[];
}

type Listener = (change: Change) => void;

const topics = new Map<string, Set<Listener>>();

export function subscribe(topic: string, listener: Listener): () => void {
	let listeners = topics.get(topic);
	if (!listeners) topics.set(topic, (listeners = new Set()));
	listeners.add(listener);
	return () => {
		listeners.delete(listener);
		if (listeners.size === 0) topics.delete(topic);
	};
}

export function publish(topic: string, change: Change): void {
	for (const listener of topics.get(topic) ?? []) {
		try {
			listener(change);
		} catch (error) {
			console.error('realtime listener failed', error);
		}
	}
}

export function listenerCount(topic: string): number {
	return topics.get(topic)?.size ?? 0;
}

export const groeiplanTopic = (gezinId: string) => `groeiplan:${gezinId}`;
export const tijdlijnTopic = (gezinId: string) => `tijdlijn:${gezinId}`;
export const mensenTopic = (gezinId: string) => `mensen:${gezinId}`;
export const gesprekTopic = (gesprekId: string) => `gesprek:${gesprekId}`;
