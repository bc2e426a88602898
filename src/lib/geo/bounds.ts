/** Framing the map on the countries in the data. */
import type { Country } from '../data/schema';

export type Bounds = [[number, number], [number, number]];

/** The smallest box around every capital, widened a little so labels and arcs are not cut off. */
export function capitalBounds(countries: Pick<Country, 'capital'>[], margin = 6): Bounds {
	if (countries.length === 0)
		return [
			[-170, -60],
			[170, 75]
		];
	const lons = countries.map((c) => c.capital.lon);
	const lats = countries.map((c) => c.capital.lat);
	return [
		[Math.max(-180, Math.min(...lons) - margin), Math.max(-85, Math.min(...lats) - margin)],
		[Math.min(180, Math.max(...lons) + margin), Math.min(85, Math.max(...lats) + margin)]
	];
}

/** Where to point the map: an exact camera, or a box to fit. */
export type CameraTarget =
	{ camera: { lon: number; lat: number; zoom: number } } | { bounds: Bounds };
