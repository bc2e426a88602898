/**
 * Natural Earth countries from world-atlas, made drawable in MapLibre.
 *
 * world-atlas stitches rings across the antimeridian for d3's spherical clipping; drawn as raw
 * planar coordinates, Russia, Fiji and Antarctica smear bands across the whole map. Projecting
 * through an identity-scaled equirectangular projection lets d3-geo cut those rings at ±180°
 * (the output is still degrees), and y is then flipped back by hand because `reflectY` would
 * reverse ring winding.
 */
import { geoArea, geoCentroid, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';

export interface CountryShapeProperties {
	name: string;
}

export interface CountryLabelProperties {
	id: number;
	name: string;
}

/** What the build cuts into the world's tiles (world-tiles.ts). */
export interface WorldShapes {
	countries: FeatureCollection<Polygon | MultiPolygon, CountryShapeProperties>;
	borders: FeatureCollection<MultiLineString>;
	labels: FeatureCollection<Point, CountryLabelProperties>;
}

/**
 * A thousandth of a degree (about 100 m) is finer than Natural Earth 1:50m and than the tiles' finest
 * unit (zoom 5, about 300 m): rounding to it draws the same, with fewer points to cut.
 */
const DECIMALS = 3;

function unstitchingProjection() {
	return geoEquirectangular()
		.scale(180 / Math.PI)
		.translate([0, 0])
		.precision(0);
}

function round(value: number): number {
	const factor = 10 ** DECIMALS;
	return Math.round(value * factor) / factor;
}

/** Flips projected y back to latitude and drops the duplicate points rounding creates. */
function toLonLat(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const [x, y] of ring) {
		const point = [round(x!), round(-y!)];
		const last = out[out.length - 1];
		if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
	}
	return out;
}

function unstitch<G extends Geometry>(geometry: G): G {
	const projected = geoProject(geometry, unstitchingProjection()) as G | null;
	if (!projected) return geometry;
	return mapPositions(projected);
}

function mapPositions<G extends Geometry>(geometry: G): G {
	switch (geometry.type) {
		case 'Polygon':
			return { ...geometry, coordinates: geometry.coordinates.map(toLonLat) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(toLonLat)) };
		case 'MultiLineString':
			return { ...geometry, coordinates: geometry.coordinates.map(toLonLat) };
		case 'LineString':
			return { ...geometry, coordinates: toLonLat(geometry.coordinates) };
		default:
			return geometry;
	}
}

/**
 * A label point inside the country's largest part: the centroid of a whole multipolygon can fall in
 * the sea (or in another country) for countries with far-flung islands.
 */
function labelPoint(geometry: Polygon | MultiPolygon): Position {
	if (geometry.type === 'Polygon') return geoCentroid(geometry);
	let largest: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0]! };
	let largestArea = -1;
	for (const coordinates of geometry.coordinates) {
		const part: Polygon = { type: 'Polygon', coordinates };
		const area = geoArea(part);
		if (area > largestArea) {
			largest = part;
			largestArea = area;
		}
	}
	return geoCentroid(largest);
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function worldFromTopology(topology: CountriesTopology): WorldShapes {
	const spherical = feature(topology, topology.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>;
	const countries: WorldShapes['countries'] = { type: 'FeatureCollection', features: [] };
	const labels: WorldShapes['labels'] = { type: 'FeatureCollection', features: [] };
	for (const shape of spherical.features) {
		// Feature-state needs numeric ids; a few Natural Earth features have none and stay unnamed.
		const id = shape.id === undefined ? undefined : Number(shape.id);
		const name = shape.properties.name;
		countries.features.push({
			type: 'Feature',
			...(id === undefined ? {} : { id }),
			properties: { name },
			geometry: unstitch(shape.geometry)
		});
		if (id !== undefined) {
			const [lon, lat] = labelPoint(shape.geometry);
			labels.features.push({
				type: 'Feature',
				id,
				properties: { id, name },
				geometry: { type: 'Point', coordinates: [round(lon!), round(lat!)] }
			});
		}
	}
	const borderLines = mesh(topology, topology.objects.countries, (a, b) => a !== b);
	const borders: WorldShapes['borders'] = {
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry: unstitch(borderLines) }]
	};
	return { countries, borders, labels };
}

/** Largest jump in longitude between consecutive points of any ring or line in a geometry. */
export function largestLongitudeJump(geometry: Geometry): number {
	const lines: Position[][] =
		geometry.type === 'Polygon' || geometry.type === 'MultiLineString'
			? geometry.coordinates
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates.flat()
				: geometry.type === 'LineString'
					? [geometry.coordinates]
					: [];
	let largest = 0;
	for (const line of lines) {
		for (let i = 1; i < line.length; i++) {
			largest = Math.max(largest, Math.abs(line[i]![0]! - line[i - 1]![0]!));
		}
	}
	return largest;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryShapeProperties>;
