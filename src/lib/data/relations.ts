/** Grouping and ordering of relation events, shared by the list, the map and the summaries. */
import { comparePartialDates, parsePartialDate } from './dates';
import type { Country, Dataset, DatasetEvent } from './schema';

export interface Parties {
	/** The actor of a directed relation, or the first named party of an undirected one. */
	from: string;
	to: string;
}

export function eventParties(event: DatasetEvent): Parties {
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
	const aStart = a.date.start === null ? null : parsePartialDate(a.date.start);
	const bStart = b.date.start === null ? null : parsePartialDate(b.date.start);
	if (aStart && bStart) return comparePartialDates(aStart, bStart) || a.id.localeCompare(b.id);
	if (aStart) return -1;
	if (bStart) return 1;
	return a.id.localeCompare(b.id);
}

export interface PairGroup {
	key: string;
	countries: [Country, Country];
	events: DatasetEvent[];
}

/** Events grouped by country pair: the busiest pair first, each pair's events by date. */
export function groupEventsByPair(dataset: Pick<Dataset, 'countries' | 'events'>): PairGroup[] {
	const countries = new Map(dataset.countries.map((country) => [country.iso3, country]));
	const groups = new Map<string, PairGroup>();
	for (const event of dataset.events) {
		const { from, to } = eventParties(event);
		const key = pairKey(from, to);
		let group = groups.get(key);
		if (!group) {
			const [a, b] = key.split('|').map((code) => countries.get(code)!) as [Country, Country];
			group = { key, countries: [a, b], events: [] };
			groups.set(key, group);
		}
		group.events.push(event);
	}
	for (const group of groups.values()) group.events.sort(compareEventsByDate);
	return [...groups.values()].sort(
		(x, y) =>
			y.events.length - x.events.length ||
			x.countries[0].name.localeCompare(y.countries[0].name) ||
			x.countries[1].name.localeCompare(y.countries[1].name)
	);
}

/**
 * The first `limit` events of the groups, in order, cutting the last group short: long lists are
 * shown a page at a time so that a large dataset never floods the page.
 */
export function firstEvents(groups: PairGroup[], limit: number): PairGroup[] {
	const shown: PairGroup[] = [];
	let left = limit;
	for (const group of groups) {
		if (left <= 0) break;
		shown.push(
			left >= group.events.length ? group : { ...group, events: group.events.slice(0, left) }
		);
		left -= group.events.length;
	}
	return shown;
}
