/**
 * Writes vector tiles cut by cutVectorTiles as `${directory}/{z}/{x}/{y}.pbf`, the whole pyramid:
 * a tile with nothing in it is an empty file, which MapLibre reads as an empty tile, where a
 * missing one would be a failed request.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARC_TILES_MAX_ZOOM, cutVectorTiles } from '../../src/lib/geo/arc-tiles';

/** Returns how many tiles hold something. */
export function writeVectorTiles(
	directory: string,
	layers: Record<string, GeoJSON.FeatureCollection>,
	maxZoom = ARC_TILES_MAX_ZOOM
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
