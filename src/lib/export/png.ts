/**
 * PNG exports of the map for slides and handouts: the view captured from MapLibre at twice its CSS
 * resolution, with its year range and legend drawn on it and, for a download, a title above and the
 * numbered citations below. Layout is computed apart from drawing, with text measured through a
 * function, so the sizes and line breaks are unit-tested without a canvas.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { ArcGroup } from '../data/aggregate';
import { visibleArcs } from '../data/aggregate';
import { formatSourceLine } from '../data/citations';
import { yearExtent } from '../data/filter';
import type { Dataset, PublishedSource } from '../data/schema';
import { filterOf } from '../briefing/slides';
import { arcsDrawnClause, type ArcsOnMap } from '../geo/arc-zoom';
import type { ViewState } from '../state/url-state';

/** Slides are projected on screens far denser than the map on a laptop: 2x keeps lines crisp. */
export const EXPORT_SCALE = 2;

/** Width in CSS pixels of `text` drawn in the CSS `font`. */
export type Measure = (text: string, font: string) => number;

const FAMILY = "'Noto Sans', sans-serif";
export const FONTS = {
	title: `700 22px ${FAMILY}`,
	heading: `700 13px ${FAMILY}`,
	body: `400 12px ${FAMILY}`,
	legend: `400 14px ${FAMILY}`,
	legendYears: `700 15px ${FAMILY}`
} as const;

const INK = '#1f2933';
const MUTED = '#4a5560';

export interface LegendEntry {
	label: string;
	color: string;
}

/**
 * What is drawn on the map itself: the years it covers, which of its arcs it draws when its zoom
 * leaves some out (arc-zoom.ts), and the types its arcs show.
 */
export interface MapOverlay {
	years: string;
	/** "Drawn: 1,000 of the 6,172 arcs, the busiest over all years", or null when all are. */
	drawn: string | null;
	legend: LegendEntry[];
}

/** The overlay in words, for the image's text alternative: what a reader of the image sees. */
export function mapOverlayText(overlay: MapOverlay): string {
	const types = overlay.legend.map((entry) => entry.label).join(', ') || 'no arcs';
	return [overlay.years, types, overlay.drawn].filter(Boolean).join('; ');
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A line of text at its alphabetic baseline, in CSS pixels. */
export interface PlacedText {
	text: string;
	x: number;
	y: number;
	font: string;
	color: string;
}

/**
 * Greedy line breaking at spaces. A word wider than the line is cut where it overflows rather than
 * let it run off the image (long URLs and titles without spaces do occur in sources).
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number) {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const char of word) {
			if (line && measure(line + char) > maxWidth) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** "2015", "1958–1971, and undated events": the years a view covers, as its filter sets them. */
export function yearRangeLabel(
	state: Pick<ViewState, 'fromYear' | 'toYear' | 'includeUndated' | 'includeInferred'>,
	extent: [number, number]
): string {
	const from = state.fromYear ?? extent[0];
	const to = state.toYear ?? extent[1];
	const parts = [from === to ? String(from) : `${from}–${to}`];
	if (state.includeUndated) parts.push('and undated events');
	if (!state.includeInferred) parts.push('inferred dates left out');
	return parts.join(', ');
}

/** The year range and the types of the arcs a view draws, in the dataset's order of types. */
export function mapOverlay(
	dataset: Pick<Dataset, 'events' | 'eventTypes'>,
	groups: ArcGroup[],
	state: ViewState,
	colorOf: (typeId: string) => string,
	arcsOnMap: ArcsOnMap | null
): MapOverlay {
	const extent = yearExtent(dataset.events) ?? [0, 0];
	const shown = new Set(
		visibleArcs(groups, filterOf(state, dataset, extent)).map((arc) => arc.group.typeId)
	);
	return {
		years: yearRangeLabel(state, extent),
		drawn: drawnLabel(arcsOnMap),
		legend: dataset.eventTypes
			.filter((type) => shown.has(type.id))
			.map((type) => ({
				label: `${type.label}${type.directed ? ' →' : ''}`,
				color: colorOf(type.id)
			}))
	};
}

/** The overlay's note on the arcs a map leaves out at its zoom (MapOverlay.drawn). */
export function drawnLabel(arcsOnMap: ArcsOnMap | null): string | null {
	const drawn = arcsDrawnClause(arcsOnMap);
	return drawn && `Drawn: ${drawn}`;
}

/** "Title, Publisher, date": how a numbered citation reads under an exported map. */
export function citationText(source: PublishedSource): string {
	return `${source.title}, ${formatSourceLine(source)}`;
}

export interface LegendLayout {
	box: Rect;
	texts: PlacedText[];
	swatches: { x: number; y: number; radius: number; color: string }[];
}

const LEGEND = { margin: 10, padding: 9, row: 20, swatch: 6, gap: 7 };

/** The legend box in the map's lower left corner, where the dashboard shows its own legend. */
export function layoutLegend(overlay: MapOverlay, map: Rect, measure: Measure): LegendLayout {
	const { margin, padding, row, swatch, gap } = LEGEND;
	const labelX = padding + swatch * 2 + gap;
	const headings = overlay.drawn === null ? [overlay.years] : [overlay.years, overlay.drawn];
	const width =
		padding +
		Math.max(
			...headings.map((text) => measure(text, FONTS.legendYears)),
			...overlay.legend.map((entry) => labelX - padding + measure(entry.label, FONTS.legend))
		) +
		padding;
	const rows = headings.length + overlay.legend.length;
	const height = padding * 2 + row * rows;
	const box = {
		x: map.x + margin,
		y: map.y + map.height - margin - height,
		width: Math.ceil(width),
		height
	};
	// Baselines sit a quarter of a row above each row's bottom, which centres 14-15px text.
	const baseline = (index: number) => box.y + padding + row * (index + 1) - row / 4;
	const first = headings.length;
	return {
		box,
		texts: [
			...headings.map((text, i) => ({
				text,
				x: box.x + padding,
				y: baseline(i),
				font: FONTS.legendYears,
				color: INK
			})),
			...overlay.legend.map((entry, i) => ({
				text: entry.label,
				x: box.x + labelX,
				y: baseline(first + i),
				font: FONTS.legend,
				color: INK
			}))
		],
		swatches: overlay.legend.map((entry, i) => ({
			x: box.x + padding + swatch,
			y: box.y + padding + row * (first + i) + row / 2,
			radius: swatch,
			color: entry.color
		}))
	};
}

export interface ExportInput {
	title: string;
	/** Already numbered, in order: "Title, Publisher, date". */
	citations: { number: number; text: string }[];
	/** The captured map's size in CSS pixels. */
	mapWidth: number;
	mapHeight: number;
}

export interface ExportLayout {
	/** In CSS pixels; the image is EXPORT_SCALE times larger. */
	width: number;
	height: number;
	map: Rect;
	texts: PlacedText[];
}

const PAGE = { padding: 20, titleLine: 28, bodyLine: 17, headingGap: 22, numberColumn: 26 };

/** Title above the map, the numbered sources below it, all as wide as the map. */
export function layoutExport(input: ExportInput, measure: Measure): ExportLayout {
	const { padding, titleLine, bodyLine, headingGap, numberColumn } = PAGE;
	const textWidth = Math.max(1, input.mapWidth - padding * 2);
	const texts: PlacedText[] = [];
	let y = padding;
	for (const line of wrapText(input.title, textWidth, (t) => measure(t, FONTS.title))) {
		y += titleLine;
		texts.push({ text: line, x: padding, y: y - 7, font: FONTS.title, color: INK });
	}
	y += padding / 2;
	const map = { x: 0, y, width: input.mapWidth, height: input.mapHeight };
	y += input.mapHeight + headingGap;
	texts.push({ text: 'Sources', x: padding, y: y - 5, font: FONTS.heading, color: MUTED });
	if (input.citations.length === 0) {
		y += bodyLine;
		texts.push({
			text: 'No event is in this view, so nothing is cited.',
			x: padding,
			y: y - 4,
			font: FONTS.body,
			color: INK
		});
	}
	for (const citation of input.citations) {
		const lines = wrapText(citation.text, textWidth - numberColumn, (t) => measure(t, FONTS.body));
		lines.forEach((line, i) => {
			y += bodyLine;
			if (i === 0) {
				texts.push({
					text: `${citation.number}.`,
					x: padding,
					y: y - 4,
					font: FONTS.body,
					color: INK
				});
			}
			texts.push({ text: line, x: padding + numberColumn, y: y - 4, font: FONTS.body, color: INK });
		});
	}
	return { width: input.mapWidth, height: y + padding, map, texts };
}

/** The image's size in device pixels. */
export function outputSize(layout: Pick<ExportLayout, 'width' | 'height'>) {
	return {
		width: Math.round(layout.width * EXPORT_SCALE),
		height: Math.round(layout.height * EXPORT_SCALE)
	};
}

/** "relations-map-2026-11-23.png", in the local calendar: the day the user sees on the clock. */
export function exportFileName(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `relations-map-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.png`;
}

const CAPTURE_TIMEOUT_MS = 20_000;

/**
 * A copy of the map as drawn at `pixelRatio`. MapLibre's WebGL canvas does not preserve its
 * drawing buffer, so reading it at an arbitrary moment may give a blank image. `idle` fires at the
 * end of the frame that drew everything, inside the same animation frame, before the browser may
 * clear the buffer: the copy is made right there.
 */
export async function captureMap(
	map: MaplibreMap,
	pixelRatio = EXPORT_SCALE
): Promise<HTMLCanvasElement> {
	const previous = map.getPixelRatio();
	if (previous !== pixelRatio) map.setPixelRatio(pixelRatio);
	try {
		return await new Promise<HTMLCanvasElement>((resolve, reject) => {
			const timer = setTimeout(() => {
				map.off('idle', copy);
				reject(new Error('the map did not finish drawing within 20 seconds'));
			}, CAPTURE_TIMEOUT_MS);
			function copy() {
				clearTimeout(timer);
				const source = map.getCanvas();
				const canvas = document.createElement('canvas');
				canvas.width = source.width;
				canvas.height = source.height;
				canvas.getContext('2d')!.drawImage(source, 0, 0);
				resolve(canvas);
			}
			map.once('idle', copy);
			map.triggerRepaint();
		});
	} finally {
		if (previous !== pixelRatio) map.setPixelRatio(previous);
	}
}

/** Canvas text falls back to a system font unless the web font is loaded before drawing. */
export async function loadExportFonts(): Promise<void> {
	await Promise.all(
		[...new Set(Object.values(FONTS))].map((font) => document.fonts.load(font, 'Aa'))
	);
}

function canvasMeasure(context: CanvasRenderingContext2D): Measure {
	return (text, font) => {
		context.font = font;
		return context.measureText(text).width;
	};
}

function drawTexts(context: CanvasRenderingContext2D, texts: PlacedText[]) {
	context.textBaseline = 'alphabetic';
	for (const text of texts) {
		context.font = text.font;
		context.fillStyle = text.color;
		context.fillText(text.text, text.x, text.y);
	}
}

function drawMapPanel(
	context: CanvasRenderingContext2D,
	mapCanvas: HTMLCanvasElement,
	map: Rect,
	overlay: MapOverlay
) {
	context.drawImage(mapCanvas, map.x, map.y, map.width, map.height);
	const legend = layoutLegend(overlay, map, canvasMeasure(context));
	context.fillStyle = 'rgba(255, 255, 255, 0.92)';
	context.strokeStyle = '#b5aea3';
	context.lineWidth = 1;
	context.beginPath();
	context.roundRect(legend.box.x, legend.box.y, legend.box.width, legend.box.height, 6);
	context.fill();
	context.stroke();
	for (const swatch of legend.swatches) {
		context.fillStyle = swatch.color;
		context.beginPath();
		context.arc(swatch.x, swatch.y, swatch.radius, 0, Math.PI * 2);
		context.fill();
	}
	drawTexts(context, legend.texts);
}

function scaledCanvas(width: number, height: number) {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d')!;
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, width, height);
	context.scale(EXPORT_SCALE, EXPORT_SCALE);
	return { canvas, context };
}

/** The captured map with its year range and legend, at the capture's own size. */
export function composeMapImage(mapCanvas: HTMLCanvasElement, overlay: MapOverlay) {
	const { canvas, context } = scaledCanvas(mapCanvas.width, mapCanvas.height);
	const map = {
		x: 0,
		y: 0,
		width: mapCanvas.width / EXPORT_SCALE,
		height: mapCanvas.height / EXPORT_SCALE
	};
	drawMapPanel(context, mapCanvas, map, overlay);
	return canvas;
}

/** The full export: title, map with legend, numbered sources. */
export function composeExport(
	mapCanvas: HTMLCanvasElement,
	overlay: MapOverlay,
	input: Pick<ExportInput, 'title' | 'citations'>
): HTMLCanvasElement {
	const measure = canvasMeasure(document.createElement('canvas').getContext('2d')!);
	const layout = layoutExport(
		{
			...input,
			mapWidth: mapCanvas.width / EXPORT_SCALE,
			mapHeight: mapCanvas.height / EXPORT_SCALE
		},
		measure
	);
	const size = outputSize(layout);
	const { canvas, context } = scaledCanvas(size.width, size.height);
	drawMapPanel(context, mapCanvas, layout.map, overlay);
	drawTexts(context, layout.texts);
	return canvas;
}

export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode a PNG'))),
			'image/png'
		)
	);
}
