/**
 * MapLibre is loaded lazily: it keeps 1 MB out of the first paint and out of prerendering. The
 * page starts loading it, with its workers, while the data is still arriving, so the map does not
 * wait for the data before its own code even starts to load.
 */
import type * as MapLibre from 'maplibre-gl';

let loading: Promise<typeof MapLibre> | null = null;

export function loadMapLibre(): Promise<typeof MapLibre> {
	loading ??= Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')
	]).then(([maplibre, { default: workerUrl }]) => {
		// Vite does not resolve MapLibre's worker on its own; it must be set before the first map.
		maplibre.setWorkerUrl(workerUrl);
		maplibre.prewarm();
		return maplibre;
	});
	return loading;
}
