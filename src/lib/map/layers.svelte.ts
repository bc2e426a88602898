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

/** Adds the layers once; dynamic styling belongs in effects calling setPaintProperty/setFilter. */
export function useLayers(map: MaplibreMap, layers: LayerSpecification[], beforeId?: string) {
	$effect(() => {
		for (const spec of layers) {
			if (!map.getLayer(spec.id))
				map.addLayer(spec, beforeId && map.getLayer(beforeId) ? beforeId : undefined);
		}
		return () => {
			if (!map.style) return;
			for (const spec of layers) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
		};
	});
}
