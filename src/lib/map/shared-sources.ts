/**
 * The map sources shared by the map started before the data (maplibre.ts) and the layers, which
 * must agree on them to find a source already loading.
 */
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { ARC_ARROWS_PATH, ARC_LINES_PATH } from '../geo/arc-lines';

export const ARC_LINES_SOURCE = 'arcs';
export const COUNTRIES_SOURCE = 'countries';
export const BORDERS_SOURCE = 'borders';

/** Absolute, so the same string names the file wherever it is compared or fetched from. */
export function arcFileUrls(base: string): { lines: string; arrows: string } {
	const url = (path: string) => new URL(`${base}/${path}`, location.href).href;
	return { lines: url(ARC_LINES_PATH), arrows: url(ARC_ARROWS_PATH) };
}

/** Arcs are identified by their key, in the files and in feature-state alike. */
export const ARC_ID_PROPERTY = 'key';

export function arcLinesSource(url: string): GeoJSONSourceSpecification & { data: string } {
	return { type: 'geojson', data: url, promoteId: ARC_ID_PROPERTY };
}
