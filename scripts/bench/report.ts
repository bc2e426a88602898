/** The benchmark's figures, its targets and the Markdown table: pure functions, unit-tested. */
import { arcsDrawnClause } from '../../src/lib/geo/arc-zoom';

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The app's times against the baseline's: their medians and the ratio of the medians. */
export interface Comparison {
	app: number[];
	baseline: number[];
	appMedian: number | null;
	baselineMedian: number | null;
	ratio: number | null;
}

export function compare(app: number[], baseline: number[]): Comparison {
	const appMedian = median(app);
	const baselineMedian = median(baseline);
	const ratio = appMedian !== null && baselineMedian ? appMedian / baselineMedian : null;
	return { app, baseline, appMedian, baselineMedian, ratio };
}

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(values: number[], p: number): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1]!;
}

export interface Distribution {
	n: number;
	median: number | null;
	p95: number | null;
	max: number | null;
	/** Samples that never completed within the time limit (counted as misses, not as numbers). */
	timeouts: number;
	/** Planned samples left out because the size's time budget ran out (slow interactions). */
	skipped: number;
}

export function distribution(samples: number[], timeouts = 0, skipped = 0): Distribution {
	return {
		n: samples.length,
		median: median(samples),
		p95: percentile(samples, 95),
		max: samples.length ? Math.max(...samples) : null,
		timeouts,
		skipped
	};
}

export interface Bytes {
	files: number;
	raw: number;
	gzip: number;
}

export type ByteCategory = 'maplibre' | 'appJs' | 'css' | 'data' | 'fonts' | 'html' | 'other';

export interface SizeResult {
	events: number;
	sources: number;
	countries: number;
	arcs: number;
	runs: number;
	seconds: { generate: number; dataBuild: number; viteBuild: number; measure: number };
	navigation: Comparison & {
		/**
		 * The same until the frame MapLibre sent on going idle was painted, for both pages: under
		 * software WebGL that frame is drawn after the idle event. No target: the issue times (a)
		 * to the map idle.
		 */
		painted: Comparison;
		timeouts: number;
		/** Until the events were checked and the dashboard's map idle with their counts: no target. */
		ready: number[];
		readyMedian: number | null;
	};
	yearChange: Distribution;
	/** The same year changes until the next frame was painted: no target, shown for what it shows. */
	yearChangePainted: Distribution;
	/** To the presentation of the frame that first showed the summary, as Event Timing reports it. */
	countryClick: Distribution;
	/** The same clicks until the page's first task after that frame: no target. */
	countryClickNextTask: Distribution;
	/** The same clicks until the first task after the frame that showed every partner: no target. */
	countryClickComplete: Distribution;
	/** Clicks without an Event Timing entry, counted in countryClick by their next task instead. */
	countryClickWithoutEventTiming: number;
	heapMB: { samples: number[]; median: number | null };
	bytes: Record<ByteCategory, Bytes>;
	longTasks: {
		supported: boolean;
		load: { count: number; max: number };
		interactions: { count: number; max: number };
		max: number;
		/** The bare MapLibre baseline's, until its first view was painted: no target, a floor. */
		baselineLoad: { count: number; max: number };
	};
	progress: { frames: number; values: string[]; visible: boolean };
	/** The map canvas size the baseline copied, CSS pixels. */
	mapSize: { width: number; height: number } | null;
	/**
	 * In the first view: the arcs the map drew (with a width) at its zoom, the number the data
	 * says it should draw there (arc-zoom.ts), out of how many, and the legend's note, if any.
	 */
	arcsOnMap: {
		zoom: number;
		drawn: number;
		expected: number;
		shown: number;
		note: string | null;
	} | null;
	errors: string[];
}

const count = (value: number) => value.toLocaleString('en');

/**
 * Whether the first view draws the arcs it should at its zoom, and its legend says so, in the
 * app's own words, exactly when it leaves some out.
 */
export function arcsDrawnAsSaid(arcs: SizeResult['arcsOnMap']): boolean {
	if (!arcs || arcs.drawn !== arcs.expected) return false;
	const clause = arcsDrawnClause({ drawn: arcs.expected, shown: arcs.shown });
	return clause === null ? arcs.note === null : (arcs.note ?? '').includes(clause);
}

export interface Check {
	size: number;
	id: string;
	label: string;
	value: number | boolean | null;
	unit: 'ms' | 'KB' | 'x' | '';
	target: number | boolean;
	pass: boolean;
}

const KB = 1024;

/** The sizes at which a year change or a click has a target (see checksFor). */
export function hasInteractionTargets(size: number): boolean {
	return size === 10_000 || size === 100_000;
}

/** The issue's targets, evaluated on one size's results. */
export function checksFor(size: number, r: SizeResult): Check[] {
	const checks: Check[] = [];
	const numeric = (
		id: string,
		label: string,
		value: number | null,
		unit: Check['unit'],
		target: number
	) =>
		checks.push({ size, id, label, value, unit, target, pass: value !== null && value <= target });
	numeric('navigation.ratio', '(a) app / bare MapLibre baseline', r.navigation.ratio, 'x', 1.2);
	numeric('bytes.appJs', "(e) app's own JS, first view (gzip)", r.bytes.appJs.gzip / KB, 'KB', 80);
	const yearP95 = r.yearChange.timeouts > 0 ? null : r.yearChange.p95;
	// The issue asks a p95 of the year changes, and of a click only that it take 50 ms: a typical
	// click, its median. A light run times one to three clicks, whose p95 is their slowest.
	const clickMedian = r.countryClick.timeouts > 0 ? null : r.countryClick.median;
	if (size === 10_000) {
		numeric('yearChange.p95', '(b) year change p95', yearP95, 'ms', 50);
		numeric('countryClick.median', '(c) country click (median)', clickMedian, 'ms', 50);
	}
	if (size === 100_000) {
		numeric('yearChange.p95', '(b) year change p95', yearP95, 'ms', 150);
		numeric(
			'navigation.app',
			'(a) first arcs drawn (median)',
			r.navigation.timeouts > 0 ? null : r.navigation.appMedian,
			'ms',
			3000
		);
		numeric(
			'longTasks.max',
			'longest main-thread task (load + interactions)',
			r.longTasks.supported ? r.longTasks.max : null,
			'ms',
			200
		);
		checks.push({
			size,
			id: 'progress.visible',
			label: 'loading progress visible while data loads',
			value: r.progress.visible,
			unit: '',
			target: true,
			pass: r.progress.visible
		});
	}
	return checks;
}

/** The regression guard: a numeric figure more than `factor` times its target, or missing. */
export function guardFailures(checks: Check[], factor = 3): Check[] {
	return checks.filter(
		(check) =>
			typeof check.target === 'number' &&
			(check.value === null || (check.value as number) > check.target * factor)
	);
}

const fmtMs = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);
const fmtKB = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function targetText(check: Check | undefined): string {
	if (!check) return '';
	if (typeof check.target === 'boolean') return 'required';
	const unit = check.unit === 'x' ? '×' : ` ${check.unit}`;
	return `≤ ${check.target}${unit}`;
}

function resultText(check: Check | undefined): string {
	if (!check) return '';
	return check.pass ? 'pass' : '**miss**';
}

function distText(d: Distribution): string {
	if (d.n === 0 && d.timeouts === 0) return '—';
	let text = `median ${fmtMs(d.median)}, p95 ${fmtMs(d.p95)}, max ${fmtMs(d.max)} (n=${d.n})`;
	if (d.timeouts > 0) text += `, ${d.timeouts} timed out`;
	if (d.skipped > 0) text += `, ${d.skipped} more skipped: time budget spent`;
	return text;
}

function arcsText(arcs: SizeResult['arcsOnMap']): string {
	if (!arcs) return '—';
	const figures = `${count(arcs.drawn)} of ${count(arcs.shown)} at zoom ${arcs.zoom.toFixed(2)}`;
	if (arcsDrawnAsSaid(arcs)) return figures;
	return `**wrong**: ${figures}, ${count(arcs.expected)} expected; legend: ${arcs.note ?? 'no note'}`;
}

/** One Markdown table per size: metric, value, target, pass/miss. */
export function markdownTable(size: number, r: SizeResult, checks: Check[]): string {
	const find = (id: string) => checks.find((check) => check.id === id);
	const rows: [string, string, Check | undefined][] = [
		[
			'(a) navigation → arcs drawn, map idle',
			`median ${fmtMs(r.navigation.appMedian)} (runs: ${r.navigation.app.map((v) => Math.round(v)).join(', ') || '—'})${r.navigation.timeouts ? `, ${r.navigation.timeouts} timed out` : ''}`,
			find('navigation.app')
		],
		[
			'(a) the same, until the events are checked and the dashboard is ready',
			`median ${fmtMs(r.navigation.readyMedian)} (runs: ${r.navigation.ready.map((v) => Math.round(v)).join(', ') || '—'})`,
			undefined
		],
		[
			'(a) bare MapLibre baseline, same polygons and arcs',
			`median ${fmtMs(r.navigation.baselineMedian)} (loads: ${r.navigation.baseline.map((v) => Math.round(v)).join(', ') || '—'})`,
			undefined
		],
		[
			'(a) app / baseline',
			r.navigation.ratio === null ? '—' : `${r.navigation.ratio.toFixed(2)}×`,
			find('navigation.ratio')
		],
		[
			'(a) both, until that frame is painted: app / baseline',
			`${fmtMs(r.navigation.painted.appMedian)} / ${fmtMs(r.navigation.painted.baselineMedian)}` +
				(r.navigation.painted.ratio === null ? '' : ` = ${r.navigation.painted.ratio.toFixed(2)}×`),
			undefined
		],
		['(b) year change → arcs updated, map idle', distText(r.yearChange), find('yearChange.p95')],
		['(b) the same, until the next frame is painted', distText(r.yearChangePainted), undefined],
		[
			'(c) country click → summary rendered',
			distText(r.countryClick) +
				(r.countryClickWithoutEventTiming > 0
					? `; ${r.countryClickWithoutEventTiming} timed by the next task (no Event Timing entry)`
					: ''),
			find('countryClick.median')
		],
		[
			"(c) the same, until the page's next task after that frame",
			distText(r.countryClickNextTask),
			undefined
		],
		[
			'(c) the same, until the whole summary is painted (every partner, no longer busy)',
			distText(r.countryClickComplete),
			undefined
		],
		[
			'(d) JS heap after load (after GC)',
			r.heapMB.median === null ? '—' : `${r.heapMB.median.toFixed(1)} MB`,
			undefined
		],
		['(e) MapLibre JS + worker (gzip)', fmtKB(r.bytes.maplibre.gzip), undefined],
		["(e) app's own JS (gzip)", fmtKB(r.bytes.appJs.gzip), find('bytes.appJs')],
		[
			'(e) data: JSON and tiles (gzip)',
			`${fmtKB(r.bytes.data.gzip)} (${(r.bytes.data.raw / KB / KB).toFixed(1)} MB raw)`,
			undefined
		],
		[
			'(e) CSS, fonts, HTML (gzip)',
			fmtKB(r.bytes.css.gzip + r.bytes.fonts.gzip + r.bytes.html.gzip + r.bytes.other.gzip),
			undefined
		],
		[
			'long tasks: load / interactions',
			r.longTasks.supported
				? `${r.longTasks.load.count}, max ${fmtMs(r.longTasks.load.max)} / ${r.longTasks.interactions.count}, max ${fmtMs(r.longTasks.interactions.max)}`
				: 'not observable',
			find('longTasks.max')
		],
		[
			'long tasks of the bare MapLibre baseline, until its first view is painted',
			r.longTasks.supported
				? `${r.longTasks.baselineLoad.count}, max ${fmtMs(r.longTasks.baselineLoad.max)}`
				: 'not observable',
			undefined
		],
		[
			'loading progress painted while loading',
			r.progress.visible
				? `yes (${r.progress.frames} frames, ${r.progress.values.length} values)`
				: r.progress.frames > 0
					? `a bar that never moved (${r.progress.frames} frames)`
					: 'no progress bar seen',
			find('progress.visible')
		],
		[
			'arcs drawn in the first view (busiest first, as the legend says)',
			arcsText(r.arcsOnMap),
			undefined
		]
	];
	const lines = [
		`#### ${size.toLocaleString('en-US')} events (${r.sources} sources, ${r.countries} countries, ${r.arcs} arcs; ${r.runs} runs)`,
		'',
		'| metric | value | target | result |',
		'| --- | --- | --- | --- |',
		...rows.map(
			([label, value, check]) =>
				`| ${label} | ${value} | ${targetText(check)} | ${resultText(check)} |`
		)
	];
	if (r.errors.length > 0) {
		lines.push('', `Errors: ${r.errors.map((error) => error.replace(/\s+/g, ' ')).join('; ')}`);
	}
	return lines.join('\n');
}
