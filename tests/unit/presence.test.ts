import { describe, expect, it } from 'vitest';
import { join, present, presenceTopic } from '$lib/server/presence';
import { subscribe } from '$lib/server/realtime';

describe('who is looking', () => {
	it('lists each person once, in the order they came, and forgets them when their last tab closes', () => {
		const topic = `tijdlijn:test-${Math.random()}`;
		const signals: string[] = [];
		const stop = subscribe(presenceTopic(topic), (change) => signals.push(change.by));
		const sanneTab1 = join(topic, { accountId: 's', name: 'Sanne' });
		const karin = join(topic, { accountId: 'k', name: 'Karin' });
		const sanneTab2 = join(topic, { accountId: 's', name: 'Sanne' });
		expect(present(topic).map((p) => p.name)).toEqual(['Sanne', 'Karin']);
		sanneTab1();
		expect(present(topic).map((p) => p.name)).toEqual(['Karin', 'Sanne']);
		sanneTab2();
		sanneTab2(); // leaving twice changes nothing
		expect(present(topic).map((p) => p.name)).toEqual(['Karin']);
		karin();
		expect(present(topic)).toEqual([]);
		expect(signals).toEqual(['s', 'k', 's', 's', 's', 'k']);
		stop();
	});

	it('keeps topics apart', () => {
		const a = `tijdlijn:a-${Math.random()}`;
		const b = `tijdlijn:b-${Math.random()}`;
		const leave = join(a, { accountId: 'x', name: 'Oma' });
		expect(present(b)).toEqual([]);
		expect(present(a)).toHaveLength(1);
		leave();
	});
});
