import { describe, expect, it } from 'vitest';
import type { ArcGroup, VisibleArc } from '../data/aggregate';
import type { DatasetEvent } from '../data/schema';
import {
	ARCS_AT_WORLD_ZOOM,
	arcMinZooms,
	arcsDrawnAt,
	arcsDrawnClause,
	tileZoomAt
} from './arc-zoom';

/** An arc group with `count` events; only its key and how many events it has matter here. */
function group(key: string, count: number): ArcGroup {
	return {
		key,
		pairKey: key,
		typeId: 'aid',
		directed: false,
		from: 'AAA',
		to: 'BBB',
		events: { length: count } as DatasetEvent[],
		years: [],
		undatedFrom: 0
	};
}
const visible = (arcGroup: ArcGroup): VisibleArc => ({
	group: arcGroup,
	events: arcGroup.events,
	count: arcGroup.events.length,
	firstYear: null,
	lastYear: null
});

/** `n` arcs named a00000…, the first with the most events. */
const manyArcs = (n: number) =>
	Array.from({ length: n }, (_, i) => group(`a${String(i).padStart(5, '0')}`, n - i));

describe('arcMinZooms', () => {
	it('puts every arc at the world zoom while there are few', () => {
		const zooms = arcMinZooms([group('b', 1), group('a', 5)], 5);
		expect([...zooms]).toEqual([
			['a', 0],
			['b', 0]
		]);
	});

	const many = manyArcs(ARCS_AT_WORLD_ZOOM * 10);
	const zooms = arcMinZooms(many, 5);
	it.each([
		// [rank of the arc, its first zoom]
		[0, 0],
		[ARCS_AT_WORLD_ZOOM - 1, 0],
		[ARCS_AT_WORLD_ZOOM, 1],
		[2 * ARCS_AT_WORLD_ZOOM - 1, 1],
		[2 * ARCS_AT_WORLD_ZOOM, 2],
		[4 * ARCS_AT_WORLD_ZOOM - 1, 2],
		[4 * ARCS_AT_WORLD_ZOOM, 3],
		[8 * ARCS_AT_WORLD_ZOOM, 4],
		[10 * ARCS_AT_WORLD_ZOOM - 1, 4]
	])('ranks the arc with rank %i at zoom %i', (rank, zoom) => {
		expect(zooms.get(many[rank]!.key)).toBe(zoom);
	});

	it('never ranks an arc past the deepest zoom, where every arc is drawn', () => {
		expect(Math.max(...arcMinZooms(many, 2).values())).toBe(2);
	});

	it('ranks by events, most first, then by key, whatever order the arcs come in', () => {
		const tied = [
			...Array.from({ length: ARCS_AT_WORLD_ZOOM }, (_, i) => group(`t${i}`, 1)),
			group('busy', 2)
		].reverse();
		const ranked = arcMinZooms(tied, 5);
		expect(ranked.get('busy')).toBe(0);
		// Of the tied arcs, as many as the world view draws, one is left for zoom 1: the last by key.
		const left = [...ranked].filter(([, zoom]) => zoom === 1).map(([key]) => key);
		expect(left).toEqual([
			tied
				.map((g) => g.key)
				.filter((key) => key !== 'busy')
				.sort()
				.at(-1)
		]);
	});
});

describe('tileZoomAt', () => {
	it.each([
		[0, 0],
		[0.73, 0],
		[1, 1],
		[1.999, 1],
		[4.2, 4],
		[-0.5, 0]
	])('draws zoom-%d maps from zoom-%i tiles', (mapZoom, tileZoom) => {
		expect(tileZoomAt(mapZoom)).toBe(tileZoom);
	});
});

describe('arcsDrawnAt', () => {
	const many = manyArcs(ARCS_AT_WORLD_ZOOM * 3);
	const zooms = arcMinZooms(many, 5);
	const all = many.map(visible);
	it.each([
		['every arc, world zoom', all, 0.7, ARCS_AT_WORLD_ZOOM],
		['every arc, zoom 1', all, 1.5, 2 * ARCS_AT_WORLD_ZOOM],
		['every arc, zoom 2', all, 2, 3 * ARCS_AT_WORLD_ZOOM],
		['the quieter half, world zoom', all.slice(all.length / 2), 0, 0],
		['the quieter half, zoom 2', all.slice(all.length / 2), 2.5, all.length / 2],
		['none', [], 0, 0]
	])('%s', (_, arcs, mapZoom, drawn) => {
		expect(arcsDrawnAt(arcs, zooms, mapZoom)).toBe(drawn);
	});
});

describe('arcsDrawnClause', () => {
	it.each([
		[null, null],
		[{ drawn: 0, shown: 0 }, null],
		[{ drawn: 901, shown: 901 }, null],
		[{ drawn: 1000, shown: 6172 }, '1,000 of the 6,172 arcs, the busiest over all years'],
		[{ drawn: 0, shown: 12 }, 'none of the 12 arcs, which are not among the busiest over all years']
	])('%j: %s', (arcs, label) => {
		expect(arcsDrawnClause(arcs)).toBe(label);
	});
});
