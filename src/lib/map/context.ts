/** The map instance shared from the `Map` parent to its layer components. */
import { createContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface MapContext {
	/** Set once the style has loaded: layers render only inside a loaded map. */
	readonly map: MaplibreMap;
}

export const [getMapContext, setMapContext] = createContext<MapContext>();
