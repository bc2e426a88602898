import { describe, expect, it } from 'vitest';
import { capitalBounds, framePaddings, type FramePadding, type PixelBox } from './bounds';

const at = (lon: number, lat: number) => ({ capital: { name: 'x', lon, lat } });

describe('capitalBounds', () => {
	it.each([
		[
			[at(116.4, 39.9), at(44.4, 33.3)],
			[
				[38.4, 27.3],
				[122.4, 45.9]
			]
		],
		[
			[at(179, 84)],
			[
				[173, 78],
				[180, 85]
			]
		],
		[
			[],
			[
				[-170, -60],
				[170, 75]
			]
		]
	])('frames %j as %j', (countries, bounds) => {
		const result = capitalBounds(countries);
		result.flat().forEach((value, i) => expect(value).toBeCloseTo(bounds.flat()[i]!, 6));
	});
});

describe('framePaddings', () => {
	const size = { width: 800, height: 500 };
	const even = (margin: number): FramePadding => ({
		top: margin,
		right: margin,
		bottom: margin,
		left: margin
	});
	it.each<[string, PixelBox | null, FramePadding[]]>([
		['nothing over the map: an even margin', null, [even(40)]],
		[
			'a legend in the bottom left: right of it, or above it',
			{ left: 10, top: 250, right: 240, bottom: 490 },
			[
				{ ...even(40), left: 280 },
				{ ...even(40), bottom: 290 }
			]
		],
		[
			'a box in the top right: left of it, or below it',
			{ left: 600, top: 10, right: 790, bottom: 110 },
			[
				{ ...even(40), right: 240 },
				{ ...even(40), top: 150 }
			]
		],
		[
			'a box as tall as the map: only beside it',
			{ left: 0, top: 0, right: 200, bottom: 500 },
			[{ ...even(40), left: 240 }]
		],
		[
			'a box over the whole map: an even margin',
			{ left: 0, top: 0, right: 800, bottom: 500 },
			[even(40)]
		]
	])('%s', (_, overlay, expected) => {
		expect(framePaddings(size, overlay, 40)).toEqual(expected);
	});
});
