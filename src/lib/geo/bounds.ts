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

/** Room left around the data when a map frames it, in pixels from each edge. */
export interface FramePadding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A box in a map's pixels, from the map's top left corner. */
export interface PixelBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The ways to frame data clear of a box drawn over the map, such as its legend in a corner: beside
 * the box, or above or below it, `margin` pixels from it and from the map's other edges, leaving
 * out a way with no room left. Which shows the data larger depends on the data's shape, so the
 * map tries each (Map.svelte). With no box, or no room beside it or above it: an even margin.
 */
export function framePaddings(
	size: { width: number; height: number },
	overlay: PixelBox | null,
	margin: number
): FramePadding[] {
	const even = { top: margin, right: margin, bottom: margin, left: margin };
	if (!overlay) return [even];
	const onLeft = overlay.left + overlay.right < size.width;
	const onTop = overlay.top + overlay.bottom < size.height;
	const beside = onLeft
		? { ...even, left: overlay.right + margin }
		: { ...even, right: size.width - overlay.left + margin };
	const aboveOrBelow = onTop
		? { ...even, top: overlay.bottom + margin }
		: { ...even, bottom: size.height - overlay.top + margin };
	const roomy = [beside, aboveOrBelow].filter(
		(padding) =>
			padding.left + padding.right < size.width && padding.top + padding.bottom < size.height
	);
	return roomy.length > 0 ? roomy : [even];
}
