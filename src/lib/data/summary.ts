/**
 * A short narrative of one country's relations with one partner, written only from the events:
 * there is no hand-written prose per country, and every sentence names the events it rests on so
 * the reader can follow each claim to its quotes.
 */
import { eventYear, formatEventDate } from './dates';
import { compareEventsByDate, eventParties } from './relations';
import type { DatasetEvent, EventType } from './schema';

export interface SummarySentence {
	text: string;
	/** The events the sentence rests on; never empty. */
	eventIds: string[];
}

export interface SummaryLookup {
	countryName: (iso3: string) => string;
	type: (id: string) => EventType;
	/** The dataset's type ids in order, so that every summary lists the types the same way. */
	typeOrder: readonly string[];
}

/** Beyond this many titles a list becomes hard to read; the rest are still cited. */
const MAX_TITLES_PER_SENTENCE = 4;

interface Noun {
	one: string;
	many: string;
}

// A Map rather than an object literal: type ids such as "constructor" must not find prototype keys.
const TYPE_NOUNS = new Map<string, Noun>([
	['agreement', { one: 'agreement', many: 'agreements' }],
	['aid', { one: 'act of aid', many: 'acts of aid' }],
	['diplomatic-contact', { one: 'diplomatic contact', many: 'diplomatic contacts' }],
	[
		'political-support',
		{ one: 'statement of political support', many: 'statements of political support' }
	],
	['military-support', { one: 'act of military support', many: 'acts of military support' }],
	['confrontation', { one: 'confrontation', many: 'confrontations' }]
]);

export interface RelationshipSummary {
	sentences: SummarySentence[];
	/**
	 * The events in the order the sentences tell them: by type, a directed type by direction, each
	 * group by date. Footnotes numbered in this order give each sentence one run, "[4–9]", where
	 * numbers in date order would scatter a busy pair's sentence over dozens of links.
	 */
	events: DatasetEvent[];
}

export function summarizeRelationship(
	country: string,
	partner: string,
	events: DatasetEvent[],
	lookup: SummaryLookup
): RelationshipSummary {
	if (events.length === 0) return { sentences: [], events: [] };
	const sorted = [...events].sort(compareEventsByDate);
	const byType = groupByType(sorted, lookup.typeOrder);
	const narrated: DatasetEvent[] = [];
	const details: SummarySentence[] = [];
	for (const [typeId, typeEvents] of byType) {
		const type = lookup.type(typeId);
		if (!type.directed) {
			details.push(listSentence(capitalize(nounFor(type, typeEvents.length)), typeEvents));
			narrated.push(...typeEvents);
			continue;
		}
		for (const directionEvents of groupByDirection(typeEvents, country)) {
			const { from, to } = eventParties(directionEvents[0]!);
			const heading = `${type.label} from ${lookup.countryName(from)} to ${lookup.countryName(to)}`;
			details.push(listSentence(heading, directionEvents));
			narrated.push(...directionEvents);
		}
	}
	const sentences = [overview(country, partner, narrated, byType, lookup), ...details];
	const undated = narrated.filter((event) => eventYear(event.date) === null);
	if (undated.length > 0) sentences.push(undatedSentence(undated, narrated.length));
	return { sentences, events: narrated };
}

function overview(
	country: string,
	partner: string,
	events: DatasetEvent[],
	byType: Map<string, DatasetEvent[]>,
	lookup: SummaryLookup
): SummarySentence {
	const counts = [...byType].map(
		([typeId, typeEvents]) =>
			`${typeEvents.length} ${nounFor(lookup.type(typeId), typeEvents.length)}`
	);
	const pair = `${lookup.countryName(country)} and ${lookup.countryName(partner)}`;
	const total = `${events.length} recorded ${events.length === 1 ? 'event' : 'events'}`;
	return {
		text: `${pair} share ${total} ${timeSpan(events)}: ${joinWithAnd(counts)}.`,
		eventIds: events.map((event) => event.id)
	};
}

/**
 * Start years only: the timeline files an event under the year it starts. When some events are
 * undated the span is said to cover only the dated ones, so it is not read as covering them all.
 */
function timeSpan(events: DatasetEvent[]): string {
	const years = events.flatMap((event) => eventYear(event.date) ?? []);
	if (years.length === 0) {
		return events.length === 1 ? 'with no recorded date' : 'with no recorded dates';
	}
	const first = Math.min(...years);
	const last = Math.max(...years);
	const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
	if (years.length === events.length) return span;
	return `(the dated ${years.length === 1 ? 'one' : 'ones'} ${span})`;
}

function listSentence(heading: string, events: DatasetEvent[]): SummarySentence {
	const named = events
		.slice(0, MAX_TITLES_PER_SENTENCE)
		.map((event) => `${event.title} (${dateInSentence(event)})`);
	const more = events.length - named.length;
	const items = more > 0 ? [...named, `and ${more} more`] : named;
	return { text: `${heading}: ${items.join('; ')}.`, eventIds: events.map((event) => event.id) };
}

function undatedSentence(undated: DatasetEvent[], total: number): SummarySentence {
	const eventIds = undated.map((event) => event.id);
	if (undated.length === total) {
		const text =
			total === 1 ? 'This event has no known date.' : 'None of these events has a known date.';
		return { text, eventIds };
	}
	const verb = undated.length === 1 ? 'has' : 'have';
	return { text: `${undated.length} of these events ${verb} no known date.`, eventIds };
}

/** Types in the dataset's order; a type missing from it still appears, after the known ones. */
function groupByType(
	events: DatasetEvent[],
	typeOrder: readonly string[]
): Map<string, DatasetEvent[]> {
	const groups = new Map<string, DatasetEvent[]>();
	for (const event of events) {
		const group = groups.get(event.type);
		if (group) group.push(event);
		else groups.set(event.type, [event]);
	}
	const rank = (typeId: string) => {
		const index = typeOrder.indexOf(typeId);
		return index === -1 ? typeOrder.length : index;
	};
	return new Map([...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)));
}

/** The country's own acts come first: the summary is narrated from its side of the relationship. */
function groupByDirection(events: DatasetEvent[], country: string): DatasetEvent[][] {
	const groups = new Map<string, DatasetEvent[]>();
	for (const event of events) {
		const { from, to } = eventParties(event);
		const direction = `${from}>${to}`;
		const group = groups.get(direction);
		if (group) group.push(event);
		else groups.set(direction, [event]);
	}
	const actsFirst = (direction: string) => (direction.startsWith(`${country}>`) ? 0 : 1);
	return [...groups]
		.sort(([a], [b]) => actsFirst(a) - actsFirst(b) || a.localeCompare(b))
		.map(([, group]) => group);
}

/** A type added to the data later gets a plain but correct phrase instead of failing. */
function nounFor(type: EventType, count: number): string {
	const noun = TYPE_NOUNS.get(type.id) ?? {
		one: `${type.label.toLowerCase()} event`,
		many: `${type.label.toLowerCase()} events`
	};
	return count === 1 ? noun.one : noun.many;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinWithAnd(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Inside a sentence, "Date unknown" reads as "date unknown". */
function dateInSentence(event: DatasetEvent): string {
	return event.date.start === null ? 'date unknown' : formatEventDate(event.date);
}
