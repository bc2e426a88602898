/**
 * The map sources shared by the map started before the data (maplibre.ts) and the layers, which
 * must agree on them to find a source already loading.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { VectorSourceSpecification } from 'maplibre-gl';
import { ARC_TILES_MAX_ZOOM, ARC_TILES_PATH } from '../geo/arc-tiles';
import { tileUrlTemplate } from '../geo/tiles';
import { WORLD_TILES_MAX_ZOOM, WORLD_TILES_PATH } from '../geo/world-tiles';

export const ARC_TILES_SOURCE = 'arcs';
export const WORLD_TILES_SOURCE = 'world';
/** The few arcs drawn in focus, on top (ArcsLayer), as GeoJSON lines and arrowheads. */
export const FOCUS_SOURCE = 'arcs-focus';

/** What each source draws, for a reader told that it could not be read. */
export const SOURCE_CONTENTS: Readonly<Record<string, string>> = {
	[WORLD_TILES_SOURCE]: `the land, borders and country names (${WORLD_TILES_PATH})`,
	[ARC_TILES_SOURCE]: `the arcs (${ARC_TILES_PATH})`,
	[FOCUS_SOURCE]: 'the arcs in focus'
};

/**
 * The focus source's data when nothing is in focus. One object for the map started before the
 * data and the arcs layer alike: the layer then finds the source holding it already, and does not
 * send it to MapLibre's worker a second time.
 */
export const NO_FOCUS: FeatureCollection<LineString | Point> = {
	type: 'FeatureCollection',
	features: []
};

/** Arcs are identified by their key, in the tiles and in feature-state alike. */
export const ARC_ID_PROPERTY = 'key';

/**
 * The focus source's keys are the arcs' keys, as in the tiles, so that a filter change sets the
 * widths of the arcs in focus through feature-state as it does the others', and sends no data.
 */
export const FOCUS_SOURCE_OPTIONS = { promoteId: ARC_ID_PROPERTY } as const;

/** The arcs' vector tiles (arc-tiles.ts), lines, arrowheads and capitals, for a site served under `base`. */
export function arcTilesSource(base: string): VectorSourceSpecification {
	return {
		type: 'vector',
		tiles: [tileUrlTemplate(siteRoot(base), ARC_TILES_PATH)],
		minzoom: 0,
		maxzoom: ARC_TILES_MAX_ZOOM,
		promoteId: ARC_ID_PROPERTY
	};
}

/** The land and borders' vector tiles (world-tiles.ts); countries keep their ISO numeric ids. */
export function worldTilesSource(base: string): VectorSourceSpecification {
	return {
		type: 'vector',
		tiles: [tileUrlTemplate(siteRoot(base), WORLD_TILES_PATH)],
		minzoom: 0,
		maxzoom: WORLD_TILES_MAX_ZOOM
	};
}

const siteRoot = (base: string) => new URL(`${base}/`, location.href).href;
