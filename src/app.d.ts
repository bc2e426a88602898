import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
	interface Window {
		/** The live map, for automation and end-to-end tests that query rendered features. */
		relationsMap?: MaplibreMap;
	}
}

export {};
