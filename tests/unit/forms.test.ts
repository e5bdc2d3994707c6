import { describe, expect, it } from 'vitest';
import { FormInput, MAX_VALUES_PER_FIELD } from '$lib/server/forms';
import { MAX_DOELEN_PER_PLAN, readItemInput } from '$lib/server/groeiplan/form';
import { m } from '$lib/paraglide/messages';

function formWith(name: string, values: string[], extra: Record<string, string> = {}): FormInput {
	const data = new FormData();
	for (const [k, v] of Object.entries(extra)) data.append(k, v);
	for (const v of values) data.append(name, v);
	return new FormInput(data);
}

const many = (n: number, prefix = 'id') => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

describe('FormInput caps the number of values per field', () => {
	it('many: keeps each value once, in order, up to the cap', () => {
		const form = formWith('doelen', ['a', 'b', 'a', '', 'c']);
		expect(form.many('doelen', 5)).toEqual(['a', 'b', 'c']);
		expect(form.ok).toBe(true);
		expect(form.values.doelen).toBe('a,b,c');
	});

	it('many: refuses more values than the cap, with a clear message on the field and on the form', () => {
		const form = formWith('doelen', many(40_000));
		expect(form.many('doelen', 100)).toEqual([]);
		expect(form.ok).toBe(false);
		expect(form.errors.doelen).toBe(m.error_too_many({ max: 100 }));
		const answer = form.fail();
		expect(answer.status).toBe(400);
		expect(answer.data.message).toBe(m.error_too_many({ max: 100 }));
	});

	it('many: refuses values that cannot be ids', () => {
		const form = formWith('doelen', ['x'.repeat(65)]);
		expect(form.many('doelen', 10)).toEqual([]);
		expect(form.errors.doelen).toBe(m.error_choose());
	});

	it('choices: never more values than there are options', () => {
		const options = ['a', 'b', 'c'] as const;
		expect(formWith('steun', ['a', 'c']).choices('steun', options)).toEqual(['a', 'c']);
		const flooded = formWith(
			'steun',
			Array.from({ length: 40_000 }, () => 'a')
		);
		expect(flooded.choices('steun', options)).toEqual([]);
		expect(flooded.errors.steun).toBe(m.error_too_many({ max: 3 }));
	});

	it('rawAll: caps too, by default', () => {
		const form = formWith('ids', many(MAX_VALUES_PER_FIELD + 1));
		expect(form.rawAll('ids')).toEqual([]);
		expect(form.errors.ids).toBe(m.error_too_many({ max: MAX_VALUES_PER_FIELD }));
		expect(formWith('ids', many(3)).rawAll('ids')).toHaveLength(3);
	});
});

describe('the groeiplan plan form', () => {
	const ctx = { members: new Set<string>(), mayChoose: () => true };
	const fields = { tekst: 'Hulp bij school', organisatie: 'Wijkteam', zichtbaarheid: 'iedereen' };

	it('reads the ticked doelen', () => {
		const form = formWith('doelen', ['d1', 'd2'], fields);
		expect(readItemInput(form, 'plan', ctx).doelIds).toEqual(['d1', 'd2']);
		expect(form.ok).toBe(true);
	});

	it('refuses 40,000 doelen with a clear message', () => {
		const form = formWith('doelen', many(40_000, 'doel'), fields);
		expect(readItemInput(form, 'plan', ctx).doelIds).toEqual([]);
		expect(form.errors.doelen).toBe(m.error_too_many({ max: MAX_DOELEN_PER_PLAN }));
	});
});
