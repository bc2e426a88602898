/**
 * `npm run data:build`: checks data/ and writes what the app loads into static/generated/. The app
 * only ever sees checked data with located quotes; a failing check stops the build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { DATASET_PATH, MANIFEST_PATH, sourceTextPath, type Manifest } from '../src/lib/data/load';
import { largestArcCount } from '../src/lib/data/aggregate';
import { buildArcGroups } from '../src/lib/data/group-arcs';
import { arcGeometryFiles, capitalPoints } from '../src/lib/geo/arc-lines';
import { arcMinZooms } from '../src/lib/geo/arc-zoom';
import { capitalBounds } from '../src/lib/geo/bounds';
import {
	ARC_ARROWS_LAYER,
	ARC_CAPITALS_LAYER,
	ARC_LINES_LAYER,
	ARC_TILES_MAX_ZOOM,
	ARC_TILES_PATH
} from '../src/lib/geo/arc-tiles';
import { worldFromTopology } from '../src/lib/geo/world';
import { arrowsOnEveryArc, countryMapIds } from '../src/lib/data/first-view';
import {
	WORLD_BORDERS_LAYER,
	WORLD_COUNTRIES_LAYER,
	WORLD_LABELS_LAYER,
	WORLD_TILES_MAX_ZOOM,
	WORLD_TILES_PATH
} from '../src/lib/geo/world-tiles';
import { arcWidthScale, typeColorScale } from '../src/lib/scales';
import { checkDataDirectory, dataDirectory, reportCheck } from './lib/data-dir';
import { writeVectorTiles } from './lib/vector-tiles';

const OUTPUT = resolve('static/generated');

const directory = dataDirectory();
const result = checkDataDirectory(directory);
if (!reportCheck(directory, result)) process.exit(1);

rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(join(OUTPUT, 'sources'), { recursive: true });
const STATIC = resolve('static');

const { dataset } = result;
const datasetJson = JSON.stringify(dataset);
writeFileSync(join(STATIC, DATASET_PATH), datasetJson);
const groups = buildArcGroups(dataset);
const manifest: Manifest = {
	datasetBytes: Buffer.byteLength(datasetJson),
	eventCount: dataset.events.length,
	bounds: capitalBounds(dataset.countries),
	countryMapIds: countryMapIds(dataset.countries),
	arrowsOnEveryArc: arrowsOnEveryArc(groups)
};
writeFileSync(join(STATIC, MANIFEST_PATH), JSON.stringify(manifest));
// Coloured and sized as the dashboard draws its first view, from the same scales.
const arcs = arcGeometryFiles(
	groups,
	new Map(dataset.countries.map((country) => [country.iso3, country])),
	{
		colorOf: typeColorScale(dataset.eventTypes),
		widthOf: arcWidthScale(largestArcCount(groups))
	},
	arcMinZooms(groups, ARC_TILES_MAX_ZOOM)
);
const tileCount = writeVectorTiles(
	join(STATIC, ARC_TILES_PATH),
	{
		[ARC_LINES_LAYER]: arcs.lines,
		[ARC_ARROWS_LAYER]: arcs.arrows,
		[ARC_CAPITALS_LAYER]: capitalPoints(dataset.countries)
	},
	ARC_TILES_MAX_ZOOM
);
for (const source of dataset.sources) {
	const text = readFileSync(join(directory, source.file), 'utf8');
	writeFileSync(join(STATIC, sourceTextPath(source.id)), text);
}

const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
);
const { countries, borders, labels } = worldFromTopology(topology);
const worldTileCount = writeVectorTiles(
	join(STATIC, WORLD_TILES_PATH),
	{
		[WORLD_COUNTRIES_LAYER]: countries,
		[WORLD_BORDERS_LAYER]: borders,
		[WORLD_LABELS_LAYER]: labels
	},
	WORLD_TILES_MAX_ZOOM
);

console.log(
	`Wrote static/generated: ${dataset.events.length} events, ${dataset.sources.length} source texts, ${tileCount} arc tiles, ${worldTileCount} world tiles.`
);
