import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { builtDataset, expect, test } from './fixtures';

const dataset = builtDataset();

/** Each source's quoted passages as the page must name them: q-<event id>-<evidence index>. */
const passagesOf = (sourceId: string) =>
	dataset.events.flatMap((event) =>
		event.evidence.flatMap((evidence, index) =>
			evidence.source === sourceId ? [{ event, evidence, id: `q-${event.id}-${index}` }] : []
		)
	);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a marked passage announces besides its text: the event that quotes it. ARIA forbids naming
 * a mark, so this is its description.
 */
const quotedIn = (title: string) => new RegExp(`^Quoted in Event \\d+: ${escape(title)}$`);

test.describe('a source page', () => {
	for (const source of dataset.sources) {
		test(`shows all of ${source.id} with every quoted passage marked`, async ({ page }) => {
			await page.goto(`/sources/${source.id}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
			if (source.url === null) await expect(page.getByText('URL not recorded')).toBeVisible();
			if (source.published.note) await expect(page.getByText(source.published.note)).toBeVisible();

			// textContent, not innerText: the page must hold the stored characters, no-break spaces
			// and line breaks included. The event numbers after passages are links, not the text.
			const shown = await page.getByTestId('source-text').evaluate((body) => {
				const copy = body.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('.ref').forEach((ref) => ref.remove());
				return [...copy.querySelectorAll('p')].map((p) => p.textContent).join('');
			});
			expect(shown).toBe(readFileSync(`build/generated/sources/${source.id}.txt`, 'utf8'));

			const passages = passagesOf(source.id);
			for (const { event, evidence, id } of passages) {
				const pieces = page.locator(`mark[data-q="${id}"]`);
				const marked = await pieces.evaluateAll((marks) =>
					marks.map((m) => m.textContent).join('')
				);
				expect(marked, id).toBe(evidence.quote);
				const anchor = page.locator(`#${id}`);
				await expect(anchor).toHaveJSProperty('tagName', 'MARK');
				await expect(anchor).toHaveAttribute('tabindex', '-1');
				await expect(anchor).toHaveAccessibleDescription(quotedIn(event.title));
				const back = page.locator(`[data-testid="source-text"] a[href$="/?event=${event.id}"]`);
				await expect(back.first()).toHaveAttribute('aria-label', new RegExp(escape(event.title)));
			}

			const events = new Set(passages.map((p) => p.event.id));
			const list = page.getByRole('complementary');
			await expect(list.getByRole('heading')).toHaveText(
				`Cited in ${events.size} ${events.size === 1 ? 'event' : 'events'}`
			);
			await expect(list.getByRole('listitem')).toHaveCount(events.size);
		});
	}

	test('a deep link scrolls to the passage and focuses it', async ({ page }) => {
		// The passage most overlapped by others, so the focused mark sits among nested ones.
		const all = dataset.sources.flatMap((source) =>
			passagesOf(source.id).map((passage) => ({ source, ...passage }))
		);
		const overlaps = (p: (typeof all)[number]) =>
			all.filter(
				(q) =>
					q.source === p.source &&
					q.evidence.start < p.evidence.end &&
					q.evidence.end > p.evidence.start
			).length;
		const shared = all.reduce((a, b) => (overlaps(b) > overlaps(a) ? b : a));
		expect(overlaps(shared)).toBeGreaterThan(1);
		await page.goto(`/sources/${shared.source.id}#${shared.id}`);
		const mark = page.locator(`#${shared.id}`);
		await expect(mark).toBeFocused();
		await expect(mark).toBeInViewport();
		await expect(mark).toHaveAccessibleDescription(quotedIn(shared.event.title));
	});

	test('the list of citing events leads to each passage', async ({ page }) => {
		const source = dataset.sources[0]!;
		const last = passagesOf(source.id).at(-1)!;
		await page.goto(`/sources/${source.id}`);
		await page
			.getByRole('complementary')
			.getByRole('link', { name: last.event.title, exact: true })
			.click();
		await expect(page).toHaveURL(new RegExp(`#q-${last.event.id}-\\d+$`));
		await expect(page.locator('mark:focus')).toHaveAttribute('data-q', /^q-/);
		await page.getByRole('link', { name: 'Back to the map' }).click();
		await expect(page).toHaveURL(/\/$/);
	});

	test.describe('an unknown address', () => {
		// The server's 404 for the document is itself logged as a console error.
		test.use({ expectedConsoleErrors: [/status of 404/] });

		test('says so and leads home', async ({ page, baseURL }) => {
			const response = await page.goto('/sources/no-such-source');
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no such page');
			await expect(page.getByText('Nothing is published at /sources/no-such-source')).toBeVisible();
			await page.getByRole('link', { name: 'Back to the map' }).click();
			await expect(page).toHaveURL(`${baseURL}/`);
		});
	});

	test('every source page passes the WCAG 2.2 AA checks, colour contrast included', async ({
		page
	}) => {
		for (const source of dataset.sources) {
			await page.goto(`/sources/${source.id}`);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(violations.map((v) => `${source.id}: ${v.id} (${v.nodes.length})`)).toEqual([]);
		}
	});

	for (const [name, viewport] of [
		['desktop', { width: 1280, height: 720 }],
		['phone', { width: 390, height: 844 }]
	] as const) {
		test(`reads without sideways scrolling on a ${name}`, async ({ page }) => {
			await page.setViewportSize(viewport);
			const source = dataset.sources.find((s) => s.published.basis === 'stated')!;
			await page.goto(`/sources/${source.id}`);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(viewport.width);
			await page.screenshot({ path: `/tmp/source-${name}.png` });
			await page.screenshot({ path: `/tmp/source-${name}-full.png`, fullPage: true });
		});
	}
});
