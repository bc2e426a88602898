import type { Page } from '@playwright/test';
import { visibleArcs } from '../../src/lib/data/aggregate';
import { buildArcGroups } from '../../src/lib/data/group-arcs';
import { eventYear } from '../../src/lib/data/dates';
import { countryMapId } from '../../src/lib/data/first-view';
import { eventParties } from '../../src/lib/data/relations';
import type { EventFilter } from '../../src/lib/data/filter';
import {
	arcScreenPoint,
	builtDataset,
	expect,
	renderedArcs,
	screenPoint,
	test,
	waitForMapIdle,
	withoutWebGL
} from './fixtures';

const dataset = builtDataset();
const groups = buildArcGroups(dataset);
const allTypes = new Set(dataset.eventTypes.map((t) => t.id));
const fullFilter: EventFilter = {
	fromYear: 1900,
	toYear: 2100,
	types: allTypes,
	includeUndated: true,
	includeInferred: true
};
const AID_ARC = 'CHN|IRQ|aid|CHN>IRQ';

/** A value a test leaves in the page, to read once the page has run. */
type WithProbe = Window & {
	busyWhenDrawn?: Promise<string | null>;
	focusProbe?: { frames: number; mismatches: string[]; focusDataSent: number };
};

async function openDashboard(page: Page, query = '') {
	await page.goto(`/${query}`);
	await waitForMapIdle(page);
}

test.describe('1. relations at a glance', () => {
	test('the map says it is ready only once a frame with its arcs has been drawn', async ({
		page
	}) => {
		// Kept from the moment the app publishes its map: each arc state it sets and each frame
		// drawn, in order, and what had happened when the map first said it was idle.
		await page.addInitScript(() => {
			const log: string[] = [];
			type RelationsMap = NonNullable<typeof window.relationsMap>;
			let map: RelationsMap | undefined;
			Object.defineProperty(window, 'relationsMap', {
				configurable: true,
				get: () => map,
				set(value: RelationsMap | undefined) {
					map = value;
					if (!value) return;
					const setFeatureState = value.setFeatureState.bind(value);
					value.setFeatureState = (
						...[feature, state]: Parameters<RelationsMap['setFeatureState']>
					) => {
						if (feature.source === 'arcs' && state.width > 0) log.push('arc');
						return setFeatureState(feature, state);
					};
					value.on('render', () => log.push('frame'));
				}
			});
			new MutationObserver((_, observer) => {
				if (!document.querySelector('[data-map-status="idle"]')) return;
				observer.disconnect();
				const lastArc = log.lastIndexOf('arc');
				document.body.dataset.atFirstIdle =
					lastArc < 0 ? 'no arcs' : log.indexOf('frame', lastArc) > lastArc ? 'drawn' : 'not drawn';
			}).observe(document, {
				subtree: true,
				attributes: true,
				attributeFilter: ['data-map-status']
			});
		});
		await openDashboard(page);
		await expect(page.locator('body')).toHaveAttribute('data-at-first-idle', 'drawn');
		expect(await renderedArcs(page)).toHaveLength(visibleArcs(groups, fullFilter).length);
	});

	test('the briefing, summary and focus geometry code load only once the first view is drawn', async ({
		page
	}) => {
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.querySelector('[data-map-status="idle"]')) return;
				observer.disconnect();
				document.body.dataset.firstIdleAt = String(performance.now());
			}).observe(document, {
				subtree: true,
				attributes: true,
				attributeFilter: ['data-map-status']
			});
		});
		// Each deferred module is known by a text only it holds.
		const markers = {
			briefing: 'The briefing draft saved in this browser could not be read',
			summary: 'data-testid="country-panel"',
			focus: 'pointAlong needs a line with at least one point'
		};
		const urlOf: Partial<Record<keyof typeof markers, string>> = {};
		// Any query too: trying again asks for the chunk under a fresh URL.
		const isAppChunk = (url: URL) =>
			url.pathname.includes('/_app/immutable/') && url.pathname.endsWith('.js');
		await page.route(isAppChunk, async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			for (const [name, marker] of Object.entries(markers)) {
				if (body.includes(marker)) urlOf[name as keyof typeof markers] = route.request().url();
			}
			return route.fulfill({ response, body });
		});
		await openDashboard(page);
		await expect(page.getByRole('button', { name: 'Briefing (0)' })).toBeVisible();
		await expect.poll(() => Object.keys(urlOf).sort()).toEqual(['briefing', 'focus', 'summary']);

		const { firstIdleAt, requested } = await page.evaluate(() => ({
			firstIdleAt: Number(document.body.dataset.firstIdleAt),
			requested: Object.fromEntries(
				performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime])
			)
		}));
		for (const url of Object.values(urlOf)) {
			expect(requested[url], url).toBeGreaterThanOrEqual(firstIdleAt);
		}
	});

	test('draws one arc per pair and type, coloured as the legend, arrows only on directed types', async ({
		page
	}) => {
		await openDashboard(page);
		const expected = visibleArcs(groups, fullFilter)
			.map((arc) => arc.group.key)
			.sort();
		await expect
			.poll(async () => (await renderedArcs(page)).map((arc) => arc.key))
			.toEqual(expected);

		for (const arc of await renderedArcs(page)) {
			const swatch = page.locator(`.legend button[data-type="${arc.typeId}"] .swatch`);
			const legendColor = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor);
			const [r, g, b] = arc.color.match(/[0-9a-f]{2}/gi)!.map((hex) => parseInt(hex, 16));
			expect(legendColor).toBe(`rgb(${r}, ${g}, ${b})`);
		}

		const arrowTypes = await page.evaluate(() => {
			const features = window.relationsMap!.queryRenderedFeatures({ layers: ['arcs-arrows'] });
			return [...new Set(features.map((f) => f.properties.typeId as string))].sort();
		});
		const directed = dataset.eventTypes.filter((t) => t.directed).map((t) => t.id);
		expect(arrowTypes.length).toBeGreaterThan(0);
		for (const type of arrowTypes) expect(directed).toContain(type);
	});

	test('hovering an arc shows its pair, type, count and years', async ({ page }) => {
		await openDashboard(page);
		const point = await arcScreenPoint(page, AID_ARC);
		await page.mouse.move(point.x, point.y);
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toContainText('China → Iraq');
		await expect(tooltip).toContainText('Aid: 4 events');
		await expect(tooltip).toContainText('2020–2021');
	});

	test('an arc’s tooltip near the map’s right edge opens to the left, whole', async ({ page }) => {
		await openDashboard(page, '?camera=45.00,38.00,3.50');
		const point = await arcScreenPoint(page, AID_ARC);
		const canvas = (await page.locator('.map canvas').boundingBox())!;
		expect(point.x).toBeGreaterThan(canvas.x + canvas.width - 16 * 16 - 12);
		await page.mouse.move(point.x, point.y);
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toContainText('China → Iraq');
		const box = (await tooltip.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(point.x);
		expect(box.x).toBeGreaterThanOrEqual(canvas.x);
		// One line for "Click for the evidence", not a word a line.
		const hint = (await tooltip.getByText('Click for the evidence').boundingBox())!;
		expect(hint.height).toBeLessThan(30);
	});

	test('keeps arcs drawn on the globe', async ({ page }) => {
		await openDashboard(page);
		await page.getByRole('button', { name: 'Globe' }).click();
		await expect
			.poll(() => page.evaluate(() => window.relationsMap!.getProjection()?.type))
			.toBe('globe');
		await waitForMapIdle(page);
		await expect.poll(async () => (await renderedArcs(page)).length).toBeGreaterThan(5);
		await expect(page).toHaveURL(/projection=globe/);
	});
});

test.describe('2. the evidence behind an arc', () => {
	test('clicking the China–Iraq aid arc shows every event with its exact quotes', async ({
		page
	}) => {
		await openDashboard(page);
		const point = await arcScreenPoint(page, AID_ARC);
		await page.mouse.click(point.x, point.y);
		const panel = page.getByTestId('arc-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('China → Iraq');
		const group = groups.find((g) => g.key === AID_ARC)!;
		for (const event of group.events) {
			const card = panel.locator(`[data-event-id="${event.id}"]`);
			await expect(card.getByRole('heading', { name: event.title })).toBeVisible();
			const quotes = await card.locator('blockquote').allTextContents();
			expect(quotes).toEqual(event.evidence.map((e) => e.quote));
		}
		await expect
			.poll(async () => (await renderedArcs(page)).find((a) => a.key === AID_ARC)?.selected)
			.toBe(true);
		const vaccines = panel.locator('[data-event-id="chn-irq-covid-vaccines-2021"]');
		await expect(vaccines.locator('.date')).toContainText('2021, inferred');
	});

	test('an arc is reachable by keyboard, and its quotes link to the source', async ({ page }) => {
		await openDashboard(page);
		const arcButton = page.locator(`button[data-arc="${AID_ARC}"]`);
		await arcButton.focus();
		await page.keyboard.press('Enter');
		const panel = page.getByTestId('arc-panel');
		await expect(panel).toBeVisible();
		const link = panel.getByRole('link', { name: /Read in the source/ }).first();
		const href = await link.getAttribute('href');
		expect(href).toMatch(/^\/sources\/[a-z0-9-]+#q-[a-z0-9-]+-\d+$/);
		await link.click();
		await expect(page).toHaveURL(new RegExp(href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'));
		await expect(page.locator(href!.slice(href!.indexOf('#')))).toBeFocused();
	});
});

test.describe('3. from the source back to the map', () => {
	test('a highlighted passage leads back to its event on the map', async ({ page }) => {
		const event = dataset.events.find((e) => e.id === 'chn-irq-covid-vaccines-2021')!;
		await page.goto(`/sources/${event.evidence[0]!.source}`);
		await page.locator(`a.on-map[href$="event=${event.id}"]`).click();
		await waitForMapIdle(page);
		const panel = page.getByTestId('arc-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('China → Iraq');
		await expect(panel.locator(`[data-event-id="${event.id}"]`)).toBeFocused();
		await expect
			.poll(async () => (await renderedArcs(page)).find((a) => a.key === AID_ARC)?.selected)
			.toBe(true);
	});

	test('an unknown event in a link is reported, not a crash', async ({ page }) => {
		await openDashboard(page, '?event=no-such-event');
		await expect(page.getByTestId('url-notice')).toContainText('no-such-event');
	});
});

test.describe('4. a country and its relationships', () => {
	test('clicking Iraq summarises its partners with footnotes that resolve to quotes', async ({
		page
	}) => {
		await openDashboard(page, '?camera=44.00,33.00,4.50');
		// Southern Iraq: inside the country, away from the arcs that meet at Baghdad.
		const point = await screenPoint(page, 43.0, 31.5);
		await page.mouse.click(point.x, point.y);
		const panel = page.getByTestId('country-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Iraq');
		// The map outlines Iraq, and nothing else, as drawn from the world's tiles.
		const iraq = dataset.countries.find((country) => country.iso3 === 'IRQ')!;
		const outlined = () =>
			page.evaluate(() => [
				...new Set(
					window
						.relationsMap!.queryRenderedFeatures({ layers: ['country-selected-outline'] })
						.filter((feature) => feature.state.selected === true)
						.map((feature) => Number(feature.id))
				)
			]);
		await expect.poll(outlined).toEqual([countryMapId(iraq)]);
		const china = panel.locator('[data-partner="CHN"]');
		await expect(china.getByRole('heading', { level: 3 })).toContainText('China');
		await expect(china.locator('[data-type="agreement"]')).toHaveText('Agreement: 3');
		await expect(china.locator('[data-type="aid"]')).toHaveText('Aid: 4');

		// Ten sources show at first; every footnote must resolve once they all do.
		await expect(china.locator('.footnotes > li')).toHaveCount(10);
		await china.getByRole('button', { name: 'Show all 16 sources' }).click();
		await expect(china.locator('.footnotes > li')).toHaveCount(16);
		const sentences = china.locator('.sentence');
		expect(await sentences.count()).toBeGreaterThan(1);
		for (const sentence of await sentences.all()) {
			const links = sentence.locator('sup a');
			expect(await links.count()).toBeGreaterThan(0);
			for (const link of await links.all()) {
				const target = page.locator((await link.getAttribute('href'))!);
				const eventId = await target.getAttribute('data-event-id');
				const event = dataset.events.find((e) => e.id === eventId)!;
				expect(await target.locator('blockquote').allTextContents()).toEqual(
					event.evidence.map((e) => e.quote)
				);
			}
		}
		// The sources are numbered in the order the sentences tell the events: a sentence that
		// lists events cites one run of them.
		for (const sentence of await sentences.filter({ hasNotText: /known date\./ }).all()) {
			await expect(sentence.locator('sup a')).toHaveCount(1);
		}

		const arcs = await renderedArcs(page);
		for (const arc of arcs) {
			expect(arc.dimmed, arc.key).toBe(!arc.key.split('|').slice(0, 2).includes('IRQ'));
		}

		await panel.getByRole('button', { name: 'Close' }).click();
		await expect.poll(outlined).toEqual([]);
	});

	test('the map fades the other arcs in the frame that draws the country’s arcs, never before', async ({
		page
	}) => {
		await openDashboard(page);
		// Every frame the map draws from here on: whether the arcs are faded, and how many arcs in
		// focus it drew.
		await page.evaluate(() => {
			const map = window.relationsMap!;
			const frames: [boolean, number][] = [];
			(window as unknown as { frames_: typeof frames }).frames_ = frames;
			map.on('render', () =>
				frames.push([
					(map.getPaintProperty('arcs', 'line-opacity') as number) < 0.5,
					map.queryRenderedFeatures({ layers: ['arcs-focus'] }).length
				])
			);
		});
		await page.getByRole('button', { name: 'Iraq', exact: true }).first().click();
		await expect(page.getByTestId('country-panel')).toBeVisible();
		const frames = () =>
			page.evaluate(() => (window as unknown as { frames_: [boolean, number][] }).frames_);
		await expect
			.poll(async () => (await frames()).some(([faded, focused]) => faded && focused > 0))
			.toBe(true);
		expect((await frames()).filter(([faded, focused]) => faded && focused === 0)).toEqual([]);
		// Faded in that frame, not over the 300 ms MapLibre gives a paint change by default.
		expect(await page.evaluate(() => window.relationsMap!.getStyle().transition)).toEqual({
			duration: 0,
			delay: 0
		});
	});

	test('a year step redraws the arcs in focus in the frame that redraws the others', async ({
		page
	}) => {
		await openDashboard(page, '?country=IRQ');
		await expect(page.getByTestId('country-panel')).toHaveAttribute('aria-busy', 'false');
		await waitForMapIdle(page);
		// Every frame from here on: each arc in focus drawn at another width than behind it, and
		// whether the focus source was sent new data.
		await page.evaluate(() => {
			const map = window.relationsMap!;
			const probe = { frames: 0, mismatches: [] as string[], focusDataSent: 0 };
			(window as WithProbe).focusProbe = probe;
			const widths = (layer: string) =>
				new Map(
					map
						.queryRenderedFeatures({ layers: [layer] })
						.map((f) => [
							f.properties.key as string,
							(f.layer.paint as Record<string, number>)['line-width']
						])
				);
			map.on('render', () => {
				probe.frames++;
				const behind = widths('arcs');
				for (const [key, width] of widths('arcs-focus')) {
					if (behind.get(key) !== width) {
						probe.mismatches.push(`${key}: ${width} in focus, ${behind.get(key)} behind`);
					}
				}
			});
			map.on('sourcedata', (event) => {
				if (event.sourceId === 'arcs-focus' && event.sourceDataType === 'content') {
					probe.focusDataSent++;
				}
			});
		});
		const from = page.getByRole('slider', { name: 'First year shown' });
		const first = Number(await from.getAttribute('aria-valuenow'));
		await from.focus();
		await page.keyboard.press('ArrowRight');
		const expected = visibleArcs(groups, { ...fullFilter, fromYear: first + 1 })
			.filter((arc) => arc.group.from === 'IRQ' || arc.group.to === 'IRQ')
			.map((arc) => [arc.group.key, arc.count])
			.sort(([a], [b]) => String(a).localeCompare(String(b)));
		// The step changes a count of Iraq's: its arcs in focus must be drawn anew.
		const before = visibleArcs(groups, fullFilter).filter(
			(arc) => arc.group.from === 'IRQ' || arc.group.to === 'IRQ'
		);
		expect(new Map(expected.map(([key, count]) => [key, count]))).not.toEqual(
			new Map(before.map((arc) => [arc.group.key, arc.count]))
		);
		await expect
			.poll(async () =>
				(await renderedArcs(page))
					.filter((arc) => arc.key.split('|').slice(0, 2).includes('IRQ'))
					.map((arc) => [arc.key, arc.count])
			)
			.toEqual(expected);
		await waitForMapIdle(page);
		const probe = (await page.evaluate(() => (window as WithProbe).focusProbe))!;
		expect(probe.frames).toBeGreaterThan(0);
		expect(probe.mismatches).toEqual([]);
		expect(probe.focusDataSent).toBe(0);
	});

	test('a summary lists every partner and says when it is complete', async ({ page }) => {
		const partners = new Set(
			dataset.events.flatMap((event) => {
				const { from, to } = eventParties(event);
				return from === 'CHN' ? [to] : to === 'CHN' ? [from] : [];
			})
		);
		// More than one, and few enough that the panel's first page holds them all.
		expect(partners.size).toBeGreaterThan(1);
		expect(partners.size).toBeLessThanOrEqual(5);
		await openDashboard(page);
		await page.getByRole('button', { name: 'China', exact: true }).click();
		const panel = page.getByTestId('country-panel');
		await expect(panel.locator('[data-partner]').first()).toBeVisible();
		await expect(panel).toHaveAttribute('aria-busy', 'false');
		await expect(panel.locator('[data-partner]')).toHaveCount(partners.size);
		const shown = await panel
			.locator('[data-partner]')
			.evaluateAll((articles) => articles.map((article) => article.getAttribute('data-partner')));
		expect(new Set(shown)).toEqual(partners);
	});

	test('closing a summary returns to the lists as they were', async ({ page }) => {
		const many = structuredClone(dataset);
		const template = many.events.find((e) => e.id === 'chn-irq-belt-and-road-mou-2015')!;
		for (let i = 0; i < 100; i++) many.events.push({ ...template, id: `${template.id}-copy-${i}` });
		await page.route('**/generated/dataset.json', (route) => route.fulfill({ json: many }));
		await openDashboard(page);
		const listed = page.locator('section[aria-labelledby="explore-heading"] [data-event-id]');
		await page.getByRole('button', { name: /Show 60 more of \d+ remaining events/ }).click();
		await expect(listed).toHaveCount(120);

		await page.getByRole('button', { name: 'Iraq', exact: true }).click();
		await expect(page.getByTestId('country-panel')).toBeVisible();
		await expect(listed.first()).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Countries' })).toHaveCount(0);

		await page.getByTestId('country-panel').getByRole('button', { name: /Close/ }).click();
		await expect(listed).toHaveCount(120);
		await expect(listed.first()).toBeVisible();
		const remaining = many.events.length - 120;
		await expect(
			page.getByRole('button', { name: `Show ${remaining} more of ${remaining} remaining events` })
		).toBeVisible();
	});

	test('a country with no events in the filter says so plainly', async ({ page }) => {
		await openDashboard(page, '?undated=0');
		await page.getByRole('button', { name: 'Russia', exact: true }).click();
		await expect(page.getByTestId('no-partners')).toHaveText(
			'No recorded event involves Russia within the current filter.'
		);
	});
});

test.describe('4. a country and its relationships, when its code fails to load', () => {
	test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

	test('a summary whose code cannot be loaded says so, and loads when tried again', async ({
		page
	}) => {
		// The panel's code loads after the first view; here the server fails it until told not to.
		let failPanelCode = true;
		// Any query too: trying again asks for the chunk under a fresh URL.
		const isAppChunk = (url: URL) =>
			url.pathname.includes('/_app/immutable/') && url.pathname.endsWith('.js');
		await page.route(isAppChunk, async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (failPanelCode && body.includes('data-testid="country-panel"')) return route.abort();
			return route.fulfill({ response, body });
		});
		await openDashboard(page);
		await page.getByRole('button', { name: 'Iraq', exact: true }).click();
		await expect(page.getByRole('alert')).toContainText('The summary of Iraq could not be loaded');
		await expect(page.getByTestId('country-panel')).toHaveCount(0);

		failPanelCode = false;
		await page.getByRole('button', { name: 'Try again' }).click();
		const panel = page.getByTestId('country-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Iraq');
		await expect(panel.locator('[data-partner="CHN"] .sentence').first()).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
	});
});

test.describe('5. filtering by year', () => {
	test('the year bars count only the events the checkboxes let in', async ({ page }) => {
		await openDashboard(page);
		const barTitles = () =>
			page.locator('.timeline g[data-year="2020"] rect title').allTextContents();
		const datedIn2020 = (inferred: boolean) =>
			dataset.events.filter(
				(e) => eventYear(e.date) === 2020 && (inferred || e.date.basis !== 'inferred')
			).length;
		const summed = (titles: string[]) =>
			titles.reduce((sum, title) => sum + Number(/:\s*(\d+)/.exec(title)![1]), 0);
		expect(datedIn2020(false)).toBeLessThan(datedIn2020(true));
		await expect.poll(async () => summed(await barTitles())).toBe(datedIn2020(true));
		await page.getByRole('checkbox', { name: /inferred/ }).uncheck();
		await expect.poll(async () => summed(await barTitles())).toBe(datedIn2020(false));
	});

	test('the keyboard brush set to 2020–2021 leaves only arcs with events in those years', async ({
		page
	}) => {
		await openDashboard(page);
		await page.getByRole('checkbox', { name: /undated/ }).uncheck();
		const from = page.getByRole('slider', { name: 'First year shown' });
		await from.focus();
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('year-range')).toHaveText('2020–2021');
		await expect(from).toHaveAttribute('aria-valuenow', '2020');

		const filter = { ...fullFilter, fromYear: 2020, toYear: 2021, includeUndated: false };
		const expected = visibleArcs(groups, filter);
		for (const arc of expected) {
			for (const event of arc.events) expect([2020, 2021]).toContain(eventYear(event.date));
		}
		await waitForMapIdle(page);
		await expect
			.poll(async () => (await renderedArcs(page)).map((a) => `${a.key}:${a.count}`))
			.toEqual(expected.map((a) => `${a.group.key}:${a.count}`).sort());

		await page.getByRole('button', { name: 'Table' }).click();
		const rows = page.locator('[data-testid="arc-table"] tbody tr[data-arc]');
		await expect(rows).toHaveCount(expected.length);
		expect(
			(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-arc')))).sort()
		).toEqual(expected.map((a) => a.group.key).sort());
	});

	test('a year step redraws the map first; the lists beside it follow, marked busy until then', async ({
		page
	}) => {
		await openDashboard(page);
		const lists = page.locator('section[aria-labelledby="explore-heading"]');
		await expect(lists).toHaveAttribute('aria-busy', 'false');
		const from = page.getByRole('slider', { name: 'First year shown' });
		await from.focus();
		// Read in the map's own idle handler, at the end of the frame that drew the step; the
		// handler is in place before the key is pressed.
		await page.evaluate(() => {
			(window as WithProbe).busyWhenDrawn = new Promise((resolve) =>
				window.relationsMap!.once('idle', () =>
					resolve(
						document
							.querySelector('section[aria-labelledby="explore-heading"]')!
							.getAttribute('aria-busy')
					)
				)
			);
		});
		await page.keyboard.press('End');
		expect(await page.evaluate(() => (window as WithProbe).busyWhenDrawn)).toBe('true');

		await expect(lists).toHaveAttribute('aria-busy', 'false');
		const last = Number(await from.getAttribute('aria-valuenow'));
		const expected = visibleArcs(groups, { ...fullFilter, fromYear: last, toYear: last });
		const listed = lists.locator('.arc-list [data-arc]');
		await expect(listed).toHaveCount(expected.length);
		expect((await listed.evaluateAll((items) => items.map((b) => b.dataset.arc))).sort()).toEqual(
			expected.map((a) => a.group.key).sort()
		);
	});

	test('switching a type off in the legend removes its arcs and counts', async ({ page }) => {
		await openDashboard(page);
		await page.locator('.legend button[data-type="aid"]').click();
		await expect(page.locator('.legend button[data-type="aid"]')).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await waitForMapIdle(page);
		await expect
			.poll(async () => (await renderedArcs(page)).filter((a) => a.typeId === 'aid').length)
			.toBe(0);
		const aidEvents = dataset.events.filter((e) => e.type === 'aid').length;
		await expect(page.getByTestId('stats')).toContainText(
			`${dataset.events.length - aidEvents} of ${dataset.events.length} events`
		);
	});

	test('play steps through the years', async ({ page }) => {
		await openDashboard(page);
		const range = page.getByTestId('year-range');
		await page.getByRole('button', { name: 'Play through the years' }).click();
		await expect(range).toHaveText('1958');
		await expect(range).toHaveText('1958–1959');
		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(page.getByRole('button', { name: 'Play through the years' })).toBeVisible();
	});
});

test.describe('6. sharing a view', () => {
	test('a link restores the years, types, selection and projection', async ({ page }) => {
		await openDashboard(page);
		await page.locator('.legend button[data-type="confrontation"]').click();
		const to = page.getByRole('slider', { name: 'Last year shown' });
		await to.focus();
		await page.keyboard.press('ArrowLeft');
		await page.getByRole('button', { name: 'Iraq', exact: true }).click();
		await expect(page).toHaveURL(/country=IRQ/);
		const url = page.url();

		const other = await page.context().newPage();
		await other.goto(url);
		await waitForMapIdle(other);
		await expect(other.getByTestId('year-range')).toHaveText('1958–2020');
		await expect(other.locator('.legend button[data-type="confrontation"]')).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await expect(other.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText(
			'Iraq'
		);
		expect(other.url()).toBe(url);
		await other.close();
	});

	test('malformed parameters are ignored with a notice, never a blank page', async ({ page }) => {
		await openDashboard(page, '?years=abc&country=XXX&camera=1,2&zoom=%E0%A4%A&types=aid,nope');
		const notice = page.getByTestId('url-notice');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('years');
		await expect(notice).toContainText('XXX');
		await expect(page.locator('.legend button[data-type="aid"]')).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(page.locator('.legend button[data-type="agreement"]')).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await expect.poll(async () => (await renderedArcs(page)).length).toBeGreaterThan(0);
	});

	test('a camera in the link opens the map there', async ({ page }) => {
		await openDashboard(page, '?camera=44.40,33.30,4.00');
		const center = await page.evaluate(() => {
			const map = window.relationsMap!;
			return { ...map.getCenter(), zoom: map.getZoom() };
		});
		expect(center.lng).toBeCloseTo(44.4, 1);
		expect(center.lat).toBeCloseTo(33.3, 1);
		expect(center.zoom).toBeCloseTo(4, 1);
	});

	test('zooming with the mouse wheel is kept in the link, as the view a slide records', async ({
		page
	}) => {
		await openDashboard(page);
		const before = await page.evaluate(() => window.relationsMap!.getZoom());
		const box = (await page.locator('.map canvas').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, -400);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('camera'))
			.toMatch(/^-?\d+\.\d+,-?\d+\.\d+,\d+\.\d+$/);
		const zoom = await page.evaluate(() => window.relationsMap!.getZoom());
		expect(zoom).toBeGreaterThan(before + 0.5);
		const linked = Number(new URL(page.url()).searchParams.get('camera')!.split(',')[2]);
		expect(linked).toBeCloseTo(zoom, 1);
	});
});

test.describe('7. without a mouse or without sight', () => {
	test('a country is reachable by keyboard with a visible focus, and its summary closes back to it', async ({
		page
	}) => {
		await openDashboard(page);
		const iran = page.getByRole('button', { name: 'Iran', exact: true });
		await iran.focus();
		const outline = await iran.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		const heading = page.getByTestId('country-panel').getByRole('heading', { level: 2 });
		await expect(heading).toHaveText('Iran');
		// The button that opened it is hidden with the lists: focus goes to the summary instead.
		await expect(heading).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('country-panel')).toHaveCount(0);
		await expect(iran).toBeFocused();
		const firstArc = page.locator('.arc-list button').first();
		await firstArc.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('arc-panel').getByRole('heading', { level: 2 })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(
			page.getByTestId('arc-panel').getByRole('button', { name: /Close/ })
		).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('arc-panel')).toHaveCount(0);
		await expect(firstArc).toBeFocused();
	});

	test('the table is sortable and follows the selection', async ({ page }) => {
		await page.goto('/?view=table');
		const table = page.getByTestId('arc-table');
		await table.getByRole('button', { name: 'Events' }).click();
		await expect(table.locator('th[aria-sort="ascending"]')).toHaveText(/Events/);
		const counts = await table.locator('tbody td.number').allTextContents();
		expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => a - b));
		await table.locator(`tr[data-arc="${AID_ARC}"] th button`).click();
		await expect(table.locator(`tr[data-arc="${AID_ARC}"]`)).toHaveClass(/selected/);
		await expect(page.getByTestId('arc-panel')).toBeVisible();
		await expect(page).toHaveURL(/view=table/);
		await expect(table.getByRole('columnheader', { name: 'Events on this arc' })).toBeVisible();
	});

	test('the table fits a phone, each arc’s events a tap away', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/?view=table');
		const table = page.getByTestId('arc-table');
		await expect(table.locator('tbody tr[data-arc]')).toHaveCount(groups.length);
		const sideways = await page
			.locator('.table-wrap')
			.evaluate((wrap) => wrap.scrollWidth - wrap.clientWidth);
		expect(sideways).toBe(0);
		await expect(table.getByRole('columnheader', { name: 'Events on this arc' })).toBeHidden();
		await table.locator(`tr[data-arc="${AID_ARC}"] th button`).click();
		const panel = page.getByTestId('arc-panel');
		await expect(panel).toBeVisible();
		const aid = groups.find((group) => group.key === AID_ARC)!;
		for (const event of aid.events) await expect(panel.getByText(event.title)).toBeVisible();
		await page.screenshot({ path: '/tmp/table-phone.png' });
	});

	test('without WebGL the page says so and the table carries on', async ({ page }) => {
		await withoutWebGL(page);
		await page.goto('/');
		await expect(page.getByText('This browser cannot draw the map')).toBeVisible();
		const rows = page.locator('[data-testid="arc-table"] tbody tr[data-arc]');
		await expect(rows).toHaveCount(visibleArcs(groups, fullFilter).length);
		await rows.first().locator('th button').click();
		await expect(page.getByTestId('arc-panel')).toBeVisible();
	});
});

test.describe('8. projector and phone', () => {
	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 390, height: 844 }
	]) {
		test(`works at ${viewport.width}×${viewport.height}`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await openDashboard(page);
			await expect(page.locator('.map canvas')).toBeVisible();
			await expect(page.getByRole('slider', { name: 'First year shown' })).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
			if (viewport.width >= 1280) {
				// On a projector the whole dashboard fits the screen: nothing hides below the fold.
				const below = await page.evaluate(
					() => document.documentElement.scrollHeight - document.documentElement.clientHeight
				);
				expect(below).toBe(0);
			}
			const canvas = await page.locator('.map canvas').boundingBox();
			expect(canvas!.width).toBeGreaterThanOrEqual(Math.min(viewport.width - 40, 700));
			expect(canvas!.height).toBeGreaterThan(300);
			await page.getByRole('button', { name: 'Syria', exact: true }).click();
			await expect(page.getByTestId('country-panel')).toBeInViewport({ ratio: 0.1 });
		});
	}
});

test('marks the capital of every country in the data, where its arcs start, a click on it opening the country', async ({
	page
}) => {
	await openDashboard(page);
	const capitals = await page.evaluate(() =>
		window
			.relationsMap!.queryRenderedFeatures({ layers: ['capitals'] })
			.map((f) => f.properties.iso3)
	);
	expect(capitals.sort()).toEqual(dataset.countries.map((c) => c.iso3).sort());
	// Every arc of China starts at its dot, yet the dot is China's: a click there opens its summary.
	const china = dataset.countries.find((c) => c.iso3 === 'CHN')!;
	const dot = await screenPoint(page, china.capital.lon, china.capital.lat);
	await page.mouse.click(dot.x, dot.y);
	await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText(
		'China'
	);
	await expect(page.getByTestId('arc-panel')).toHaveCount(0);
});

test('a busy partner shows its first footnotes, and a link to a later one reveals it', async ({
	page
}) => {
	const busy = structuredClone(dataset);
	const aid = busy.events.find((e) => e.id === 'chn-irq-anti-pandemic-supplies-2020')!;
	for (let i = 0; i < 40; i++) busy.events.push({ ...aid, id: `${aid.id}-copy-${i}` });
	await page.route('**/generated/dataset.json', (route) => route.fulfill({ json: busy }));
	await openDashboard(page, '?country=IRQ');
	const china = page.getByTestId('country-panel').locator('[data-partner="CHN"]');
	await expect(china.locator('.footnotes > li')).toHaveCount(10);
	const contacts = china.locator('.sentence', { hasText: 'Diplomatic contacts:' });
	const link = contacts.locator('sup a').first();
	const target = (await link.getAttribute('href'))!;
	expect(Number(target.split('-').pop())).toBeGreaterThan(10);
	await link.click();
	await expect(page.locator(target)).toBeFocused();
	// Marked as a note reached by its link is, though the page's address never targeted it.
	await expect(page.locator(target)).toHaveCSS('background-color', 'rgb(255, 247, 214)');
	const total = busy.events.filter((e) => {
		const parties = 'between' in e ? e.between : [e.from, e.to];
		return parties.includes('CHN') && parties.includes('IRQ');
	}).length;
	await expect(china.locator('.footnotes > li')).toHaveCount(total);
	await expect(china.getByRole('button', { name: /Show all \d+ sources/ })).toHaveCount(0);
});
