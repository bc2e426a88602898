import AxeBuilder from '@axe-core/playwright';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildArcGroups } from '../../src/lib/data/group-arcs';
import { HANDOUT_MAP_SIZE, briefingExcerpts, handoutSlides } from '../../src/lib/export/handout';
import { EXPORT_SCALE, mapOverlayText } from '../../src/lib/export/png';
import { builtDataset, expect, test, waitForMapIdle } from './fixtures';

const BRIEFING = 'china-middle-east';

function briefingContent() {
	const dataset = builtDataset();
	const briefing = dataset.briefings.find(({ id }) => id === BRIEFING)!;
	const slides = handoutSlides(dataset, buildArcGroups(dataset), briefing, () => '#000');
	return { briefing, slides, excerpts: briefingExcerpts(dataset, slides) };
}

/**
 * PDF text extraction breaks lines where Chrome wrapped them, also right after a hyphen or a dash,
 * so both sides are compared with runs of spaces folded and no space after those characters.
 */
const normalise = (text: string) =>
	text
		.replace(/\s+/g, ' ')
		.replace(/([-‐–—/]) /g, '$1')
		.trim();

/** Width, height and number of distinct colours of each image, decoded in the page. */
async function decodedImages(images: HTMLImageElement[]) {
	return Promise.all(
		images.map(async ({ src }) => {
			const image = new Image();
			image.src = src;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			const pixels = new Uint32Array(
				context.getImageData(0, 0, canvas.width, canvas.height).data.buffer
			);
			return {
				type: src.slice(0, src.indexOf(';')),
				width: image.naturalWidth,
				height: image.naturalHeight,
				colours: new Set(pixels).size
			};
		})
	);
}

test('the handout shows every slide with its map as a PNG, then every excerpt', async ({
	page
}) => {
	test.setTimeout(60_000);
	const { briefing, slides: handout, excerpts } = briefingContent();
	await page.goto(`/present/${BRIEFING}/handout`);
	const status = page.getByTestId('handout-status');
	const total = briefing.slides.length;
	await expect(status).toHaveText(new RegExp(`Rendering slide \\d of ${total}…`));
	await expect(page.locator('[data-handout-ready="true"]')).toBeAttached({ timeout: 45_000 });
	await expect(status).toHaveText(`All ${total} map images are ready.`);

	const slides = page.locator('section[data-slide]');
	await expect(slides.getByRole('heading', { level: 2 })).toHaveText(
		briefing.slides.map((slide) => slide.title)
	);
	const images = await slides.locator('img').evaluateAll(decodedImages);
	expect(images).toHaveLength(briefing.slides.length);
	for (const image of images) {
		expect(image).toMatchObject({
			type: 'data:image/png',
			width: HANDOUT_MAP_SIZE.width * EXPORT_SCALE,
			height: HANDOUT_MAP_SIZE.height * EXPORT_SCALE
		});
		expect(image.colours, 'distinct colours: a blank capture has one or two').toBeGreaterThan(20);
	}
	// Every arc of the shipped briefing is drawn at its slides' zooms: no "Drawn" note to read.
	expect(
		await slides
			.locator('img')
			.evaluateAll((list: HTMLImageElement[]) => list.map((img) => img.alt))
	).toEqual(handout.map(({ overlay }) => `Map of the slide: ${mapOverlayText(overlay)}.`));

	await expect(page.locator('.excerpts blockquote')).toHaveText(
		excerpts.map((excerpt) => excerpt.quote)
	);
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the dashboard downloads its map view as a PNG at twice its size', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const button = page.getByRole('button', { name: 'Download PNG' });
	const download = page.waitForEvent('download');
	await button.click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^relations-map-\d{4}-\d{2}-\d{2}\.png$/);
	const png = readFileSync((await file.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const map = await page.evaluate(() => {
		const container = window.relationsMap!.getContainer();
		return { width: container.clientWidth, height: container.clientHeight };
	});
	// The image is as wide as the map; the title above and the sources below make it taller.
	expect(png.readUInt32BE(16)).toBe(map.width * EXPORT_SCALE);
	expect(png.readUInt32BE(20)).toBeGreaterThan(map.height * EXPORT_SCALE);
	const colours = await page.evaluate(async (base64) => {
		const image = await createImageBitmap(
			await (await fetch(`data:image/png;base64,${base64}`)).blob()
		);
		const canvas = new OffscreenCanvas(image.width, image.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const pixels = context.getImageData(0, 0, image.width, image.height).data;
		const seen = new Set<number>();
		for (let i = 0; i < pixels.length; i += 4 * 97)
			seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
		return seen.size;
	}, png.toString('base64'));
	expect(colours, 'distinct colours: a blank map has only a few').toBeGreaterThan(50);
});

test('npm run brief:pdf prints one page per slide and every excerpt verbatim', async () => {
	test.setTimeout(150_000);
	const { briefing, excerpts } = briefingContent();
	const folder = mkdtempSync(join(tmpdir(), 'brief-pdf-'));
	const out = join(folder, 'handout.pdf');
	try {
		const { stdout, stderr } = await promisify(execFile)(
			'npm',
			['run', '--silent', 'brief:pdf', '--', BRIEFING, '--out', out],
			{ timeout: 120_000 }
		);
		const total = briefing.slides.length;
		expect(stderr).toContain(`Rendering slide ${total} of ${total}…`);
		expect(stdout).toContain(out);

		const pages = Number(
			/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1]
		);
		// A title page, a page per slide, and the excerpts on one page or more.
		expect(pages).toBeGreaterThanOrEqual(1 + total + 1);
		// -raw keeps the text in drawing order, so two-column excerpts are not interleaved.
		const text = (first: number, last = first) =>
			normalise(
				execFileSync('pdftotext', ['-raw', '-f', String(first), '-l', String(last), out, '-'], {
					encoding: 'utf8'
				})
			);
		briefing.slides.forEach((slide, i) => {
			const pageText = text(i + 2);
			// The kicker is set in capitals by CSS, and PDF text keeps the capitals.
			expect(pageText.toLowerCase()).toContain(`slide ${i + 1} of ${total}`);
			expect(pageText).toContain(normalise(slide.title));
		});
		const rest = text(total + 2, pages);
		expect(rest).toMatch(/^Excerpts/);
		for (const excerpt of excerpts) expect(rest).toContain(normalise(excerpt.quote));
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
