import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/lib/data/check';
import { eventParties } from '../../src/lib/data/relations';
import { generate } from './generate';
import {
	arcsDrawnAsSaid,
	compare,
	guardFailures,
	median,
	percentile,
	type Check,
	type Comparison
} from './report';
import { yearPlan } from './run-plan';

describe('the synthetic benchmark data', () => {
	const data = generate(1000);

	it('passes the data checker', () => {
		const files = new Map<string, string>([
			['sources.json', JSON.stringify(data.sources)],
			['countries.json', JSON.stringify(data.countries)],
			['event-types.json', JSON.stringify(data.eventTypes)],
			['events.json', JSON.stringify(data.events)]
		]);
		for (const source of data.sources) files.set(source.file, data.sourceTexts.get(source.id)!);
		const result = checkData({ read: (path) => files.get(path), listJson: () => [] });
		expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
	});

	it('is the same for the same seed', () => {
		expect(JSON.stringify(generate(1000).events)).toBe(JSON.stringify(data.events));
		expect(JSON.stringify(generate(1000, 7).events)).not.toBe(JSON.stringify(data.events));
	});

	it('has about 150 countries, every type, every date basis and 1–3 quotes per event', () => {
		expect(data.countries.length).toBe(150);
		expect(new Set(data.events.map((e) => e.type))).toEqual(
			new Set(data.eventTypes.map((t) => t.id))
		);
		expect(new Set(data.events.map((e) => e.date.basis))).toEqual(
			new Set(['stated', 'publication', 'inferred', 'unknown'])
		);
		const quotes = data.events.map((e) => e.evidence.length);
		expect(Math.min(...quotes)).toBe(1);
		expect(Math.max(...quotes)).toBe(3);
		expect(data.sources.length).toBe(20);
	});

	it('concentrates relations on a few hubs', () => {
		const counts = new Map<string, number>();
		for (const event of data.events) {
			const { from, to } = eventParties(event);
			for (const code of [from, to]) counts.set(code, (counts.get(code) ?? 0) + 1);
		}
		const top20 = [...counts.values()].sort((a, b) => b - a).slice(0, 20);
		const involving = top20.reduce((sum, n) => sum + n, 0);
		// Each event counts twice (two parties); the 20 busiest take part in most events.
		expect(involving / data.events.length).toBeGreaterThan(0.9);
	});
});

describe('the benchmark figures', () => {
	it('takes medians and nearest-rank percentiles', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(
			percentile(
				[...Array(100).keys()].map((i) => i + 1),
				95
			)
		).toBe(95);
		expect(percentile([10, 20], 95)).toBe(20);
		expect(median([])).toBeNull();
	});

	it('guards against figures far past their targets, and missing ones', () => {
		const check = (value: number | null): Check => ({
			size: 10_000,
			id: 'yearChange.p95',
			label: 'year change p95',
			value,
			unit: 'ms',
			target: 50,
			pass: value !== null && value <= 50
		});
		expect(guardFailures([check(140), check(49)])).toEqual([]);
		expect(guardFailures([check(151)]).length).toBe(1);
		expect(guardFailures([check(null)]).length).toBe(1);
	});

	it('moves both year handles in and back out, never against an end', () => {
		const plan = yearPlan(8);
		expect(plan.length).toBe(8);
		let from = 0;
		let to = 0;
		for (const [slider, key] of plan) {
			const step = key === 'ArrowRight' ? 1 : -1;
			if (slider === 'First year shown') from += step;
			else to += step;
			expect(from).toBeGreaterThanOrEqual(0);
			expect(to).toBeLessThanOrEqual(0);
		}
		expect([from, to]).toEqual([0, 0]);
	});

	it('plans no year change when none is asked for', () => {
		expect(yearPlan(0)).toEqual([]);
	});
});

describe('arcsDrawnAsSaid', () => {
	const note =
		'At this zoom the map draws 1,000 of the 6,172 arcs, the busiest over all years: zoom in, pick a country or open the table for the rest.';
	it.each([
		[
			'every arc drawn, no note',
			{ zoom: 0.7, drawn: 901, expected: 901, shown: 901, note: null },
			true
		],
		[
			'every arc drawn, yet a note',
			{ zoom: 0.7, drawn: 901, expected: 901, shown: 901, note },
			false
		],
		[
			'the busiest drawn, and said',
			{ zoom: 0.7, drawn: 1000, expected: 1000, shown: 6172, note },
			true
		],
		[
			'the busiest drawn, unsaid',
			{ zoom: 0.7, drawn: 1000, expected: 1000, shown: 6172, note: null },
			false
		],
		['said, but more drawn', { zoom: 0.7, drawn: 6172, expected: 1000, shown: 6172, note }, false],
		['other figures said', { zoom: 1.2, drawn: 2000, expected: 2000, shown: 6172, note }, false],
		['nothing measured', null, false]
	] as const)('%s', (_, arcs, expected) => {
		expect(arcsDrawnAsSaid(arcs)).toBe(expected);
	});
});

describe('compare', () => {
	it.each<[string, number[], number[], Pick<Comparison, 'appMedian' | 'baselineMedian' | 'ratio'>]>(
		[
			[
				'medians and their ratio',
				[300, 100, 200],
				[50, 100],
				{ appMedian: 200, baselineMedian: 75, ratio: 200 / 75 }
			],
			['no baseline: no ratio', [100], [], { appMedian: 100, baselineMedian: null, ratio: null }],
			['no app time: no ratio', [], [100], { appMedian: null, baselineMedian: 100, ratio: null }]
		]
	)('%s', (_, app, baseline, expected) => {
		expect(compare(app, baseline)).toEqual({ app, baseline, ...expected });
	});
});
