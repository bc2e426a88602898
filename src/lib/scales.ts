/** Colour encodings shared by the map, its legend and the lists. */
import { scaleOrdinal } from 'd3-scale';
import type { EventType } from './data/schema';

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; yellow and sky
 * blue are left out because they vanish against a pale map.
 */
export const TYPE_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#B07A00', '#3A3A3A'];

export function typeColorScale(types: EventType[]) {
	return scaleOrdinal<string, string>()
		.domain(types.map((type) => type.id))
		.range(TYPE_PALETTE)
		.unknown('#666666');
}
