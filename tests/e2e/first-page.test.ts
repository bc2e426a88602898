import { builtDataset, expect, renderedFeatureIds, test, waitForMapIdle } from './fixtures';

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
});
