import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join, present, presenceData, presenceTopic, PRESENCE_INTERVAL_MS } from '$lib/server/presence';
import { subscribe } from '$lib/server/realtime';

describe('who is looking', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('lists each person once, in the order they came, and forgets them when their last tab closes', () => {
		const topic = `tijdlijn:test-${Math.random()}`;
		const sanneTab1 = join(topic, { accountId: 's', name: 'Sanne' });
		const karin = join(topic, { accountId: 'k', name: 'Karin' });
		const sanneTab2 = join(topic, { accountId: 's', name: 'Sanne' });
		expect(present(topic).map((p) => p.name)).toEqual(['Sanne', 'Karin']);
		sanneTab1();
		expect(present(topic).map((p) => p.name)).toEqual(['Karin', 'Sanne']);
		expect(JSON.parse(presenceData(topic))).toEqual({
			people: [
				{ id: 'k', name: 'Karin' },
				{ id: 's', name: 'Sanne' }
			]
		});
		sanneTab2();
		sanneTab2(); // leaving twice changes nothing
		expect(present(topic).map((p) => p.name)).toEqual(['Karin']);
		karin();
		expect(present(topic)).toEqual([]);
		expect(JSON.parse(presenceData(topic))).toEqual({ people: [] });
	});

	it('keeps topics apart', () => {
		const a = `tijdlijn:a-${Math.random()}`;
		const b = `tijdlijn:b-${Math.random()}`;
		const leave = join(a, { accountId: 'x', name: 'Oma' });
		expect(present(b)).toEqual([]);
		expect(present(a)).toHaveLength(1);
		leave();
	});

	it('300 tabs arriving at once make one presence signal, not 300; the last state is always sent', () => {
		const topic = `gesprek:storm-${Math.random()}`;
		const seen: string[] = [];
		const stop = subscribe(presenceTopic(topic), () => seen.push(presenceData(topic)));
		const leaves = Array.from({ length: 300 }, (_, i) =>
			join(topic, { accountId: `a${i % 30}`, name: `Naam ${i % 30}` })
		);
		expect(seen).toHaveLength(0);
		vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
		expect(seen).toHaveLength(1);
		expect((JSON.parse(seen[0]!) as { people: unknown[] }).people).toHaveLength(30);
		// All leave but one, then more changes within the next interval: again one signal, with the final state.
		for (const leave of leaves.slice(1)) leave();
		vi.advanceTimersByTime(PRESENCE_INTERVAL_MS - 1);
		expect(seen).toHaveLength(1);
		vi.advanceTimersByTime(1);
		expect(seen).toHaveLength(2);
		expect(JSON.parse(seen[1]!)).toEqual({ people: [{ id: 'a0', name: 'Naam 0' }] });
		// Nothing changes: nothing is sent.
		vi.advanceTimersByTime(10 * PRESENCE_INTERVAL_MS);
		expect(seen).toHaveLength(2);
		leaves[0]!();
		vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
		expect(JSON.parse(seen[2]!)).toEqual({ people: [] });
		stop();
	});
});
