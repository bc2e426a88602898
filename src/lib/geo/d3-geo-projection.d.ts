declare module 'd3-geo-projection' {
	import type { GeoProjection, GeoStreamWrapper } from 'd3-geo';
	import type { GeoJSON } from 'geojson';

	/** Projects a GeoJSON object to planar coordinates, clipping and resampling as d3-geo does. */
	export function geoProject<T extends GeoJSON>(
		object: T,
		projection: GeoProjection | GeoStreamWrapper
	): T | null;
}
