/**
 * The land and the borders as static vector tiles, cut once by the data build from the same
 * Natural Earth shapes as world.json (scripts/lib/vector-tiles.ts). As GeoJSON, the map's worker
 * would index every country on every visit before drawing any land: on a two-core machine that
 * held the first view back by half a second, and the page's thread spent a tenth of a second
 * handing the shapes over.
 */

/** Where the tiles are written, relative to the site root. */
export const WORLD_TILES_PATH = 'generated/world-tiles';
/**
 * The deepest zoom cut: the map overzooms past it. Natural Earth 1:50m holds no detail finer than
 * a zoom-5 tile unit (about 300 m).
 */
export const WORLD_TILES_MAX_ZOOM = 5;
/** The tiles' layers: country polygons (with their ISO numeric ids) and the borders between them. */
export const WORLD_COUNTRIES_LAYER = 'countries';
export const WORLD_BORDERS_LAYER = 'borders';
