import { describe, expect, it } from 'vitest';
import { formatSourceDate, formatSourceLine } from './citations';
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
