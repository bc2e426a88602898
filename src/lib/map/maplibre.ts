/**
 * MapLibre is loaded lazily: it keeps 1 MB out of the first paint and out of prerendering. Its
 * prebuilt module and worker are taken by URL, as they ship, so that the page's HTML can name
 * them (`mapLibrePreloads`) and the browser fetches them with the page, before any of the app's
 * code has run; the page then starts the map, with its workers, while the data is still arriving.
 */
import type * as MapLibre from 'maplibre-gl';
import type { Map as MaplibreMap, MapOptions } from 'maplibre-gl';
import mapLibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { addGeoJsonSource, type GeoJsonSourceWithData } from './layers.svelte';
import { baseStyle } from './style';

/** For the page's head: the library's module, and the worker script it will start. */
export const mapLibrePreloads = { module: mapLibreUrl, worker: workerUrl };

let loading: Promise<typeof MapLibre> | null = null;

export function loadMapLibre(): Promise<typeof MapLibre> {
	loading ??= (import(/* @vite-ignore */ mapLibreUrl) as Promise<typeof MapLibre>).then(
		(maplibre) => {
			// Vite does not resolve MapLibre's worker on its own; it must be set before the first map.
			maplibre.setWorkerUrl(workerUrl);
			maplibre.prewarm();
			return maplibre;
		}
	);
	return loading;
}

/** What every map of the app is made with; the view is set by the caller. */
export function mapOptions(container: HTMLElement): MapOptions {
	return {
		container,
		style: baseStyle(),
		fadeDuration: 0,
		attributionControl: false,
		renderWorldCopies: false,
		maxZoom: 8
	};
}

interface StartedMap {
	map: MaplibreMap;
	/** The element the map draws into, to be moved into its place on the page. */
	element: HTMLDivElement;
	/** Whether the style has loaded ('load' has fired already). */
	loaded: boolean;
}

let started: Promise<StartedMap | null> | null = null;

/**
 * Starts the dashboard's map before its data has arrived, with the sources that depend on no
 * data of the page (files MapLibre fetches and indexes in its worker), so that the heaviest map
 * work overlaps the data's download and check. Its Map component takes it over on mounting.
 */
export function startMap(sources: Record<string, GeoJsonSourceWithData>): void {
	started = loadMapLibre().then(
		(maplibre) => {
			const element = document.createElement('div');
			element.className = 'started-map';
			const map = new maplibre.Map(mapOptions(element));
			const entry: StartedMap = { map, element, loaded: false };
			map.once('load', () => (entry.loaded = true));
			addOnceLoaded(entry, sources);
			return entry;
		},
		// The Map component will load MapLibre itself and report what goes wrong.
		() => null
	);
}

/** Gives the started map, if it is still waiting to be taken over, more of its sources. */
export function addToStartedMap(sources: Record<string, GeoJsonSourceWithData>): void {
	started?.then((entry) => {
		if (entry) addOnceLoaded(entry, sources);
	});
}

/** Sources can only be added once the style has loaded. */
function addOnceLoaded(entry: StartedMap, sources: Record<string, GeoJsonSourceWithData>) {
	const add = () => {
		for (const [id, source] of Object.entries(sources)) {
			if (!entry.map.getSource(id)) addGeoJsonSource(entry.map, id, source);
		}
	};
	if (entry.loaded) add();
	else entry.map.once('load', add);
}

/**
 * The map started for this page, moved into `container` (an element of its own, which holds
 * nothing else); once only: a later Map component makes its own map.
 */
export async function takeStartedMap(container: HTMLElement): Promise<StartedMap | null> {
	const pending = started;
	started = null;
	const entry = pending ? await pending : null;
	if (entry) container.append(entry.element);
	return entry;
}
