/**
 * A few events of China, Iraq, Iran and the United States for the unit tests of the arcs and
 * their aggregates: every kind of date, both directions of a directed type, an undated event.
 */
import type { DateBasis, DatasetEvent, EventType } from '../data/schema';

export const eventTypes: EventType[] = [
	{ id: 'agreement', label: 'Agreement', directed: false, description: 'd' },
	{ id: 'aid', label: 'Aid', directed: true, description: 'd' },
	{ id: 'confrontation', label: 'Confrontation', directed: true, description: 'd' }
];
const directedTypes = new Set(eventTypes.filter((type) => type.directed).map((type) => type.id));

/** `parties` is "CHN>IRQ": the first code is the actor of a directed type. */
export function event(
	id: string,
	type: string,
	parties: string,
	start: string | null,
	basis: DateBasis = start === null ? 'unknown' : 'stated'
): DatasetEvent {
	const [from = '', to = ''] = parties.split('>');
	const base = {
		id,
		type,
		date: { start, basis },
		title: id,
		summary: id,
		evidence: [{ source: 's', quote: 'q', start: 0, end: 1 }]
	};
	return directedTypes.has(type) ? { ...base, from, to } : { ...base, between: [from, to] };
}

export const ids = (events: DatasetEvent[]) => events.map((e) => e.id);

export const sample = [
	event('agree-2015', 'agreement', 'IRQ>CHN', '2015'),
	event('agree-1958', 'agreement', 'CHN>IRQ', '1958'),
	event('agree-undated', 'agreement', 'CHN>IRQ', null),
	event('aid-2020-inferred', 'aid', 'CHN>IRQ', '2020', 'inferred'),
	event('aid-2020-03', 'aid', 'CHN>IRQ', '2020-03'),
	event('aid-2021', 'aid', 'CHN>IRQ', '2021', 'inferred'),
	event('aid-back', 'aid', 'IRQ>CHN', '2019'),
	event('aid-undated', 'aid', 'CHN>IRQ', null),
	event('strike-2003', 'confrontation', 'USA>IRQ', '2003'),
	event('strike-2020', 'confrontation', 'USA>IRN', '2020-01'),
	event('agree-irn-1971', 'agreement', 'CHN>IRN', '1971', 'inferred')
];
