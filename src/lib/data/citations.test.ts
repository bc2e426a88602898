import { describe, expect, it } from 'vitest';
import { footnoteRuns, formatSourceDate, formatSourceLine, quoteHref } from './citations';
import type { Source } from './schema';

type Cited = Pick<Source, 'publisher' | 'author' | 'published'>;

describe('citing sources', () => {
	it.each<[Cited, string]>([
		[
			{
				publisher: 'China Daily',
				author: 'Xinhua',
				published: { date: '2021-08-18', basis: 'stated' }
			},
			'China Daily / Xinhua, 18 August 2021'
		],
		[
			{ publisher: 'Xinhua', author: 'Xinhua', published: { date: '2021-03', basis: 'stated' } },
			'Xinhua, March 2021'
		],
		[
			{ publisher: null, author: null, published: { date: null, basis: 'unknown', note: 'n' } },
			'publisher unknown, publication date unknown'
		],
		[
			{
				publisher: 'Tekedia',
				author: null,
				published: { date: '2024', basis: 'inferred', note: 'n' }
			},
			'Tekedia, 2024 (inferred)'
		]
	])('cites %j as %s', (source, line) => {
		expect(formatSourceLine(source)).toBe(line);
	});

	it('never invents a date', () => {
		expect(formatSourceDate({ published: { date: null, basis: 'unknown', note: 'n' } })).toBe(
			'publication date unknown'
		);
	});
});

describe('footnoteRuns', () => {
	it.each<[number[], [number, number][]]>([
		[[1, 2, 3, 4], [[1, 4]]],
		[
			[3, 1, 2, 7, 9, 10],
			[
				[1, 3],
				[7, 7],
				[9, 10]
			]
		],
		[[5, 5], [[5, 5]]],
		[[], []]
	])('collapses %j into %j', (numbers, runs) => {
		expect(footnoteRuns(numbers).map(({ first, last }) => [first, last])).toEqual(runs);
	});
});

describe('quoteHref', () => {
	it('points at the highlighted passage of the source page', () => {
		expect(quoteHref('', 'xinhua', 'chn-irn-call', 1)).toBe('/sources/xinhua#q-chn-irn-call-1');
		expect(quoteHref('/maps', 'xinhua', 'e', 0)).toBe('/maps/sources/xinhua#q-e-0');
	});
});
