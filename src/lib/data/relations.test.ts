import { describe, expect, it } from 'vitest';
import { compareEventsByDate, eventParties, pairKey } from './relations';
import type { DatasetEvent } from './schema';

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
});
