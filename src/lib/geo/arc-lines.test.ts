import { describe, expect, it } from 'vitest';
import { largestArcCount } from '../data/aggregate';
import { buildArcGroups } from '../data/group-arcs';
import { arcWidthScale, typeColorScale } from '../scales';
import { shippedDataset } from '../testing/shipped-data';
import { ARROW_AT, ArcLines, arcGeometryFiles, capitalPoints } from './arc-lines';
import { laneArc, pointAlong } from './arcs';

const dataset = shippedDataset();
const groups = buildArcGroups(dataset);
const countries = new Map(dataset.countries.map((country) => [country.iso3, country]));
const capitalOf = (iso3: string) => {
	const { lon, lat } = countries.get(iso3)!.capital;
	return [lon, lat] as [number, number];
};

describe('ArcLines', () => {
	const lines = new ArcLines(groups, countries);

	it.each(groups.map((group) => [group.key, group] as const))(
		'%s runs from its actor to its recipient',
		(_, group) => {
			const line = lines.get(group.key);
			expect(line[0]).toEqual(capitalOf(group.from));
			const [lon, lat] = line.at(-1)!;
			const [toLon, toLat] = capitalOf(group.to);
			expect(lat).toBeCloseTo(toLat, 9);
			// An arc across the antimeridian ends a whole turn away, on the next world copy.
			expect((((lon - toLon) % 360) + 360) % 360).toBeCloseTo(0, 9);
		}
	);

	it('gives the lanes of one pair different curves', () => {
		const pair = groups.filter((group) => group.pairKey === 'CHN|IRQ');
		expect(pair.length).toBeGreaterThan(2);
		const middles = pair.map((group) => {
			const line = lines.get(group.key);
			const [first] = group.pairKey.split('|');
			const ordered = group.from === first ? line : [...line].reverse();
			return JSON.stringify(ordered[Math.floor(ordered.length / 2)]);
		});
		expect(new Set(middles).size).toBe(pair.length);
	});

	it('keeps a line once drawn, and knows no line for an unknown key', () => {
		const key = groups[0]!.key;
		expect(lines.get(key)).toBe(lines.get(key));
		expect(lines.get('nowhere')).toEqual([]);
	});

	it('puts the arrowhead where pointAlong says', () => {
		const key = groups.find((group) => group.directed)!.key;
		expect(lines.arrow(key)).toEqual(pointAlong(lines.get(key), ARROW_AT));
	});
});

describe('arcGeometryFiles', () => {
	const colorOf = typeColorScale(dataset.eventTypes);
	const widthOf = arcWidthScale(largestArcCount(groups));
	// Every arc at its own zoom, to tell a first zoom taken from the map from one taken elsewhere.
	const minZooms = new Map(groups.map((group, index) => [group.key, index % 4]));
	const { lines, arrows } = arcGeometryFiles(groups, countries, { colorOf, widthOf }, minZooms);

	it('has one line per arc, keyed, typed, styled as with every event shown and zoomed, rounded to 3 decimals', () => {
		expect(lines.features.map((f) => f.properties)).toEqual(
			groups.map(({ key, typeId, events }) => ({
				key,
				typeId,
				color: colorOf(typeId),
				width: widthOf(events.length),
				minzoom: minZooms.get(key)
			}))
		);
		const drawn = new ArcLines(groups, countries);
		for (const feature of lines.features) {
			const coordinates = (feature.geometry as GeoJSON.LineString).coordinates;
			const exact = drawn.get(feature.properties!.key);
			expect(coordinates).toHaveLength(exact.length);
			coordinates.forEach(([lon, lat], i) => {
				expect(Math.abs(lon! - exact[i]![0])).toBeLessThanOrEqual(0.0005);
				expect(Math.abs(lat! - exact[i]![1])).toBeLessThanOrEqual(0.0005);
				expect(Number.isInteger(Math.round(lon! * 1000 * 1e6) / 1e6)).toBe(true);
			});
		}
	});

	it('has an arrowhead for every directed arc and none for the others', () => {
		expect(arrows.features.map((f) => f.properties!.key)).toEqual(
			groups.filter((group) => group.directed).map((group) => group.key)
		);
		for (const feature of arrows.features) {
			expect(Number.isInteger(feature.properties!.bearing)).toBe(true);
			expect(feature.properties!.minzoom).toBe(minZooms.get(feature.properties!.key));
			expect(feature.geometry.type).toBe('Point');
		}
	});

	it('draws a lone arc as laneArc does, from its actor to its recipient', () => {
		const lone = groups.find(
			(group) => groups.filter((other) => other.pairKey === group.pairKey).length === 1
		)!;
		const expected = laneArc(capitalOf(lone.from), capitalOf(lone.to), 0, 1);
		const feature = lines.features.find((f) => f.properties!.key === lone.key)!;
		const coordinates = (feature.geometry as GeoJSON.LineString).coordinates;
		expect(coordinates).toHaveLength(expected.length);
		coordinates.forEach(([lon, lat], i) => {
			expect(lon).toBeCloseTo(expected[i]![0], 2);
			expect(lat).toBeCloseTo(expected[i]![1], 2);
		});
	});
});

describe('capitalPoints', () => {
	const points = capitalPoints(dataset.countries);

	it.each(dataset.countries.map((country) => [country.iso3, country] as const))(
		'%s has one point at its capital, keyed and named, with no minzoom',
		(iso3, country) => {
			const matching = points.features.filter((feature) => feature.properties?.iso3 === iso3);
			expect(matching).toHaveLength(1);
			expect(matching[0]!.properties).toEqual({ key: iso3, iso3, name: country.capital.name });
			const [lon, lat] = matching[0]!.geometry.coordinates;
			expect(lon).toBeCloseTo(country.capital.lon, 3);
			expect(lat).toBeCloseTo(country.capital.lat, 3);
		}
	);

	it('has a point for every country and nothing else', () => {
		expect(points.features).toHaveLength(dataset.countries.length);
	});
});
