/**
 * `npm run bench`: the performance benchmark. For each size it generates a synthetic dataset,
 * builds the app with it in an isolated workspace (the repo's own static/generated and build/ are
 * never touched), serves it with `vite preview`, and measures in headless Chromium:
 *   (a) navigation to arcs drawn and the map idle, and the same for a bare MapLibre baseline page;
 *   (b) a year-range change (arrow key on a year slider) to arcs updated and the map idle;
 *   (c) a click on a country in the side panel to its summary rendered;
 *   (d) the JS heap after load; (e) the bytes of the first view, gzip, by kind;
 * plus main-thread long tasks and whether a loading progress is painted while data loads.
 *
 * Options: --sizes 1000,10000,100000  --runs N  --light (1k and 10k, interactions in one run)  --guard (exit 1
 * when a figure is more than 3× its target)  --keep (keep the temporary workspace).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';
import { buildArcGroups } from '../../src/lib/data/group-arcs';
import { eventParties } from '../../src/lib/data/relations';
import { ARC_TILES_MAX_ZOOM } from '../../src/lib/geo/arc-tiles';
import { arcMinZooms, arcsDrawnAt } from '../../src/lib/geo/arc-zoom';
import { BASELINE_DIR, writeBaseline } from './baseline';
import { writeDataDirectory } from './generate';
import { yearPlan } from './run-plan';
import {
	arcsDrawnAsSaid,
	checksFor,
	compare,
	distribution,
	guardFailures,
	hasInteractionTargets,
	markdownTable,
	median,
	type ByteCategory,
	type Bytes,
	type Check,
	type SizeResult
} from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(ROOT, 'bench/results');
const INSTRUMENT = readFileSync(join(ROOT, 'scripts/bench/instrument.browser.js'), 'utf8');
const VIEWPORT = { width: 1280, height: 720 };
/**
 * The baseline is loaded this many more times than the app: its loads take about a second, and
 * the median of three varied most (655–887 ms at 10k in one guard run, whose app loads were within
 * 6% of each other), which moved the ratio the guard checks more than the app did.
 */
const EXTRA_BASELINE_LOADS = 2;
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--enable-precise-memory-info'
];
const BROWSER_NOISE = [/GPU stall due to ReadPixels/, /GL Driver Message/];

interface Options {
	sizes: number[];
	runs: number;
	yearChanges: number;
	clicks: number;
	/** Seconds per size for the year changes and clicks together; what does not fit is skipped. */
	budget: number;
	light: boolean;
	guard: boolean;
	keep: boolean;
}

function readOptions(): Options {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string' },
			runs: { type: 'string' },
			'year-changes': { type: 'string' },
			clicks: { type: 'string' },
			budget: { type: 'string' },
			light: { type: 'boolean', default: false },
			guard: { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false }
		}
	});
	const light = values.light!;
	const sizes = (values.sizes ?? (light ? '1000,10000' : '1000,10000,100000'))
		.split(',')
		.map((size) => Number(size.trim()));
	if (sizes.some((size) => !Number.isInteger(size) || size < 10)) {
		throw new Error(`--sizes must be whole numbers of events, e.g. 1000,10000: ${values.sizes}`);
	}
	const number = (text: string | undefined, fallback: number) => {
		const value = text === undefined ? fallback : Number(text);
		if (!Number.isInteger(value) || value < 1)
			throw new Error(`not a positive whole number: ${text}`);
		return value;
	};
	return {
		sizes,
		runs: number(values.runs, 3),
		// Year changes and clicks are spread over the runs; these are totals per size.
		yearChanges: number(values['year-changes'], light ? 8 : 40),
		clicks: number(values.clicks, light ? 3 : 15),
		budget: number(values.budget, light ? 8 : 300),
		light,
		guard: values.guard!,
		keep: values.keep!
	};
}

const seconds = (since: number) => (Date.now() - since) / 1000;

function log(message: string) {
	console.error(`[bench] ${message}`);
}

/** Runs a command to completion; on failure the error carries the end of its output. */
function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
	return new Promise<string>((done, fail) => {
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: { ...process.env, ...options.env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0
				? done(output)
				: fail(new Error(`${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))
		);
	});
}

/**
 * A copy of the app to build with generated data: the repo's src, scripts, static and config, with
 * node_modules linked. The only change is in the copy of the source-page route: its prerender
 * entries are cut to three pages, because each source page re-reads and re-validates the whole
 * dataset, which takes hours at 100k events; the pages are not part of what is measured.
 */
function prepareWorkspace(dir: string) {
	for (const entry of [
		'src',
		'scripts',
		'static',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json',
		'package.json'
	]) {
		cpSync(join(ROOT, entry), join(dir, entry), {
			recursive: true,
			filter: (source) => !source.startsWith(join(ROOT, 'static/generated'))
		});
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const route = join(dir, 'src/routes/sources/[id]/+page.server.ts');
	if (existsSync(route)) {
		const text = readFileSync(route, 'utf8');
		const pattern = /export\s+const\s+entries\b/;
		if (pattern.test(text)) {
			writeFileSync(
				route,
				text.replace(pattern, 'const benchAllEntries') +
					'\n// Benchmark build only: three source pages are enough to prove the route builds.\n' +
					'export const entries = async () => (await benchAllEntries()).slice(0, 3);\n'
			);
		} else {
			log('warning: could not limit the prerendered source pages; the build may be slow');
		}
	}
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.unref();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))
			);
		});
	});
}

async function startPreview(cwd: string, port: number): Promise<ChildProcess> {
	// Started with node itself, not npx, so the PID we stop is the server's own.
	const server = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--port',
			String(port),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{ cwd, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let output = '';
	server.stderr!.on('data', (chunk) => (output += chunk));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`vite preview stopped: ${output.trim()}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((wait) => setTimeout(wait, 150));
	}
	server.kill();
	throw new Error(`vite preview did not answer on port ${port} within 30 s`);
}

function stop(server: ChildProcess | undefined): Promise<void> {
	if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
	return new Promise((done) => {
		server.once('exit', () => done());
		server.kill('SIGTERM');
	});
}

/** Which built files are MapLibre: Vite's manifest names the module each chunk comes from. */
function maplibreFiles(workspace: string): Set<string> {
	const manifestPath = join(workspace, '.svelte-kit/output/client/.vite/manifest.json');
	const files = new Set<string>();
	if (!existsSync(manifestPath)) return files;
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
		string,
		{ file: string }
	>;
	for (const [source, { file }] of Object.entries(manifest)) {
		if (source.includes('node_modules/maplibre-gl/') && !source.includes('?'))
			files.add(`/${file}`);
	}
	return files;
}

const gzipCache = new Map<string, { raw: number; gzip: number; mtime: number }>();

function fileBytes(path: string): { raw: number; gzip: number } {
	const mtime = statSync(path).mtimeMs;
	const cached = gzipCache.get(path);
	if (cached && cached.mtime === mtime) return cached;
	const body = readFileSync(path);
	// Already-compressed formats are sent as they are.
	const compressed = /\.(woff2?|png|jpe?g|webp|gz)$/.test(path);
	const entry = { raw: body.length, gzip: compressed ? body.length : gzipSync(body).length, mtime };
	gzipCache.set(path, entry);
	return entry;
}

function emptyBytes(): Record<ByteCategory, Bytes> {
	const zero = () => ({ files: 0, raw: 0, gzip: 0 });
	return {
		maplibre: zero(),
		appJs: zero(),
		css: zero(),
		data: zero(),
		fonts: zero(),
		html: zero(),
		other: zero()
	};
}

/** Sizes of the files a page requested, gzip-compressed as a static host would send them. */
function firstViewBytes(
	urls: string[],
	origin: string,
	buildDir: string,
	maplibre: Set<string>
): Record<ByteCategory, Bytes> {
	const bytes = emptyBytes();
	for (const url of new Set(urls)) {
		if (!url.startsWith(origin)) continue;
		let path = decodeURIComponent(new URL(url).pathname);
		if (path.endsWith('/')) path += 'index.html';
		let file = join(buildDir, path);
		if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		if (!existsSync(file) || !statSync(file).isFile()) continue;
		const category: ByteCategory = maplibre.has(path)
			? 'maplibre'
			: /\.m?js$/.test(path)
				? 'appJs'
				: path.endsWith('.css')
					? 'css'
					: /\/generated\/.*\.(json|pbf)$/.test(path)
						? 'data'
						: /\.(woff2?|ttf|otf)$/.test(path)
							? 'fonts'
							: /\.html?$/.test(file)
								? 'html'
								: 'other';
		const { raw, gzip } = fileBytes(file);
		bytes[category].files++;
		bytes[category].raw += raw;
		bytes[category].gzip += gzip;
	}
	return bytes;
}

async function settle(page: Page) {
	await page.evaluate(
		'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))))'
	);
}

interface AppRun {
	navigation: number | null;
	/** Until the frame MapLibre sent when it went idle was painted. */
	navigationPainted: number | null;
	/** Until the events were checked and the dashboard's map was idle with their counts. */
	ready: number | null;
	heapMB: number | null;
	mapSize: { width: number; height: number } | null;
	yearChanges: number[];
	yearChangesPainted: number[];
	yearTimeouts: number;
	yearSkipped: number;
	/** To the presentation of the frame that first showed the summary (see armClick). */
	clicks: number[];
	/** To the page's first task after that frame, which a busy GPU process can hold back. */
	clicksNextTask: number[];
	/** To the page's first task after the frame that showed the whole summary (aria-busy over). */
	clicksComplete: number[];
	clicksWithoutEventTiming: number;
	clickTimeouts: number;
	clickSkipped: number;
	longTasks: { load: number[]; interactions: number[]; supported: boolean };
	progress: { frames: number; values: string[] };
	/** The arcs the first view draws, at its zoom, and the legend's note on those it leaves out. */
	arcsOnMap: { zoom: number; drawn: number; note: string | null } | null;
	/** Everything requested until the first view was drawn, the map's worker's requests included. */
	requests: string[];
	errors: string[];
}

interface Limits {
	navigation: number;
	step: number;
}

/** Marks the side panel's button for a country (found by its text) so it can be clicked. */
async function markCountryButton(page: Page, name: string, timeout: number) {
	await page.waitForFunction(
		`(() => {
			for (const old of document.querySelectorAll('[data-bench-target]')) old.removeAttribute('data-bench-target');
			const button = [...document.querySelectorAll('aside button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
			if (button) button.setAttribute('data-bench-target', '');
			return Boolean(button);
		})()`,
		null,
		{ timeout, polling: 100 }
	);
}

async function measureApp(
	browser: Browser,
	origin: string,
	plan: { yearChanges: number; clickNames: string[]; budgetMs: number },
	limits: Limits
): Promise<AppRun> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript({ content: INSTRUMENT });
	const page = await context.newPage();
	const result: AppRun = {
		navigation: null,
		navigationPainted: null,
		ready: null,
		heapMB: null,
		mapSize: null,
		yearChanges: [],
		yearChangesPainted: [],
		yearTimeouts: 0,
		yearSkipped: 0,
		clicks: [],
		clicksNextTask: [],
		clicksComplete: [],
		clicksWithoutEventTiming: 0,
		clickTimeouts: 0,
		clickSkipped: 0,
		longTasks: { load: [], interactions: [], supported: true },
		progress: { frames: 0, values: [] },
		arcsOnMap: null,
		requests: [],
		errors: []
	};
	page.on('pageerror', (error) => result.errors.push(`app: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error' && !BROWSER_NOISE.some((noise) => noise.test(message.text()))) {
			result.errors.push(`app console: ${message.text()}`);
		}
	});
	let loading = true;
	page.on('request', (request) => {
		if (loading) result.requests.push(request.url());
	});
	const cdp = await context.newCDPSession(page);
	try {
		await page.goto(`${origin}/`, { waitUntil: 'commit' });
		try {
			await page.waitForFunction('window.__bench && window.__bench.arcsIdleAt !== null', null, {
				timeout: limits.navigation,
				polling: 200
			});
		} catch {
			result.errors.push(`app: no arcs drawn within ${limits.navigation / 1000} s`);
			return result;
		}
		loading = false;
		result.navigation = (await page.evaluate('window.__bench.arcsIdleAt')) as number;
		result.navigationPainted = await paintedAt(page, 'window.__bench.arcsPaintedAt', limits);
		// The first arcs can come before the events are checked (the first view's preview); the
		// rest is measured on the dashboard, once it is ready.
		try {
			await page.waitForFunction('window.__bench.readyAt !== null', null, {
				timeout: limits.navigation,
				polling: 200
			});
		} catch {
			result.errors.push(`app: the dashboard was not ready within ${limits.navigation / 1000} s`);
			return result;
		}
		result.ready = (await page.evaluate('window.__bench.readyAt')) as number;
		// The wait above polls, so it can end after the page has begun loading what it defers
		// until the first view is drawn: the page's own timeline tells those requests apart.
		const startedLater = new Set(
			(await page.evaluate(`(() => {
				const started = new Map();
				for (const entry of performance.getEntriesByType('resource')) {
					started.set(entry.name, Math.min(started.get(entry.name) ?? Infinity, entry.startTime));
				}
				return [...started].filter(([, at]) => at > window.__bench.arcsIdleAt).map(([url]) => url);
			})()`)) as string[]
		);
		result.requests = result.requests.filter((url) => !startedLater.has(url));
		result.mapSize = (await page.evaluate(
			'(() => { const r = window.relationsMap.getCanvas().getBoundingClientRect(); return { width: Math.round(r.width), height: Math.round(r.height) }; })()'
		)) as { width: number; height: number };
		result.arcsOnMap = (await page.evaluate(`(() => {
			const map = window.relationsMap;
			const drawn = map
				.queryRenderedFeatures({ layers: ['arcs'] })
				.filter((feature) => (feature.state.width ?? 0) > 0)
				.map((feature) => feature.properties.key);
			const note = document.querySelector('[data-testid="arcs-thinned"]');
			return {
				zoom: map.getZoom(),
				drawn: new Set(drawn).size,
				note: note ? note.textContent.replace(/\\s+/g, ' ').trim() : null
			};
		})()`)) as AppRun['arcsOnMap'];
		await settle(page);
		// The forced collection is a long task of our own: its window is left out of the figures.
		const gcStart = (await page.evaluate('performance.now()')) as number;
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		result.heapMB = heap.usedSize / 1024 / 1024;
		const interactionsStart = (await page.evaluate('performance.now()')) as number;

		// The time budget: 60% for the year changes, the rest for the clicks; at least one of each.
		const budgetStart = Date.now();
		const yearDeadline = budgetStart + plan.budgetMs * 0.6;
		const clickDeadline = budgetStart + plan.budgetMs;
		let focused: string | null = null;
		let consecutiveTimeouts = 0;
		for (const [slider, key] of yearPlan(plan.yearChanges)) {
			if (consecutiveTimeouts >= 2) break;
			if (result.yearChanges.length > 0 && Date.now() > yearDeadline) {
				result.yearSkipped++;
				continue;
			}
			if (focused !== slider) {
				// CSS rather than getByRole: role queries walk the whole accessibility tree, which
				// takes tens of seconds once the page holds thousands of event cards.
				await page.locator(`[role="slider"][aria-label="${slider}"]`).focus();
				focused = slider;
			}
			await page.evaluate('window.__bench.armYearChange()');
			await page.keyboard.press(key);
			try {
				await page.waitForFunction('window.__bench.yearChange.done', null, {
					timeout: limits.step,
					polling: 50
				});
				const { idle, painted } = (await page.evaluate(
					'({ idle: window.__bench.yearChange.t1 - window.__bench.yearChange.t0, painted: window.__bench.yearChange.paintedAt - window.__bench.yearChange.t0 })'
				)) as { idle: number; painted: number };
				result.yearChanges.push(idle);
				result.yearChangesPainted.push(painted);
				consecutiveTimeouts = 0;
			} catch {
				result.yearTimeouts++;
				consecutiveTimeouts++;
			}
			await settle(page);
		}

		const button = page.locator('[data-bench-target]');
		for (const name of plan.clickNames) {
			if (result.clicks.length > 0 && Date.now() > clickDeadline) {
				result.clickSkipped++;
				continue;
			}
			try {
				await markCountryButton(page, name, limits.step);
				await button.scrollIntoViewIfNeeded({ timeout: limits.step });
				await page.evaluate(`window.__bench.armClick('[data-testid="country-panel"]')`);
				await button.click({ timeout: limits.step });
				await page.waitForFunction('window.__bench.click.done', null, {
					timeout: limits.step,
					polling: 50
				});
				// Event Timing reports a click once its frame has been presented, a little later.
				await settle(page);
				const { presented, nextTask, complete } = (await page.evaluate(`(() => {
					const click = window.__bench.click;
					return {
						presented: click.presentedAt === null ? null : click.presentedAt - click.t0,
						nextTask: click.paintedAt - click.t0,
						complete: click.completePaintedAt - click.t0
					};
				})()`)) as { presented: number | null; nextTask: number; complete: number };
				result.clicks.push(presented ?? nextTask);
				if (presented === null) result.clicksWithoutEventTiming++;
				result.clicksNextTask.push(nextTask);
				result.clicksComplete.push(complete);
				await page
					.locator('[data-testid="country-panel"] button', { hasText: 'Close' })
					.first()
					.click({ timeout: limits.step });
				await markCountryButton(page, name, limits.step);
				// Each click is measured from rest, as each year change is: the map has redrawn
				// after the panel closed before the next click. Its highlight follows the panel two
				// frames later (RelationsLayers), so the wait starts after those frames and ends at
				// the map's next idle, once whatever it had to redraw is drawn. The promise resolves
				// to nothing: given MapLibre's idle event, Playwright would copy the whole map out of
				// the page, a long task of a second at 100,000 events that the app never runs.
				await page.evaluate(
					`new Promise((resolve) => {
						const map = window.relationsMap;
						requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => {
							map.once('idle', () => resolve());
							map.triggerRepaint();
						})));
					})`
				);
				await settle(page);
			} catch (error) {
				result.clickTimeouts++;
				result.errors.push(`click on ${name}: ${(error as Error).message.split('\n')[0]}`);
				break;
			}
		}

		const bench = (await page.evaluate(
			'({ longTasks: window.__bench.longTasks, supported: window.__bench.longTasksSupported, progress: window.__bench.progress })'
		)) as { longTasks: [number, number][]; supported: boolean; progress: AppRun['progress'] };
		const gcEnd = interactionsStart;
		for (const [start, duration] of bench.longTasks) {
			if (start + duration > gcStart && start < gcEnd) continue;
			(start < interactionsStart ? result.longTasks.load : result.longTasks.interactions).push(
				duration
			);
		}
		result.longTasks.supported = bench.supported;
		result.progress = bench.progress;
	} catch (error) {
		result.errors.push(`app: ${(error as Error).message.split('\n')[0]}`);
	} finally {
		await context.close();
	}
	return result;
}

/** The time `expression` gives once it is set, or null if it is not within a step's limit. */
async function paintedAt(page: Page, expression: string, limits: Limits): Promise<number | null> {
	try {
		await page.waitForFunction(`${expression} !== null`, null, {
			timeout: limits.step,
			polling: 50
		});
		return (await page.evaluate(expression)) as number;
	} catch {
		return null;
	}
}

interface BaselineRun {
	navigation: number | null;
	painted: number | null;
	/** Its long tasks until its first view was painted; null where they cannot be observed. */
	longTasks: number[] | null;
	errors: string[];
}

async function measureBaseline(
	browser: Browser,
	origin: string,
	size: { width: number; height: number },
	limits: Limits
): Promise<BaselineRun> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	// The app's instrument, for its long tasks only: the baseline page sets none of what else it watches.
	await context.addInitScript({ content: INSTRUMENT });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`baseline: ${error.message}`));
	try {
		await page.goto(`${origin}/${BASELINE_DIR}/index.html?w=${size.width}&h=${size.height}`, {
			waitUntil: 'commit'
		});
		await page.waitForFunction('window.__baseline && window.__baseline.idleAt !== null', null, {
			timeout: limits.navigation,
			polling: 200
		});
		const painted = await paintedAt(page, 'window.__baseline.paintedAt', limits);
		const longTasks = (await page.evaluate(
			'window.__bench.longTasksSupported ? window.__bench.longTasks.map(([, duration]) => duration) : null'
		)) as number[] | null;
		return {
			navigation: (await page.evaluate('window.__baseline.idleAt')) as number,
			painted,
			longTasks,
			errors
		};
	} catch (error) {
		errors.push(`baseline: ${(error as Error).message.split('\n')[0]}`);
		return { navigation: null, painted: null, longTasks: null, errors };
	} finally {
		await context.close();
	}
}

/** Countries to click: the three busiest, one from the middle and one of the quietest. */
function clickTargets(dataset: Dataset): string[] {
	const counts = new Map<string, number>();
	for (const event of dataset.events) {
		const { from, to } = eventParties(event);
		counts.set(from, (counts.get(from) ?? 0) + 1);
		counts.set(to, (counts.get(to) ?? 0) + 1);
	}
	const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const picks = [0, 1, 2, Math.floor(ranked.length / 2), ranked.length - 1]
		.map((index) => ranked[index]?.[0])
		.filter((code): code is string => code !== undefined);
	const names = new Map(dataset.countries.map((c) => [c.iso3, c.name]));
	return [...new Set(picks)].map((code) => names.get(code)!);
}

async function benchSize(
	size: number,
	options: Options,
	tmp: string,
	browser: Browser
): Promise<SizeResult> {
	const dataDir = join(tmp, `data-${size}`);
	const workspace = join(tmp, 'workspace');
	let started = Date.now();
	log(`${size} events: generating`);
	writeDataDirectory(size, dataDir);
	const generateSeconds = seconds(started);

	started = Date.now();
	log(`${size} events: data build`);
	await run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build-data.ts'], {
		cwd: workspace,
		env: { DATA_DIR: dataDir }
	});
	const dataBuildSeconds = seconds(started);

	const buildDir = join(workspace, 'build');
	// `vite preview` of a SvelteKit app serves .svelte-kit/output (what build/ is made from).
	const servedDir = join(workspace, '.svelte-kit/output/client');
	started = Date.now();
	if (options.light && existsSync(buildDir)) {
		// The app's code does not depend on the data, and a light run must stay within a minute:
		// its later sizes get their data as a static host would, by replacing the generated
		// files of the first size's build. (The prerendered source and briefing pages keep the
		// first size's data; they are not part of what is measured.)
		log(`${size} events: data replaced in the build`);
		for (const dir of [buildDir, servedDir]) {
			rmSync(join(dir, 'generated'), { recursive: true, force: true });
			cpSync(join(workspace, 'static/generated'), join(dir, 'generated'), { recursive: true });
		}
	} else {
		log(`${size} events: vite build`);
		await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { cwd: workspace });
	}
	const viteBuildSeconds = seconds(started);

	const dataset = JSON.parse(
		readFileSync(join(buildDir, 'generated/dataset.json'), 'utf8')
	) as Dataset;
	writeBaseline(servedDir, dataset);
	const groups = buildArcGroups(dataset);
	const minZooms = arcMinZooms(groups, ARC_TILES_MAX_ZOOM);
	const targets = clickTargets(dataset);
	const maplibre = maplibreFiles(workspace);

	const limits: Limits = {
		navigation: 60_000 + size * 3,
		step: 15_000 + size
	};
	const port = await freePort();
	const server = await startPreview(workspace, port);
	const origin = `http://127.0.0.1:${port}`;
	const measureStarted = Date.now();
	const apps: AppRun[] = [];
	const baselines: (number | null)[] = [];
	const baselinesPainted: (number | null)[] = [];
	const baselineTasks: number[] = [];
	const errors: string[] = [];
	// A light run loads the page three times (the baseline five), as its first view is what varies
	// most from one load to the next, but times the year changes and clicks in its first load only, and only at
	// a size where they have a target, so that it stays within a minute; a full run spreads them
	// over every load.
	const interactionRuns = !options.light ? options.runs : hasInteractionTargets(size) ? 1 : 0;
	const loadBaseline = async () => {
		const mapSize = apps.find((a) => a.mapSize)?.mapSize ?? VIEWPORT;
		const baseline = await measureBaseline(browser, origin, mapSize, limits);
		baselines.push(baseline.navigation);
		baselinesPainted.push(baseline.painted);
		if (baseline.longTasks) baselineTasks.push(...baseline.longTasks);
		errors.push(...baseline.errors);
	};
	const perRunYear = Math.ceil(options.yearChanges / Math.max(1, interactionRuns) / 2) * 2;
	const perRunClicks = Math.ceil(options.clicks / Math.max(1, interactionRuns));
	try {
		for (let index = 0; index < options.runs; index++) {
			log(`${size} events: run ${index + 1}/${options.runs}`);
			const interacting = index < interactionRuns;
			const clickNames = Array.from(
				{ length: interacting ? perRunClicks : 0 },
				(_, i) => targets[(index * perRunClicks + i) % targets.length]!
			);
			const app = await measureApp(
				browser,
				origin,
				{
					yearChanges: interacting ? perRunYear : 0,
					clickNames,
					budgetMs: (options.budget * 1000) / Math.max(1, interactionRuns)
				},
				limits
			);
			apps.push(app);
			errors.push(...app.errors);
			await loadBaseline();
		}
		for (let extra = 0; extra < EXTRA_BASELINE_LOADS; extra++) await loadBaseline();
	} finally {
		await stop(server);
	}

	const navigations = apps.map((a) => a.navigation).filter((v): v is number => v !== null);
	const readyTimes = apps.map((a) => a.ready).filter((v): v is number => v !== null);
	const baselineTimes = baselines.filter((v): v is number => v !== null);
	const appPainted = apps.map((a) => a.navigationPainted).filter((v): v is number => v !== null);
	const baselinePainted = baselinesPainted.filter((v): v is number => v !== null);
	const loadTasks = apps.flatMap((a) => a.longTasks.load);
	const interactionTasks = apps.flatMap((a) => a.longTasks.interactions);
	const firstLoaded = apps.find((a) => a.navigation !== null);
	const heaps = apps.map((a) => a.heapMB).filter((v): v is number => v !== null);
	// The same year changes are timed twice, to idle and to the painted frame: one count of misses.
	const yearTimeouts = apps.reduce((sum, a) => sum + a.yearTimeouts, 0);
	const yearSkipped = apps.reduce((sum, a) => sum + a.yearSkipped, 0);
	// The same for the clicks, timed to the presented frame and to the task after it.
	const clickTimeouts = apps.reduce((sum, a) => sum + a.clickTimeouts, 0);
	const clickSkipped = apps.reduce((sum, a) => sum + a.clickSkipped, 0);
	return {
		events: dataset.events.length,
		sources: dataset.sources.length,
		countries: dataset.countries.length,
		arcs: groups.length,
		runs: options.runs,
		seconds: {
			generate: generateSeconds,
			dataBuild: dataBuildSeconds,
			viteBuild: viteBuildSeconds,
			measure: seconds(measureStarted)
		},
		navigation: {
			...compare(navigations, baselineTimes),
			painted: compare(appPainted, baselinePainted),
			timeouts: apps.length - navigations.length,
			ready: readyTimes,
			readyMedian: median(readyTimes)
		},
		yearChange: distribution(
			apps.flatMap((a) => a.yearChanges),
			yearTimeouts,
			yearSkipped
		),
		yearChangePainted: distribution(
			apps.flatMap((a) => a.yearChangesPainted),
			yearTimeouts,
			yearSkipped
		),
		countryClick: distribution(
			apps.flatMap((a) => a.clicks),
			clickTimeouts,
			clickSkipped
		),
		countryClickWithoutEventTiming: apps.reduce((sum, a) => sum + a.clicksWithoutEventTiming, 0),
		countryClickNextTask: distribution(
			apps.flatMap((a) => a.clicksNextTask),
			clickTimeouts,
			clickSkipped
		),
		countryClickComplete: distribution(
			apps.flatMap((a) => a.clicksComplete),
			clickTimeouts,
			clickSkipped
		),
		heapMB: { samples: heaps, median: median(heaps) },
		bytes: firstLoaded
			? firstViewBytes(firstLoaded.requests, origin, buildDir, maplibre)
			: emptyBytes(),
		longTasks: {
			supported: apps.every((a) => a.longTasks.supported),
			load: { count: loadTasks.length, max: Math.max(0, ...loadTasks) },
			interactions: { count: interactionTasks.length, max: Math.max(0, ...interactionTasks) },
			max: Math.max(0, ...loadTasks, ...interactionTasks),
			baselineLoad: { count: baselineTasks.length, max: Math.max(0, ...baselineTasks) }
		},
		progress: {
			frames: Math.min(...apps.map((a) => a.progress.frames)),
			values: apps[0]?.progress.values ?? [],
			visible: apps.length > 0 && apps.every((a) => new Set(a.progress.values).size >= 2)
		},
		mapSize: firstLoaded?.mapSize ?? null,
		// Every arc is shown in the first view: the map draws those its zoom lets through.
		arcsOnMap: firstLoaded?.arcsOnMap
			? {
					...firstLoaded.arcsOnMap,
					expected: arcsDrawnAt(
						groups.map((group) => ({ group })),
						minZooms,
						firstLoaded.arcsOnMap.zoom
					),
					shown: groups.length
				}
			: null,
		errors: [...new Set(errors)]
	};
}

async function commitOf(): Promise<string> {
	try {
		const commit = (await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })).trim();
		// The results and the README table are this script's own output, not changes to what it measures.
		const dirty = (
			await run('git', ['status', '--porcelain', '--', '.', ':!bench/results', ':!README.md'], {
				cwd: ROOT
			})
		).trim();
		return dirty ? `${commit} (with uncommitted changes)` : commit;
	} catch {
		return 'unknown';
	}
}

function replaceReadmeSection(markdown: string) {
	const readme = join(ROOT, 'README.md');
	const text = readFileSync(readme, 'utf8');
	const start = '<!-- bench:results:start -->';
	const end = '<!-- bench:results:end -->';
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from === -1 || to === -1) {
		log('README.md has no bench:results markers; the table was not copied there');
		return;
	}
	writeFileSync(
		readme,
		`${text.slice(0, from + start.length)}\n\n${markdown}\n\n${text.slice(to)}`
	);
}

async function main() {
	const options = readOptions();
	const started = Date.now();
	const loadAtStart = loadavg().map((value) => Number(value.toFixed(2)));
	// Other work on a shared machine skews every figure: the busiest minute is recorded with them.
	let loadPeak = loadAtStart[0]!;
	const loadSampler = setInterval(() => (loadPeak = Math.max(loadPeak, loadavg()[0]!)), 5000);
	loadSampler.unref();
	const tmp = mkdtempSync(join(tmpdir(), 'relations-bench-'));
	const workspace = join(tmp, 'workspace');
	mkdirSync(workspace);
	prepareWorkspace(workspace);
	log(`workspace ${workspace}; sizes ${options.sizes.join(', ')}; ${options.runs} runs`);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	const chromiumVersion = browser.version();
	const results: Record<string, SizeResult> = {};
	const checks: Check[] = [];
	try {
		for (const size of options.sizes) {
			const result = await benchSize(size, options, tmp, browser);
			results[size] = result;
			checks.push(...checksFor(size, result));
		}
	} finally {
		await browser.close();
		if (!options.keep) rmSync(tmp, { recursive: true, force: true });
		else log(`kept ${tmp}`);
	}

	const totalSeconds = seconds(started);
	const commit = await commitOf();
	const meta = {
		date: new Date().toISOString(),
		commit,
		mode: options.light ? 'light' : 'full',
		sizes: options.sizes,
		runs: options.runs,
		yearChangesPerSize: options.yearChanges,
		clicksPerSize: options.clicks,
		seconds: Math.round(totalSeconds),
		machine: {
			cpus: cpus().length,
			cpu: cpus()[0]?.model ?? 'unknown',
			node: process.version,
			chromium: chromiumVersion,
			// Other work on the machine shows here: these 2 cores may be shared.
			loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
			loadAverageAtStart: loadAtStart,
			loadAverageOneMinutePeak: Number(loadPeak.toFixed(2)),
			webgl: 'headless Chromium, software WebGL (SwiftShader)'
		}
	};
	const tables = options.sizes.map((size) =>
		markdownTable(
			size,
			results[size]!,
			checks.filter((check) => check.size === size)
		)
	);
	const misses = checks.filter((check) => !check.pass);
	const markdown = [
		`Measured ${meta.date.slice(0, 10)} at ${commit}, ${meta.machine.cpus} cores (${meta.machine.cpu}), ` +
			`${meta.machine.webgl}, Chromium ${chromiumVersion}; ${options.runs} runs per size, ` +
			`whole run ${Math.round(totalSeconds)} s, 1-minute load average ${loadAtStart[0]} at start, ` +
			`${meta.machine.loadAverageAtEnd[0]} at the end, ${meta.machine.loadAverageOneMinutePeak} at its peak. ` +
			`Targets missed: ${misses.length} of ${checks.length}.`,
		'',
		...tables.flatMap((table) => [table, ''])
	]
		.join('\n')
		.trim();

	mkdirSync(RESULTS, { recursive: true });
	const name = options.light ? 'light' : 'latest';
	const jsonPath = join(RESULTS, `${name}.json`);
	const mdPath = join(RESULTS, `${name}.md`);
	writeFileSync(jsonPath, JSON.stringify({ meta, sizes: results, checks }, null, '\t') + '\n');
	writeFileSync(mdPath, `# Benchmark results (${meta.mode})\n\n${markdown}\n`);
	const formatted = [jsonPath, mdPath];
	if (!options.light && options.sizes.length === 3) {
		replaceReadmeSection(markdown.replace(/^#### /gm, '##### '));
		formatted.push(join(ROOT, 'README.md'));
	}
	await run(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', ...formatted], {
		cwd: ROOT
	}).catch((error: Error) => log(`prettier: ${error.message}`));
	console.log(markdown);
	console.log(`\nWrote ${jsonPath} and ${mdPath} in ${Math.round(totalSeconds)} s.`);

	if (options.guard) {
		const failures = guardFailures(checks);
		const wrongArcs = Object.entries(results).filter(
			([, result]) => !arcsDrawnAsSaid(result.arcsOnMap)
		);
		for (const [size] of wrongArcs) {
			console.error(
				`\nRegression guard FAILED: at ${size} events the first view does not draw the arcs its zoom and legend say (see the table).`
			);
		}
		if (wrongArcs.length > 0) process.exit(1);
		if (failures.length > 0) {
			console.error('\nRegression guard FAILED: figures far past their targets (more than 3×):');
			for (const check of failures) {
				console.error(
					`  ${check.size} events, ${check.label}: ${check.value === null ? 'no figure (timed out or failed)' : `${typeof check.value === 'number' ? check.value.toFixed(1) : check.value} ${check.unit}`}, target ≤ ${check.target} ${check.unit}`
				);
			}
			process.exit(1);
		}
		console.log('Regression guard passed: every figure is within 3× of its target.');
	}
}

main().catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exit(1);
});
