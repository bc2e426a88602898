/**
 * MapLibre is loaded lazily: it keeps 1 MB out of the first paint and out of prerendering. Its
 * prebuilt module and worker are taken by URL, as they ship, so that the page's HTML can name
 * them (`mapLibrePreloads`) and the browser fetches them with the page, before any of the app's
 * code has run; the page then starts the map, with its workers, while the data is still arriving.
 */
import type * as MapLibre from 'maplibre-gl';
import type {
	ErrorEvent,
	LayerSpecification,
	Map as MaplibreMap,
	MapOptions,
	SourceSpecification
} from 'maplibre-gl';
import type { Bounds } from '../geo/bounds';
import mapLibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { addArrowImage } from './arrow-image';
import { addGeoJsonSource, addLayerInOrder, type GeoJsonSourceWithData } from './layers.svelte';
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

/**
 * Calls `report` with the source of each tile that cannot be read (a corrupt or truncated file
 * leaves that part of the map out); any other error is logged, as MapLibre does when nobody
 * listens. Returns what stops it.
 */
export function onUnreadableSource(
	map: MaplibreMap,
	report: (sourceId: string) => void
): () => void {
	const listener = (event: ErrorEvent & { sourceId?: string }) => {
		if (event.sourceId) report(event.sourceId);
		else console.error(event.error);
	};
	map.on('error', listener);
	return () => map.off('error', listener);
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
	/** Whether its Map component has taken it over. */
	taken: boolean;
	/** Sources whose tiles could not be read before it was taken over. */
	unreadableSources: Set<string>;
	/** Stops recording them: the Map component watches the map itself once it takes it over. */
	stopWatchingErrors: () => void;
}

let started: Promise<StartedMap | null> | null = null;

type StartedSources = Record<string, GeoJsonSourceWithData | SourceSpecification>;

/**
 * Starts the dashboard's map before its data has arrived, with the sources and layers that depend
 * on no data of the page (files MapLibre fetches in its worker), so that the heaviest map work
 * overlaps the data's download and check; shown with showStartedMap, it can draw a first view
 * meanwhile. Its Map component takes it over on mounting, keeping what it finds.
 */
export function startMap(sources: StartedSources, layers: LayerSpecification[]): void {
	started = loadMapLibre().then(
		(maplibre) => {
			const element = document.createElement('div');
			element.className = 'started-map';
			const map = new maplibre.Map(mapOptions(element));
			// Published at once, for the tests and the benchmark that watch the first view.
			window.relationsMap = map;
			const unreadableSources = new Set<string>();
			const entry: StartedMap = {
				map,
				element,
				loaded: false,
				taken: false,
				unreadableSources,
				stopWatchingErrors: onUnreadableSource(map, (id) => unreadableSources.add(id))
			};
			map.once('load', () => {
				entry.loaded = true;
				addArrowImage(map);
			});
			addOnceLoaded(entry, sources, layers);
			return entry;
		},
		// The Map component will load MapLibre itself and report what goes wrong.
		() => null
	);
}

/** Gives the started map, if it is still waiting to be taken over, more sources and layers. */
export function addToStartedMap(sources: StartedSources, layers: LayerSpecification[] = []): void {
	started?.then((entry) => {
		if (entry) addOnceLoaded(entry, sources, layers);
	});
}

/** Puts the started map on screen in `container`, framed on `bounds`, until it is taken over. */
export async function showStartedMap(container: HTMLElement, bounds: Bounds): Promise<void> {
	const entry = await started;
	// Taken over while MapLibre was loading: the map is in its place already.
	if (!entry || entry.taken) return;
	container.append(entry.element);
	entry.map.resize();
	entry.map.fitBounds(bounds, { padding: 40, duration: 0 });
}

/** Sources and layers can only be added once the style has loaded. */
function addOnceLoaded(entry: StartedMap, sources: StartedSources, layers: LayerSpecification[]) {
	const add = () => {
		for (const [id, source] of Object.entries(sources)) {
			if (entry.map.getSource(id)) continue;
			if (source.type === 'geojson')
				addGeoJsonSource(entry.map, id, source as GeoJsonSourceWithData);
			else entry.map.addSource(id, source);
		}
		for (const layer of layers) {
			if (!entry.map.getLayer(layer.id)) addLayerInOrder(entry.map, layer);
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
	if (entry) {
		entry.taken = true;
		container.append(entry.element);
	}
	return entry;
}
