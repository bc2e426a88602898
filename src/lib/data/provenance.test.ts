import { describe, expect, it } from 'vitest';
import { findOccurrences, locateQuote } from './provenance';

const TEXT =
	'Xi said “no matter what”, China\u00a0will help. China will help again. China will help.';

describe('findOccurrences', () => {
	it.each([
		['China will help', [43, 66]],
		['China\u00a0will help', [26]],
		['absent', []],
		['', []],
		['aa', []]
	])('finds %j at %j', (quote, offsets) => {
		expect(findOccurrences(TEXT, quote)).toEqual(offsets);
	});

	it('counts overlapping occurrences', () => {
		expect(findOccurrences('aaa', 'aa')).toEqual([0, 1]);
	});
});

describe('locateQuote', () => {
	it.each([
		['a unique quote', '“no matter what”', undefined, { found: true, start: 8, end: 24 }],
		[
			'the no-break space kept',
			'China\u00a0will help',
			undefined,
			{ found: true, start: 26, end: 41 }
		],
		['the second occurrence', 'China will help', 2, { found: true, start: 66, end: 81 }]
	])('locates %s', (_, quote, occurrence, expected) => {
		const location = locateQuote(TEXT, quote, occurrence);
		expect(location).toEqual(expected);
		if (location.found) expect(TEXT.slice(location.start, location.end)).toBe(quote);
	});

	it.each([
		[
			'a normal space for a no-break one',
			'China will help. China will help again',
			undefined,
			/U\+00A0/
		],
		['straight quotes for curly ones', '"no matter what"', undefined, /U\+201C/],
		['an ambiguous quote', 'China will help', undefined, /occurs 2 times/],
		['an occurrence past the last', 'China will help', 3, /occurs 2 time/],
		['text not in the source', 'China will not help', undefined, /not found verbatim$/]
	])('refuses %s', (_, quote, occurrence, reason) => {
		const location = locateQuote(TEXT, quote, occurrence);
		expect(location.found).toBe(false);
		if (!location.found) expect(location.reason).toMatch(reason);
	});
});
