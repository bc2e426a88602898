import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { greatCirclePoints, laneArc, pointAlong, type LonLat } from './arcs';

const BEIJING: LonLat = [116.4, 39.9];
const BAGHDAD: LonLat = [44.37, 33.31];
const MOSCOW: LonLat = [37.62, 55.75];
const WASHINGTON: LonLat = [-77.04, 38.9];
const WEST_OF_DATELINE: LonLat = [170, -15];
const EAST_OF_DATELINE: LonLat = [-170, -15];

const degreesApart = (p: LonLat, q: LonLat) => (geoDistance(p, q) * 180) / Math.PI;
const middle = (line: LonLat[]) => line[Math.floor(line.length / 2)]!;

/** Every way of drawing the arc a→b that the map uses. */
function drawings(a: LonLat, b: LonLat): [string, LonLat[]][] {
	return [
		['great circle', greatCirclePoints(a, b)],
		['great circle in 5 segments', greatCirclePoints(a, b, 5)],
		['lone lane', laneArc(a, b, 0, 1)],
		...[0, 1, 2].map((lane): [string, LonLat[]] => [`lane ${lane} of 3`, laneArc(a, b, lane, 3)]),
		['lane 1 of 2, wide', laneArc(a, b, 1, 2, { spacing: 0.5, segments: 16 })]
	];
}

const pairs: [string, LonLat, LonLat][] = [
	['Beijing → Baghdad', BEIJING, BAGHDAD],
	['Baghdad → Beijing', BAGHDAD, BEIJING],
	['Beijing → Moscow', BEIJING, MOSCOW],
	['Beijing → Washington', BEIJING, WASHINGTON],
	['Washington → Beijing', WASHINGTON, BEIJING],
	['170 → -170 across the antimeridian', WEST_OF_DATELINE, EAST_OF_DATELINE],
	['-170 → 170 across the antimeridian', EAST_OF_DATELINE, WEST_OF_DATELINE],
	['over the North Pole', [0, 80], [180, 80]]
];
const drawn = pairs.flatMap(([name, a, b]) =>
	drawings(a, b).map(([how, line]): [string, LonLat, LonLat, LonLat[]] => [
		`${name}, ${how}`,
		a,
		b,
		line
	])
);

describe('every arc', () => {
	it.each(drawn)('%s: starts at a and ends at b', (_, a, b, line) => {
		expect(line[0]).toEqual(a);
		const last = line.at(-1)!;
		const turns = Math.round((last[0] - b[0]) / 360);
		expect(last[0] - 360 * turns).toBeCloseTo(b[0], 10);
		expect(last[1]).toBe(b[1]);
		if (turns === 0) expect(last).toEqual(b);
	});

	it.each(drawn)('%s: never jumps more than 180° of longitude', (_, _a, _b, line) => {
		for (let index = 1; index < line.length; index++) {
			expect(Math.abs(line[index]![0] - line[index - 1]![0])).toBeLessThanOrEqual(180);
		}
	});

	it.each(drawn)('%s: keeps latitudes on the globe', (_, _a, _b, line) => {
		for (const [, lat] of line) {
			expect(lat).toBeGreaterThanOrEqual(-90);
			expect(lat).toBeLessThanOrEqual(90);
		}
	});
});

describe('greatCirclePoints', () => {
	it.each<[string, LonLat, LonLat, number, number]>([
		['170 → -170 continues east past 180', WEST_OF_DATELINE, EAST_OF_DATELINE, 170, 190],
		['-170 → 170 continues west past -180', EAST_OF_DATELINE, WEST_OF_DATELINE, -190, -170],
		['Beijing → Washington over the Pacific', BEIJING, WASHINGTON, 116.4, 282.96],
		['Washington → Beijing over the Pacific', WASHINGTON, BEIJING, -243.6, -77.04]
	])('%s: stays within [%d, %d]', (_, a, b, west, east) => {
		for (const [lon] of greatCirclePoints(a, b)) {
			expect(lon).toBeGreaterThanOrEqual(west - 1e-9);
			expect(lon).toBeLessThanOrEqual(east + 1e-9);
		}
	});

	it.each([1, 5, 64])('has %i segments', (segments) => {
		expect(greatCirclePoints(BEIJING, BAGHDAD, segments)).toHaveLength(segments + 1);
	});

	it('bends poleward of the straight lon/lat line from Beijing to Moscow', () => {
		const [, lat] = middle(greatCirclePoints(BEIJING, MOSCOW));
		expect(lat).toBeGreaterThan((BEIJING[1] + MOSCOW[1]) / 2 + 5);
	});

	it('stays on one point when both ends are the same', () => {
		expect(greatCirclePoints(BAGHDAD, BAGHDAD, 2)).toEqual([BAGHDAD, BAGHDAD, BAGHDAD]);
	});
});

describe('laneArc', () => {
	const lanes = [0, 1, 2].map((lane) => laneArc(BEIJING, BAGHDAD, lane, 3));
	const greatCircle = greatCirclePoints(BEIJING, BAGHDAD);
	const length = degreesApart(BEIJING, BAGHDAD);

	it.each<[number, number, number]>([
		[0, 1, 8],
		[1, 2, 8],
		[0, 2, 16]
	])('separates lanes %i and %i of 3 by %f% of the arc at the middle', (i, j, percent) => {
		const apart = degreesApart(middle(lanes[i]!), middle(lanes[j]!));
		expect(apart).toBeGreaterThan(1);
		expect(apart).toBeCloseTo((length * percent) / 100, 6);
	});

	it.each([0, 2])('keeps lane 1 off lane %i everywhere but the endpoints', (other) => {
		const [one, another] = [lanes[1]!, lanes[other]!];
		for (let index = 1; index < one.length - 1; index++) {
			expect(degreesApart(one[index]!, another[index]!)).toBeGreaterThan(0.1);
		}
	});

	it.each<[string, number, number, number]>([
		['a lone arc bows by baseBow', 0, 1, 0.12],
		['the middle of three lanes follows the great circle', 1, 3, 0],
		['an outer lane of three bows by one spacing', 2, 3, 0.08],
		['each of two lanes bows by half a spacing', 0, 2, 0.04]
	])('%s', (_, lane, laneCount, bow) => {
		const offset = degreesApart(
			middle(laneArc(BEIJING, BAGHDAD, lane, laneCount)),
			middle(greatCircle)
		);
		expect(offset).toBeCloseTo(length * bow, 6);
	});

	it.each<[string, LonLat, LonLat]>([
		['Beijing–Baghdad', BEIJING, BAGHDAD],
		['Beijing–Washington', BEIJING, WASHINGTON],
		['across the antimeridian', WEST_OF_DATELINE, EAST_OF_DATELINE]
	])('%s: draws each lane as the same curve whichever end comes first', (_, a, b) => {
		for (const lane of [0, 1, 2]) {
			const forward = laneArc(a, b, lane, 3);
			const backward = laneArc(b, a, lane, 3).reverse();
			forward.forEach((point, index) => {
				expect(degreesApart(point, backward[index]!)).toBeLessThan(1e-9);
			});
		}
	});

	it('bends the lanes to opposite sides of the great circle', () => {
		const [outerLeft, , outerRight] = lanes.map(middle);
		expect(degreesApart(outerLeft!, outerRight!)).toBeCloseTo(
			degreesApart(outerLeft!, middle(greatCircle)) +
				degreesApart(middle(greatCircle), outerRight!),
			6
		);
	});
});

describe('pointAlong', () => {
	it.each<[string, LonLat[], number, LonLat, number]>([
		[
			'due east',
			[
				[10, 0],
				[20, 0]
			],
			1,
			[20, 0],
			90
		],
		[
			'due north',
			[
				[10, 0],
				[10, 10]
			],
			1,
			[10, 10],
			0
		],
		[
			'due west',
			[
				[10, 0],
				[0, 0]
			],
			0.5,
			[5, 0],
			270
		],
		[
			'due south',
			[
				[10, 10],
				[10, 0]
			],
			0,
			[10, 10],
			180
		],
		[
			'north-east across the equator',
			[
				[0, -0.5],
				[1, 0.5]
			],
			1,
			[1, 0.5],
			45
		],
		[
			'halfway along a bend is its corner',
			[
				[0, -10],
				[0, 0],
				[10, 0]
			],
			0.5,
			[0, 0],
			0
		],
		[
			'just past the corner turns east',
			[
				[0, -10],
				[0, 0],
				[10, 0]
			],
			0.75,
			[5, 0],
			90
		],
		[
			't beyond the line is its end',
			[
				[0, 0],
				[0, 10]
			],
			2,
			[0, 10],
			0
		],
		[
			'a point of no length faces north',
			[
				[3, 4],
				[3, 4]
			],
			1,
			[3, 4],
			0
		],
		[
			'a repeated last point keeps the last direction',
			[
				[0, 0],
				[10, 0],
				[10, 0]
			],
			1,
			[10, 0],
			90
		],
		[
			'past the antimeridian',
			[
				[170, 0],
				[190, 0]
			],
			0.5,
			[180, 0],
			90
		]
	])('%s', (_, line, t, point, bearing) => {
		const along = pointAlong(line, t);
		expect(along.point[0]).toBeCloseTo(point[0], 9);
		expect(along.point[1]).toBeCloseTo(point[1], 9);
		expect(along.bearing).toBeCloseTo(bearing, 6);
	});

	it('measures east-west steps shorter towards the poles', () => {
		// 20° of longitude at 60° N is as long on the ground as 10° of latitude.
		const line: LonLat[] = [
			[0, 60],
			[20, 60],
			[20, 70]
		];
		expect(pointAlong(line, 0.5).point[0]).toBeCloseTo(20, 1);
	});

	it('points an arrow at the end of Beijing → Baghdad west, towards Baghdad', () => {
		const { point, bearing } = pointAlong(laneArc(BEIJING, BAGHDAD, 0, 1), 1);
		expect(point).toEqual(BAGHDAD);
		expect(bearing).toBeGreaterThan(180);
		expect(bearing).toBeLessThan(360);
	});

	it('refuses an empty line', () => {
		expect(() => pointAlong([], 0.5)).toThrow();
	});
});
