/**
 * The land, the borders and the countries' label points as static vector tiles, cut once by the
 * data build from Natural Earth (world.ts, scripts/lib/vector-tiles.ts). As GeoJSON, the map's
 * worker would index every country on every visit before drawing any land: on a two-core machine
 * that held the first view back by half a second, and the page's thread spent a tenth of a second
 * handing the shapes over. The names come in the same tile as the land for a like reason: as a
 * GeoJSON source of their own (a world.json of 30 KB) their tile came separately, and the map drew
 * two more frames for it (one when it arrived, one to place its names again), about 0.45 s of the
 * first view at 1,000 events.
 */

/** Where the tiles are written, relative to the site root. */
export const WORLD_TILES_PATH = 'generated/world-tiles';
/**
 * The deepest zoom cut: the map overzooms past it. Natural Earth 1:50m holds no detail finer than
 * a zoom-5 tile unit (about 300 m).
 */
export const WORLD_TILES_MAX_ZOOM = 5;
/**
 * The tiles' layers: country polygons and their label points (both with the countries' ISO numeric
 * ids) and the borders between them.
 */
export const WORLD_COUNTRIES_LAYER = 'countries';
export const WORLD_BORDERS_LAYER = 'borders';
export const WORLD_LABELS_LAYER = 'labels';
