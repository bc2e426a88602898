import { describe, expect, it } from 'vitest';
import {
	arcsYearExtent,
	countInferred,
	countUndated,
	firstEventsByPair,
	largestArcCount,
	partnerHistory,
	partnersOf,
	visibleArcs,
	yearHistogram
} from './aggregate';
import { buildArcGroups } from './group-arcs';
import { eventYear } from './dates';
import { eventPasses, yearExtent, type EventFilter } from './filter';
import { compareEventsByDate, eventParties, pairKey } from './relations';
import { event, eventTypes, ids, sample } from '../testing/sample-events';
import { shippedDataset } from '../testing/shipped-data';
import type { DatasetEvent } from './schema';

const allTypes = new Set(eventTypes.map((type) => type.id));
const everything: EventFilter = {
	fromYear: 1900,
	toYear: 2100,
	types: allTypes,
	includeUndated: true,
	includeInferred: true
};

const sampleGroups = buildArcGroups({ events: sample, eventTypes });

describe('largestArcCount', () => {
	it.each<[string, DatasetEvent[], number]>([
		['no arcs still gives a scale with room', [], 1],
		[
			'the busiest arc, whatever its years',
			[
				event('a', 'agreement', 'CHN>IRQ', '1958'),
				event('b', 'agreement', 'IRQ>CHN', '2015'),
				event('c', 'aid', 'CHN>IRQ', '2020')
			],
			2
		]
	])('%s', (_, events, expected) => {
		expect(largestArcCount(buildArcGroups({ events, eventTypes }))).toBe(expected);
	});
});

describe('visibleArcs', () => {
	it.each<[string, Partial<EventFilter>, [string, string[], number | null, number | null][]]>([
		[
			'everything',
			{},
			[
				['CHN|IRN|agreement', ['agree-irn-1971'], 1971, 1971],
				['CHN|IRQ|agreement', ['agree-1958', 'agree-2015', 'agree-undated'], 1958, 2015],
				[
					'CHN|IRQ|aid|CHN>IRQ',
					['aid-2020-inferred', 'aid-2020-03', 'aid-2021', 'aid-undated'],
					2020,
					2021
				],
				['CHN|IRQ|aid|IRQ>CHN', ['aid-back'], 2019, 2019],
				['IRN|USA|confrontation|USA>IRN', ['strike-2020'], 2020, 2020],
				['IRQ|USA|confrontation|USA>IRQ', ['strike-2003'], 2003, 2003]
			]
		],
		[
			'a year range drops the arcs left empty',
			{ fromYear: 2020, toYear: 2020, includeUndated: false },
			[
				['CHN|IRQ|aid|CHN>IRQ', ['aid-2020-inferred', 'aid-2020-03'], 2020, 2020],
				['IRN|USA|confrontation|USA>IRN', ['strike-2020'], 2020, 2020]
			]
		],
		[
			'hiding inferred dates cuts inside a year',
			{ fromYear: 2020, toYear: 2021, includeUndated: false, includeInferred: false },
			[
				['CHN|IRQ|aid|CHN>IRQ', ['aid-2020-03'], 2020, 2020],
				['IRN|USA|confrontation|USA>IRN', ['strike-2020'], 2020, 2020]
			]
		],
		[
			'an arc of only undated events has no years',
			{ fromYear: 2030, toYear: 2040, types: new Set(['agreement']) },
			[['CHN|IRQ|agreement', ['agree-undated'], null, null]]
		],
		['a range with nothing in it', { fromYear: 1900, toYear: 1950, includeUndated: false }, []],
		['no types', { types: new Set() }, []]
	])('%s', (_, override, expected) => {
		const arcs = visibleArcs(sampleGroups, { ...everything, ...override });
		expect(arcs.map((a) => [a.group.key, ids(a.events), a.firstYear, a.lastYear])).toEqual(
			expected
		);
		for (const arc of arcs) expect(arc.count).toBe(arc.events.length);
	});

	it.each<[string, Partial<EventFilter>]>([
		['everything', {}],
		['a range', { fromYear: 2015, toYear: 2020 }],
		['a range that starts between slices', { fromYear: 2016, toYear: 2100 }],
		['an upside-down range', { fromYear: 2021, toYear: 2015 }],
		['no inferred', { includeInferred: false }],
		['no undated', { includeUndated: false }],
		['neither', { includeInferred: false, includeUndated: false, fromYear: 2003 }],
		['one type', { types: new Set(['aid']) }]
	])('shows exactly the events eventPasses lets through: %s', (_, override) => {
		const filter = { ...everything, ...override };
		const shown = visibleArcs(sampleGroups, filter).flatMap((arc) => ids(arc.events));
		const passing = sampleGroups.flatMap((group) =>
			ids(group.events.filter((e) => eventPasses(e, filter)))
		);
		expect(shown).toEqual(passing);
	});
});

describe('yearHistogram', () => {
	it.each<[string, ReadonlySet<string>, number, number, [number, Record<string, number>][]]>([
		[
			'stacks by type, with empty years and every type present',
			new Set(['aid', 'confrontation']),
			2019,
			2022,
			[
				[2019, { aid: 1, confrontation: 0 }],
				[2020, { aid: 2, confrontation: 1 }],
				[2021, { aid: 1, confrontation: 0 }],
				[2022, { aid: 0, confrontation: 0 }]
			]
		],
		[
			'leaves out years outside the range and types not asked for',
			new Set(['agreement']),
			1958,
			1960,
			[
				[1958, { agreement: 1 }],
				[1959, { agreement: 0 }],
				[1960, { agreement: 0 }]
			]
		],
		['an upside-down range has no bins', allTypes, 2000, 1999, []]
	])('%s', (_, types, fromYear, toYear, expected) => {
		const bins = yearHistogram(sampleGroups, types, fromYear, toYear);
		expect(bins.map((bin) => [bin.year, bin.counts])).toEqual(expected);
		for (const bin of bins) {
			expect(bin.total).toBe(Object.values(bin.counts).reduce((sum, n) => sum + n, 0));
		}
	});
});

it('yearHistogram leaves out the inferred dates the filter leaves out', () => {
	const withInferred = yearHistogram(sampleGroups, allTypes, 1950, 2030);
	const without = yearHistogram(sampleGroups, allTypes, 1950, 2030, false);
	const total = (bins: typeof without) => bins.reduce((sum, bin) => sum + bin.total, 0);
	expect(total(withInferred) - total(without)).toBe(countInferred(sampleGroups, allTypes));
	for (const [i, bin] of without.entries()) {
		const dated = sample.filter(
			(e) => eventYear(e.date) === bin.year && e.date.basis !== 'inferred' && allTypes.has(e.type)
		);
		expect(bin.total, String(bin.year)).toBe(dated.length);
		expect(bin.total).toBeLessThanOrEqual(withInferred[i]!.total);
	}
});

describe('countUndated and countInferred', () => {
	it.each<[ReadonlySet<string>, number, number]>([
		[allTypes, 2, 3],
		[new Set(['aid']), 1, 2],
		[new Set(['confrontation']), 0, 0],
		[new Set(), 0, 0]
	])('types %o: %i undated, %i inferred', (types, undated, inferred) => {
		expect(countUndated(sampleGroups, types)).toBe(undated);
		expect(countInferred(sampleGroups, types)).toBe(inferred);
	});

	it('does not count an undated event as inferred', () => {
		const groups = buildArcGroups({
			events: [event('x', 'aid', 'CHN>IRQ', null, 'inferred')],
			eventTypes
		});
		expect(countInferred(groups, allTypes)).toBe(0);
		expect(countUndated(groups, allTypes)).toBe(1);
	});
});

describe('partnersOf', () => {
	it.each<[string, string, Partial<EventFilter>, unknown[]]>([
		[
			'partners on either side, busiest first',
			'IRQ',
			{},
			[
				{
					partner: 'CHN',
					countsByType: { agreement: 3, aid: 5 },
					total: 8,
					firstYear: 1958,
					lastYear: 2021,
					yearCounts: [
						{ year: 1958, count: 1 },
						{ year: 2015, count: 1 },
						{ year: 2019, count: 1 },
						{ year: 2020, count: 2 },
						{ year: 2021, count: 1 }
					]
				},
				{
					partner: 'USA',
					countsByType: { confrontation: 1 },
					total: 1,
					firstYear: 2003,
					lastYear: 2003,
					yearCounts: [{ year: 2003, count: 1 }]
				}
			]
		],
		[
			'ties broken by partner code',
			'USA',
			{},
			[
				{ partner: 'IRN', total: 1 },
				{ partner: 'IRQ', total: 1 }
			]
		],
		[
			'only visible events count',
			'CHN',
			{ fromYear: 2020, toYear: 2020, includeUndated: false },
			[
				{
					partner: 'IRQ',
					countsByType: { aid: 2 },
					total: 2,
					yearCounts: [{ year: 2020, count: 2 }]
				}
			]
		],
		[
			'undated events count but have no year',
			'CHN',
			{ types: new Set(['agreement']), fromYear: 2030 },
			[{ partner: 'IRQ', total: 1, firstYear: null, lastYear: null, yearCounts: [] }]
		],
		['a country with nothing visible', 'SYR', {}, []]
	])('%s', (_, country, override, expected) => {
		const partners = partnersOf(country, visibleArcs(sampleGroups, { ...everything, ...override }));
		const withHistories = partners.map((partner) => ({ ...partner, ...partnerHistory(partner) }));
		expect(withHistories).toMatchObject(expected);
		expect(partners).toHaveLength(expected.length);
		for (const { events, total, yearCounts, firstYear, lastYear } of withHistories) {
			expect(ids(events)).toEqual(ids([...events].sort(compareEventsByDate)));
			expect(events).toHaveLength(total);
			expect([firstYear, lastYear]).toEqual([
				yearCounts[0]?.year ?? null,
				yearCounts.at(-1)?.year ?? null
			]);
		}
	});
});

describe('partnerHistory', () => {
	it('lists the events in date order whichever side the country is on', () => {
		const [china] = partnersOf(
			'IRQ',
			visibleArcs(sampleGroups, { ...everything, types: new Set(['aid']) })
		);
		expect(china && ids(partnerHistory(china).events)).toEqual([
			'aid-back',
			'aid-2020-inferred',
			'aid-2020-03',
			'aid-2021',
			'aid-undated'
		]);
	});
});

describe('against the real data', () => {
	const { eventTypes: realTypes, events: realEvents } = shippedDataset();
	const realGroups = buildArcGroups({ events: realEvents, eventTypes: realTypes });
	const realAllTypes = new Set(realTypes.map((type) => type.id));
	const everythingReal: EventFilter = { ...everything, types: realAllTypes };

	it('puts every event in exactly one arc', () => {
		expect(realGroups.flatMap((g) => ids(g.events)).sort()).toEqual(ids(realEvents).sort());
		expect(new Set(realGroups.map((g) => g.key)).size).toBe(realGroups.length);
	});

	it('draws aid between China and Iraq from China to Iraq', () => {
		const aid = realGroups.filter((g) => g.pairKey === 'CHN|IRQ' && g.typeId === 'aid');
		expect(aid.map((g) => [g.key, g.from, g.to, g.directed])).toEqual([
			['CHN|IRQ|aid|CHN>IRQ', 'CHN', 'IRQ', true]
		]);
	});

	it('shows only events of 2020–2021 when the range is 2020–2021', () => {
		const arcs = visibleArcs(realGroups, {
			...everythingReal,
			fromYear: 2020,
			toYear: 2021,
			includeUndated: false
		});
		expect(arcs.length).toBeGreaterThan(0);
		for (const arc of arcs) {
			for (const e of arc.events) expect(eventYear(e.date)).toSatisfy(inRange(2020, 2021));
			expect(arc.firstYear).toSatisfy(inRange(2020, 2021));
			expect(arc.lastYear).toSatisfy(inRange(2020, 2021));
		}
	});

	it('counts as undated the events that start on null', () => {
		const undated = realEvents.filter((e) => e.date.start === null).length;
		expect(undated).toBeGreaterThan(0);
		expect(countUndated(realGroups, realAllTypes)).toBe(undated);
	});

	it('has histogram totals equal to the dated events in range', () => {
		const [fromYear, toYear] = yearExtent(realEvents) ?? [0, -1];
		expect(arcsYearExtent(realGroups)).toEqual([fromYear, toYear]);
		const bins = yearHistogram(realGroups, realAllTypes, fromYear, toYear);
		expect(bins).toHaveLength(toYear - fromYear + 1);
		const total = bins.reduce((sum, bin) => sum + bin.total, 0);
		expect(total).toBe(realEvents.filter((e) => eventYear(e.date) !== null).length);
		const in2020 = bins.find((bin) => bin.year === 2020)?.total;
		expect(in2020).toBe(realEvents.filter((e) => eventYear(e.date) === 2020).length);
	});

	it('shows everything when nothing is filtered out', () => {
		const shown = visibleArcs(realGroups, everythingReal).reduce((sum, a) => sum + a.count, 0);
		expect(shown).toBe(realEvents.length);
	});

	it('lists China among the partners of every other country with events', () => {
		const partners = partnersOf('CHN', visibleArcs(realGroups, everythingReal)).map(
			(p) => p.partner
		);
		expect(partners).toEqual(expect.arrayContaining(['IRN', 'IRQ', 'RUS', 'SYR']));
		expect(partners).not.toContain('USA');
	});
});

function inRange(from: number, to: number) {
	return (year: number | null) => year !== null && year >= from && year <= to;
}

describe('firstEventsByPair', () => {
	const { countries, events, eventTypes } = shippedDataset();
	/** The plain way: every event grouped by pair, busiest pair first, each by date. */
	const groupEventsByPair = () => {
		const pairs = new Map<string, DatasetEvent[]>();
		for (const event of events) {
			const { from, to } = eventParties(event);
			pairs.set(pairKey(from, to), [...(pairs.get(pairKey(from, to)) ?? []), event]);
		}
		const name = (key: string, i: number) => byCode.get(key.split('|')[i]!)!.name;
		return [...pairs]
			.map(([key, list]) => ({ key, events: list.sort(compareEventsByDate) }))
			.sort(
				(x, y) =>
					y.events.length - x.events.length ||
					name(x.key, 0).localeCompare(name(y.key, 0)) ||
					name(x.key, 1).localeCompare(name(y.key, 1))
			);
	};
	const byCode = new Map(countries.map((c) => [c.iso3, c]));
	const all = visibleArcs(buildArcGroups({ events, eventTypes }), {
		fromYear: 1900,
		toYear: 2100,
		types: new Set(eventTypes.map((t) => t.id)),
		includeUndated: true,
		includeInferred: true
	});

	it('lists the same pairs and events, in the same order, as grouping every event', () => {
		const whole = groupEventsByPair();
		const paged = firstEventsByPair(all, byCode, Infinity);
		expect(paged.map((p) => [p.key, p.total, p.events.map((e) => e.id)])).toEqual(
			whole.map((g) => [g.key, g.events.length, g.events.map((e) => e.id)])
		);
	});

	it.each([0, 1, 5, 16, 17, 30])('stops after %d events, keeping each pair’s total', (limit) => {
		const paged = firstEventsByPair(all, byCode, limit);
		const shown = paged.reduce((sum, pair) => sum + pair.events.length, 0);
		expect(shown).toBe(Math.min(limit, events.length));
		const whole = new Map(groupEventsByPair().map((g) => [g.key, g]));
		for (const pair of paged) {
			expect(pair.total).toBe(whole.get(pair.key)!.events.length);
			expect(pair.events.map((e) => e.id)).toEqual(
				whole
					.get(pair.key)!
					.events.slice(0, pair.events.length)
					.map((e) => e.id)
			);
		}
	});
});
