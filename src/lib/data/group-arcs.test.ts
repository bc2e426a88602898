import { describe, expect, it } from 'vitest';
import { arcGroupsFromIndex } from './aggregate';
import { eventYear } from './dates';
import { buildArcGroups, indexArcGroups } from './group-arcs';
import { compareEventsByDate, eventParties, pairKey } from './relations';
import type { DatasetEvent } from './schema';
import { event, eventTypes, ids, sample } from '../testing/sample-events';
import { shippedDataset } from '../testing/shipped-data';

const sampleGroups = buildArcGroups({ events: sample, eventTypes });

describe('buildArcGroups', () => {
	it.each<[string, DatasetEvent[], [string, string, string, string[]][]]>([
		[
			'an undirected pair named either way round is one arc from the first code',
			[event('b', 'agreement', 'IRQ>CHN', '2015'), event('a', 'agreement', 'CHN>IRQ', '1958')],
			[['CHN|IRQ|agreement', 'CHN', 'IRQ', ['a', 'b']]]
		],
		[
			'a directed type keeps its two directions apart',
			[event('out', 'aid', 'IRQ>CHN', '2020'), event('in', 'aid', 'CHN>IRQ', '2020')],
			[
				['CHN|IRQ|aid|CHN>IRQ', 'CHN', 'IRQ', ['in']],
				['CHN|IRQ|aid|IRQ>CHN', 'IRQ', 'CHN', ['out']]
			]
		],
		[
			'ordered by pair, then by the dataset order of types',
			[
				event('strike', 'confrontation', 'USA>IRQ', '2003'),
				event('aid', 'aid', 'CHN>IRQ', '2020'),
				event('agreement', 'agreement', 'IRQ>CHN', '2015')
			],
			[
				['CHN|IRQ|agreement', 'CHN', 'IRQ', ['agreement']],
				['CHN|IRQ|aid|CHN>IRQ', 'CHN', 'IRQ', ['aid']],
				['IRQ|USA|confrontation|USA>IRQ', 'USA', 'IRQ', ['strike']]
			]
		],
		[
			'events in date order, the undated last',
			[
				event('undated', 'agreement', 'CHN>IRQ', null),
				event('later', 'agreement', 'CHN>IRQ', '2015-12'),
				event('year-only', 'agreement', 'CHN>IRQ', '2015'),
				event('earlier', 'agreement', 'CHN>IRQ', '1958')
			],
			[['CHN|IRQ|agreement', 'CHN', 'IRQ', ['earlier', 'year-only', 'later', 'undated']]]
		],
		['no events, no arcs', [], []]
	])('%s', (_, events, expected) => {
		const groups = buildArcGroups({ events, eventTypes });
		expect(groups.map((g) => [g.key, g.from, g.to, ids(g.events)])).toEqual(expected);
	});

	it('slices each arc by year, with the undated apart', () => {
		const aid = sampleGroups.find((g) => g.key === 'CHN|IRQ|aid|CHN>IRQ');
		const events = (start: number, end?: number) => ids(aid?.events.slice(start, end) ?? []);
		expect(aid?.years.map((s) => [s.year, events(s.start, s.end), s.inferred])).toEqual([
			[2020, ['aid-2020-inferred', 'aid-2020-03'], 1],
			[2021, ['aid-2021'], 1]
		]);
		expect(events(aid?.undatedFrom ?? 0)).toEqual(['aid-undated']);
	});

	it('refuses an event of a type the dataset does not define', () => {
		expect(() =>
			buildArcGroups({ events: [event('x', 'trade', 'CHN>IRQ', '2020')], eventTypes })
		).toThrow(/unknown type "trade"/);
	});
});

describe('indexArcGroups and arcGroupsFromIndex', () => {
	const shipped = shippedDataset();
	const index = indexArcGroups(shipped);

	it('names every event exactly once, by its position', () => {
		const positions = index.flatMap((group) => group.eventIndices).sort((a, b) => a - b);
		expect(positions).toEqual(shipped.events.map((_, position) => position));
	});

	it.each(index.map((group) => [group.key, group] as const))(
		'%s lists its events in date order, all of its pair and type',
		(_, group) => {
			const events = group.eventIndices.map((position) => shipped.events[position]!);
			expect([...events].sort(compareEventsByDate)).toEqual(events);
			for (const event of events) {
				expect(event.type).toBe(group.typeId);
				const { from, to } = eventParties(event);
				expect(pairKey(from, to)).toBe(group.pairKey);
			}
		}
	);

	it('survives the trip from a worker: the rebuilt groups hold the page’s own event objects', () => {
		const groups = arcGroupsFromIndex(shipped.events, structuredClone(index));
		expect(groups.map((group) => group.key)).toEqual(index.map((group) => group.key));
		groups.forEach((group, g) =>
			group.events.forEach((event, e) =>
				expect(event).toBe(shipped.events[index[g]!.eventIndices[e]!])
			)
		);
		const undated = groups.flatMap((group) => group.events.slice(group.undatedFrom));
		expect(undated).toHaveLength(shipped.events.filter((e) => eventYear(e.date) === null).length);
	});

	it('slices every arc by the years its events start in, counting the inferred ones', () => {
		for (const group of arcGroupsFromIndex(shipped.events, structuredClone(index))) {
			let position = 0;
			for (const slice of group.years) {
				expect(slice.start).toBe(position);
				const events = group.events.slice(slice.start, slice.end);
				expect(events.length).toBeGreaterThan(0);
				for (const event of events) expect(eventYear(event.date)).toBe(slice.year);
				const inferred = events.filter((event) => event.date.basis === 'inferred');
				expect(slice.inferred).toBe(inferred.length);
				position = slice.end;
			}
			expect(group.undatedFrom).toBe(position);
			for (const event of group.events.slice(position)) expect(eventYear(event.date)).toBeNull();
		}
	});

	it.each<[string, DatasetEvent[], number[]]>([
		['no events', [], []],
		['only undated events', [event('u', 'aid', 'CHN>IRQ', null)], []],
		[
			'one run per year, the undated after them',
			[
				event('u', 'aid', 'CHN>IRQ', null),
				event('b', 'aid', 'CHN>IRQ', '2020-05', 'inferred'),
				event('a', 'aid', 'CHN>IRQ', '2020'),
				event('c', 'aid', 'CHN>IRQ', '2022', 'inferred')
			],
			[2020, 2, 1, 2022, 1, 1]
		]
	])('year runs of %s', (_, events, runs) => {
		const [group] = indexArcGroups({ events, eventTypes });
		expect(group?.yearRuns ?? []).toEqual(runs);
	});
});
