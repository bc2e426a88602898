/**
 * The dashboard's event filter. An event is placed in time by the year it starts: a relation that
 * began in 1958 belongs to 1958 on the timeline, however long it has lasted since.
 */
import { eventYear } from './dates';
import type { DatasetEvent } from './schema';

export interface EventFilter {
	/** Inclusive range of start years shown. */
	fromYear: number;
	toYear: number;
	/** Event type ids shown. */
	types: ReadonlySet<string>;
	/** Show events whose date is unknown (they have no place on the timeline). */
	includeUndated: boolean;
	/** Show events whose date is inferred rather than stated or taken from the publication. */
	includeInferred: boolean;
}

export function eventPasses(event: DatasetEvent, filter: EventFilter): boolean {
	if (!filter.types.has(event.type)) return false;
	const year = eventYear(event.date);
	if (year === null) return filter.includeUndated;
	if (event.date.basis === 'inferred' && !filter.includeInferred) return false;
	return year >= filter.fromYear && year <= filter.toYear;
}

/** The years the dated events span, or null when no event has a known year. */
export function yearExtent(events: DatasetEvent[]): [number, number] | null {
	let min = Infinity;
	let max = -Infinity;
	for (const event of events) {
		const year = eventYear(event.date);
		if (year === null) continue;
		if (year < min) min = year;
		if (year > max) max = year;
	}
	return min === Infinity ? null : [min, max];
}
