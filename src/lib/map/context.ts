/** The map instance shared from the `Map` parent to its layer components. */
import { createContext } from 'svelte';
import type { Map as MaplibreMap, PointLike } from 'maplibre-gl';

export interface MapContext {
	/** Set once the style has loaded: layers render only inside a loaded map. */
	readonly map: MaplibreMap;
	/**
	 * Layers drawn on top register here whether they take a pointer at a given point, so a layer
	 * below (a country under an arc) leaves a click on them alone.
	 */
	readonly pointerClaims: Set<(point: PointLike) => boolean>;
	/**
	 * A layer with work left for after the map has loaded its sources holds back the map's idle
	 * status until it is done; the returned function lets go (once; later calls do nothing).
	 */
	holdIdle(): () => void;
}

export const [getMapContext, setMapContext] = createContext<MapContext>();
