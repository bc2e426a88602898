/**
 * Shared end-to-end fixtures. Every test fails on a console error or on any request that leaves
 * the page's origin: the app must work in a room with no network.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/lib/data/schema';

/** SwiftShader's software WebGL logs performance notes that are not errors of ours. */
const BROWSER_NOISE = [/GPU stall due to ReadPixels/, /GL Driver Message/];

export const test = base.extend<{ expectedConsoleErrors: RegExp[]; guard: void }>({
	/** Console errors a test provokes on purpose, such as a request it makes fail. */
	expectedConsoleErrors: [[], { option: true }],
	guard: [
		async ({ page, baseURL, expectedConsoleErrors }, use) => {
			const origin = new URL(baseURL!).origin;
			const errors: string[] = [];
			const external: string[] = [];
			page.on('console', (message) => {
				if (
					message.type() === 'error' &&
					![...BROWSER_NOISE, ...expectedConsoleErrors].some((noise) => noise.test(message.text()))
				) {
					errors.push(message.text());
				}
			});
			page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
					external.push(url);
				}
			});
			await use();
			expect(external, 'requests that left the origin').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The checked dataset as the build wrote it: tests compare the page against the real data. */
export function builtDataset(): Dataset {
	return JSON.parse(readFileSync('build/generated/dataset.json', 'utf8')) as Dataset;
}

/** Waits for the map's own readiness signal: the style loaded and the last render settled. */
export async function waitForMapIdle(page: Page) {
	await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'idle', {
		timeout: 20_000
	});
}

/** Distinct values of a property among the features MapLibre has drawn in the given layers. */
export async function renderedFeatureIds(page: Page, layers: string[]): Promise<number[]> {
	return page.evaluate((layerIds) => {
		const map = window.relationsMap!;
		const ids = map.queryRenderedFeatures({ layers: layerIds }).map((f) => Number(f.id));
		return [...new Set(ids)].sort((a, b) => a - b);
	}, layers);
}

export interface RenderedArc {
	key: string;
	typeId: string;
	/** The count the app gave the arc (feature-state); undefined in the preview layer. */
	count: number;
	color: string;
	/** In pixels, as MapLibre evaluated it for the feature. */
	width: number;
	dimmed: boolean;
	selected: boolean;
}

/**
 * The arcs MapLibre has drawn, one entry per arc: rendered features of the 'arcs' layer with the
 * feature-state the app gave them (a hidden arc stays in the source with width 0), or of the
 * first view's 'arcs-preview' layer. An arc is dimmed when the whole layer is faded and it is not
 * drawn again in the focus layer on top.
 */
export async function renderedArcs(
	page: Page,
	layer: 'arcs' | 'arcs-preview' = 'arcs'
): Promise<RenderedArc[]> {
	return page.evaluate((layerId) => {
		const map = window.relationsMap!;
		if (!map.getLayer(layerId)) return [];
		// The first view's preview has no focus: the dashboard's layers come with the checked data.
		const focusLayers = map.getLayer('arcs-focus') ? ['arcs-focus'] : [];
		const focused = new Map(
			(focusLayers.length ? map.queryRenderedFeatures({ layers: focusLayers }) : []).map(
				(feature) => [feature.properties.key as string, feature.properties.selected === true]
			)
		);
		const faded = (map.getPaintProperty(layerId, 'line-opacity') as number) < 0.5;
		// The colour MapLibre evaluated for the feature, as #rrggbb.
		const hex = ({ r, g, b }: { r: number; g: number; b: number }) =>
			'#' +
			[r, g, b]
				.map((c) =>
					Math.round(c * 255)
						.toString(16)
						.padStart(2, '0')
				)
				.join('');
		const byKey = new Map<string, RenderedArc>();
		for (const feature of map.queryRenderedFeatures({ layers: [layerId] })) {
			const state = map.getFeatureState({ source: 'arcs', sourceLayer: 'arcs', id: feature.id! });
			if (layerId === 'arcs' && !(state.width > 0)) continue;
			const key = feature.properties.key as string;
			const paint = feature.layer.paint as Record<string, unknown>;
			byKey.set(key, {
				key,
				typeId: feature.properties.typeId,
				count: state.count,
				color: hex(paint['line-color'] as { r: number; g: number; b: number }),
				width: paint['line-width'] as number,
				dimmed: faded && !focused.has(key),
				selected: focused.get(key) === true
			});
		}
		return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
	}, layer);
}

/**
 * A point on screen that lies on the given drawn arc, for hovering and clicking: the middle vertex
 * of the longest piece MapLibre drew of it (tiles cut a line into pieces).
 */
export async function arcScreenPoint(page: Page, key: string): Promise<{ x: number; y: number }> {
	return page.evaluate((arcKey) => {
		const map = window.relationsMap!;
		const pieces = map
			.queryRenderedFeatures({ layers: ['arcs'] })
			.filter((feature) => feature.properties.key === arcKey)
			.flatMap(({ geometry }) =>
				geometry.type === 'LineString'
					? [geometry.coordinates]
					: geometry.type === 'MultiLineString'
						? geometry.coordinates
						: []
			);
		const longest = pieces.sort((a, b) => b.length - a.length)[0];
		if (!longest) throw new Error(`no drawn arc ${arcKey}`);
		const [lon, lat] = longest[Math.floor(longest.length / 2)]!;
		const point = map.project([lon!, lat!]);
		const box = map.getCanvas().getBoundingClientRect();
		return { x: box.left + point.x, y: box.top + point.y };
	}, key);
}

/** The screen position of a geographic point on the map. */
export async function screenPoint(page: Page, lon: number, lat: number) {
	return page.evaluate(
		([x, y]) => {
			const map = window.relationsMap!;
			const point = map.project([x!, y!]);
			const box = map.getCanvas().getBoundingClientRect();
			return { x: box.left + point.x, y: box.top + point.y };
		},
		[lon, lat]
	);
}

/** Makes the page's browser behave as one without WebGL: every WebGL context request fails. */
export async function withoutWebGL(page: Page) {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			kind: string,
			...rest: unknown[]
		) {
			if (kind.startsWith('webgl')) return null;
			return (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
		} as typeof original;
	});
}
