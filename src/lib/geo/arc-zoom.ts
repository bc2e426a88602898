/**
 * Which arcs the map draws at which zoom. Every line drawn costs software WebGL time in every
 * frame, about the same whatever its width: at world zoom 27,000 arcs took 0.7 s a frame on a
 * 2-core machine without a GPU, 2,000 about 0.2 s and 1,000 about 0.1 s, the land and labels
 * included. A world map cannot show more than a thousand arcs legibly anyway, so, as maps leave
 * minor roads out of small scales, the world view draws the arcs with the most events and each
 * zoom level in doubles the number, until the deepest tiles hold them all. The build leaves an
 * arc out of the tiles below its zoom (`minzoom`, scripts/lib/vector-tiles.ts) and the page counts
 * from the same rule what it leaves out, to say so beside the map. Counts, summaries and the
 * table always cover every arc.
 */
import type { ArcGroup } from '../data/aggregate';

/** The most arcs the map draws at zoom 0; zoom z draws up to this times 2^z. */
export const ARCS_AT_WORLD_ZOOM = 1000;

/**
 * Each arc's first zoom, by key: arcs ranked by their number of events over all years, most
 * first (ties by key, so the build and the page agree), 0 for the first ARCS_AT_WORLD_ZOOM, 1 for
 * as many again, 2 for twice as many more, and so on; never past `deepestZoom`, where every arc
 * is drawn.
 */
export function arcMinZooms(groups: readonly ArcGroup[], deepestZoom: number): Map<string, number> {
	const ranked = [...groups].sort(
		(a, b) => b.events.length - a.events.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
	const minZooms = new Map<string, number>();
	ranked.forEach((group, rank) => {
		const zoom = Math.max(0, Math.ceil(Math.log2((rank + 1) / ARCS_AT_WORLD_ZOOM)));
		minZooms.set(group.key, Math.min(zoom, deepestZoom));
	});
	return minZooms;
}

/**
 * The zoom of the tiles MapLibre draws at a map zoom: the tiles are 512 pixels, as the map's, so
 * it is the zoom rounded down (vector sources do not round up).
 */
export function tileZoomAt(mapZoom: number): number {
	return Math.max(0, Math.floor(mapZoom));
}

/** Of the arcs a filter shows, how many the map draws at its zoom. */
export interface ArcsOnMap {
	drawn: number;
	shown: number;
}

/**
 * What the map draws when it leaves some of the arcs shown out, to follow "the map draws": "1,000
 * of the 6,172 arcs, the busiest over all years" (not in the years shown: the tiles are ranked
 * once), or "none of the 12 arcs, …"; null when it draws them all.
 */
export function arcsDrawnClause(arcs: ArcsOnMap | null): string | null {
	if (!arcs || arcs.drawn >= arcs.shown) return null;
	const shown = arcs.shown.toLocaleString('en');
	if (arcs.drawn === 0)
		return `none of the ${shown} arcs, which are not among the busiest over all years`;
	return `${arcs.drawn.toLocaleString('en')} of the ${shown} arcs, the busiest over all years`;
}

/** Of the arcs a filter shows, how many the map draws at a map zoom. */
export function arcsDrawnAt(
	arcs: readonly { group: Pick<ArcGroup, 'key'> }[],
	minZooms: ReadonlyMap<string, number>,
	mapZoom: number
): number {
	const tileZoom = tileZoomAt(mapZoom);
	let drawn = 0;
	for (const arc of arcs) if ((minZooms.get(arc.group.key) ?? 0) <= tileZoom) drawn++;
	return drawn;
}
