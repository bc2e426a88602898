/**
 * Slides are dashboard views with a title. This module works out which events a slide's view
 * shows and numbers the sources those events cite, so that every slide can carry its own
 * citations.
 */
import type { ArcGroup } from '../data/aggregate';
import { buildArcGroups } from '../data/group-arcs';
import { eventPasses, yearExtent, type EventFilter } from '../data/filter';
import { compareEventsByDate, eventParties } from '../data/relations';
import type { Dataset, DatasetEvent, PublishedSource, SlideView } from '../data/schema';
import type { ViewState } from '../state/url-state';
import { slideViewState } from './slide-view';

export function filterOf(
	state: ViewState,
	dataset: Pick<Dataset, 'eventTypes'>,
	extent: [number, number]
): EventFilter {
	return {
		fromYear: state.fromYear ?? extent[0],
		toYear: state.toYear ?? extent[1],
		types: new Set(state.types ?? dataset.eventTypes.map((type) => type.id)),
		includeUndated: state.includeUndated,
		includeInferred: state.includeInferred
	};
}

/** The events a view shows: those passing its filter, narrowed to its selected country or arc. */
export function eventsInView(
	dataset: Pick<Dataset, 'events' | 'eventTypes'>,
	groups: ArcGroup[],
	state: ViewState
): DatasetEvent[] {
	const extent = yearExtent(dataset.events) ?? [0, 0];
	const filter = filterOf(state, dataset, extent);
	const selection = state.selection;
	let candidates = dataset.events;
	if (selection?.kind === 'arc') {
		candidates = groups.find((group) => group.key === selection.key)?.events ?? [];
	} else if (selection?.kind === 'country') {
		candidates = dataset.events.filter((event) => {
			const { from, to } = eventParties(event);
			return from === selection.iso3 || to === selection.iso3;
		});
	}
	return candidates.filter((event) => eventPasses(event, filter)).sort(compareEventsByDate);
}

export interface SlideCitation {
	number: number;
	source: PublishedSource;
}

export interface SlideContent {
	events: DatasetEvent[];
	/** Sources in the order the slide's events first cite them. */
	citations: SlideCitation[];
	/** For each event, the numbers of the sources it cites. */
	citationsOf: Map<string, number[]>;
}

export function slideContent(
	dataset: Pick<Dataset, 'events' | 'eventTypes' | 'sources'>,
	groups: ArcGroup[],
	state: ViewState
): SlideContent {
	const events = eventsInView(dataset, groups, state);
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	const numbers = new Map<string, number>();
	const citationsOf = new Map<string, number[]>();
	for (const event of events) {
		const cited = new Set<number>();
		for (const evidence of event.evidence) {
			let number = numbers.get(evidence.source);
			if (number === undefined) {
				number = numbers.size + 1;
				numbers.set(evidence.source, number);
			}
			cited.add(number);
		}
		citationsOf.set(
			event.id,
			[...cited].sort((a, b) => a - b)
		);
	}
	const citations = [...numbers].map(([id, number]) => ({ number, source: sources.get(id)! }));
	return { events, citations, citationsOf };
}

/** Problems with a slide's view against the data, as [field, message] pairs; empty when usable. */
export function slideViewProblems(
	view: SlideView,
	dataset: Pick<Dataset, 'events' | 'eventTypes' | 'countries'>,
	groups: ArcGroup[] = buildArcGroups(dataset)
): [string, string][] {
	const problems: [string, string][] = [];
	const extent = yearExtent(dataset.events);
	if (view.years) {
		const [from, to] = view.years;
		if (from > to) problems.push(['view.years', `${from} is after ${to}`]);
		if (extent && (from < extent[0] || to > extent[1])) {
			problems.push([
				'view.years',
				`${from}–${to} lies outside the data's years ${extent[0]}–${extent[1]}`
			]);
		}
	}
	const typeIds = new Set(dataset.eventTypes.map((type) => type.id));
	view.types?.forEach((type, i) => {
		if (!typeIds.has(type)) problems.push([`view.types.${i}`, `unknown type "${type}"`]);
	});
	if (view.country && !dataset.countries.some((c) => c.iso3 === view.country)) {
		problems.push(['view.country', `unknown country "${view.country}"`]);
	}
	if (view.arc && !groups.some((group) => group.key === view.arc)) {
		problems.push(['view.arc', `unknown arc "${view.arc}"`]);
	}
	if (view.country && view.arc)
		problems.push(['view', 'focus either a country or an arc, not both']);
	if (problems.length === 0 && eventsInView(dataset, groups, slideViewState(view)).length === 0) {
		problems.push(['view', 'shows no event, so nothing on the slide could be cited']);
	}
	return problems;
}
