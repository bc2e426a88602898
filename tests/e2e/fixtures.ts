/**
 * Shared end-to-end fixtures. Every test fails on a console error or on any request that leaves
 * the page's origin: the app must work in a room with no network.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/lib/data/schema';

/** SwiftShader's software WebGL logs performance notes that are not errors of ours. */
const BROWSER_NOISE = [/GPU stall due to ReadPixels/, /GL Driver Message/];

export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const errors: string[] = [];
			const external: string[] = [];
			page.on('console', (message) => {
				if (
					message.type() === 'error' &&
					!BROWSER_NOISE.some((noise) => noise.test(message.text()))
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
