import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtDataset, expect, test, waitForMapIdle } from './fixtures';

const dataset = builtDataset();

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary).toEqual([]);
}

const dashboardStates: [string, string][] = [
	['the dashboard', '/'],
	['a country summary', '/?country=IRQ'],
	['an arc with its evidence', `/?arc=${encodeURIComponent('CHN|IRQ|aid|CHN>IRQ')}`],
	['a narrowed filter', '/?years=2020-2021&undated=0&types=aid,agreement'],
	['a link with ignored parameters', '/?years=zzz&country=XXX'],
	['the globe', '/?projection=globe']
];

for (const [name, url] of dashboardStates) {
	test(`axe finds no violation on ${name}`, async ({ page }) => {
		await page.goto(url);
		await waitForMapIdle(page);
		await expectNoViolations(page);
	});
}

test('axe finds no violation on the table view', async ({ page }) => {
	await page.goto('/?view=table&country=CHN');
	await expect(page.getByTestId('arc-table')).toBeVisible();
	await expectNoViolations(page);
});

test('axe finds no violation on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/?country=IRN');
	await waitForMapIdle(page);
	await expectNoViolations(page);
});

for (const source of dataset.sources) {
	test(`axe finds no violation on the source page ${source.id}`, async ({ page }) => {
		await page.goto(`/sources/${source.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoViolations(page);
	});
}
