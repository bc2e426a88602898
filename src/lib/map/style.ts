/**
 * The offline base style: no tiles, no remote glyphs. Text is drawn from bundled font files through
 * the style's `font-faces`, so labels work with no network at all.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
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
