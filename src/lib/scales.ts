/** Visual encodings shared by the map, its legend, the lists and the benchmark's baseline. */
import { scaleOrdinal, scaleSqrt } from 'd3-scale';
import type { EventType } from './data/schema';

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; yellow and sky
 * blue are left out because they vanish against a pale map.
 */
export const TYPE_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B07A00', '#3A3A3A'];

/** Arc width by event count; a square-root scale so area, not length, tracks the count. */
export function arcWidthScale(maxCount: number) {
	return scaleSqrt().domain([0, maxCount]).range([1.5, 11]);
}

export function typeColorScale(types: EventType[]) {
	return scaleOrdinal<string, string>()
		.domain(types.map((type) => type.id))
		.range(TYPE_PALETTE)
		.unknown('#666666');
}
