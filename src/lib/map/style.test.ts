import { describe, expect, it } from 'vitest';
import { LAYER_ORDER, layerAbove } from './style';

describe('layerAbove', () => {
	it.each<[string, string, string[], string | undefined]>([
		['on an empty map goes on top', 'arcs', [], undefined],
		['goes below the first layer above it', 'arcs', ['countries-fill', 'capitals'], 'capitals'],
		[
			'skips the layers that are not there',
			'countries-in-data',
			['countries-fill', 'borders', 'arcs-preview'],
			'borders'
		],
		['above the preview that came first goes on top', 'arcs-arrows', ['arcs-preview'], undefined],
		['the preview under arcs added already', 'arcs-preview', ['arcs', 'labels-other'], 'arcs'],
		[
			'goes on top above everything below it',
			'labels-in-data',
			['arcs', 'labels-other'],
			undefined
		],
		['a layer of no known place goes on top', 'debug-grid', ['arcs'], undefined]
	])('a layer %s', (_, id, present, expected) => {
		expect(layerAbove(id, (other) => present.includes(other))).toBe(expected);
	});

	it('lists each layer once', () => {
		expect(new Set(LAYER_ORDER).size).toBe(LAYER_ORDER.length);
	});
});
