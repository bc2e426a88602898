/**
 * Lifecycle helpers for layer components: a GeoJSON source that follows its data prop, and layers
 * that are added on mount and removed on unmount.
 */
import type {
	GeoJSONSource,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MaplibreMap
} from 'maplibre-gl';

export function useGeoJsonSource(
	map: MaplibreMap,
	id: string,
	/** The data itself, or the URL MapLibre's worker fetches it from. */
	data: () => GeoJSON.GeoJSON | string,
	options: Omit<GeoJSONSourceSpecification, 'type' | 'data'> = {}
) {
	$effect(() => {
		const current = data();
		const source = map.getSource<GeoJSONSource>(id);
		if (!source) map.addSource(id, { ...options, type: 'geojson', data: current });
		// A source given by URL may have been added before the map was handed over (maplibre.ts):
		// loading the same file again would throw that head start away.
		else if (typeof current !== 'string' || source.serialize().data !== current) {
			source.setData(current);
		}
	});
	$effect(() => () => {
		if (!map.getSource(id) || !map.style) return;
		// MapLibre refuses to remove a source that a layer still draws from, whatever the teardown order.
		for (const layer of map.getStyle().layers) {
			if ('source' in layer && layer.source === id) map.removeLayer(layer.id);
		}
		map.removeSource(id);
	});
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
