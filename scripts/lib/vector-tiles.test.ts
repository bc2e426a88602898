import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildArcGroups } from '../../src/lib/data/group-arcs';
import { arcGeometryFiles } from '../../src/lib/geo/arc-lines';
import { arcMinZooms } from '../../src/lib/geo/arc-zoom';
import { ARC_ARROWS_LAYER, ARC_LINES_LAYER } from '../../src/lib/geo/arc-tiles';
import { shippedDataset } from '../../src/lib/testing/shipped-data';
import { worldFromTopology } from '../../src/lib/geo/world';
import {
	WORLD_BORDERS_LAYER,
	WORLD_COUNTRIES_LAYER,
	WORLD_LABELS_LAYER
} from '../../src/lib/geo/world-tiles';
import { cutVectorTiles } from './vector-tiles';

const line = (
	key: string,
	coordinates: [number, number][],
	extra: GeoJSON.GeoJsonProperties = {}
): GeoJSON.Feature => ({
	type: 'Feature',
	properties: { key, typeId: 'aid', ...extra },
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

	it('leaves a feature out of the tiles below its minzoom, and writes no tile left empty', () => {
		const beijingToBaghdad: [number, number][] = [
			[116.4, 39.9],
			[80, 42],
			[44.4, 33.3]
		];
		const zoomed = cutVectorTiles(
			{
				[ARC_LINES_LAYER]: collection(
					line('world', beijingToBaghdad),
					line('zoom 1', beijingToBaghdad, { minzoom: 1 }),
					line('zoom 2', beijingToBaghdad, { minzoom: 2 })
				)
			},
			2
		);
		expect(keysIn(zoomed.get('0/0/0'))).toEqual({ [ARC_LINES_LAYER]: ['world'] });
		expect(keysIn(zoomed.get('1/1/0'))).toEqual({ [ARC_LINES_LAYER]: ['world', 'zoom 1'] });
		expect(keysIn(zoomed.get('2/2/1'))).toEqual({
			[ARC_LINES_LAYER]: ['world', 'zoom 1', 'zoom 2']
		});
		const onlyDeeper = cutVectorTiles(
			{ [ARC_LINES_LAYER]: collection(line('zoom 1', beijingToBaghdad, { minzoom: 1 })) },
			1
		);
		expect(onlyDeeper.has('0/0/0')).toBe(false);
		expect(onlyDeeper.has('1/1/0')).toBe(true);
	});

	it('writes no tile where nothing is drawn', () => {
		// South-east of Australia: no arc or arrow passes there.
		expect(tiles.has('2/3/3')).toBe(false);
		expect(cutVectorTiles({ [ARC_LINES_LAYER]: collection() }, 3).size).toBe(0);
	});

	it('keeps every arc of the shipped data, with its key and type, in the world tile', () => {
		const dataset = shippedDataset();
		const groups = buildArcGroups(dataset);
		const { lines } = arcGeometryFiles(
			groups,
			new Map(dataset.countries.map((c) => [c.iso3, c])),
			{ colorOf: () => '#000000', widthOf: () => 1 },
			arcMinZooms(groups, 0)
		);
		const world = cutVectorTiles({ [ARC_LINES_LAYER]: lines }, 0).get('0/0/0')!;
		const layer = new VectorTile(new PbfReader(world)).layers[ARC_LINES_LAYER]!;
		const found = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
		expect(new Set(found.map(({ key }) => key))).toEqual(new Set(groups.map(({ key }) => key)));
		const typeOf = new Map(groups.map((group) => [group.key, group.typeId]));
		for (const { key, typeId } of found) expect(typeId).toBe(typeOf.get(String(key)));
	});
});

describe('cutVectorTiles on the world', () => {
	const require = createRequire(import.meta.url);
	const { countries, borders, labels } = worldFromTopology(
		JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'))
	);
	const tiles = cutVectorTiles(
		{
			[WORLD_COUNTRIES_LAYER]: countries,
			[WORLD_BORDERS_LAYER]: borders,
			[WORLD_LABELS_LAYER]: labels
		},
		1
	);
	/** The ISO numeric ids of a layer's features in one tile, as MapLibre reads them (feature ids). */
	function idsIn(address: `${number}/${number}/${number}`, layerName: string): Set<number> {
		const layer = new VectorTile(new PbfReader(tiles.get(address)!)).layers[layerName]!;
		const ids = Array.from({ length: layer.length }, (_, i) => layer.feature(i).id);
		// A few Natural Earth shapes have no id (world.ts): land all the same, never highlighted.
		return new Set(ids.filter((id) => id !== undefined).map(Number));
	}
	const countryIds = (address: `${number}/${number}/${number}`) =>
		idsIn(address, WORLD_COUNTRIES_LAYER);

	it('keeps every country with an id, by that id, and the borders, in the world tile', () => {
		const layers = new VectorTile(new PbfReader(tiles.get('0/0/0')!)).layers;
		const withIds = countries.features.filter((feature) => feature.id !== undefined);
		expect(countryIds('0/0/0')).toEqual(new Set(withIds.map((feature) => Number(feature.id))));
		expect(layers[WORLD_BORDERS_LAYER]!.length).toBeGreaterThan(0);
	});

	it("keeps every country's label point, by its id and with its name, in the world tile", () => {
		const layer = new VectorTile(new PbfReader(tiles.get('0/0/0')!)).layers[WORLD_LABELS_LAYER]!;
		const inside = ({ x, y }: { x: number; y: number }) =>
			x >= 0 && x < layer.extent && y >= 0 && y < layer.extent;
		// MapLibre draws a name only where its point lies within the tile: the copy of one near
		// 180° that the cutter carries past the other edge (Fiji's) is not drawn twice.
		const drawn = Array.from({ length: layer.length }, (_, i) => layer.feature(i))
			.filter((feature) => feature.type === 1 && inside(feature.loadGeometry()[0]![0]!))
			.map((feature) => [Number(feature.id), feature.properties.name] as const);
		const expected = labels.features.map((label) => [label.id, label.properties.name] as const);
		expect(drawn.sort()).toEqual(expected.sort());
		expect(drawn).toContainEqual([368, 'Iraq']);
	});

	it("puts a country's name in the quarter of the world where its label point lies", () => {
		// Iraq's label point is at about 44° E, 33° N.
		expect(idsIn('1/1/0', WORLD_LABELS_LAYER)).toContain(368);
		for (const address of ['1/0/0', '1/0/1', '1/1/1'] as const) {
			expect(idsIn(address, WORLD_LABELS_LAYER)).not.toContain(368);
		}
	});

	it.each([
		// ISO numeric ids: 156 China, 368 Iraq, 643 Russia, 76 Brazil, 36 Australia.
		['1/1/0', 'the north-east quarter', [156, 368, 643], [76, 36]],
		['1/0/1', 'the south-west quarter', [76], [156, 368]],
		// Russia reaches past 180°: world.ts cut it there, so it is in the west as well.
		['1/0/0', 'the north-west quarter', [643], [156, 36]]
	] as const)(
		'%s, %s, holds the countries in it and not the others',
		(address, _, inside, outside) => {
			const ids = countryIds(address);
			for (const id of inside) expect(ids).toContain(id);
			for (const id of outside) expect(ids).not.toContain(id);
		}
	);
});
