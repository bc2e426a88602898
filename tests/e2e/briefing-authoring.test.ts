import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { NO_SLIDES_MESSAGE } from '../../src/lib/briefing/draft';
import { parseBriefing } from '../../src/lib/data/check';
import type { Briefing } from '../../src/lib/data/schema';
import { builtDataset, expect, test, waitForMapIdle } from './fixtures';

const DRAFT_KEY = 'relations-map:briefing-draft';
const CORRUPT_KEY = 'relations-map:briefing-draft:corrupt';
const dataset = builtDataset();

async function openDashboard(page: Page) {
	await page.goto('/');
	await waitForMapIdle(page);
}

const storedDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);

const slideTitle = (page: Page, number: number) =>
	page.getByRole('textbox', { name: `Title of slide ${number}`, exact: true });

async function expectSlideTitles(page: Page, titles: string[]) {
	await expect(page.getByTestId('slide-count')).toHaveText(
		`${titles.length} ${titles.length === 1 ? 'slide' : 'slides'}`
	);
	for (const [i, title] of titles.entries())
		await expect(slideTitle(page, i + 1)).toHaveValue(title);
}

async function importFile(page: Page, name: string, text: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import briefing file' }).click();
	await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a briefing authored on the dashboard survives a reload, exports and imports back', async ({
	page
}) => {
	await openDashboard(page);
	const added = page.getByRole('status').filter({ hasText: /^Added as slide/ });
	const addView = page.getByRole('button', { name: 'Add this view to the briefing' });

	await page.getByRole('button', { name: 'Iraq', exact: true }).click();
	await addView.click();
	await expect(added).toHaveText('Added as slide 1');

	const from = page.getByRole('slider', { name: 'First year shown' });
	await from.focus();
	await page.keyboard.press('End');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('year-range')).toHaveText('2020–2021');
	await addView.click();
	await expect(added).toHaveText('Added as slide 2');

	const toggle = page.getByRole('button', { name: 'Briefing (2)' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expectSlideTitles(page, ['Iraq', 'Iraq, 2020–2021']);

	await page.getByRole('button', { name: 'Move up slide 2' }).click();
	await expectSlideTitles(page, ['Iraq, 2020–2021', 'Iraq']);
	// The moved slide is first now, so its own "Move up" is disabled: focus stays on the slide.
	await expect(page.getByRole('button', { name: 'Move down slide 1' })).toBeFocused();
	await slideTitle(page, 1).fill('Pandemic years: China and Iraq');
	await page
		.getByRole('textbox', { name: 'Speaker notes for slide 1' })
		.fill('The years of the aid are inferred.');
	await page.getByRole('textbox', { name: 'File id' }).fill('iraq-pandemic');
	await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Iraq during the pandemic');

	await page.reload();
	await waitForMapIdle(page);
	await page.getByRole('button', { name: 'Briefing (2)' }).click();
	await expectSlideTitles(page, ['Pandemic years: China and Iraq', 'Iraq']);
	await expect(page.getByRole('textbox', { name: 'Speaker notes for slide 1' })).toHaveValue(
		'The years of the aid are inferred.'
	);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export briefing file' }).click();
	expect((await download).suggestedFilename()).toBe('iraq-pandemic.json');
	const exported = readFileSync((await (await download).path())!, 'utf8');
	const { briefing, problems } = parseBriefing(exported, dataset);
	expect(problems).toEqual([]);
	expect(briefing).toMatchObject({ id: 'iraq-pandemic', title: 'Iraq during the pandemic' });
	expect(briefing!.slides).toEqual([
		{
			title: 'Pandemic years: China and Iraq',
			notes: 'The years of the aid are inferred.',
			view: { years: [2020, 2021], country: 'IRQ' }
		},
		{ title: 'Iraq', view: { country: 'IRQ' } }
	]);

	await page.evaluate((key) => localStorage.removeItem(key), DRAFT_KEY);
	await page.reload();
	await waitForMapIdle(page);
	await page.getByRole('button', { name: 'Briefing (0)' }).click();
	await expect(page.getByTestId('briefing-editor')).toContainText(
		'No slides yet. Set up a view on the map and choose Add this view to the briefing.'
	);
	await page.getByRole('button', { name: 'Export briefing file' }).click();
	await expect(page.getByRole('alert')).toContainText(NO_SLIDES_MESSAGE);

	await importFile(page, 'iraq-pandemic.json', exported);
	await expectSlideTitles(page, ['Pandemic years: China and Iraq', 'Iraq']);
	await expect(page.getByRole('textbox', { name: 'File id' })).toHaveValue('iraq-pandemic');
	await expect(page.getByRole('button', { name: 'Briefing (2)' })).toBeVisible();
	expect(JSON.parse((await storedDraft(page))!)).toEqual(briefing);

	const kept = await storedDraft(page);
	const unknownCountry = JSON.parse(exported) as Briefing;
	unknownCountry.slides[1]!.view.country = 'XYZ';
	for (const [name, text, problem] of [
		['broken.json', '{ "id": "broken", ', 'malformed JSON'],
		[
			'unknown-country.json',
			JSON.stringify(unknownCountry),
			'Slide 2, view country: unknown country "XYZ"'
		]
	] as const) {
		await importFile(page, name, text);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`“${name}” was not imported; your draft is unchanged.`);
		await expect(alert.getByRole('listitem')).toContainText([problem]);
		expect(await storedDraft(page)).toBe(kept);
		await expectSlideTitles(page, ['Pandemic years: China and Iraq', 'Iraq']);
	}
});

test('an edit that would stop the draft being presented says what to mend, and Present waits for it', async ({
	page
}) => {
	await openDashboard(page);
	await page.getByRole('button', { name: 'Iraq', exact: true }).click();
	await page.getByRole('button', { name: 'Add this view to the briefing' }).click();
	await page.getByRole('button', { name: 'Briefing (1)' }).click();
	const editor = page.getByTestId('briefing-editor');
	const present = editor.getByRole('link', { name: 'Present' });
	const unfinished = page.getByTestId('briefing-unfinished');
	await expect(present).toBeVisible();
	await expect(unfinished).toHaveCount(0);

	await slideTitle(page, 1).fill('');
	await page.getByRole('textbox', { name: 'File id' }).fill('My Briefing!');
	await expect(unfinished.getByRole('listitem')).toHaveText([/^File id: /, /^Slide 1, title: /]);
	await expect(present).toHaveCount(0);

	await slideTitle(page, 1).fill('Iraq');
	await page.getByRole('textbox', { name: 'File id' }).fill('my-briefing');
	await expect(unfinished).toHaveCount(0);
	await present.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iraq');
});

test('a stored draft that cannot be read is set aside with a notice, not lost', async ({
	page
}) => {
	// Once the dashboard is up, so that its own first read of the draft is over.
	await openDashboard(page);
	await page.evaluate((key) => localStorage.setItem(key, '{"title": "half a draf'), DRAFT_KEY);
	await page.reload();
	await waitForMapIdle(page);
	const editor = page.getByTestId('briefing-editor');
	await expect(editor.getByRole('alert')).toContainText('could not be read (malformed JSON');
	await expect(editor.getByRole('alert')).toContainText(CORRUPT_KEY);
	await expect(page.getByRole('button', { name: 'Briefing (0)' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	expect(await page.evaluate((key) => localStorage.getItem(key), CORRUPT_KEY)).toBe(
		'{"title": "half a draf'
	);
	expect(JSON.parse((await storedDraft(page))!)).toMatchObject({ slides: [] });
});

test('the editor passes axe and fits a projector and a phone', async ({ page }) => {
	await openDashboard(page);
	await page.getByRole('button', { name: 'Add this view to the briefing' }).click();
	await page.getByRole('button', { name: 'Iran', exact: true }).click();
	await page.getByRole('button', { name: 'Add this view to the briefing' }).click();
	await page.getByRole('button', { name: 'Briefing (2)' }).click();
	await importFile(page, 'broken.json', 'not json');
	await expect(page.getByRole('alert')).toBeVisible();
	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 390, height: 844 }
	]) {
		await page.setViewportSize(viewport);
		const violations = (await new AxeBuilder({ page }).analyze()).violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(violations, `at ${viewport.width}×${viewport.height}`).toEqual([]);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
		await expect(page.getByRole('button', { name: 'Delete slide 2' })).toBeVisible();
	}
});
