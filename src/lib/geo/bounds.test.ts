import { describe, expect, it } from 'vitest';
import { capitalBounds } from './bounds';

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
