/**
 * The baseline page: bare MapLibre, no app. It draws the same country polygons and borders and
 * the same arc lines as the app's first view, from the very tiles the app's build wrote (each arc
 * coloured and sized there with all its events, see arc-lines.ts), with no labels, capitals,
 * arrows, panels, feature-state or data checks, and records when the map is idle with the arcs
 * drawn. Lines get MapLibre's default butt ends and miter joins, as the app's do.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Dataset } from '../../src/lib/data/schema';
import { ARC_LINES_LAYER, ARC_TILES_MAX_ZOOM, ARC_TILES_PATH } from '../../src/lib/geo/arc-tiles';
import {
	WORLD_BORDERS_LAYER,
	WORLD_COUNTRIES_LAYER,
	WORLD_TILES_MAX_ZOOM,
	WORLD_TILES_PATH
} from '../../src/lib/geo/world-tiles';
import { capitalBounds } from '../../src/lib/geo/bounds';

export const BASELINE_DIR = 'bench-baseline';

/**
 * Writes `<siteDir>/bench-baseline/`: index.html and MapLibre's dist files, beside the app's
 * build in `siteDir`, whose arc tiles it draws.
 */
export function writeBaseline(siteDir: string, dataset: Dataset): void {
	const out = join(siteDir, BASELINE_DIR);
	mkdirSync(out, { recursive: true });
	const require = createRequire(import.meta.url);
	const dist = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));
	for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
		copyFileSync(join(dist, file), join(out, file));
	}
	writeFileSync(
		join(out, 'index.html'),
		baselineHtml({
			bounds: capitalBounds(dataset.countries),
			arcs: { tiles: `../${ARC_TILES_PATH}/`, maxzoom: ARC_TILES_MAX_ZOOM, layer: ARC_LINES_LAYER },
			world: {
				tiles: `../${WORLD_TILES_PATH}/`,
				maxzoom: WORLD_TILES_MAX_ZOOM,
				countries: WORLD_COUNTRIES_LAYER,
				borders: WORLD_BORDERS_LAYER
			}
		})
	);
}

interface TileSet {
	tiles: string;
	maxzoom: number;
}

function baselineHtml(config: {
	bounds: [[number, number], [number, number]];
	arcs: TileSet & { layer: string };
	world: TileSet & { countries: string; borders: string };
}): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Baseline: bare MapLibre</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./maplibre-gl.css">
<style>html, body { margin: 0; } #map { position: absolute; top: 0; left: 0; }</style>
</head>
<body>
<div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
const config = ${JSON.stringify(config)};
const params = new URLSearchParams(location.search);
const container = document.getElementById('map');
container.style.width = (params.get('w') ?? '1280') + 'px';
container.style.height = (params.get('h') ?? '720') + 'px';
window.__baseline = { idleAt: null, paintedAt: null };
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
// Tile templates are written by hand: a URL object would percent-encode their braces.
const tiles = (set) => ({ type: 'vector', tiles: [new URL(set.tiles, location.href).href + '{z}/{x}/{y}.pbf'], maxzoom: set.maxzoom });
const map = new maplibregl.Map({
	container,
	style: { version: 8, sources: {}, layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#d5e4ee' } }] },
	bounds: config.bounds,
	fitBoundsOptions: { padding: 40 },
	fadeDuration: 0,
	attributionControl: false,
	renderWorldCopies: false,
	maxZoom: 8
});
window.baselineMap = map;
map.on('load', () => {
	map.addSource('world', tiles(config.world));
	map.addSource('arcs', tiles(config.arcs));
	map.addLayer({ id: 'countries-fill', type: 'fill', source: 'world', 'source-layer': config.world.countries, paint: { 'fill-color': '#f6f4ef' } });
	map.addLayer({ id: 'borders', type: 'line', source: 'world', 'source-layer': config.world.borders, paint: { 'line-color': '#b5aea3', 'line-width': 0.6 } });
	map.addLayer({ id: 'arcs', type: 'line', source: 'arcs', 'source-layer': config.arcs.layer, paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-opacity': 0.95 } });
	const onIdle = () => {
		const at = performance.now();
		if (!map.isSourceLoaded('arcs') || map.querySourceFeatures('arcs', { sourceLayer: config.arcs.layer }).length === 0) return;
		window.__baseline.idleAt = at;
		map.off('idle', onIdle);
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (window.__baseline.paintedAt = performance.now());
			channel.port2.postMessage(null);
		});
	};
	map.on('idle', onIdle);
});
</script>
</body>
</html>
`;
}
