/**
 * Arcs between capitals as MapLibre draws them: GeoJSON lines in lon/lat degrees. Longitudes are
 * unwrapped instead of kept within ±180, because MapLibre carries a line past ±180 onto the next
 * world copy, whereas a jump from 170 to -170 would be drawn as a stroke back across the map.
 */
import { geoInterpolate } from 'd3-geo';

export type LonLat = [number, number];

type Vector = [number, number, number];

/** Enough for a smooth curve at the zooms the map allows; each vertex is drawn and updated per arc. */
const DEFAULT_SEGMENTS = 32;
const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;

/**
 * Points along the great circle from a to b, with longitudes unwrapped so consecutive points never
 * jump by more than 180°. The first point is a; the last is b, shifted by a multiple of 360° when
 * the arc crosses the antimeridian (170 → 190 rather than 170 → -170).
 */
export function greatCirclePoints(a: LonLat, b: LonLat, segments = DEFAULT_SEGMENTS): LonLat[] {
	return bowedArc(a, b, segments, 0);
}

/**
 * The great circle from a to b bowed sideways so that several arcs on one pair never overlap.
 * `lane` is the arc's index among the `laneCount` arcs on the pair: lanes are symmetric around the
 * great circle, lane i of n bowed by (i - (n - 1) / 2) * spacing, and a lone arc by baseBow so it
 * still reads as an arc where the great circle looks straight. Both are fractions of the arc's
 * angular length, reached at the middle and easing to nothing at the endpoints. The side a lane
 * bows to depends only on the pair, not on which endpoint comes first, so a lane is the same curve
 * whichever way it is drawn and two lanes of one pair never coincide.
 */
export function laneArc(
	a: LonLat,
	b: LonLat,
	lane: number,
	laneCount: number,
	{
		segments = DEFAULT_SEGMENTS,
		spacing = 0.08,
		baseBow = 0.12
	}: { segments?: number; spacing?: number; baseBow?: number } = {}
): LonLat[] {
	const bow = laneCount <= 1 ? baseBow : (lane - (laneCount - 1) / 2) * spacing;
	return bowedArc(a, b, segments, comesFirst(a, b) ? bow : -bow);
}

function comesFirst(a: LonLat, b: LonLat): boolean {
	return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/**
 * Each point of the great circle is turned towards the circle's pole, which is perpendicular to
 * the path everywhere; working on the sphere keeps the offset true near the poles, where a
 * lon/lat plane would stretch it without bound.
 */
function bowedArc(a: LonLat, b: LonLat, segments: number, bow: number): LonLat[] {
	const alongCircle = geoInterpolate(a, b);
	// The arc's angular length and its pole come from one cross product; atan2 keeps the length
	// exact for points close together or nearly opposite, where an arccosine loses it.
	const [u, w] = [cartesian(a), cartesian(b)];
	const axis = cross(u, w);
	const length = Math.atan2(Math.hypot(...axis), u[0] * w[0] + u[1] * w[1] + u[2] * w[2]);
	const pole = bow === 0 || length === 0 ? null : normalize(axis);
	const points: LonLat[] = [[a[0], a[1]]];
	for (let step = 1; step < segments; step++) {
		const t = step / segments;
		const onCircle = alongCircle(t);
		points.push(
			pole ? turnTowards(onCircle, pole, bow * length * Math.sin(Math.PI * t)) : onCircle
		);
	}
	// Set from b rather than interpolated, so the arc ends exactly on the capital.
	points.push([b[0], b[1]]);
	return unwrapLongitudes(points);
}

function turnTowards(point: LonLat, pole: Vector, angle: number): LonLat {
	const p = cartesian(point);
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	return spherical([
		p[0] * cos + pole[0] * sin,
		p[1] * cos + pole[1] * sin,
		p[2] * cos + pole[2] * sin
	]);
}

function unwrapLongitudes(points: LonLat[]): LonLat[] {
	for (let index = 1; index < points.length; index++) {
		const previous = points[index - 1]!;
		const point = points[index]!;
		point[0] -= 360 * Math.round((point[0] - previous[0]) / 360);
	}
	return points;
}

function cartesian([lon, lat]: LonLat): Vector {
	const cosLat = Math.cos(lat * RADIANS);
	return [
		cosLat * Math.cos(lon * RADIANS),
		cosLat * Math.sin(lon * RADIANS),
		Math.sin(lat * RADIANS)
	];
}

function spherical([x, y, z]: Vector): LonLat {
	return [Math.atan2(y, x) * DEGREES, Math.asin(Math.max(-1, Math.min(1, z))) * DEGREES];
}

function cross(u: Vector, w: Vector): Vector {
	return [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
}

function normalize(u: Vector): Vector {
	const norm = Math.hypot(...u);
	return [u[0] / norm, u[1] / norm, u[2] / norm];
}

/**
 * The point at fraction t of the line's length on the ground, and the bearing there of the line
 * in degrees clockwise from north, as MapLibre's icon-rotate with 'map' alignment expects: at t = 1
 * the bearing of the last segment, for an arrowhead. Mercator is conformal, so the bearing of
 * the segment on the ground is also its angle on screen.
 */
export function pointAlong(line: LonLat[], t: number): { point: LonLat; bearing: number } {
	const first = line[0];
	if (!first) throw new Error('pointAlong needs a line with at least one point');
	const segments = line
		.slice(1)
		.map((end, index) => {
			const start = line[index]!;
			return { start, end, length: groundLength(start, end) };
		})
		// A segment of no length has no direction to give the arrow.
		.filter((segment) => segment.length > 0);
	const last = segments.at(-1);
	if (!last) return { point: [first[0], first[1]], bearing: 0 };
	// Summed lengths round, so the end is not left to arithmetic: an arrowhead there sits on it.
	if (t >= 1) return { point: [last.end[0], last.end[1]], bearing: bearing(last.start, last.end) };
	const total = segments.reduce((sum, segment) => sum + segment.length, 0);
	let remaining = Math.max(0, t) * total;
	let index = 0;
	while (index < segments.length - 1 && remaining > segments[index]!.length) {
		remaining -= segments[index]!.length;
		index++;
	}
	const { start, end, length } = segments[index]!;
	const fraction = Math.min(1, remaining / length);
	return {
		point: [start[0] + (end[0] - start[0]) * fraction, start[1] + (end[1] - start[1]) * fraction],
		bearing: bearing(start, end)
	};
}

/** East-west degrees shrink with the cosine of the latitude; enough for segments a degree long. */
function groundOffset(start: LonLat, end: LonLat): { east: number; north: number } {
	const middleLatitude = ((start[1] + end[1]) / 2) * RADIANS;
	return { east: (end[0] - start[0]) * Math.cos(middleLatitude), north: end[1] - start[1] };
}

function groundLength(start: LonLat, end: LonLat): number {
	const { east, north } = groundOffset(start, end);
	return Math.hypot(east, north);
}

function bearing(start: LonLat, end: LonLat): number {
	const { east, north } = groundOffset(start, end);
	return (Math.atan2(east, north) * DEGREES + 360) % 360;
}
