import { describe, expect, it } from 'vitest';
import { ARC_TILES_PATH } from './arc-tiles';
import { tileUrlTemplate } from './tiles';
import { WORLD_TILES_PATH } from './world-tiles';

describe('tileUrlTemplate', () => {
	it.each([
		[
			'http://localhost:4173',
			ARC_TILES_PATH,
			'http://localhost:4173/generated/arc-tiles/{z}/{x}/{y}.pbf'
		],
		[
			'http://localhost:4173/',
			ARC_TILES_PATH,
			'http://localhost:4173/generated/arc-tiles/{z}/{x}/{y}.pbf'
		],
		[
			'https://example.org/map',
			ARC_TILES_PATH,
			'https://example.org/map/generated/arc-tiles/{z}/{x}/{y}.pbf'
		],
		[
			'https://example.org/map/',
			WORLD_TILES_PATH,
			'https://example.org/map/generated/world-tiles/{z}/{x}/{y}.pbf'
		]
	])('from the site root %s to %s', (root, path, expected) => {
		expect(tileUrlTemplate(root, path)).toBe(expected);
	});
});
