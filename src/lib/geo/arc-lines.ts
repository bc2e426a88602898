/**
 * Arc geometry for every arc group, computed once per dataset. Lanes are assigned over all groups of
 * a pair, not just the visible ones, so filtering never moves or rebuilds an arc.
 */
import type { ArcGroup } from '../data/aggregate';
import type { Country } from '../data/schema';
import { laneArc, type LonLat } from './arcs';

export function buildArcLines(
	groups: ArcGroup[],
	countries: Map<string, Country>
): Map<string, LonLat[]> {
	const lanesByPair = new Map<string, ArcGroup[]>();
	for (const group of groups) {
		const lanes = lanesByPair.get(group.pairKey) ?? [];
		lanes.push(group);
		lanesByPair.set(group.pairKey, lanes);
	}
	const lines = new Map<string, LonLat[]>();
	for (const [pair, lanes] of lanesByPair) {
		// Bow every lane from the same canonical end so lanes of one pair never coincide.
		const [first, second] = pair.split('|').map((code) => countries.get(code)!.capital) as [
			Country['capital'],
			Country['capital']
		];
		lanes.forEach((group, lane) => {
			const points = laneArc([first.lon, first.lat], [second.lon, second.lat], lane, lanes.length);
			const startsAtFirst = group.from === pair.split('|')[0];
			lines.set(group.key, startsAtFirst ? points : [...points].reverse());
		});
	}
	return lines;
}
