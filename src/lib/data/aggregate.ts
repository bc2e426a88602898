/**
 * The arcs on the map and the counts beside it. Events are grouped once into arcs and, inside each
 * arc, by year, so a change of filter walks the groups and the years in range rather than every
 * event.
 */
import { eventYear } from './dates';
import { eventPasses, type EventFilter } from './filter';
import { compareEventsByDate } from './relations';
import type { Country, DatasetEvent } from './schema';

/** The events of one arc that start in one year: a run of its events, which are in date order. */
export interface YearSlice {
	year: number;
	/** Positions in the arc's events, from `start` up to but not including `end`. */
	start: number;
	end: number;
	/**
	 * How many of the events have an inferred date: a slice without any is taken whole by every
	 * filter that has its year in range, without looking inside it.
	 */
	inferred: number;
}

/** One arc on the map: all events of one type between one pair of countries (one direction for directed types). */
export interface ArcGroup {
	/** `${pairKey}|${typeId}|${from}>${to}` for directed types, `${pairKey}|${typeId}` for undirected. */
	key: string;
	pairKey: string;
	typeId: string;
	directed: boolean;
	/** ISO3 of the actor; for undirected types the alphabetically first of the pair. */
	from: string;
	to: string;
	/** Sorted with compareEventsByDate. */
	events: DatasetEvent[];
	/** The dated events by start year, ascending. */
	years: YearSlice[];
	/**
	 * Where the events with no known year begin in `events` (date order puts them last): they pass
	 * or fail together on `includeUndated`.
	 */
	undatedFrom: number;
}

export interface VisibleArc {
	group: ArcGroup;
	/** The events of the group passing the filter, in date order. */
	events: DatasetEvent[];
	count: number;
	/** Over the visible events with a known year. */
	firstYear: number | null;
	lastYear: number | null;
}

/**
 * An arc group with its events named by their place in the dataset's event list: what the
 * dataset worker works out off the page's thread and hands over in a few small arrays.
 */
export type ArcGroupIndex = Omit<ArcGroup, 'events' | 'years' | 'undatedFrom'> & {
	/** Positions in `events`, sorted with compareEventsByDate. */
	eventIndices: number[];
	/**
	 * The dated events' runs by start year, in order, three numbers each: the year, how many
	 * events start in it, how many of those have an inferred date. The events after the last run
	 * are undated. Flat numbers cross from the worker far quicker than as many small objects, and
	 * the page needs to parse no date to slice the arcs by year.
	 */
	yearRuns: number[];
};

/** The arc groups of an index, their events looked up and cut by year; no date left to parse. */
export function arcGroupsFromIndex(events: DatasetEvent[], index: ArcGroupIndex[]): ArcGroup[] {
	return index.map(({ eventIndices, yearRuns, ...group }) => {
		const years: YearSlice[] = [];
		let end = 0;
		for (let run = 0; run < yearRuns.length; run += 3) {
			const start = end;
			end += yearRuns[run + 1]!;
			years.push({ year: yearRuns[run]!, start, end, inferred: yearRuns[run + 2]! });
		}
		return {
			...group,
			events: eventIndices.map((position) => events[position]!),
			years,
			undatedFrom: end
		};
	});
}

/** The most events any arc holds over all years (at least 1): the top of the arc width scale. */
export function largestArcCount(groups: ArcGroup[]): number {
	return groups.reduce((max, group) => Math.max(max, group.events.length), 1);
}

/** The arcs with at least one event passing the filter, in the order of `groups`. */
export function visibleArcs(groups: ArcGroup[], filter: EventFilter): VisibleArc[] {
	const arcs: VisibleArc[] = [];
	for (const group of groups) {
		if (!filter.types.has(group.typeId)) continue;
		const arc = visibleArc(group, filter);
		if (arc.count > 0) arcs.push(arc);
	}
	return arcs;
}

function visibleArc(group: ArcGroup, filter: EventFilter): VisibleArc {
	const events: DatasetEvent[] = [];
	let firstYear: number | null = null;
	let lastYear: number | null = null;
	for (let index = firstSliceFrom(group.years, filter.fromYear); ; index++) {
		const slice = group.years[index];
		if (!slice || slice.year > filter.toYear) break;
		// Only a slice holding inferred dates can be cut by the filter once its year is in range.
		const cut = slice.inferred > 0 && !filter.includeInferred;
		const before = events.length;
		for (let position = slice.start; position < slice.end; position++) {
			const event = group.events[position]!;
			if (!cut || eventPasses(event, filter)) events.push(event);
		}
		if (events.length === before) continue;
		firstYear ??= slice.year;
		lastYear = slice.year;
	}
	if (filter.includeUndated) {
		for (let position = group.undatedFrom; position < group.events.length; position++) {
			events.push(group.events[position]!);
		}
	}
	return { group, events, count: events.length, firstYear, lastYear };
}

/** Index of the first slice in `fromYear` or later. */
function firstSliceFrom(years: YearSlice[], fromYear: number): number {
	let low = 0;
	let high = years.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((years[middle]?.year ?? Infinity) < fromYear) low = middle + 1;
		else high = middle;
	}
	return low;
}

export interface YearBin {
	year: number;
	/** Type id to count, with a zero for every requested type so the stacks line up. */
	counts: Record<string, number>;
	total: number;
}

/**
 * One bin per year in [fromYear, toYear], empty years included, counting the dated events of
 * `types` (those with an inferred date only if `includeInferred`): from the arcs' year slices,
 * so it never walks every event.
 */
export function yearHistogram(
	groups: ArcGroup[],
	types: ReadonlySet<string>,
	fromYear: number,
	toYear: number,
	includeInferred = true
): YearBin[] {
	const bins: YearBin[] = [];
	for (let year = fromYear; year <= toYear; year++) {
		bins.push({ year, counts: Object.fromEntries([...types].map((type) => [type, 0])), total: 0 });
	}
	for (const group of groups) {
		if (!types.has(group.typeId)) continue;
		for (const slice of group.years) {
			const bin = bins[slice.year - fromYear];
			if (!bin) continue;
			const count = slice.end - slice.start - (includeInferred ? 0 : slice.inferred);
			bin.counts[group.typeId]! += count;
			bin.total += count;
		}
	}
	return bins;
}

/** Events of `types` whose year is unknown: what `includeUndated` adds. */
export function countUndated(groups: ArcGroup[], types: ReadonlySet<string>): number {
	let count = 0;
	for (const group of groups) {
		if (types.has(group.typeId)) count += group.events.length - group.undatedFrom;
	}
	return count;
}

/**
 * Dated events of `types` whose date is inferred: what `includeInferred` adds. An undated event is
 * left out even if its basis says inferred, since the filter judges it by `includeUndated` alone.
 */
export function countInferred(groups: ArcGroup[], types: ReadonlySet<string>): number {
	let count = 0;
	for (const group of groups) {
		if (!types.has(group.typeId)) continue;
		for (const slice of group.years) count += slice.inferred;
	}
	return count;
}

/** The years the arcs' dated events span, or null when no event has a known year. */
export function arcsYearExtent(groups: ArcGroup[]): [number, number] | null {
	let min = Infinity;
	let max = -Infinity;
	for (const { years } of groups) {
		if (years.length === 0) continue;
		min = Math.min(min, years[0]!.year);
		max = Math.max(max, years.at(-1)!.year);
	}
	return min === Infinity ? null : [min, max];
}

export interface PartnerSummary {
	partner: string;
	/** The partner's visible arcs: one a type, or one a direction for a directed type. */
	arcs: VisibleArc[];
	/** Only the types the partner has visible events of. */
	countsByType: Record<string, number>;
	total: number;
	firstYear: number | null;
	lastYear: number | null;
}

export interface PartnerHistory {
	/** In date order. */
	events: DatasetEvent[];
	/** Dated visible events per year, ascending, only years with at least one. */
	yearCounts: { year: number; count: number }[];
}

/**
 * Every country with a visible event involving `country` on either side, busiest first: from the
 * visible arcs, whose events the filter has already picked and counted, so a click walks no event.
 * A partner's events are put together by partnerHistory, for the partners a reader gets to see.
 */
export function partnersOf(country: string, arcs: VisibleArc[]): PartnerSummary[] {
	const arcsByPartner = new Map<string, VisibleArc[]>();
	for (const arc of arcs) {
		const { from, to } = arc.group;
		if (from !== country && to !== country) continue;
		const partner = from === country ? to : from;
		const partnerArcs = arcsByPartner.get(partner);
		if (partnerArcs) partnerArcs.push(arc);
		else arcsByPartner.set(partner, [arc]);
	}
	return [...arcsByPartner]
		.map(([partner, partnerArcs]) => summarisePartner(partner, partnerArcs))
		.sort((x, y) => y.total - x.total || x.partner.localeCompare(y.partner));
}

function summarisePartner(partner: string, arcs: VisibleArc[]): PartnerSummary {
	const countsByType: Record<string, number> = {};
	let total = 0;
	let firstYear: number | null = null;
	let lastYear: number | null = null;
	// An event has one type and one direction, so the pair's arcs share none: their counts add up.
	for (const arc of arcs) {
		countsByType[arc.group.typeId] = (countsByType[arc.group.typeId] ?? 0) + arc.count;
		total += arc.count;
		if (arc.firstYear !== null && (firstYear === null || arc.firstYear < firstYear)) {
			firstYear = arc.firstYear;
		}
		if (arc.lastYear !== null && (lastYear === null || arc.lastYear > lastYear)) {
			lastYear = arc.lastYear;
		}
	}
	return { partner, arcs, countsByType, total, firstYear, lastYear };
}

/** A partner's visible events in date order, and how many of them start in each year. */
export function partnerHistory({ arcs }: PartnerSummary): PartnerHistory {
	const events = firstInDateOrder(
		arcs.map((arc) => arc.events),
		Infinity
	);
	const yearCounts: { year: number; count: number }[] = [];
	for (const event of events) {
		const year = eventYear(event.date);
		if (year === null) break;
		const latest = yearCounts.at(-1);
		if (latest?.year === year) latest.count++;
		else yearCounts.push({ year, count: 1 });
	}
	return { events, yearCounts };
}

export interface PairEvents {
	key: string;
	countries: [Country, Country];
	/** Visible events of the pair, in all. */
	total: number;
	/** The pair's first events in date order; fewer than `total` where the page ends. */
	events: DatasetEvent[];
}

/**
 * The first `limit` visible events, grouped by pair (busiest pair first, each pair's events by
 * date). Built from the visible arcs, and only as far as the page goes, so a long list costs no
 * more than the part of it that is shown.
 */
export function firstEventsByPair(
	arcs: VisibleArc[],
	countries: Map<string, Country>,
	limit: number
): PairEvents[] {
	const arcsByPair = new Map<string, VisibleArc[]>();
	for (const arc of arcs) {
		const pair = arcsByPair.get(arc.group.pairKey) ?? [];
		pair.push(arc);
		arcsByPair.set(arc.group.pairKey, pair);
	}
	const name = (code: string) => countries.get(code)?.name ?? code;
	const pairs = [...arcsByPair].map(([key, pairArcs]) => ({
		key,
		codes: key.split('|') as [string, string],
		arcs: pairArcs,
		total: pairArcs.reduce((sum, arc) => sum + arc.count, 0)
	}));
	pairs.sort(
		(x, y) =>
			y.total - x.total ||
			name(x.codes[0]).localeCompare(name(y.codes[0])) ||
			name(x.codes[1]).localeCompare(name(y.codes[1]))
	);
	const shown: PairEvents[] = [];
	let left = limit;
	for (const pair of pairs) {
		if (left <= 0) break;
		shown.push({
			key: pair.key,
			countries: pair.codes.map((code) => countries.get(code)!) as [Country, Country],
			total: pair.total,
			events: firstInDateOrder(
				pair.arcs.map((arc) => arc.events),
				left
			)
		});
		left -= pair.total;
	}
	return shown;
}

/**
 * The first `limit` events of lists that are each in date order, in date order: what sorting them
 * all together would give (the order is total, see compareEventsByDate), without sorting
 * thousands of events to show a few.
 */
function firstInDateOrder(lists: DatasetEvent[][], limit: number): DatasetEvent[] {
	const heads = lists.map(() => 0);
	const merged: DatasetEvent[] = [];
	while (merged.length < limit) {
		let next = -1;
		for (let list = 0; list < lists.length; list++) {
			const candidate = lists[list]![heads[list]!];
			if (candidate === undefined) continue;
			if (next === -1 || compareEventsByDate(candidate, lists[next]![heads[next]!]!) < 0)
				next = list;
		}
		if (next === -1) break;
		merged.push(lists[next]![heads[next]!++]!);
	}
	return merged;
}
