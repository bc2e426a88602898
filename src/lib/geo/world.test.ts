import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { largestLongitudeJump, worldFromTopology } from './world';

const require = createRequire(import.meta.url);
const topology = (resolution: string) =>
	JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));

describe('largestLongitudeJump', () => {
	it.each<[GeoJSON.Geometry, number]>([
		[
			{
				type: 'LineString',
				coordinates: [
					[170, 0],
					[-170, 0]
				]
			},
			340
		],
		[
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[10, 0],
						[10, 10],
						[0, 0]
					]
				]
			},
			10
		],
		[{ type: 'Point', coordinates: [0, 0] }, 0]
	])('measures %j as %d', (geometry, jump) => {
		expect(largestLongitudeJump(geometry)).toBe(jump);
	});
});

describe.each(['110m', '50m'])('worldFromTopology at %s', (resolution) => {
	const world = worldFromTopology(topology(resolution));

	it('leaves no ring of any country jumping more than 180° of longitude', () => {
		const jumps = world.countries.features.map((f) => [
			f.properties.name,
			largestLongitudeJump(f.geometry)
		]);
		expect(jumps.filter(([, jump]) => (jump as number) > 180)).toEqual([]);
	});

	it.each(['Russia', 'Fiji', 'Antarctica', 'United States of America'])(
		'cuts %s at the antimeridian instead of banding across the map',
		(name) => {
			const country = world.countries.features.find((f) => f.properties.name === name);
			expect(country).toBeDefined();
			expect(largestLongitudeJump(country!.geometry)).toBeLessThanOrEqual(180);
			const longitudes = (country!.geometry.coordinates.flat(2) as number[][]).map(([lon]) => lon!);
			expect(Math.min(...longitudes)).toBeGreaterThanOrEqual(-180);
			expect(Math.max(...longitudes)).toBeLessThanOrEqual(180);
		}
	);

	it('keeps latitudes the right way up', () => {
		const iraq = world.labels.features.find((f) => f.properties.name === 'Iraq');
		expect(iraq?.geometry.coordinates[1]).toBeGreaterThan(29);
		expect(iraq?.geometry.coordinates[1]).toBeLessThan(38);
		expect(iraq?.id).toBe(368);
	});

	it('keeps borders free of antimeridian jumps', () => {
		expect(largestLongitudeJump(world.borders.features[0]!.geometry)).toBeLessThanOrEqual(180);
	});

	it('gives numeric ids for feature-state and a label point inside the largest part', () => {
		const russia = world.labels.features.find((f) => f.properties.name === 'Russia');
		expect(russia?.id).toBe(643);
		const [lon, lat] = russia!.geometry.coordinates;
		expect(lon).toBeGreaterThan(30);
		expect(lat).toBeGreaterThan(50);
	});
});
