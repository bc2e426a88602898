/**
 * Arc geometry for every arc group. Lanes are assigned over all groups of a pair, not just the
 * visible ones, so filtering never moves or rebuilds an arc. The build draws every arc once
 * (arcGeometryFiles) and cuts the lines into the vector tiles the map loads by itself
 * (arc-tiles.ts); the app only draws the few arcs it shows in focus (ArcLines).
 */
import type { ArcGroup } from '../data/aggregate';
import type { Country } from '../data/schema';
import { laneArc, pointAlong, type LonLat } from './arcs';

/** Where along an arc its arrowhead sits. */
export const ARROW_AT = 0.5;

interface Lane {
	group: ArcGroup;
	lane: number;
	laneCount: number;
}

function lanesOf(groups: ArcGroup[]): Map<string, Lane> {
	const byPair = new Map<string, ArcGroup[]>();
	for (const group of groups) {
		const lanes = byPair.get(group.pairKey) ?? [];
		lanes.push(group);
		byPair.set(group.pairKey, lanes);
	}
	const lanes = new Map<string, Lane>();
	for (const pairGroups of byPair.values()) {
		pairGroups.forEach((group, lane) =>
			lanes.set(group.key, { group, lane, laneCount: pairGroups.length })
		);
	}
	return lanes;
}

function drawLane({ group, lane, laneCount }: Lane, countries: Map<string, Country>): LonLat[] {
	// Bow every lane from the same canonical end so lanes of one pair never coincide.
	const [firstCode, secondCode] = group.pairKey.split('|') as [string, string];
	const first = countries.get(firstCode)!.capital;
	const second = countries.get(secondCode)!.capital;
	const points = laneArc([first.lon, first.lat], [second.lon, second.lat], lane, laneCount);
	return group.from === firstCode ? points : points.reverse();
}

/** Arc lines drawn on request and kept: lanes are worked out once, geometry only when asked. */
export class ArcLines {
	readonly #lanes: Map<string, Lane>;
	readonly #countries: Map<string, Country>;
	readonly #drawn = new Map<string, LonLat[]>();

	constructor(groups: ArcGroup[], countries: Map<string, Country>) {
		this.#lanes = lanesOf(groups);
		this.#countries = countries;
	}

	get(key: string): LonLat[] {
		let line = this.#drawn.get(key);
		if (!line) {
			const lane = this.#lanes.get(key);
			line = lane ? drawLane(lane, this.#countries) : [];
			this.#drawn.set(key, line);
		}
		return line;
	}

	arrow(key: string): { point: LonLat; bearing: number } {
		return pointAlong(this.get(key), ARROW_AT);
	}
}

/** Degrees to 3 decimals, about 100 m: far finer than a pixel at the map's highest zoom. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * One point per country of the data, at its capital, for the build to cut into the arcs' tiles.
 * Each is keyed by its ISO code, the id the tiles' source gives it (as arcs by theirs), and has
 * no `minzoom`: every capital is in every tile it falls in, at every zoom.
 */
export function capitalPoints(
	countries: Iterable<Country>
): GeoJSON.FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: Array.from(countries, ({ iso3, capital }) => ({
			type: 'Feature',
			properties: { key: iso3, iso3, name: capital.name },
			geometry: { type: 'Point', coordinates: [round(capital.lon), round(capital.lat)] }
		}))
	};
}

/** How an arc looks in the first view, where every event is shown: its colour and width. */
export interface ArcLook {
	colorOf: (typeId: string) => string;
	widthOf: (count: number) => number;
}

/**
 * Every arc's line and arrowhead, keyed by arc key (the map's feature id), for the build to cut
 * into the tiles the map loads: no arc geometry is built, copied or sent on the page's own thread.
 * Each line carries its colour and its width with every event shown, so the map can draw the
 * first view from the tiles alone while the events are still being checked, and both carry the
 * arc's first zoom (arc-zoom.ts), below which the tiles leave it out.
 */
export function arcGeometryFiles(
	groups: ArcGroup[],
	countries: Map<string, Country>,
	look: ArcLook,
	minZooms: ReadonlyMap<string, number>
): { lines: GeoJSON.FeatureCollection; arrows: GeoJSON.FeatureCollection } {
	const arcLines = new ArcLines(groups, countries);
	const lines: GeoJSON.Feature[] = [];
	const arrows: GeoJSON.Feature[] = [];
	for (const { key, typeId, directed, events } of groups) {
		const minzoom = minZooms.get(key) ?? 0;
		lines.push({
			type: 'Feature',
			properties: {
				key,
				typeId,
				color: look.colorOf(typeId),
				width: look.widthOf(events.length),
				minzoom
			},
			geometry: {
				type: 'LineString',
				coordinates: arcLines.get(key).map(([lon, lat]) => [round(lon), round(lat)])
			}
		});
		if (!directed) continue;
		const { point, bearing } = arcLines.arrow(key);
		arrows.push({
			type: 'Feature',
			properties: { key, typeId, bearing: Math.round(bearing), minzoom },
			geometry: { type: 'Point', coordinates: [round(point[0]), round(point[1])] }
		});
	}
	return {
		lines: { type: 'FeatureCollection', features: lines },
		arrows: { type: 'FeatureCollection', features: arrows }
	};
}
