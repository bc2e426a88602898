import { describe, expect, it } from 'vitest';
import {
	compareEventsByDate,
	eventParties,
	firstEvents,
	groupEventsByPair,
	pairKey
} from './relations';
import type { Country, DatasetEvent } from './schema';

const country = (iso3: string, name: string): Country => ({
	iso3,
	isoNumeric: '000',
	name,
	capital: { name: 'Capital', lon: 0, lat: 0 }
});

const countries = [country('CHN', 'China'), country('IRQ', 'Iraq'), country('IRN', 'Iran')];

function event(
	id: string,
	parties: string[],
	start: string | null,
	directed = false
): DatasetEvent {
	const base = {
		id,
		type: directed ? 'aid' : 'agreement',
		date:
			start === null
				? { start, basis: 'unknown' as const, note: 'n' }
				: { start, basis: 'stated' as const },
		title: id,
		summary: id,
		evidence: [{ source: 's', quote: 'q', start: 0, end: 1 }]
	};
	return directed
		? { ...base, from: parties[0]!, to: parties[1]! }
		: { ...base, between: [parties[0]!, parties[1]!] };
}

describe('pairKey', () => {
	it.each([
		['CHN', 'IRQ', 'CHN|IRQ'],
		['IRQ', 'CHN', 'CHN|IRQ'],
		['RUS', 'SYR', 'RUS|SYR']
	])('%s and %s share the key %s', (a, b, key) => expect(pairKey(a, b)).toBe(key));
});

describe('eventParties', () => {
	it.each([
		[event('u', ['IRQ', 'CHN'], '2015'), { from: 'IRQ', to: 'CHN' }],
		[event('d', ['CHN', 'IRQ'], '2020', true), { from: 'CHN', to: 'IRQ' }]
	])('reads the parties of %s', (e, parties) => expect(eventParties(e)).toEqual(parties));
});

describe('ordering and grouping', () => {
	it('orders by date with unknown dates last', () => {
		const events = [
			event('c', ['CHN', 'IRQ'], null),
			event('b', ['CHN', 'IRQ'], '2020-03'),
			event('a', ['CHN', 'IRQ'], '2020')
		];
		expect(events.sort(compareEventsByDate).map((e) => e.id)).toEqual(['a', 'b', 'c']);
	});

	it('groups both directions of a pair together, busiest pair first', () => {
		const groups = groupEventsByPair({
			countries,
			events: [
				event('iran', ['CHN', 'IRN'], '1971'),
				event('aid', ['CHN', 'IRQ'], '2020', true),
				event('letters', ['IRQ', 'CHN'], '2020-02', true),
				event('ties', ['IRQ', 'CHN'], '1958')
			]
		});
		expect(groups.map((g) => [g.key, g.events.map((e) => e.id)])).toEqual([
			['CHN|IRQ', ['ties', 'aid', 'letters']],
			['CHN|IRN', ['iran']]
		]);
		expect(groups[0]!.countries.map((c) => c.name)).toEqual(['China', 'Iraq']);
	});
});

describe('firstEvents', () => {
	const groups = groupEventsByPair({
		countries,
		events: [
			event('a', ['CHN', 'IRQ'], '2001'),
			event('b', ['CHN', 'IRQ'], '2002'),
			event('c', ['CHN', 'IRQ'], '2003'),
			event('d', ['CHN', 'IRN'], '2004'),
			event('e', ['CHN', 'IRN'], '2005')
		]
	});

	it.each<[number, string[][]]>([
		[0, []],
		[2, [['a', 'b']]],
		[3, [['a', 'b', 'c']]],
		[4, [['a', 'b', 'c'], ['d']]],
		[
			99,
			[
				['a', 'b', 'c'],
				['d', 'e']
			]
		]
	])('keeps the first %d events', (limit, expected) => {
		expect(firstEvents(groups, limit).map((g) => g.events.map((e) => e.id))).toEqual(expected);
	});

	it('leaves the groups it was given untouched', () => {
		firstEvents(groups, 1);
		expect(groups[0]!.events).toHaveLength(3);
	});
});
