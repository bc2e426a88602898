/**
 * The arcs on the map and the counts beside it. Events are grouped once into arcs and, inside each
 * arc, by year, so a change of filter walks the groups and the years in range rather than every
 * event.
 */
import { eventYear } from './dates';
import { eventPasses, type EventFilter } from './filter';
import { compareEventsByDate, eventParties, pairKey } from './relations';
import type { Country, Dataset, DatasetEvent } from './schema';

/** The events of one arc that start in one year, in date order. */
export interface YearSlice {
	year: number;
	events: DatasetEvent[];
	/** Lets a filter that shows inferred dates take the slice whole without looking inside it. */
	hasInferred: boolean;
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
	/** The events with no known year, which pass or fail together on `includeUndated`. */
	undated: DatasetEvent[];
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
export type ArcGroupIndex = Omit<ArcGroup, 'events' | 'years' | 'undated'> & {
	/** Positions in `events`, sorted with compareEventsByDate. */
	eventIndices: number[];
};

/** Ordered by pair, then by type as listed in the dataset, then by direction. */
export function indexArcGroups(dataset: Pick<Dataset, 'events' | 'eventTypes'>): ArcGroupIndex[] {
	const types = new Map(dataset.eventTypes.map((type, order) => [type.id, { ...type, order }]));
	const groups = new Map<string, ArcGroupIndex>();
	dataset.events.forEach((event, index) => {
		const type = types.get(event.type);
		if (!type) throw new Error(`Event "${event.id}" has the unknown type "${event.type}"`);
		const parties = eventParties(event);
		const { from, to } =
			type.directed || parties.from <= parties.to
				? parties
				: { from: parties.to, to: parties.from };
		const pair = pairKey(from, to);
		const key = type.directed ? `${pair}|${type.id}|${from}>${to}` : `${pair}|${type.id}`;
		let group = groups.get(key);
		if (!group) {
			group = {
				key,
				pairKey: pair,
				typeId: type.id,
				directed: type.directed,
				from,
				to,
				eventIndices: []
			};
			groups.set(key, group);
		}
		group.eventIndices.push(index);
	});
	const byDate = (x: number, y: number) =>
		compareEventsByDate(dataset.events[x]!, dataset.events[y]!);
	for (const group of groups.values()) group.eventIndices.sort(byDate);
	const typeOrder = (group: ArcGroupIndex) => types.get(group.typeId)?.order ?? 0;
	return [...groups.values()].sort(
		(x, y) =>
			x.pairKey.localeCompare(y.pairKey) ||
			typeOrder(x) - typeOrder(y) ||
			x.from.localeCompare(y.from)
	);
}

/** The arc groups of an index, their events looked up and cut by year; no sorting left to do. */
export function arcGroupsFromIndex(events: DatasetEvent[], index: ArcGroupIndex[]): ArcGroup[] {
	return index.map(({ eventIndices, ...group }) => {
		const arc: ArcGroup = { ...group, events: [], years: [], undated: [] };
		for (const position of eventIndices) arc.events.push(events[position]!);
		sliceByYear(arc);
		return arc;
	});
}

/** Ordered by pair, then by type as listed in the dataset, then by direction. */
export function buildArcGroups(dataset: Pick<Dataset, 'events' | 'eventTypes'>): ArcGroup[] {
	return arcGroupsFromIndex(dataset.events, indexArcGroups(dataset));
}

/** Cuts a group's events, already in date order, into year slices and the undated rest. */
function sliceByYear(group: ArcGroup): void {
	// Date order puts the dated events first, by year, so each year's slice is one run.
	for (const event of group.events) {
		const year = eventYear(event.date);
		if (year === null) {
			group.undated.push(event);
			continue;
		}
		const inferred = event.date.basis === 'inferred';
		const slice = group.years.at(-1);
		if (slice?.year === year) {
			slice.events.push(event);
			slice.hasInferred ||= inferred;
		} else {
			group.years.push({ year, events: [event], hasInferred: inferred });
		}
	}
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
		const passing =
			slice.hasInferred && !filter.includeInferred
				? slice.events.filter((event) => eventPasses(event, filter))
				: slice.events;
		if (passing.length === 0) continue;
		firstYear ??= slice.year;
		lastYear = slice.year;
		for (const event of passing) events.push(event);
	}
	if (filter.includeUndated) for (const event of group.undated) events.push(event);
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

/** One bin per year in [fromYear, toYear], empty years included, counting dated events of `types`. */
export function yearHistogram(
	events: DatasetEvent[],
	types: ReadonlySet<string>,
	fromYear: number,
	toYear: number
): YearBin[] {
	const bins: YearBin[] = [];
	for (let year = fromYear; year <= toYear; year++) {
		bins.push({ year, counts: Object.fromEntries([...types].map((type) => [type, 0])), total: 0 });
	}
	for (const event of events) {
		if (!types.has(event.type)) continue;
		const year = eventYear(event.date);
		if (year === null) continue;
		const bin = bins[year - fromYear];
		if (!bin) continue;
		bin.counts[event.type] = (bin.counts[event.type] ?? 0) + 1;
		bin.total++;
	}
	return bins;
}

/** Events of `types` whose year is unknown: what `includeUndated` adds. */
export function countUndated(events: DatasetEvent[], types: ReadonlySet<string>): number {
	return events.filter((event) => types.has(event.type) && eventYear(event.date) === null).length;
}

/**
 * Dated events of `types` whose date is inferred: what `includeInferred` adds. An undated event is
 * left out even if its basis says inferred, since the filter judges it by `includeUndated` alone.
 */
export function countInferred(events: DatasetEvent[], types: ReadonlySet<string>): number {
	return events.filter(
		(event) =>
			types.has(event.type) && event.date.basis === 'inferred' && eventYear(event.date) !== null
	).length;
}

export interface PartnerSummary {
	partner: string;
	/** Only the types the partner has visible events of. */
	countsByType: Record<string, number>;
	total: number;
	firstYear: number | null;
	lastYear: number | null;
	/** In date order. */
	events: DatasetEvent[];
	/** Dated visible events per year, ascending, only years with at least one. */
	yearCounts: { year: number; count: number }[];
}

/** Every country with a visible event involving `country` on either side, busiest first. */
export function partnersOf(
	country: string,
	events: DatasetEvent[],
	filter: EventFilter
): PartnerSummary[] {
	const eventsByPartner = new Map<string, DatasetEvent[]>();
	for (const event of events) {
		const { from, to } = eventParties(event);
		if (from !== country && to !== country) continue;
		if (!eventPasses(event, filter)) continue;
		const partner = from === country ? to : from;
		const partnerEvents = eventsByPartner.get(partner);
		if (partnerEvents) partnerEvents.push(event);
		else eventsByPartner.set(partner, [event]);
	}
	return [...eventsByPartner]
		.map(([partner, partnerEvents]) => summarisePartner(partner, partnerEvents))
		.sort((x, y) => y.total - x.total || x.partner.localeCompare(y.partner));
}

function summarisePartner(partner: string, events: DatasetEvent[]): PartnerSummary {
	events.sort(compareEventsByDate);
	const countsByType: Record<string, number> = {};
	const yearCounts: { year: number; count: number }[] = [];
	for (const event of events) {
		countsByType[event.type] = (countsByType[event.type] ?? 0) + 1;
		const year = eventYear(event.date);
		if (year === null) continue;
		const latest = yearCounts.at(-1);
		if (latest?.year === year) latest.count++;
		else yearCounts.push({ year, count: 1 });
	}
	return {
		partner,
		countsByType,
		total: events.length,
		firstYear: yearCounts[0]?.year ?? null,
		lastYear: yearCounts.at(-1)?.year ?? null,
		events,
		yearCounts
	};
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
		const events = pair.arcs.flatMap((arc) => arc.events).sort(compareEventsByDate);
		shown.push({
			key: pair.key,
			countries: pair.codes.map((code) => countries.get(code)!) as [Country, Country],
			total: pair.total,
			events: events.slice(0, left)
		});
		left -= pair.total;
	}
	return shown;
}
