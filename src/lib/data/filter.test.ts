import { describe, expect, it } from 'vitest';
import { eventPasses, yearExtent, type EventFilter } from './filter';
import type { DatasetEvent, EventDate } from './schema';

const event = (type: string, date: EventDate): DatasetEvent => ({
	id: 'e',
	type,
	between: ['CHN', 'IRQ'],
	date,
	title: 't',
	summary: 's',
	evidence: [{ source: 's', quote: 'q', start: 0, end: 1 }]
});

const filter: EventFilter = {
	fromYear: 2015,
	toYear: 2020,
	types: new Set(['agreement', 'aid']),
	includeUndated: false,
	includeInferred: true
};

describe('eventPasses', () => {
	it.each<[string, DatasetEvent, Partial<EventFilter>, boolean]>([
		[
			'a stated year inside the range',
			event('aid', { start: '2020-03', basis: 'stated' }),
			{},
			true
		],
		['the first year of the range', event('aid', { start: '2015', basis: 'stated' }), {}, true],
		[
			'a year before the range',
			event('aid', { start: '1958', end: 'ongoing', basis: 'stated' }),
			{},
			false
		],
		[
			'a year after the range',
			event('aid', { start: '2021-08-18', basis: 'publication', note: 'n' }),
			{},
			false
		],
		[
			'a type that is switched off',
			event('confrontation', { start: '2020', basis: 'stated' }),
			{},
			false
		],
		[
			'an undated event when undated are hidden',
			event('aid', { start: null, basis: 'unknown', note: 'n' }),
			{},
			false
		],
		[
			'an undated event when undated are shown',
			event('aid', { start: null, basis: 'unknown', note: 'n' }),
			{ includeUndated: true },
			true
		],
		[
			'an inferred date when inferred are hidden',
			event('aid', { start: '2020', basis: 'inferred', note: 'n' }),
			{ includeInferred: false },
			false
		],
		[
			'an inferred date when inferred are shown',
			event('aid', { start: '2020', basis: 'inferred', note: 'n' }),
			{},
			true
		]
	])('%s → %s', (_, e, override, expected) => {
		expect(eventPasses(e, { ...filter, ...override })).toBe(expected);
	});
});

describe('yearExtent', () => {
	it.each<[EventDate[], [number, number] | null]>([
		[
			[
				{ start: '2020', basis: 'stated' },
				{ start: '1958', basis: 'stated' },
				{ start: null, basis: 'unknown', note: 'n' }
			],
			[1958, 2020]
		],
		[[{ start: null, basis: 'unknown', note: 'n' }], null],
		[[], null]
	])('spans %j as %j', (dates, extent) => {
		expect(yearExtent(dates.map((d) => event('aid', d)))).toEqual(extent);
	});
});
