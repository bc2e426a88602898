/** Cuts GeoJSON into Mapbox Vector Tiles at build time, and writes them where the map finds them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

const EXTENT = 4096;

function shownAt(tags: Record<string, unknown> | null, zoom: number): boolean {
	const minZoom = tags?.minzoom;
	return typeof minZoom !== 'number' || minZoom <= zoom;
}

/** The feature as written into a tile: `minzoom` only decides which tiles hold it. */
function withoutMinZoom<Feature extends { tags: Record<string, unknown> | null }>(
	feature: Feature
): Feature {
	if (!feature.tags || !('minzoom' in feature.tags)) return feature;
	// geojson-vt shares one tags object across every zoom's copy of a feature: copy, not delete.
	const tags = { ...feature.tags };
	delete tags.minzoom;
	return { ...feature, tags };
}

/** `z/x/y` of a tile, as in its path. */
export type TileAddress = `${number}/${number}/${number}`;

/**
 * Every non-empty tile from zoom 0 to `maxZoom`, each holding the layers that have features in it,
 * as Mapbox Vector Tile bytes. Lines that run past ±180° (arc-lines.ts unwraps longitudes) are cut
 * at the antimeridian and carried on from the other edge of the world. A feature with a numeric
 * `minzoom` property is left out of the tiles below that zoom (as tippecanoe's `minzoom`), and the
 * property is not written.
 */
export function cutVectorTiles(
	layers: Record<string, GeoJSON.FeatureCollection>,
	maxZoom: number
): Map<TileAddress, Uint8Array> {
	const indexes = Object.entries(layers).map(
		([name, collection]) =>
			[
				name,
				// Every tile is cut up front: the whole pyramid is written out anyway.
				new GeoJSONVT(collection, {
					maxZoom,
					indexMaxZoom: maxZoom,
					indexMaxPoints: 0,
					extent: EXTENT
				})
			] as const
	);
	const tiles = new Map<TileAddress, Uint8Array>();
	for (let z = 0; z <= maxZoom; z++) {
		const size = 2 ** z;
		for (let x = 0; x < size; x++) {
			for (let y = 0; y < size; y++) {
				const present: Record<string, GeoJSONVTTile> = {};
				for (const [name, index] of indexes) {
					const tile = index.getTile(z, x, y);
					if (!tile) continue;
					const features = tile.features
						.filter((feature) => shownAt(feature.tags, z))
						.map(withoutMinZoom);
					// geojson-vt types a tile's features as its internal and its output shape at once,
					// which no array of either satisfies.
					if (features.length > 0) present[name] = { ...tile, features } as GeoJSONVTTile;
				}
				if (Object.keys(present).length === 0) continue;
				tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(present, { version: 2, extent: EXTENT }));
			}
		}
	}
	return tiles;
}

/**
 * Writes the tiles of cutVectorTiles as `${directory}/{z}/{x}/{y}.pbf`, the whole pyramid: a tile
 * with nothing in it is an empty file, which MapLibre reads as an empty tile, where a missing one
 * would be a failed request. Returns how many tiles hold something.
 */
export function writeVectorTiles(
	directory: string,
	layers: Record<string, GeoJSON.FeatureCollection>,
	maxZoom: number
): number {
	const tiles = cutVectorTiles(layers, maxZoom);
	const empty = new Uint8Array(0);
	for (let z = 0; z <= maxZoom; z++) {
		for (let x = 0; x < 2 ** z; x++) {
			const column = join(directory, String(z), String(x));
			mkdirSync(column, { recursive: true });
			for (let y = 0; y < 2 ** z; y++) {
				writeFileSync(join(column, `${y}.pbf`), tiles.get(`${z}/${x}/${y}`) ?? empty);
			}
		}
	}
	return tiles.size;
}
