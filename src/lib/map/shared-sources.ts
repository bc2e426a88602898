/**
 * The map sources shared by the map started before the data (maplibre.ts) and the layers, which
 * must agree on them to find a source already loading.
 */
import type { VectorSourceSpecification } from 'maplibre-gl';
import { ARC_TILES_MAX_ZOOM, arcTilesUrl } from '../geo/arc-tiles';

export const ARC_TILES_SOURCE = 'arcs';
export const COUNTRIES_SOURCE = 'countries';
export const BORDERS_SOURCE = 'borders';

/** Arcs are identified by their key, in the tiles and in feature-state alike. */
export const ARC_ID_PROPERTY = 'key';

/** The arcs' vector tiles (arc-tiles.ts), lines and arrowheads, for a site served under `base`. */
export function arcTilesSource(base: string): VectorSourceSpecification {
	return {
		type: 'vector',
		tiles: [arcTilesUrl(new URL(`${base}/`, location.href).href)],
		minzoom: 0,
		maxzoom: ARC_TILES_MAX_ZOOM,
		promoteId: ARC_ID_PROPERTY
	};
}
