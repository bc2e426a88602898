import { describe, expect, it } from 'vitest';
import { MAX_ARCS_WITH_ARROWS, arrowsOnEveryArc, countryMapIds } from './first-view';

const arcs = (directed: number, undirected: number) => [
	...Array.from({ length: directed }, () => ({ directed: true })),
	...Array.from({ length: undirected }, () => ({ directed: false }))
];

describe('arrowsOnEveryArc', () => {
	it.each([
		['no arcs', 0, 0, true],
		['only undirected arcs, however many', 0, MAX_ARCS_WITH_ARROWS * 2, true],
		['as many directed arcs as the limit', MAX_ARCS_WITH_ARROWS, 10, true],
		['one directed arc past the limit', MAX_ARCS_WITH_ARROWS + 1, 0, false]
	])('%s', (_, directed, undirected, expected) => {
		expect(arrowsOnEveryArc(arcs(directed, undirected))).toBe(expected);
	});
});

describe('countryMapIds', () => {
	it.each([
		['none', [], []],
		// Leading zeros are part of the ISO code's text, not of the map's numeric id.
		['in the data order', ['368', '156', '004'], [368, 156, 4]]
	])('%s', (_, codes, expected) => {
		expect(countryMapIds(codes.map((isoNumeric) => ({ isoNumeric })))).toEqual(expected);
	});
});
