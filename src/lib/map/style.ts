/**
 * The offline base style: no tiles, no remote glyphs. Text is drawn from bundled font files through
 * the style's `font-faces`, so labels work with no network at all.
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { ARC_ARROWS_LAYER, ARC_CAPITALS_LAYER, ARC_LINES_LAYER } from '../geo/arc-tiles';
import { WORLD_BORDERS_LAYER, WORLD_COUNTRIES_LAYER, WORLD_LABELS_LAYER } from '../geo/world-tiles';
import { ARC_TILES_SOURCE, FOCUS_SOURCE, WORLD_TILES_SOURCE } from './shared-sources';
import regularFontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldFontUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

export const MAP_COLORS = {
	sea: '#d5e4ee',
	land: '#f6f4ef',
	landInData: '#f3dfb8',
	outlineInData: '#8a5a12',
	border: '#b5aea3',
	label: '#1f2933',
	labelMuted: '#5f6b76',
	halo: '#ffffff'
} as const;

export function baseStyle(): StyleSpecification {
	return {
		version: 8,
		sources: {},
		layers: [{ id: 'sea', type: 'background', paint: { 'background-color': MAP_COLORS.sea } }],
		// A selection fades the other arcs at once: MapLibre's default 300 ms fade redraws the whole
		// map all the while, which software WebGL pays for with one to three more full frames.
		transition: { duration: 0, delay: 0 },
		'font-faces': {
			[FONT_REGULAR]: new URL(regularFontUrl, location.href).href,
			[FONT_BOLD]: new URL(boldFontUrl, location.href).href
		}
	};
}

/** Matches features whose numeric id is in `ids` (an empty list matches nothing). */
export function idIn(ids: number[]): ExpressionSpecification {
	return ['in', ['to-number', ['id'], -1], ['literal', ids]];
}

/**
 * Every layer of the app, bottom to top. Layers are added by several components, and some by the
 * map started before the data (maplibre.ts), in whatever order they mount: each is slotted in
 * below the first layer above it that is already there (useLayers).
 */
export const LAYER_ORDER = [
	'countries-fill',
	'countries-in-data',
	'borders',
	'countries-in-data-outline',
	'country-selected-outline',
	'arcs-preview',
	'arcs',
	'arcs-arrows',
	'arcs-focus-casing',
	'arcs-focus-selected',
	'arcs-focus',
	'arcs-focus-arrows',
	'capitals',
	'labels-other',
	'labels-in-data'
] as const;

/** The id of the layer already on the map that `id` must be drawn below, if any. */
export function layerAbove(id: string, present: (id: string) => boolean): string | undefined {
	const index = (LAYER_ORDER as readonly string[]).indexOf(id);
	if (index === -1) return undefined;
	return LAYER_ORDER.slice(index + 1).find(present);
}

/** The countries' polygons in the world's tiles, for the land and the countries in the data. */
export const COUNTRY_SHAPES = {
	source: WORLD_TILES_SOURCE,
	'source-layer': WORLD_COUNTRIES_LAYER
} as const;

export const LAND_LAYER: LayerSpecification = {
	id: 'countries-fill',
	type: 'fill',
	...COUNTRY_SHAPES,
	paint: { 'fill-color': MAP_COLORS.land }
};

export const BORDERS_LAYER: LayerSpecification = {
	id: 'borders',
	type: 'line',
	source: WORLD_TILES_SOURCE,
	'source-layer': WORLD_BORDERS_LAYER,
	paint: { 'line-color': MAP_COLORS.border, 'line-width': 0.6 }
};

/**
 * The data's countries, shaded and outlined, and the outline of the selected one, which shows
 * through feature-state (`selected`). Their filter is set once, from the data's countries, never
 * changed: a new filter makes MapLibre lay out the world's tiles again.
 */
export function countriesInDataLayers(
	countryIds: number[]
): [fill: LayerSpecification, outline: LayerSpecification, selected: LayerSpecification] {
	return [
		{
			id: 'countries-in-data',
			type: 'fill',
			...COUNTRY_SHAPES,
			filter: idIn(countryIds),
			paint: { 'fill-color': MAP_COLORS.landInData }
		},
		{
			id: 'countries-in-data-outline',
			type: 'line',
			...COUNTRY_SHAPES,
			filter: idIn(countryIds),
			paint: { 'line-color': MAP_COLORS.outlineInData, 'line-width': 1.2 }
		},
		{
			id: 'country-selected-outline',
			type: 'line',
			...COUNTRY_SHAPES,
			filter: idIn(countryIds),
			paint: {
				'line-color': MAP_COLORS.label,
				'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0]
			}
		}
	];
}

/** The countries' label points in the world's tiles. */
const COUNTRY_LABELS = { source: WORLD_TILES_SOURCE, 'source-layer': WORLD_LABELS_LAYER } as const;

/** Country names from the bundled font: the data's countries bold, the others muted and later. */
export function labelLayers(countryIds: number[]): LayerSpecification[] {
	const inData = idIn(countryIds);
	return [
		{
			id: 'labels-other',
			type: 'symbol',
			...COUNTRY_LABELS,
			minzoom: 2.5,
			filter: ['!', inData],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT_REGULAR],
				'text-size': 11,
				'text-max-width': 7
			},
			paint: {
				'text-color': MAP_COLORS.labelMuted,
				'text-halo-color': MAP_COLORS.halo,
				'text-halo-width': 1
			}
		},
		{
			id: 'labels-in-data',
			type: 'symbol',
			...COUNTRY_LABELS,
			filter: inData,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT_BOLD],
				'text-size': 15,
				// Neighbours such as Syria, Iraq and Iran sit within a name's width of each other at
				// world zoom: drawn over each other they could not be read, so each name takes the
				// first place around its point that no other name covers. Set off by less than about
				// one em, Iraq's found none on a 360-pixel-wide phone and was left out.
				'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom'],
				'text-radial-offset': 1.1
			},
			paint: {
				'text-color': MAP_COLORS.label,
				'text-halo-color': MAP_COLORS.halo,
				'text-halo-width': 1.5
			}
		}
	];
}

/**
 * The arc lines of the tiles, with butt ends and miter joins: on smooth curves they look the same
 * as round ones, and cost software WebGL less in every frame. Both arc layers draw them alike, so
 * MapLibre parses their tiles once for both.
 */
const ARC_LINES = {
	type: 'line',
	source: ARC_TILES_SOURCE,
	'source-layer': ARC_LINES_LAYER,
	layout: { 'line-cap': 'butt', 'line-join': 'miter' }
} as const;
export const ARC_OPACITY = { full: 0.95, dimmed: 0.18 } as const;

/**
 * The arcs, coloured by type as the build coloured them (arc-lines.ts), with the width the app
 * gives each through feature-state for its filter: 0, not drawn, until it has. Static, so the
 * map started before the data can add it.
 */
export const ARCS_LAYER: LayerSpecification = {
	id: 'arcs',
	...ARC_LINES,
	paint: {
		'line-color': ['get', 'color'],
		'line-width': ['to-number', ['feature-state', 'width'], 0],
		'line-opacity': ARC_OPACITY.full
	}
};

/**
 * Every arc as the build coloured and sized it with all its events shown (arc-lines.ts): the
 * first view, drawn from the tiles alone while the events are still being checked. The arcs
 * layer, with the counts of the app's own filter, replaces it once the data is ready.
 */
export const ARC_PREVIEW_LAYER: LayerSpecification = {
	id: 'arcs-preview',
	...ARC_LINES,
	paint: {
		'line-color': ['get', 'color'],
		'line-width': ['get', 'width'],
		'line-opacity': ARC_OPACITY.full
	}
};

/** The arrowhead image's name (arrow-image.ts draws it). */
export const ARROW_IMAGE = 'arc-arrow';
export const ARROW_OPACITY = { full: 1, dimmed: 0.2 } as const;

export const ARROW_LAYOUT: SymbolLayerSpecification['layout'] = {
	'icon-image': ARROW_IMAGE,
	'icon-size': 0.8,
	// The image points east; icon-rotate turns it clockwise from there, bearings are from north.
	'icon-rotate': ['-', ['get', 'bearing'], 90],
	'icon-rotation-alignment': 'map',
	'icon-allow-overlap': true,
	'icon-ignore-placement': true
};

/** Every directed arc's arrowhead, from the tiles, shown through feature-state as its arc is. */
export const ARROWS_LAYER: LayerSpecification = {
	id: 'arcs-arrows',
	type: 'symbol',
	source: ARC_TILES_SOURCE,
	'source-layer': ARC_ARROWS_LAYER,
	layout: ARROW_LAYOUT,
	paint: {
		// Dark arrows read on every arc, whatever its colour; the arrow of a hidden arc is drawn
		// fully transparent. Only the few arrows in focus get a white halo: a halo is a second
		// pass over every arrow, which software WebGL pays for in every frame.
		'icon-color': [
			'case',
			['boolean', ['feature-state', 'shown'], false],
			'#1f2933',
			'rgba(0, 0, 0, 0)'
		],
		'icon-opacity': ARROW_OPACITY.full
	}
};

/** An arc in focus's width, given through feature-state by its count as the filter shows it. */
const FOCUS_WIDTH: ExpressionSpecification = ['to-number', ['feature-state', 'width'], 0];
/** `width` plus `extra` pixels for an arc in focus the filter shows; 0, not drawn, for the others. */
const focusWidthPlus = (extra: number): ExpressionSpecification => [
	'case',
	['>', FOCUS_WIDTH, 0],
	['+', FOCUS_WIDTH, extra],
	0
];
/** The colour for an arrowhead in focus whose arc the filter shows; transparent for the others. */
const colorIfShownInFocus = (color: string): ExpressionSpecification => [
	'case',
	['>', FOCUS_WIDTH, 0],
	color,
	'rgba(0, 0, 0, 0)'
];

/**
 * The arcs in focus (a selected arc, or a country's), drawn again on top of the dimmed arcs from
 * a small source of their own: a white casing, a dark outline under the selected arc so it keeps
 * its type colour, the arc itself and its arrowhead. The source holds every arc of the selection
 * whatever the filter, and the filter shows them through feature-state, as the other arcs. Static,
 * so the map started before the data can lay them out with the rest.
 */
export const FOCUS_LAYERS: LayerSpecification[] = [
	{
		id: 'arcs-focus-casing',
		type: 'line',
		source: FOCUS_SOURCE,
		filter: ['==', ['geometry-type'], 'LineString'],
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: { 'line-color': '#ffffff', 'line-width': focusWidthPlus(3) }
	},
	{
		id: 'arcs-focus-selected',
		type: 'line',
		source: FOCUS_SOURCE,
		filter: ['all', ['==', ['geometry-type'], 'LineString'], ['get', 'selected']],
		layout: { 'line-cap': 'round' },
		paint: { 'line-color': '#111111', 'line-width': focusWidthPlus(5) }
	},
	{
		id: 'arcs-focus',
		type: 'line',
		source: FOCUS_SOURCE,
		filter: ['==', ['geometry-type'], 'LineString'],
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: {
			'line-color': ['get', 'color'],
			'line-width': FOCUS_WIDTH,
			'line-opacity': ARC_OPACITY.full
		}
	},
	{
		id: 'arcs-focus-arrows',
		type: 'symbol',
		source: FOCUS_SOURCE,
		filter: ['==', ['geometry-type'], 'Point'],
		layout: ARROW_LAYOUT,
		paint: {
			'icon-color': colorIfShownInFocus('#1f2933'),
			'icon-halo-color': colorIfShownInFocus('#ffffff'),
			'icon-halo-width': 1.5
		}
	}
];

/** The capitals the arcs start from, one dot per country of the data, from the arcs' tiles. */
export const CAPITALS_LAYER: LayerSpecification = {
	id: 'capitals',
	type: 'circle',
	source: ARC_TILES_SOURCE,
	'source-layer': ARC_CAPITALS_LAYER,
	paint: {
		'circle-radius': 4,
		'circle-color': MAP_COLORS.halo,
		'circle-stroke-color': MAP_COLORS.label,
		'circle-stroke-width': 1.5
	}
};
