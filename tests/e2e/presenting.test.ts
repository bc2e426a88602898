import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { slideViewState } from '../../src/lib/briefing/slide-view';
import { filterOf, slideContent } from '../../src/lib/briefing/slides';
import { visibleArcs } from '../../src/lib/data/aggregate';
import { buildArcGroups } from '../../src/lib/data/group-arcs';
import { yearExtent } from '../../src/lib/data/filter';
import { DRAFT_STORAGE_KEY, MAX_DRAFT_SLIDES } from '../../src/lib/briefing/draft-id';
import { builtDataset, expect, renderedArcs, test, waitForMapIdle } from './fixtures';

const dataset = builtDataset();
const groups = buildArcGroups(dataset);
const extent = yearExtent(dataset.events)!;
const briefing = dataset.briefings.find((b) => b.id === 'china-middle-east')!;

async function expectSlide(page: Page, number: number) {
	const slide = briefing.slides[number - 1]!;
	const view = slideViewState(slide.view);
	const content = slideContent(dataset, groups, view);

	await expect(page).toHaveURL(new RegExp(`/present/${briefing.id}/${number}$`));
	await expect(page.getByTestId('slide-counter')).toHaveText(
		`${number} / ${briefing.slides.length}`
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(slide.title);

	const citations = page.getByRole('list', { name: 'Sources' }).getByRole('listitem');
	await expect(citations).toHaveCount(content.citations.length);
	for (const { number: n, source } of content.citations) {
		const item = citations.nth(n - 1);
		await expect(item).toHaveAttribute('data-source', source.id);
		await expect(item).toContainText(source.title);
	}
	await expect(page.locator('.event-list > li')).toHaveCount(content.events.length);
	for (const event of content.events) {
		const item = page.locator(`.event-list > li[data-event-id="${event.id}"]`);
		await expect(item).toContainText(event.title);
		await expect(item.locator('.refs')).toHaveText(
			`[${content.citationsOf.get(event.id)!.join(', ')}]`
		);
	}

	const expectedArcs = visibleArcs(groups, filterOf(view, dataset, extent)).map((a) => a.group.key);
	await expect
		.poll(async () => (await renderedArcs(page)).map((arc) => arc.key), { timeout: 15_000 })
		.toEqual(expectedArcs.sort());
	if (view.camera) {
		const camera = view.camera;
		await expect
			.poll(
				() =>
					page.evaluate(() => {
						const map = window.relationsMap!;
						return { lon: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
					}),
				{ timeout: 15_000 }
			)
			.toEqual({
				lon: expect.closeTo(camera.lon, 1),
				lat: expect.closeTo(camera.lat, 1),
				zoom: expect.closeTo(camera.zoom, 1)
			});
	}
	if (view.selection?.kind === 'arc') {
		const key = view.selection.key;
		await expect
			.poll(async () => (await renderedArcs(page)).find((arc) => arc.key === key)?.selected)
			.toBe(true);
	}
}

test('steps through the default briefing by keyboard, with each slide’s map and citations', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto(`/present/${briefing.id}/1`);
	await waitForMapIdle(page);
	await expectSlide(page, 1);
	const forward = ['ArrowRight', ' ', 'PageDown'];
	for (let n = 2; n <= briefing.slides.length; n++) {
		await page.keyboard.press(forward[n % forward.length]!);
		await expectSlide(page, n);
	}
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, briefing.slides.length);
	await page.keyboard.press('ArrowLeft');
	await expectSlide(page, briefing.slides.length - 1);
	await page.keyboard.press('PageUp');
	await expectSlide(page, briefing.slides.length - 2);
	await page.keyboard.press('Home');
	await expectSlide(page, 1);
	await page.keyboard.press('End');
	await expectSlide(page, briefing.slides.length);
	await page.keyboard.press('3');
	await expect(page.getByRole('status').filter({ hasText: 'Go to slide 3' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expectSlide(page, 3);
});

test('on a phone the slides move by their buttons, disabled at either end', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`/present/${briefing.id}/1`);
	await waitForMapIdle(page);
	const previous = page.getByRole('button', { name: 'Previous slide' });
	const next = page.getByRole('button', { name: 'Next slide' });
	await expect(previous).toBeDisabled();
	await next.click();
	await expectSlide(page, 2);
	await previous.click();
	await expectSlide(page, 1);
	await page.goto(`/present/${briefing.id}/${briefing.slides.length}`);
	await expect(next).toBeDisabled();
	// Space on a focused button is its click, not a second step.
	await previous.focus();
	await page.keyboard.press(' ');
	await expectSlide(page, briefing.slides.length - 1);
});

test('each slide has its own address', async ({ page }) => {
	await page.goto(`/present/${briefing.id}/4`);
	await waitForMapIdle(page);
	await expectSlide(page, 4);
	await page.reload();
	await expectSlide(page, 4);
});

test('S shows the speaker notes, F goes full screen, Esc returns to the dashboard with the view', async ({
	page
}) => {
	await page.goto(`/present/${briefing.id}/2`);
	await waitForMapIdle(page);
	const notes = page.getByRole('complementary', { name: 'Speaker notes' });
	await expect(notes).toHaveCount(0);
	await page.keyboard.press('s');
	await expect(notes).toContainText(briefing.slides[1]!.notes!);
	await page.keyboard.press('s');
	await expect(notes).toHaveCount(0);

	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await page.evaluate(() => document.exitFullscreen());

	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/\?years=2015&/);
	await expect(page).toHaveURL(/country=IRQ/);
	await waitForMapIdle(page);
	await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Iraq'
	);
	await expect(page.getByTestId('year-range')).toHaveText('2015');
});

test('jumping past the last slide stops at the last one', async ({ page }) => {
	await page.goto(`/present/${briefing.id}/1`);
	await waitForMapIdle(page);
	await page.keyboard.press('9');
	await page.keyboard.press('9');
	await page.keyboard.press('Enter');
	await expectSlide(page, briefing.slides.length);
});

test('the dashboard lists the prepared briefing and opens it for presenting', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const entry = page.locator(`[data-briefing="${briefing.id}"]`);
	await expect(entry).toContainText(briefing.title);
	await expect(entry).toContainText(`${briefing.slides.length} slides`);
	await entry.getByRole('link', { name: 'Present' }).click();
	await waitForMapIdle(page);
	await expectSlide(page, 1);
});

test('axe finds no violation on a slide, with and without its speaker notes', async ({ page }) => {
	await page.goto(`/present/${briefing.id}/2`);
	await waitForMapIdle(page);
	const check = async () => {
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	};
	await check();
	await page.keyboard.press('s');
	await check();
});

test('presenting the draft when this browser has none explains why', async ({ page }) => {
	await page.goto('/present/draft/1');
	const message = page.getByRole('alert');
	await expect(message.getByRole('heading', { level: 1 })).toHaveText(
		'This briefing cannot be presented'
	);
	await expect(message).toContainText('There is no draft briefing in this browser yet.');
	await message.getByRole('link', { name: 'Back to the map' }).click();
	await waitForMapIdle(page);
});

test('a draft’s later slide has an address that survives a reload', async ({ page }) => {
	await page.goto('/');
	const draft = {
		id: 'two-slides',
		title: 'Two slides',
		author: 'Test',
		date: '2026-11-23',
		slides: [
			{ title: 'Iraq', view: { country: 'IRQ' } },
			{ title: 'Iran', view: { country: 'IRN' } }
		]
	};
	await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
		DRAFT_STORAGE_KEY,
		JSON.stringify(draft)
	] as const);
	await page.goto('/present/draft/2');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iran');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iran');
	await waitForMapIdle(page);
	await page.goto(`/present/draft/${MAX_DRAFT_SLIDES}`);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('There is no such page');
});

test.describe('a slide address past the end of its briefing', () => {
	// The server's 404 for the document is itself logged as a console error.
	test.use({ expectedConsoleErrors: [/status of 404/] });

	test('says so and leads to its first slide', async ({ page }) => {
		const response = await page.goto(`/present/${briefing.id}/99`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no such page');
		await expect(page.getByRole('main')).toContainText(
			`The briefing “${briefing.id}” has no slide “99”`
		);
		await page.getByRole('link', { name: 'Go to its first slide' }).click();
		await waitForMapIdle(page);
		await expectSlide(page, 1);
	});
});

test('every event of the busiest slide is on a projector’s screen, without scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const busiest = briefing.slides
		.map((slide, i) => ({
			number: i + 1,
			events: slideContent(dataset, groups, slideViewState(slide.view)).events
		}))
		.sort((a, b) => b.events.length - a.events.length)[0]!;
	expect(busiest.events.length).toBeGreaterThan(5);
	await page.goto(`/present/${briefing.id}/${busiest.number}`);
	await waitForMapIdle(page);
	for (const event of busiest.events) {
		await expect(page.locator(`li[data-event-id="${event.id}"]`)).toBeInViewport({ ratio: 1 });
	}
});
