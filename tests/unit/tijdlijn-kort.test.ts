import { describe, expect, it } from 'vitest';
import { kort } from '$lib/server/tijdlijn/gebeurtenissen';

describe('the start of a long story', () => {
	it('keeps short stories whole', () => {
		expect(kort('Oma kwam elke woensdag.', 240)).toBe('Oma kwam elke woensdag.');
	});
	it('cuts long ones at a word, with an ellipsis, never longer than asked', () => {
		const story = 'Het was een lange winter en we hadden het zwaar, maar oma kwam elke woensdag met soep.';
		const short = kort(story, 40);
		expect(short.endsWith('…')).toBe(true);
		expect(story.startsWith(short.slice(0, -1))).toBe(true);
		expect([...short].length).toBeLessThanOrEqual(41);
		expect(short).not.toMatch(/\s…$/);
		expect(story.split(' ')).toContain(short.slice(0, -1).split(' ').at(-1));
	});
	it('counts characters, not UTF-16 units (emoji stay whole)', () => {
		const short = kort('😀'.repeat(50), 10);
		expect(short).toBe('😀'.repeat(10) + '…');
	});
});
