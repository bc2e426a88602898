/** Grouping and ordering of relation events, shared by the list, the map and the summaries. */
import { comparePartialDates, eventStart } from './dates';
import type { DatasetEvent } from './schema';

export interface Parties {
	/** The actor of a directed relation, or the first named party of an undirected one. */
	from: string;
	to: string;
}

/** What an event records of its parties: a pair, or an actor and a recipient. */
type EventWithParties = { between: readonly [string, string] } | { from: string; to: string };

export function eventParties(event: EventWithParties): Parties {
	return 'between' in event
		? { from: event.between[0], to: event.between[1] }
		: { from: event.from, to: event.to };
}

/** The same key for A–B and B–A, so both directions of a pair land together. */
export function pairKey(a: string, b: string): string {
	return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Earliest first; events with an unknown date go last, in id order so the result is stable. */
export function compareEventsByDate(a: DatasetEvent, b: DatasetEvent): number {
	const aStart = eventStart(a.date);
	const bStart = eventStart(b.date);
	if (aStart && bStart) return comparePartialDates(aStart, bStart) || a.id.localeCompare(b.id);
	if (aStart) return -1;
	if (bStart) return 1;
	return a.id.localeCompare(b.id);
}
