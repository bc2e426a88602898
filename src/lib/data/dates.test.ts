import { describe, expect, it } from 'vitest';
import {
	comparePartialDates,
	endIsNotBeforeStart,
	eventStart,
	eventYear,
	formatEventDate,
	formatPartialDate,
	parsePartialDate,
	type ParsedDate
} from './dates';
import type { EventDate } from './schema';

const parse = (text: string): ParsedDate => {
	const parsed = parsePartialDate(text);
	if (!parsed) throw new Error(`test date ${text} did not parse`);
	return parsed;
};

describe('parsePartialDate', () => {
	it.each([
		['2015', { year: 2015, precision: 'year' }],
		['2015-12', { year: 2015, month: 12, precision: 'month' }],
		['2020-03-09', { year: 2020, month: 3, day: 9, precision: 'day' }],
		['2020-02-29', { year: 2020, month: 2, day: 29, precision: 'day' }]
	])('parses %s', (text, expected) => {
		expect(parsePartialDate(text)).toEqual(expected);
	});

	it.each([
		'',
		'15',
		'2015-1',
		'2015-13',
		'2015-00',
		'2021-02-29',
		'2021-04-31',
		'2020-03-09T10:00',
		' 2015',
		'9 March'
	])('rejects %j', (text) => {
		expect(parsePartialDate(text)).toBeNull();
	});
});

describe('ordering partial dates', () => {
	it.each([
		['2015', '2016', -1],
		['2015-12', '2015-03', 1],
		['2020', '2020-03', -1],
		['2020-03-09', '2020-03-09', 0]
	])('compares %s with %s', (a, b, sign) => {
		expect(Math.sign(comparePartialDates(parse(a), parse(b)))).toBe(sign);
	});

	it.each([
		['2015-12', '2015', true],
		['2015', '2015-12', true],
		['2015-12', '2015-11', false],
		['2020-03-09', '2020-03-08', false],
		['2020-03', '2020-03-01', true],
		['2021', '2020-12-31', false]
	])('end %s after start %s is %s', (start, end, ok) => {
		expect(endIsNotBeforeStart(parse(start), parse(end))).toBe(ok);
	});
});

describe('formatting dates honestly', () => {
	it.each([
		['1958', '1958'],
		['2015-12', 'December 2015'],
		['2020-03-09', '9 March 2020']
	])('formats %s as %s', (text, label) => {
		expect(formatPartialDate(text)).toBe(label);
	});

	const cases: [EventDate, string, number | null][] = [
		[{ start: '2020', basis: 'inferred', note: 'n' }, '2020, inferred', 2020],
		[
			{ start: '2015-12', end: 'ongoing', basis: 'stated' },
			'December 2015 – ongoing, stated',
			2015
		],
		[
			{ start: '2021-08-18', basis: 'publication', note: 'n' },
			'18 August 2021, from publication date',
			2021
		],
		[{ start: null, basis: 'unknown', note: 'n' }, 'Date unknown', null]
	];
	it.each(cases)('shows %j as %s (year %s)', (date, label, year) => {
		expect(formatEventDate(date)).toBe(label);
		expect(eventYear(date)).toBe(year);
	});

	it.each<[string, number | null, string | null]>([
		['1958', 1958, 'year'],
		['2021-02', 2021, 'month'],
		['2021-02-28', 2021, 'day'],
		['2021-02-30', null, null],
		['21-02', null, null]
	])('files a start of %s under %s, and again when asked again', (start, year, precision) => {
		const date: EventDate = { start, basis: 'stated' };
		expect([eventYear(date), eventYear(date), eventYear({ ...date })]).toEqual([year, year, year]);
		expect(eventStart(date)?.precision ?? null).toBe(precision);
		expect(eventStart(date)).toEqual(eventStart({ ...date }));
	});
});
