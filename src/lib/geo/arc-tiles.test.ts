import { describe, expect, it } from 'vitest';
import { arcTilesUrl } from './arc-tiles';

describe('arcTilesUrl', () => {
	it.each([
		['http://localhost:4173', 'http://localhost:4173/generated/arc-tiles/{z}/{x}/{y}.pbf'],
		['http://localhost:4173/', 'http://localhost:4173/generated/arc-tiles/{z}/{x}/{y}.pbf'],
		['https://example.org/map', 'https://example.org/map/generated/arc-tiles/{z}/{x}/{y}.pbf']
	])('from the site root %s', (root, expected) => {
		expect(arcTilesUrl(root)).toBe(expected);
	});
});
