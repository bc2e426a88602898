/**
 * The data checker: validates the hand-edited files under data/ and resolves every quote to its
 * place in the stored source text. It reports every problem it finds, each naming the file, the
 * record and the field, and never repairs or drops anything.
 */
import * as v from 'valibot';
import { slideViewProblems } from '../briefing/slides';
import { buildArcGroups } from './group-arcs';
import type { ArcGroup } from './aggregate';
import { endIsNotBeforeStart, parsePartialDate } from './dates';
import { locateQuote } from './provenance';
import {
	CountrySchema,
	BriefingSchema,
	EventSchema,
	EventTypeSchema,
	SourceSchema,
	type Briefing,
	type Dataset,
	type DatasetEvent,
	type EventDate,
	type EventType,
	type LocatedEvidence,
	type RelationEvent,
	type Source
} from './schema';

export const DATA_FILES = {
	sources: 'sources.json',
	countries: 'countries.json',
	eventTypes: 'event-types.json',
	events: 'events.json'
} as const;

export interface Problem {
	file: string;
	/** The record's id, or its position ("#3") when it has no usable id. */
	record?: string;
	field?: string;
	message: string;
}

export type CheckResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Access to the files under data/, by relative path. */
export interface DataFiles {
	/** The file's text, or undefined when it does not exist. */
	read(path: string): string | undefined;
	/** Names of the `.json` files in a folder (empty when the folder does not exist). */
	listJson(folder: string): string[];
}

export const BRIEFINGS_FOLDER = 'briefings';

export function formatProblem({ file, record, field, message }: Problem): string {
	const place = [file, record, field].filter(Boolean).join(' › ');
	return `${place}: ${message}`;
}

export function checkData(files: DataFiles): CheckResult {
	const read = (path: string) => files.read(path);
	const problems: Problem[] = [];
	const report = (problem: Problem) => problems.push(problem);

	const sources = readRecords(read, DATA_FILES.sources, report, SourceSchema);
	const countries = readRecords(read, DATA_FILES.countries, report, CountrySchema);
	const eventTypes = readRecords(read, DATA_FILES.eventTypes, report, EventTypeSchema);
	const events = readRecords(read, DATA_FILES.events, report, EventSchema);

	requireUnique(sources, DATA_FILES.sources, 'id', (s) => s.id, report);
	requireUnique(countries, DATA_FILES.countries, 'iso3', (c) => c.iso3, report);
	requireUnique(countries, DATA_FILES.countries, 'isoNumeric', (c) => c.isoNumeric, report);
	requireUnique(eventTypes, DATA_FILES.eventTypes, 'id', (t) => t.id, report);
	requireUnique(events, DATA_FILES.events, 'id', (e) => e.id, report);
	requireTypes(eventTypes, report);

	const sourceTexts = readSourceTexts(read, sources, report);
	for (const { record: source } of sources) checkPublished(source, report);

	const countryCodes = new Set(countries.map(({ record }) => record.iso3));
	const typesById = new Map(eventTypes.map(({ record }) => [record.id, record]));
	const located = events.map(({ record: event }) =>
		checkEvent(event, { countryCodes, typesById, sourceTexts }, report)
	);

	const checkedEvents = located.filter((event): event is DatasetEvent => event !== null);
	const briefings = checkBriefings(
		files,
		{
			// Events of unknown types are already reported; no arc can be built from them.
			events: checkedEvents.filter((event) => typesById.has(event.type)),
			eventTypes: eventTypes.map(({ record }) => record),
			countries: countries.map(({ record }) => record)
		},
		report
	);

	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		dataset: {
			sources: sources.map(({ record }) => ({
				...record,
				length: sourceTexts.get(record.id)!.length
			})),
			countries: countries.map(({ record }) => record),
			eventTypes: eventTypes.map(({ record }) => record),
			events: checkedEvents,
			briefings
		}
	};
}

/** Each briefing is one file, named after its id; every slide must show events that exist. */
function checkBriefings(
	files: DataFiles,
	data: Pick<Dataset, 'events' | 'eventTypes' | 'countries'>,
	report: (problem: Problem) => void
): Briefing[] {
	const briefings: Briefing[] = [];
	for (const name of files.listJson(BRIEFINGS_FOLDER).sort()) {
		const file = `${BRIEFINGS_FOLDER}/${name}`;
		const result = parseBriefing(files.read(file) ?? '', data);
		for (const problem of result.problems) report({ ...problem, file });
		if (result.briefing && `${result.briefing.id}.json` !== name) {
			report({
				file,
				record: result.briefing.id,
				field: 'id',
				message: `must match the file name "${name}"`
			});
		}
		if (result.briefing && result.problems.length === 0) briefings.push(result.briefing);
	}
	requireUnique(
		briefings.map((record) => ({ record, label: record.id })),
		BRIEFINGS_FOLDER,
		'id',
		(b) => b.id,
		report
	);
	return briefings;
}

export interface BriefingParse {
	briefing: Briefing | null;
	/** Problems without the file name, which the caller knows (a data file, or an imported one). */
	problems: Omit<Problem, 'file'>[];
}

/** Validates one briefing's JSON text against the schema and the data it refers to. */
/**
 * The arcs of a dataset's events, grouped once per events array: the briefing editor checks its
 * draft on every edit, and grouping 100,000 events takes a noticeable fraction of a second.
 */
const groupsByEvents = new WeakMap<
	readonly unknown[],
	{ eventTypes: readonly unknown[]; groups: ArcGroup[] }
>();
function arcGroupsOf(data: Pick<Dataset, 'events' | 'eventTypes'>): ArcGroup[] {
	const cached = groupsByEvents.get(data.events);
	if (cached && cached.eventTypes === data.eventTypes) return cached.groups;
	const groups = buildArcGroups(data);
	groupsByEvents.set(data.events, { eventTypes: data.eventTypes, groups });
	return groups;
}

export function parseBriefing(
	text: string,
	data: Pick<Dataset, 'events' | 'eventTypes' | 'countries'>
): BriefingParse {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return {
			briefing: null,
			problems: [{ message: `malformed JSON: ${(error as Error).message}` }]
		};
	}
	const label = recordLabel(json, 0);
	const result = v.safeParse(BriefingSchema, json);
	if (!result.success) {
		return {
			briefing: null,
			problems: result.issues.map((issue) => ({
				record: label,
				field: v.getDotPath(issue) ?? undefined,
				message: issue.message
			}))
		};
	}
	const briefing = result.output;
	const groups = arcGroupsOf(data);
	const problems = briefing.slides.flatMap((slide, i) =>
		slideViewProblems(slide.view, data, groups).map(([field, message]) => ({
			record: briefing.id,
			field: `slides.${i}.${field}`,
			message
		}))
	);
	return { briefing, problems };
}

interface Parsed<T> {
	record: T;
	label: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordLabel(raw: unknown, index: number): string {
	if (isObject(raw)) {
		const id = raw.id ?? raw.iso3;
		if (typeof id === 'string' && id.length > 0) return id;
	}
	return `#${index + 1}`;
}

/** Parses one JSON file of records, validating each record on its own so all problems surface. */
function readRecords<T>(
	read: DataFiles['read'],
	file: string,
	report: (problem: Problem) => void,
	schema: v.GenericSchema<unknown, T>
): Parsed<T>[] {
	const text = read(file);
	if (text === undefined) {
		report({ file, message: 'file is missing' });
		return [];
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		report({ file, message: `malformed JSON: ${(error as Error).message}` });
		return [];
	}
	if (!Array.isArray(json)) {
		report({ file, message: 'must be a JSON array of records' });
		return [];
	}
	const parsed: Parsed<T>[] = [];
	json.forEach((raw, index) => {
		const label = recordLabel(raw, index);
		const result = v.safeParse(schema, raw);
		if (result.success) {
			parsed.push({ record: result.output, label });
			return;
		}
		for (const issue of result.issues) {
			report({
				file,
				record: label,
				field: v.getDotPath(issue) ?? undefined,
				message: issue.message
			});
		}
	});
	return parsed;
}

function requireUnique<T>(
	records: Parsed<T>[],
	file: string,
	field: string,
	key: (record: T) => string,
	report: (problem: Problem) => void
) {
	const seen = new Map<string, number>();
	records.forEach(({ record, label }, index) => {
		const value = key(record);
		const first = seen.get(value);
		if (first === undefined) seen.set(value, index);
		else report({ file, record: label, field, message: `duplicate ${field} "${value}"` });
	});
}

const REQUIRED_TYPES: { id: string; directed: boolean }[] = [
	{ id: 'agreement', directed: false },
	{ id: 'aid', directed: true }
];

function requireTypes(eventTypes: Parsed<EventType>[], report: (problem: Problem) => void) {
	for (const required of REQUIRED_TYPES) {
		const found = eventTypes.find(({ record }) => record.id === required.id);
		if (!found) {
			report({ file: DATA_FILES.eventTypes, message: `the type "${required.id}" is required` });
		} else if (found.record.directed !== required.directed) {
			report({
				file: DATA_FILES.eventTypes,
				record: required.id,
				field: 'directed',
				message: `"${required.id}" must be ${required.directed ? 'directed' : 'undirected'}`
			});
		}
	}
}

function readSourceTexts(
	read: DataFiles['read'],
	sources: Parsed<Source>[],
	report: (problem: Problem) => void
): Map<string, string> {
	const texts = new Map<string, string>();
	for (const { record } of sources) {
		const text = read(record.file);
		if (text === undefined) {
			report({
				file: DATA_FILES.sources,
				record: record.id,
				field: 'file',
				message: `source text "${record.file}" is missing`
			});
		} else if (text.trim().length === 0) {
			report({
				file: DATA_FILES.sources,
				record: record.id,
				field: 'file',
				message: `source text "${record.file}" is empty`
			});
		} else {
			texts.set(record.id, text);
		}
	}
	return texts;
}

function checkPublished(source: Source, report: (problem: Problem) => void) {
	const { date, basis, note } = source.published;
	const at = (message: string, field = 'published.date') =>
		report({ file: DATA_FILES.sources, record: source.id, field, message });
	if (date !== null && parsePartialDate(date) === null) at(`"${date}" is not a calendar date`);
	if (basis === 'unknown' && date !== null) at('a date is given but the basis says unknown');
	if (basis !== 'unknown' && date === null) at(`basis "${basis}" needs a date`);
	if (basis !== 'stated' && note === undefined)
		at(`basis "${basis}" needs a note saying why`, 'published.note');
}

interface EventContext {
	countryCodes: Set<string>;
	typesById: Map<string, EventType>;
	sourceTexts: Map<string, string>;
}

function checkEvent(
	event: RelationEvent,
	{ countryCodes, typesById, sourceTexts }: EventContext,
	report: (problem: Problem) => void
): DatasetEvent | null {
	const at = (field: string, message: string) =>
		report({ file: DATA_FILES.events, record: event.id, field, message });

	const type = typesById.get(event.type);
	if (!type) at('type', `unknown type "${event.type}"`);
	const parties = 'between' in event ? event.between : [event.from, event.to];
	const partyFields = 'between' in event ? ['between.0', 'between.1'] : ['from', 'to'];
	parties.forEach((code, i) => {
		if (!countryCodes.has(code)) at(partyFields[i]!, `unknown country "${code}"`);
	});
	if (parties[0] === parties[1]) at(partyFields[1]!, 'an event needs two different countries');
	if (type?.directed && 'between' in event) {
		at('between', `"${type.id}" is directed: name the parties with "from" and "to"`);
	}
	if (type && !type.directed && !('between' in event)) {
		at('from', `"${type.id}" is undirected: name the parties with "between"`);
	}

	checkEventDate(event.date, at);

	let allLocated = true;
	const evidence: LocatedEvidence[] = [];
	const cited = new Set<string>();
	event.evidence.forEach((item, i) => {
		const field = `evidence.${i}`;
		const key = `${item.source}\u0000${item.quote}\u0000${item.occurrence ?? 1}`;
		if (cited.has(key)) at(field, 'the same quote is cited twice');
		cited.add(key);
		const text = sourceTexts.get(item.source);
		if (text === undefined) {
			allLocated = false;
			at(`${field}.source`, `unknown source "${item.source}"`);
			return;
		}
		const location = locateQuote(text, item.quote, item.occurrence);
		if (!location.found) {
			allLocated = false;
			at(`${field}.quote`, `${location.reason} in source "${item.source}"`);
			return;
		}
		evidence.push({ ...item, start: location.start, end: location.end });
	});
	return allLocated ? { ...event, evidence } : null;
}

/** "Article 002": how the data build's files are numbered, not how a reader knows a source. */
const FILE_NUMBER = /\barticle \d{3}\b/i;

function checkEventDate(date: EventDate, at: (field: string, message: string) => void) {
	const start = date.start === null ? null : parsePartialDate(date.start);
	if (date.start !== null && start === null) {
		at('date.start', `"${date.start}" is not a calendar date`);
	}
	if (date.basis === 'unknown') {
		if (date.start !== null) at('date.start', 'a start is given but the basis says unknown');
		// "ongoing" stays meaningful without a start: a partnership the article presents as current.
		if (date.end !== undefined && date.end !== 'ongoing') {
			at('date.end', 'an end date is given but the start is unknown');
		}
	} else if (date.start === null) {
		at('date.start', `basis "${date.basis}" needs a start date (or basis "unknown")`);
	}
	if (date.basis !== 'stated' && date.note === undefined) {
		at('date.note', `basis "${date.basis}" needs a note explaining the date`);
	}
	// Readers see the note beside the event, where a file's number would lead nowhere.
	if (date.note !== undefined && FILE_NUMBER.test(date.note)) {
		at('date.note', 'names a source by its file number; name it by its title');
	}
	if (date.end === undefined || date.end === 'ongoing') return;
	const end = parsePartialDate(date.end);
	if (end === null) at('date.end', `"${date.end}" is not a calendar date`);
	else if (start && !endIsNotBeforeStart(start, end)) {
		at('date.end', `end ${date.end} is before start ${date.start}`);
	}
}
