import { describe, expect, it } from 'vitest';
import { buildArcGroups } from '../data/group-arcs';
import type { DatasetEvent, EventType, PublishedSource } from '../data/schema';
import type { ArcsOnMap } from '../geo/arc-zoom';
import { DEFAULT_VIEW } from '../state/url-state';
import {
	EXPORT_SCALE,
	citationText,
	exportFileName,
	layoutExport,
	layoutLegend,
	mapOverlay,
	mapOverlayText,
	outputSize,
	wrapText,
	yearRangeLabel,
	type Measure
} from './png';

/** Every character as wide as a tenth of the font size: easy widths to reason about. */
const measure: Measure = (text, font) => text.length * (Number(/(\d+)px/.exec(font)![1]) / 2);
const perChar = (text: string) => text.length;

describe('wrapText', () => {
	it.each<[string, number, string[]]>([
		['', 10, []],
		['one', 10, ['one']],
		['one two three', 7, ['one two', 'three']],
		['one two three', 13, ['one two three']],
		['  spaced   out  ', 20, ['spaced out']],
		['abcdefghij kl', 4, ['abcd', 'efgh', 'ij', 'kl']],
		['a abcdefgh', 5, ['a', 'abcde', 'fgh']]
	])('%j in %i columns', (text, width, lines) => {
		expect(wrapText(text, width, perChar)).toEqual(lines);
	});

	it('never makes a line wider than allowed, whatever the words', () => {
		const text = 'Xinhua https://example.org/a-very-long-address-without-any-spaces-in-it report';
		for (const width of [5, 12, 30]) {
			for (const line of wrapText(text, width, perChar))
				expect(line.length).toBeLessThanOrEqual(width);
		}
	});
});

describe('yearRangeLabel', () => {
	it.each<[Partial<typeof DEFAULT_VIEW>, string]>([
		[{}, '1958–2021, and undated events'],
		[{ fromYear: 2015, toYear: 2015, includeUndated: false }, '2015'],
		[{ fromYear: 1958, toYear: 1971, includeUndated: false }, '1958–1971'],
		[
			{ toYear: 2000, includeInferred: false },
			'1958–2000, and undated events, inferred dates left out'
		]
	])('%j reads %j', (state, label) => {
		expect(yearRangeLabel({ ...DEFAULT_VIEW, ...state }, [1958, 2021])).toBe(label);
	});
});

const types: EventType[] = [
	{ id: 'agreement', label: 'Agreement', directed: false, description: 'd' },
	{ id: 'aid', label: 'Aid', directed: true, description: 'd' },
	{ id: 'support', label: 'Support', directed: true, description: 'd' }
];
const event = (id: string, type: string, start: string | null): DatasetEvent => ({
	id,
	type,
	date: { start, basis: start ? 'stated' : 'unknown' },
	title: id,
	summary: id,
	between: ['CHN', 'IRQ'],
	evidence: [{ source: 's', quote: 'q', start: 0, end: 1 }]
});
const events = [
	event('a', 'agreement', '1958'),
	event('b', 'aid', '2020'),
	{ ...event('c', 'support', null), from: 'RUS', to: 'SYR' }
] as DatasetEvent[];

describe('mapOverlay', () => {
	const dataset = { events, eventTypes: types };
	const groups = buildArcGroups(dataset);
	const colorOf = (id: string) => `#${id}`;

	it.each<[Partial<typeof DEFAULT_VIEW>, string, string[]]>([
		[{}, '1958–2020, and undated events', ['Agreement', 'Aid →', 'Support →']],
		[{ includeUndated: false }, '1958–2020', ['Agreement', 'Aid →']],
		[{ fromYear: 2000, toYear: 2020, includeUndated: false }, '2000–2020', ['Aid →']],
		[{ types: ['agreement'], includeUndated: false }, '1958–2020', ['Agreement']],
		[{ fromYear: 1990, toYear: 1995, includeUndated: false }, '1990–1995', []]
	])('%j: %s with %j', (state, years, labels) => {
		const overlay = mapOverlay(dataset, groups, { ...DEFAULT_VIEW, ...state }, colorOf, null);
		expect(overlay.years).toBe(years);
		expect(overlay.drawn).toBeNull();
		expect(overlay.legend.map((entry) => entry.label)).toEqual(labels);
	});

	it('keeps the colour of each type', () => {
		const overlay = mapOverlay(dataset, groups, DEFAULT_VIEW, colorOf, null);
		expect(overlay.legend.map((entry) => entry.color)).toEqual(['#agreement', '#aid', '#support']);
	});

	it.each<[{ drawn: number; shown: number } | null, string | null]>([
		[null, null],
		[{ drawn: 3, shown: 3 }, null],
		[{ drawn: 1000, shown: 6172 }, 'Drawn: 1,000 of the 6,172 arcs, the busiest over all years']
	])('notes the arcs the map leaves out (%j): %s', (arcsOnMap, drawn) => {
		expect(mapOverlay(dataset, groups, DEFAULT_VIEW, colorOf, arcsOnMap).drawn).toBe(drawn);
	});
});

describe('mapOverlayText', () => {
	const dataset = { events, eventTypes: types };
	const groups = buildArcGroups(dataset);
	const overlayOf = (state: Partial<typeof DEFAULT_VIEW>, arcsOnMap: ArcsOnMap | null = null) =>
		mapOverlay(dataset, groups, { ...DEFAULT_VIEW, ...state }, () => '#000', arcsOnMap);

	it.each<[string, ReturnType<typeof overlayOf>, string]>([
		[
			'every arc drawn',
			overlayOf({}),
			'1958–2020, and undated events; Agreement, Aid →, Support →'
		],
		[
			'no arc in the years',
			overlayOf({ fromYear: 1990, toYear: 1995, includeUndated: false }),
			'1990–1995; no arcs'
		],
		[
			'some arcs left out at the zoom',
			overlayOf({ includeUndated: false }, { drawn: 1000, shown: 6172 }),
			'1958–2020; Agreement, Aid →; Drawn: 1,000 of the 6,172 arcs, the busiest over all years'
		]
	])('%s', (_, overlay, text) => {
		expect(mapOverlayText(overlay)).toBe(text);
	});
});

describe('citationText', () => {
	const source = (fields: Partial<PublishedSource>): PublishedSource => ({
		id: 's',
		file: 'sources/s.txt',
		title: 'China, Iraq sign deal',
		publisher: 'Xinhua',
		author: null,
		published: { date: '2021-08-18', basis: 'stated' },
		url: null,
		length: 10,
		...fields
	});

	it.each<[Partial<PublishedSource>, string]>([
		[{}, 'China, Iraq sign deal, Xinhua, 18 August 2021'],
		[{ publisher: null }, 'China, Iraq sign deal, publisher unknown, 18 August 2021'],
		[
			{ published: { date: null, basis: 'unknown' } },
			'China, Iraq sign deal, Xinhua, publication date unknown'
		]
	])('%j', (fields, text) => {
		expect(citationText(source(fields))).toBe(text);
	});
});

describe('layoutLegend', () => {
	const map = { x: 0, y: 100, width: 600, height: 400 };

	const drawn = 'Drawn: 1,000 of the 6,172 arcs, the busiest over all years';
	it.each<[string[], string | null, number]>([
		[[], null, 1],
		[['Agreement'], null, 2],
		[['Agreement', 'Aid →', 'Diplomatic contact'], null, 4],
		[['Agreement', 'Aid →'], drawn, 4]
	])('%j, noting %j, takes %i rows in the lower left corner', (labels, note, rows) => {
		const overlay = {
			years: '2015',
			drawn: note,
			legend: labels.map((label) => ({ label, color: '#000' }))
		};
		const { box, texts, swatches } = layoutLegend(overlay, map, measure);
		expect(box.height).toBe(18 + 20 * rows);
		expect(box.x).toBe(10);
		expect(box.y + box.height).toBe(map.y + map.height - 10);
		const headings = note === null ? ['2015'] : ['2015', note];
		expect(texts.map((t) => t.text)).toEqual([...headings, ...labels]);
		expect(swatches).toHaveLength(labels.length);
		// Each swatch sits on its label's row, below the headings.
		swatches.forEach((swatch, i) => {
			const label = texts[headings.length + i]!;
			expect(Math.abs(label.y - swatch.y)).toBeLessThan(20 / 2);
		});
		for (const text of texts) {
			expect(text.x + measure(text.text, text.font)).toBeLessThanOrEqual(box.x + box.width);
			expect(text.y).toBeGreaterThan(box.y);
			expect(text.y).toBeLessThan(box.y + box.height);
		}
	});
});

describe('layoutExport', () => {
	const citations = [
		{ number: 1, text: 'A short source, Xinhua, 2021' },
		{
			number: 2,
			text: 'A source whose title is long enough to need a second line, China Watch, 2022'
		}
	];

	it.each<[string, number, typeof citations, { titleLines: number; citationLines: number }]>([
		['Short title', 600, citations, { titleLines: 1, citationLines: 2 }],
		['Short title', 400, citations, { titleLines: 1, citationLines: 3 }],
		[
			'A title long enough to wrap onto a second line at this width',
			400,
			[],
			{ titleLines: 2, citationLines: 1 }
		]
	])('%j at %ipx', (title, mapWidth, cited, { titleLines, citationLines }) => {
		const layout = layoutExport({ title, citations: cited, mapWidth, mapHeight: 300 }, measure);
		const titles = layout.texts.filter((t) => t.y < layout.map.y);
		const below = layout.texts.filter((t) => t.y > layout.map.y + layout.map.height);
		const bodyLines = below.filter((t) => !/^\d+\.$/.test(t.text) && t.text !== 'Sources');
		expect(titles).toHaveLength(titleLines);
		expect(bodyLines).toHaveLength(citationLines);
		expect(layout.width).toBe(mapWidth);
		expect(layout.map).toEqual({
			x: 0,
			y: 20 + 28 * titleLines + 10,
			width: mapWidth,
			height: 300
		});
		expect(layout.height).toBe(layout.map.y + 300 + 22 + 17 * citationLines + 20);
		for (const text of layout.texts) {
			expect(text.x + measure(text.text, text.font)).toBeLessThanOrEqual(mapWidth - 20);
			expect(text.y).toBeLessThan(layout.height);
		}
	});

	it('numbers each citation once, on its first line, with the text indented after it', () => {
		const layout = layoutExport({ title: 't', citations, mapWidth: 400, mapHeight: 300 }, measure);
		const numbers = layout.texts.filter((t) => /^\d+\.$/.test(t.text));
		expect(numbers.map((t) => t.text)).toEqual(['1.', '2.']);
		const lines = layout.texts.filter((t) => t.x === 20 + 26);
		expect(lines.map((t) => t.text).join(' ')).toBe(citations.map((c) => c.text).join(' '));
	});
});

describe('outputSize', () => {
	it.each([
		[
			{ width: 600, height: 400 },
			{ width: 1200, height: 800 }
		],
		[
			{ width: 852.5, height: 601.25 },
			{ width: 1705, height: 1203 }
		]
	])('%j CSS pixels make a %j image', (layout, size) => {
		expect(EXPORT_SCALE).toBe(2);
		expect(outputSize(layout)).toEqual(size);
	});
});

describe('exportFileName', () => {
	it.each([
		[new Date(2026, 10, 23, 9, 30), 'relations-map-2026-11-23.png'],
		[new Date(2027, 0, 5, 23, 59), 'relations-map-2027-01-05.png']
	])('%s', (date, name) => {
		expect(exportFileName(date)).toBe(name);
	});
});
