import type { Page } from '@playwright/test';
import { largestArcCount } from '../../src/lib/data/aggregate';
import { buildArcGroups } from '../../src/lib/data/group-arcs';
import { eventYear } from '../../src/lib/data/dates';
import { arcWidthScale, typeColorScale } from '../../src/lib/scales';
import {
	builtDataset,
	expect,
	renderedArcs,
	renderedFeatureIds,
	test,
	waitForMapIdle,
	withoutWebGL
} from './fixtures';

const dataset = builtDataset();

test.describe('the first page', () => {
	test('draws the offline map with every country in the data highlighted and labelled', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const expected = dataset.countries.map((c) => Number(c.isoNumeric)).sort((a, b) => a - b);
		await expect.poll(() => renderedFeatureIds(page, ['countries-in-data'])).toEqual(expected);
		await expect.poll(() => renderedFeatureIds(page, ['labels-in-data'])).toEqual(expected);
		const labelNames = await page.evaluate(() =>
			window
				.relationsMap!.queryRenderedFeatures({ layers: ['labels-in-data'] })
				.map((f) => f.properties.name)
		);
		for (const name of ['China', 'Iraq', 'Iran', 'Russia', 'Syria'])
			expect(labelNames).toContain(name);
	});

	for (const [screen, viewport] of [
		['a projector', { width: 1024, height: 768 }],
		['a phone', { width: 390, height: 844 }],
		['a small phone', { width: 360, height: 640 }]
	] as const) {
		test(`names every country in the data on ${screen}, no name over another`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto('/');
			await waitForMapIdle(page);
			const expected = dataset.countries.map((c) => Number(c.isoNumeric)).sort((a, b) => a - b);
			await expect.poll(() => renderedFeatureIds(page, ['labels-in-data'])).toEqual(expected);
			// A name's box answers the map's queries at every pixel it covers: a pixel that two
			// names answer is one where they are drawn over each other (Syria, Iraq and Iran sit a
			// few pixels apart at these zooms).
			const capitals = dataset.countries.map(({ capital }) => [capital.lon, capital.lat]);
			const shared = await page.evaluate((points) => {
				const map = window.relationsMap!;
				const projected = points.map(([lon, lat]) => map.project([lon!, lat!]));
				const xs = projected.map((p) => p.x);
				const ys = projected.map((p) => p.y);
				const found = new Set<string>();
				for (let x = Math.min(...xs) - 80; x <= Math.max(...xs) + 80; x += 2) {
					for (let y = Math.min(...ys) - 40; y <= Math.max(...ys) + 40; y += 2) {
						const names = new Set(
							map
								.queryRenderedFeatures([x, y], { layers: ['labels-in-data'] })
								.map((f) => String(f.properties.name))
						);
						if (names.size > 1) found.add([...names].sort().join(' and '));
					}
				}
				return [...found];
			}, capitals);
			expect(shared).toEqual([]);
		});
	}

	test('frames every capital of the data on a projector-sized screen, clear of the legend', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMapIdle(page);
		const capitals = dataset.countries.map(({ capital }) => [capital.lon, capital.lat]);
		const placed = await page.evaluate((points) => {
			const map = window.relationsMap!;
			const frame = map.getContainer().getBoundingClientRect();
			const legend = document.querySelector('.legend-slot')!.getBoundingClientRect();
			const inside = (box: DOMRect, x: number, y: number) =>
				x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
			return points.map(([lon, lat]) => {
				const { x, y } = map.project([lon!, lat!]);
				const at = [frame.left + x, frame.top + y] as const;
				return { onMap: inside(frame, ...at), underLegend: inside(legend, ...at) };
			});
		}, capitals);
		expect(placed).toEqual(capitals.map(() => ({ onMap: true, underLegend: false })));
	});

	test('lists every event with its date, type, title and every verbatim quote', async ({
		page
	}) => {
		await page.goto('/');
		const sources = new Map(dataset.sources.map((s) => [s.id, s]));
		for (const event of dataset.events) {
			const card = page.locator(`[data-event-id="${event.id}"]`);
			await expect(card.getByRole('heading', { name: event.title })).toBeVisible();
			const quotes = card.locator('blockquote');
			await expect(quotes).toHaveCount(event.evidence.length);
			for (const [i, evidence] of event.evidence.entries()) {
				// textContent, not innerText: the quote must be the source's exact characters.
				expect(await quotes.nth(i).textContent()).toBe(evidence.quote);
				await expect(card.locator('figcaption').nth(i)).toContainText(
					sources.get(evidence.source)!.title
				);
			}
		}
		await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
	});

	test('shows how each date is known', async ({ page }) => {
		await page.goto('/');
		const card = (id: string) => page.locator(`[data-event-id="${id}"] .date`);
		const inferred = dataset.events.find((e) => e.date.basis === 'inferred')!;
		await expect(card(inferred.id)).toContainText('inferred');
		await expect(card(inferred.id)).toContainText(inferred.date.note!);
		const unknown = dataset.events.find((e) => e.date.basis === 'unknown')!;
		await expect(card(unknown.id)).toContainText('Date unknown');
	});

	test('keeps the event list when the browser has no WebGL', async ({ page }) => {
		await withoutWebGL(page);
		await page.goto('/');
		await expect(page.getByText('This browser cannot draw the map')).toBeVisible();
		await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
	});

	test('explains a corrupt data file instead of drawing unchecked data', async ({ page }) => {
		const broken = structuredClone(dataset) as unknown as {
			events: { date: { start: unknown } }[];
		};
		broken.events[0]!.date.start = 2015;
		await page.route('**/generated/dataset.json', (route) => route.fulfill({ json: broken }));
		await page.goto('/');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('dataset.json could not be used');
		await expect(alert).toContainText(`${dataset.events[0]!.id} › events.0.date.start`);
		await expect(page.locator('[data-event-id]')).toHaveCount(0);
	});

	for (const [screen, viewport] of [
		['a projector', { width: 1280, height: 720 }],
		['a phone', { width: 390, height: 844 }]
	] as const) {
		test(`says which part of the map a corrupt tile leaves out, and draws the rest, on ${screen}`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.route('**/generated/world-tiles/**', (route) =>
				route.fulfill({ body: 'not a vector tile', contentType: 'application/x-protobuf' })
			);
			await page.goto('/');
			await waitForMapIdle(page);
			const notice = page.getByRole('alert');
			await expect(notice.getByRole('paragraph')).toHaveText(
				'Part of the map could not be drawn: the files of the land, borders and country names (generated/world-tiles) could not be read. Everything else is shown. Rebuild the data with npm run data:build.'
			);
			await expect
				.poll(async () => (await renderedArcs(page)).length)
				.toBe(buildArcGroups(dataset).length);
			expect(await renderedFeatureIds(page, ['labels-in-data'])).toEqual([]);
			await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
			// Nothing drawn is hidden under it: no point of an arc on screen falls within its box.
			const box = (await notice.boundingBox())!;
			const arcPointsUnderNotice = await page.evaluate((box) => {
				const map = window.relationsMap!;
				const canvas = map.getCanvas().getBoundingClientRect();
				return map.queryRenderedFeatures({ layers: ['arcs'] }).flatMap(({ geometry }) =>
					(geometry.type === 'LineString'
						? [geometry.coordinates]
						: geometry.type === 'MultiLineString'
							? geometry.coordinates
							: []
					)
						.flat()
						.map((position) => map.project(position as [number, number]))
						.filter(
							({ x, y }) =>
								canvas.left + x >= box.x &&
								canvas.left + x <= box.x + box.width &&
								canvas.top + y >= box.y &&
								canvas.top + y <= box.y + box.height
						)
						.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`)
				);
			}, box);
			expect(arcPointsUnderNotice).toEqual([]);
			// It covers part of the map: the reader can put it away.
			await notice.getByRole('button', { name: 'Hide this notice' }).click();
			await expect(notice).toHaveCount(0);
		});
	}
});

test('a long list of events is shown a page at a time', async ({ page }) => {
	const many = structuredClone(dataset);
	const template = many.events.find((e) => e.id === 'chn-irq-belt-and-road-mou-2015')!;
	for (let i = 0; i < 100; i++) many.events.push({ ...template, id: `${template.id}-copy-${i}` });
	await page.route('**/generated/dataset.json', (route) => route.fulfill({ json: many }));
	await page.goto('/');
	const cards = page.locator('[data-event-id]');
	await expect(cards).toHaveCount(60);
	const more = page.getByRole('button', { name: /Show 60 more of \d+ remaining events/ });
	await expect(more).toHaveText(`Show 60 more of ${many.events.length - 60} remaining events`);
	await more.click();
	await expect(cards).toHaveCount(120);
	await page.getByRole('button', { name: /more of \d+ remaining events/ }).click();
	await expect(cards).toHaveCount(many.events.length);
	await expect(page.getByRole('button', { name: /remaining events/ })).toHaveCount(0);
});

test('shows a loading indicator until the events arrive', async ({ page }) => {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/generated/dataset.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	const status = page.getByRole('status').filter({ hasText: 'Loading the map and the events' });
	await expect(status).toBeVisible();
	await expect(status.getByRole('progressbar', { name: 'Events data loaded' })).toBeVisible();
	await expect(status).toContainText('Requesting the events…');
	release();
	await expect(status).toHaveCount(0);
	await expect(page.locator('[data-event-id]')).toHaveCount(dataset.events.length);
});

/** Holds back the events file until `release` is called, so a test can look at the page meanwhile. */
async function holdEvents(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/generated/dataset.json', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * Makes the build's manifest announce a file of 100,000 events: the page draws a first view
 * from the arc tiles only for a file that takes long to check.
 */
async function announceLargeFile(page: Page) {
	await page.route('**/generated/manifest.json', async (route) => {
		const response = await route.fetch();
		const manifest = (await response.json()) as Record<string, unknown>;
		await route.fulfill({ response, json: { ...manifest, eventCount: 100_000 } });
	});
}

test.describe('while the events load', () => {
	const groups = buildArcGroups(dataset);
	const colorOf = typeColorScale(dataset.eventTypes);
	const widthOf = arcWidthScale(largestArcCount(groups));

	test('a small file draws no map before its events are checked', async ({ page }) => {
		const release = await holdEvents(page);
		await page.goto('/');
		await expect(page.getByRole('progressbar', { name: 'Events data loaded' })).toBeVisible();
		await expect(page.getByRole('img', { name: /^Map of every arc/ })).toHaveCount(0);
		release();
		await waitForMapIdle(page);
		expect((await renderedArcs(page)).length).toBe(groups.length);
	});

	test('with a large file the map already draws every arc with all its events, then hands over to the checked data', async ({
		page
	}) => {
		await announceLargeFile(page);
		const release = await holdEvents(page);
		await page.goto('/');
		const status = page.getByRole('status').filter({ hasText: 'Loading the map and the events' });
		await expect(status).toContainText('their sources open once the events are checked');
		await expect(page.getByRole('img', { name: /^Map of every arc/ })).toBeVisible();

		// Each arc as MapLibre drew it in the preview layer: its colour and width, as evaluated.
		const previewArcs = () => renderedArcs(page, 'arcs-preview');
		await expect
			.poll(async () => (await previewArcs()).length, { timeout: 20_000 })
			.toBe(groups.length);
		const drawn = await previewArcs();
		const expected = [...groups].sort((a, b) => a.key.localeCompare(b.key));
		expect(drawn.map(({ key, color }) => [key, color])).toEqual(
			expected.map((group) => [group.key, colorOf(group.typeId).toLowerCase()])
		);
		drawn.forEach(({ width }, i) =>
			expect(width).toBeCloseTo(widthOf(expected[i]!.events.length), 4)
		);
		// Nothing can be opened yet: the events behind the arcs are not checked.
		await expect(page.locator('[data-event-id]')).toHaveCount(0);
		const tileZoom = () => page.evaluate(() => Math.floor(window.relationsMap!.getZoom()));
		const previewTileZoom = await tileZoom();

		release();
		await waitForMapIdle(page);
		// The preview left the side column free, so the dashboard frames the data at the same
		// tiles' zoom and draws from the tiles the preview loaded.
		expect(await tileZoom()).toBe(previewTileZoom);
		expect(await page.evaluate(() => Boolean(window.relationsMap!.getLayer('arcs-preview')))).toBe(
			false
		);
		const arcs = await renderedArcs(page);
		expect(arcs.map(({ key, count }) => [key, count])).toEqual(
			groups
				.map((group) => [group.key, group.events.length])
				.sort(([a], [b]) => String(a).localeCompare(String(b)))
		);
	});

	test('a link to a filtered view draws no arc until the events are checked', async ({ page }) => {
		await announceLargeFile(page);
		const release = await holdEvents(page);
		await page.goto('/?years=2020-2021');
		await expect(page.getByRole('progressbar', { name: 'Events data loaded' })).toBeVisible();
		await expect(page.getByRole('img', { name: /^Map of every arc/ })).toHaveCount(0);
		release();
		await waitForMapIdle(page);
		const arcs = await renderedArcs(page);
		expect(arcs.length).toBeGreaterThan(0);
		const inRange = (key: string) =>
			groups
				.find((group) => group.key === key)!
				.events.filter((event) => {
					const year = eventYear(event.date);
					return year === null || (year >= 2020 && year <= 2021);
				}).length;
		for (const { key, count } of arcs) expect(count).toBe(inRange(key));
	});
});
