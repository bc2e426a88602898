/**
 * What the map draws the same way whatever the filter, worked out from the data: the build writes
 * it into the manifest, so the map can lay out these layers while the events are still loading,
 * and the dashboard works it out again from the checked events. One definition serves both, so
 * the two agree and the map keeps what it laid out.
 */
import type { ArcGroup } from './aggregate';
import type { Country } from './schema';

/**
 * Arrowheads go on every directed arc while there are few enough to read; above that they are a
 * texture, not a direction, and cost every frame, so only the arcs in focus get them.
 */
export const MAX_ARCS_WITH_ARROWS = 2000;

export function arrowsOnEveryArc(groups: readonly Pick<ArcGroup, 'directed'>[]): boolean {
	let directed = 0;
	for (const group of groups) if (group.directed) directed++;
	return directed <= MAX_ARCS_WITH_ARROWS;
}

/** A country's id on the map: its ISO 3166 numeric code, as world-atlas numbers its shapes. */
export function countryMapId(country: Pick<Country, 'isoNumeric'>): number {
	return Number(country.isoNumeric);
}

/** The map's ids of the data's countries, in the data's order. */
export function countryMapIds(countries: readonly Pick<Country, 'isoNumeric'>[]): number[] {
	return countries.map(countryMapId);
}
