/**
 * Grouping the events into arcs: the dataset worker's work, and the build's, the briefing's and the
 * handout's, who have no worker. Apart from aggregate.ts, so that the dashboard, which takes the
 * worker's grouping, loads none of it.
 */
import { arcGroupsFromIndex, type ArcGroup, type ArcGroupIndex } from './aggregate';
import { eventYear } from './dates';
import { compareEventsByDate, eventParties, pairKey } from './relations';
import type { Dataset, DatasetEvent } from './schema';

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
				eventIndices: [],
				yearRuns: []
			};
			groups.set(key, group);
		}
		group.eventIndices.push(index);
	});
	const byDate = (x: number, y: number) =>
		compareEventsByDate(dataset.events[x]!, dataset.events[y]!);
	for (const group of groups.values()) {
		group.eventIndices.sort(byDate);
		group.yearRuns = yearRunsOf(group.eventIndices.map((position) => dataset.events[position]!));
	}
	const typeOrder = (group: ArcGroupIndex) => types.get(group.typeId)?.order ?? 0;
	return [...groups.values()].sort(
		(x, y) =>
			x.pairKey.localeCompare(y.pairKey) ||
			typeOrder(x) - typeOrder(y) ||
			x.from.localeCompare(y.from)
	);
}

/** Ordered by pair, then by type as listed in the dataset, then by direction. */
export function buildArcGroups(dataset: Pick<Dataset, 'events' | 'eventTypes'>): ArcGroup[] {
	return arcGroupsFromIndex(dataset.events, indexArcGroups(dataset));
}

/** The year runs (see `ArcGroupIndex.yearRuns`) of events already in date order. */
function yearRunsOf(events: DatasetEvent[]): number[] {
	// Date order puts the dated events first, by year, so each year's events are one run.
	const runs: number[] = [];
	for (const event of events) {
		const year = eventYear(event.date);
		if (year === null) break;
		const inferred = event.date.basis === 'inferred' ? 1 : 0;
		if (runs.at(-3) === year) {
			runs[runs.length - 2]!++;
			runs[runs.length - 1]! += inferred;
		} else {
			runs.push(year, 1, inferred);
		}
	}
	return runs;
}
