import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildArcGroups } from '../../src/lib/data/aggregate';
import { arcGeometryFiles } from '../../src/lib/geo/arc-lines';
import { ARC_ARROWS_LAYER, ARC_LINES_LAYER } from '../../src/lib/geo/arc-tiles';
import { shippedDataset } from '../../src/lib/testing/shipped-data';
import { cutVectorTiles } from './vector-tiles';

const line = (key: string, coordinates: [number, number][]): GeoJSON.Feature => ({
	type: 'Feature',
	properties: { key, typeId: 'aid' },
	geometry: { type: 'LineString', coordinates }
});
const point = (key: string, coordinates: [number, number]): GeoJSON.Feature => ({
	type: 'Feature',
	properties: { key, bearing: 90 },
	geometry: { type: 'Point', coordinates }
});
const collection = (...features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/** The keys of each layer's features in one tile, as MapLibre would read them; a line cut in two is one key. */
function keysIn(bytes: Uint8Array | undefined): Record<string, string[]> {
	if (!bytes) return {};
	const tile = new VectorTile(new PbfReader(bytes));
	return Object.fromEntries(
		Object.entries(tile.layers).map(([name, layer]) => [
			name,
			[
				...new Set(
					Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties.key))
				)
			].sort()
		])
	);
}

describe('cutVectorTiles', () => {
	const tiles = cutVectorTiles(
		{
			[ARC_LINES_LAYER]: collection(
				// Beijing to Baghdad: the eastern hemisphere, north of the equator.
				line('CHN>IRQ', [
					[116.4, 39.9],
					[80, 42],
					[44.4, 33.3]
				]),
				// Across the antimeridian with an unwrapped longitude, as arc-lines.ts draws it.
				line('NZL>USA', [
					[174.8, -41.3],
					[210, 0],
					[282.96, 38.9]
				])
			),
			[ARC_ARROWS_LAYER]: collection(point('CHN>IRQ', [80, 42]))
		},
		2
	);

	it.each([
		['the whole world', '0/0/0', { arcs: ['CHN>IRQ', 'NZL>USA'], arrows: ['CHN>IRQ'] }],
		['the north-east quarter', '1/1/0', { arcs: ['CHN>IRQ'], arrows: ['CHN>IRQ'] }],
		// The part of the line past 180° is carried on from the western edge.
		['the north-west quarter', '1/0/0', { arcs: ['NZL>USA'] }],
		['the south-west quarter', '1/0/1', { arcs: ['NZL>USA'] }],
		['the south-east quarter', '1/1/1', { arcs: ['NZL>USA'] }],
		['a tile over Iraq and Central Asia', '2/2/1', { arcs: ['CHN>IRQ'], arrows: ['CHN>IRQ'] }]
	])('%s (%s) holds the features that cross it', (_, address, expected) => {
		expect(keysIn(tiles.get(address as `${number}/${number}/${number}`))).toEqual(expected);
	});

	it('writes no tile where nothing is drawn', () => {
		// South-east of Australia: no arc or arrow passes there.
		expect(tiles.has('2/3/3')).toBe(false);
		expect(cutVectorTiles({ [ARC_LINES_LAYER]: collection() }, 3).size).toBe(0);
	});

	it('keeps every arc of the shipped data, with its key and type, in the world tile', () => {
		const dataset = shippedDataset();
		const groups = buildArcGroups(dataset);
		const { lines } = arcGeometryFiles(groups, new Map(dataset.countries.map((c) => [c.iso3, c])), {
			colorOf: () => '#000000',
			widthOf: () => 1
		});
		const world = cutVectorTiles({ [ARC_LINES_LAYER]: lines }, 0).get('0/0/0')!;
		const layer = new VectorTile(new PbfReader(world)).layers[ARC_LINES_LAYER]!;
		const found = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
		expect(new Set(found.map(({ key }) => key))).toEqual(new Set(groups.map(({ key }) => key)));
		const typeOf = new Map(groups.map((group) => [group.key, group.typeId]));
		for (const { key, typeId } of found) expect(typeId).toBe(typeOf.get(String(key)));
	});
});
