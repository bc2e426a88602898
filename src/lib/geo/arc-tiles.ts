/**
 * The arcs as static vector tiles, cut once by the data build (scripts/lib/vector-tiles.ts). A
 * GeoJSON source would make the map's worker parse and tile every arc on every visit: with a
 * hundred thousand events that is a 20 MB file and seconds of work before the first arc shows.
 * Tiles are cut and simplified for their zoom ahead of time, so the map fetches only the few it
 * shows and draws fewer vertices.
 */

/** Where the tiles are written, relative to the site root: `${ARC_TILES_PATH}/{z}/{x}/{y}.pbf`. */
export const ARC_TILES_PATH = 'generated/arc-tiles';
/**
 * The deepest zoom cut: the map overzooms past it. At zoom 5 a tile unit is about 300 m, far
 * finer than an arc between capitals needs, and the files stay a few tens of megabytes at 100,000
 * events.
 */
export const ARC_TILES_MAX_ZOOM = 5;
/**
 * The tiles' layers: the arc lines, the arrowheads of directed arcs, and the capitals the arcs
 * start from, which come with the arcs' tiles rather than from a source of their own.
 */
export const ARC_LINES_LAYER = 'arcs';
export const ARC_ARROWS_LAYER = 'arrows';
export const ARC_CAPITALS_LAYER = 'capitals';
