import { describe, expect, it } from 'vitest';
import {
	ARCS_LAYER,
	ARC_PREVIEW_LAYER,
	ARROWS_LAYER,
	BORDERS_LAYER,
	LAND_LAYER,
	LAYER_ORDER,
	countriesInDataLayers,
	idIn,
	labelLayers,
	layerAbove
} from './style';

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

describe('the layers shared by the map started before the data and the dashboard', () => {
	const ids = [368, 156];
	it.each([
		['land', [LAND_LAYER]],
		['borders', [BORDERS_LAYER]],
		['arcs', [ARCS_LAYER]],
		['the preview', [ARC_PREVIEW_LAYER]],
		['arrowheads', [ARROWS_LAYER]],
		['the countries in the data', countriesInDataLayers(ids)],
		['the labels', labelLayers(ids)]
	])('%s have their place in the drawing order', (_, layers) => {
		for (const layer of layers) expect(LAYER_ORDER).toContain(layer.id);
	});

	it('pick the data countries by the same filter each time, so the map keeps what it laid out', () => {
		for (const layer of [...countriesInDataLayers(ids), ...labelLayers(ids)]) {
			expect(JSON.stringify('filter' in layer ? layer.filter : null)).toContain(
				JSON.stringify(idIn(ids))
			);
		}
		expect(countriesInDataLayers(ids)).toEqual(countriesInDataLayers([...ids]));
	});
});
