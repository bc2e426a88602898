/**
 * The arcs as static vector tiles, cut once by the data build. A GeoJSON source would make the
 * map's worker parse and tile every arc on every visit: with a hundred thousand events that is a
 * 20 MB file and seconds of work before the first arc shows. Tiles are cut and simplified for
 * their zoom ahead of time, so the map fetches only the few it shows and draws fewer vertices.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

/** Where the tiles are written, relative to the site root: `${ARC_TILES_PATH}/{z}/{x}/{y}.pbf`. */
export const ARC_TILES_PATH = 'generated/arc-tiles';
/**
 * The deepest zoom cut: the map overzooms past it. At zoom 5 a tile unit is about 300 m, far
 * finer than an arc between capitals needs, and the files stay a few tens of megabytes at 100,000
 * events.
 */
export const ARC_TILES_MAX_ZOOM = 5;
/** The tiles' layers: the arc lines, and the arrowheads of directed arcs. */
export const ARC_LINES_LAYER = 'arcs';
export const ARC_ARROWS_LAYER = 'arrows';

const EXTENT = 4096;

/** `z/x/y` of a tile, as in its path. */
export type TileAddress = `${number}/${number}/${number}`;

/**
 * Every non-empty tile from zoom 0 to `maxZoom`, each holding the layers that have features in it,
 * as Mapbox Vector Tile bytes. Lines that run past ±180° (arc-lines.ts unwraps longitudes) are cut
 * at the antimeridian and carried on from the other edge of the world.
 */
export function cutVectorTiles(
	layers: Record<string, GeoJSON.FeatureCollection>,
	maxZoom = ARC_TILES_MAX_ZOOM
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
				const present: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
				for (const [name, index] of indexes) {
					const tile = index.getTile(z, x, y);
					if (tile && tile.features.length > 0) present[name] = tile;
				}
				if (Object.keys(present).length === 0) continue;
				tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(present, { version: 2, extent: EXTENT }));
			}
		}
	}
	return tiles;
}

/**
 * The tile URL template MapLibre fetches from, absolute so its worker resolves it as the page
 * does. Built by hand: a URL object would percent-encode the braces of the template.
 */
export function arcTilesUrl(siteRoot: string): string {
	return `${siteRoot.replace(/\/$/, '')}/${ARC_TILES_PATH}/{z}/{x}/{y}.pbf`;
}
