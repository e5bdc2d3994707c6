import { describe, expect, it } from 'vitest';
import {
	checkWanneer,
	compareWanneer,
	endOf,
	formatWanneer,
	interval,
	precisieOf,
	startOf,
	type Wanneer
} from '$lib/tijdlijn/wanneer';

const w = (van: string, extra: Partial<Wanneer> = {}): Wanneer => ({
	van,
	tot: null,
	nogBezig: false,
	ongeveer: false,
	...extra
});
const utc = (y: number, mo: number, d: number) => new Date(Date.UTC(y, mo - 1, d));
const range = { minJaar: 1900, maxJaar: 2100 };

describe('precisieOf', () => {
	it('knows year, month and day', () => {
		expect(precisieOf('2015')).toBe('jaar');
		expect(precisieOf('2015-03')).toBe('maand');
		expect(precisieOf('2015-03-12')).toBe('dag');
		expect(precisieOf('2015-12-31')).toBe('dag');
	});

	it('accepts 29 February only in a leap year', () => {
		expect(precisieOf('2016-02-29')).toBe('dag');
		expect(precisieOf('2000-02-29')).toBe('dag');
		expect(precisieOf('2015-02-29')).toBeNull();
		expect(precisieOf('1900-02-29')).toBeNull();
	});

	it('refuses what is not a real partial date', () => {
		for (const bad of [
			'2015-13',
			'2015-00',
			'2015-04-31',
			'2015-01-00',
			'15',
			'2015-3',
			'2015-03-1',
			'2015/03',
			'',
			'ooit',
			'0000',
			'2015-03-12T10:00'
		]) {
			expect(precisieOf(bad), bad).toBeNull();
		}
	});
});

describe('startOf and endOf', () => {
	it('a year runs from 1 January to the next 1 January', () => {
		expect(startOf('2015')).toEqual(utc(2015, 1, 1));
		expect(endOf('2015')).toEqual(utc(2016, 1, 1));
	});

	it('a month, December included, ends at the first of the next month', () => {
		expect(startOf('2015-03')).toEqual(utc(2015, 3, 1));
		expect(endOf('2015-03')).toEqual(utc(2015, 4, 1));
		expect(startOf('2015-12')).toEqual(utc(2015, 12, 1));
		expect(endOf('2015-12')).toEqual(utc(2016, 1, 1));
	});

	it('February is 29 days in a leap year, 28 otherwise', () => {
		const days = (value: string) => (endOf(value).getTime() - startOf(value).getTime()) / 86_400_000;
		expect(days('2016-02')).toBe(29);
		expect(days('2015-02')).toBe(28);
		expect(days('2016')).toBe(366);
		expect(days('2015')).toBe(365);
	});

	it('a day ends at the next midnight, also at the end of a month and a year', () => {
		expect(startOf('2016-02-29')).toEqual(utc(2016, 2, 29));
		expect(endOf('2016-02-29')).toEqual(utc(2016, 3, 1));
		expect(endOf('2015-12-31')).toEqual(utc(2016, 1, 1));
		expect(endOf('2015-03-12')).toEqual(utc(2015, 3, 13));
	});

	it('keeps years below 100 as they are', () => {
		expect(startOf('0050').getUTCFullYear()).toBe(50);
	});
});

describe('interval', () => {
	const now = utc(2024, 6, 15);

	it('a moment covers its whole day, month or year', () => {
		expect(interval(w('2015-03-12'), now)).toEqual({ start: utc(2015, 3, 12), end: utc(2015, 3, 13) });
		expect(interval(w('2015-03'), now)).toEqual({ start: utc(2015, 3, 1), end: utc(2015, 4, 1) });
		expect(interval(w('2015'), now)).toEqual({ start: utc(2015, 1, 1), end: utc(2016, 1, 1) });
	});

	it('a period runs from the start of van to the end of tot', () => {
		expect(interval(w('2015-03', { tot: '2018' }), now)).toEqual({ start: utc(2015, 3, 1), end: utc(2019, 1, 1) });
	});

	it('a period that is still going runs to now, but not shorter than its start', () => {
		expect(interval(w('2020', { nogBezig: true }), now)).toEqual({ start: utc(2020, 1, 1), end: now });
		expect(interval(w('2024-06', { nogBezig: true }), now)).toEqual({ start: utc(2024, 6, 1), end: utc(2024, 7, 1) });
	});
});

describe('compareWanneer', () => {
	it('orders by start, and on the same start the longer (less precise) first', () => {
		const list = [w('2016-01-02'), w('2015-03'), w('2016'), w('2015'), w('2016-01'), w('2014-12-31')];
		const sorted = [...list].sort(compareWanneer).map((x) => x.van);
		expect(sorted).toEqual(['2014-12-31', '2015', '2015-03', '2016', '2016-01', '2016-01-02']);
	});

	it('is zero for the same start and precision', () => {
		expect(compareWanneer(w('2015-03'), w('2015-03', { tot: '2019' }))).toBe(0);
		expect(Math.sign(compareWanneer(w('2015'), w('2016')))).toBe(-1);
		expect(Math.sign(compareWanneer(w('2016'), w('2015')))).toBe(1);
	});
});

describe('checkWanneer', () => {
	it('accepts a moment and a period', () => {
		expect(checkWanneer(w('2015-03-12'), range)).toEqual({ ok: true, wanneer: w('2015-03-12') });
		expect(checkWanneer(w('2015', { tot: '2015' }), range).ok).toBe(true);
		expect(checkWanneer(w('2015-03', { tot: '2015-03-01' }), range).ok).toBe(true);
	});

	it('refuses an end before the start', () => {
		expect(checkWanneer(w('2015-03', { tot: '2015-02' }), range)).toEqual({
			ok: false,
			field: 'tot',
			reason: 'before'
		});
		expect(checkWanneer(w('2015', { tot: '2014-12-31' }), range)).toEqual({
			ok: false,
			field: 'tot',
			reason: 'before'
		});
	});

	it('refuses dates that are no dates, and years out of range', () => {
		expect(checkWanneer(w('2015-02-29'), range)).toEqual({ ok: false, field: 'van', reason: 'invalid' });
		expect(checkWanneer(w('2015', { tot: '2015-13' }), range)).toEqual({ ok: false, field: 'tot', reason: 'invalid' });
		expect(checkWanneer(w('1850'), range)).toEqual({ ok: false, field: 'van', reason: 'range' });
		expect(checkWanneer(w('2015', { tot: '2200' }), range)).toEqual({ ok: false, field: 'tot', reason: 'range' });
	});

	it('drops the end of a period that is still going', () => {
		const result = checkWanneer(w('2015', { tot: '2018', nogBezig: true }), range);
		expect(result).toEqual({ ok: true, wanneer: w('2015', { tot: null, nogBezig: true }) });
	});
});

describe('formatWanneer', () => {
	it('says a moment in Dutch, with "ongeveer" for an estimate', () => {
		expect(formatWanneer(w('2015-03-12'))).toBe('12 maart 2015');
		expect(formatWanneer(w('2015-03'))).toBe('maart 2015');
		expect(formatWanneer(w('2015'))).toBe('2015');
		expect(formatWanneer(w('2015', { ongeveer: true }))).toBe('ongeveer 2015');
	});

	it('says a period and one that is still going', () => {
		expect(formatWanneer(w('2015-03', { tot: '2018-06' }))).toBe('maart 2015 – juni 2018');
		expect(formatWanneer(w('2020', { nogBezig: true }))).toBe('sinds 2020 (nog bezig)');
		expect(formatWanneer(w('2020-09', { nogBezig: true, ongeveer: true }))).toBe(
			'ongeveer sinds september 2020 (nog bezig)'
		);
	});

	it('speaks English when asked', () => {
		expect(formatWanneer(w('2015-03', { tot: '2018', ongeveer: true }), 'en')).toBe('about March 2015 – 2018');
		expect(formatWanneer(w('2020', { nogBezig: true }), 'en')).toBe('since 2020 (still going)');
	});
});
