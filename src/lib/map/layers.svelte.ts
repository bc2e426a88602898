/**
 * Lifecycle helpers for layer components: a GeoJSON source that follows its data prop, a source
 * that never changes, and layers that are added on mount and removed on unmount.
 */
import type {
	GeoJSONSource,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MaplibreMap,
	SourceSpecification
} from 'maplibre-gl';
import { layerAbove } from './style';

type SourceData = GeoJSON.GeoJSON | string;
/** A GeoJSON source given its data, or the URL of its data. */
export type GeoJsonSourceWithData = GeoJSONSourceSpecification & { data: SourceData };

/**
 * What each source was last given: a URL or the data itself. MapLibre replaces a source's URL by
 * the data it loaded from it, so it cannot tell afterwards whether it already holds a URL.
 */
const sourceData = new WeakMap<GeoJSONSource, SourceData>();

/** Adds a GeoJSON source and remembers what it was given (see useGeoJsonSource). */
export function addGeoJsonSource(map: MaplibreMap, id: string, source: GeoJsonSourceWithData) {
	map.addSource(id, source);
	sourceData.set(map.getSource<GeoJSONSource>(id)!, source.data);
}

export function useGeoJsonSource(
	map: MaplibreMap,
	id: string,
	/** The data itself, or the URL MapLibre's worker fetches it from. */
	data: () => SourceData,
	options: Omit<GeoJSONSourceSpecification, 'type' | 'data'> = {}
) {
	$effect(() => {
		const current = data();
		const source = map.getSource<GeoJSONSource>(id);
		if (!source) addGeoJsonSource(map, id, { ...options, type: 'geojson', data: current });
		// The source may have been given this very data before the map was handed over
		// (maplibre.ts): sending it again would throw that head start away.
		else if (sourceData.get(source) !== current) {
			source.setData(current);
			sourceData.set(source, current);
		}
	});
	$effect(() => () => removeSource(map, id));
}

/** A source whose specification never changes, such as tiles; kept if the map has it already. */
export function useSource(map: MaplibreMap, id: string, source: SourceSpecification) {
	$effect(() => {
		if (!map.getSource(id)) map.addSource(id, source);
		return () => removeSource(map, id);
	});
}

function removeSource(map: MaplibreMap, id: string) {
	if (!map.getSource(id) || !map.style) return;
	// MapLibre refuses to remove a source that a layer still draws from, whatever the teardown order.
	for (const layer of map.getStyle().layers) {
		if ('source' in layer && layer.source === id) map.removeLayer(layer.id);
	}
	map.removeSource(id);
}

/** Adds a layer in its place in LAYER_ORDER, whatever else is on the map already. */
export function addLayerInOrder(map: MaplibreMap, spec: LayerSpecification) {
	map.addLayer(
		spec,
		layerAbove(spec.id, (id) => map.getLayer(id) !== undefined)
	);
}

/**
 * Adds the layers once, each in its place in LAYER_ORDER, keeping any already there; dynamic
 * styling belongs in effects calling setPaintProperty/setFilter.
 */
export function useLayers(map: MaplibreMap, layers: LayerSpecification[]) {
	$effect(() => {
		for (const spec of layers) if (!map.getLayer(spec.id)) addLayerInOrder(map, spec);
		return () => {
			if (!map.style) return;
			for (const spec of layers) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
		};
	});
}
