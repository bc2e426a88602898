/**
 * The one definition of the data files under data/. The checker validates the files with these
 * schemas and the app's types are inferred from them, so the two can never disagree.
 */
import * as v from 'valibot';
import { IdSchema, Iso3Schema, nonEmpty, SlideViewSchema } from './view-schema';
import { LatitudeSchema, LongitudeSchema } from './coordinates';

/** YYYY, YYYY-MM or YYYY-MM-DD: the precision of a date is the number of parts it gives. */
export const PartialDateSchema = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
);

export const SourceSchema = v.strictObject({
	id: IdSchema,
	/** Path of the verbatim text, relative to data/. */
	file: v.pipe(v.string(), v.regex(/^sources\/[^/]+\.txt$/, 'must be sources/<name>.txt')),
	title: nonEmpty('title'),
	publisher: v.nullable(nonEmpty('publisher')),
	author: v.nullable(nonEmpty('author')),
	published: v.strictObject({
		date: v.nullable(PartialDateSchema),
		basis: v.picklist(['stated', 'inferred', 'unknown']),
		note: v.optional(nonEmpty('note'))
	}),
	url: v.nullable(v.pipe(v.string(), v.url('must be a URL or null')))
});

export const CountrySchema = v.strictObject({
	iso3: Iso3Schema,
	/** ISO 3166-1 numeric code as a three-digit string: the id of the country in world-atlas. */
	isoNumeric: v.pipe(
		v.string(),
		v.regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code')
	),
	name: nonEmpty('name'),
	capital: v.strictObject({
		name: nonEmpty('capital name'),
		lon: LongitudeSchema,
		lat: LatitudeSchema
	})
});

export const EventTypeSchema = v.strictObject({
	id: IdSchema,
	label: nonEmpty('label'),
	/** Directed relations go from an actor to a recipient (aid: giver to receiver). */
	directed: v.boolean(),
	description: nonEmpty('description')
});

export const DateBasisSchema = v.picklist(['stated', 'publication', 'inferred', 'unknown']);

export const EventDateSchema = v.strictObject({
	start: v.nullable(PartialDateSchema),
	end: v.optional(v.union([PartialDateSchema, v.literal('ongoing')])),
	basis: DateBasisSchema,
	note: v.optional(nonEmpty('note'))
});

export const EvidenceSchema = v.strictObject({
	source: IdSchema,
	quote: v.pipe(v.string(), v.nonEmpty('quote must not be empty')),
	/** Which occurrence (1 = first) is meant when the quote appears more than once in the source. */
	occurrence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)))
});

function eventSchemas<TEvidence extends v.GenericSchema>(evidence: TEvidence) {
	const fields = {
		id: IdSchema,
		type: IdSchema,
		date: EventDateSchema,
		title: nonEmpty('title'),
		summary: nonEmpty('summary'),
		evidence: v.pipe(v.array(evidence), v.minLength(1, 'needs at least one piece of evidence'))
	};
	/** Undirected relations name their parties with `between`, directed ones with `from` and `to`. */
	const undirected = v.strictObject({ ...fields, between: v.tuple([Iso3Schema, Iso3Schema]) });
	const directed = v.strictObject({ ...fields, from: Iso3Schema, to: Iso3Schema });
	// Chosen by shape rather than tried as a union, so a bad field is reported as itself and not
	// as "matches neither form".
	const either = v.lazy((input) =>
		typeof input === 'object' && input !== null && ('from' in input || 'to' in input)
			? directed
			: undirected
	);
	return { undirected, directed, either };
}

const rawEventSchemas = eventSchemas(EvidenceSchema);
export const EventSchema = rawEventSchemas.either;

export const SourcesFileSchema = v.array(SourceSchema);
export const CountriesFileSchema = v.array(CountrySchema);
export const EventTypesFileSchema = v.array(EventTypeSchema);
export const EventsFileSchema = v.array(EventSchema);

export const SlideSchema = v.strictObject({
	title: nonEmpty('title'),
	notes: v.optional(v.string()),
	view: SlideViewSchema
});

export const BriefingSchema = v.strictObject({
	id: IdSchema,
	title: nonEmpty('title'),
	author: nonEmpty('author'),
	date: PartialDateSchema,
	slides: v.pipe(v.array(SlideSchema), v.minLength(1, 'a briefing needs at least one slide'))
});

/** Evidence after checking: the quote's character span in the stored source text. */
export const LocatedEvidenceSchema = v.strictObject({
	...EvidenceSchema.entries,
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(1))
});

export const PublishedSourceSchema = v.strictObject({
	...SourceSchema.entries,
	/** Length of the stored text in characters, so a located quote can be bounds-checked. */
	length: v.pipe(v.number(), v.integer(), v.minValue(1))
});

export const LocatedEventSchema = eventSchemas(LocatedEvidenceSchema).either;

const datasetFields = {
	sources: v.array(PublishedSourceSchema),
	countries: CountriesFileSchema,
	eventTypes: EventTypesFileSchema,
	events: v.array(LocatedEventSchema),
	briefings: v.array(BriefingSchema)
};

/**
 * The checked dataset the build writes for the app: the same records, with every quote located.
 * The app checks what it fetches against it, in slices (parse-dataset.ts), before drawing anything.
 */
export const DatasetSchema = v.strictObject(datasetFields);

/** Everything in the dataset but its events, which can be checked in slices (see parse-dataset.ts). */
export const DatasetWithoutEventsSchema = v.strictObject({
	...datasetFields,
	events: v.array(v.unknown())
});

export type SlideView = v.InferOutput<typeof SlideViewSchema>;
export type Slide = v.InferOutput<typeof SlideSchema>;
export type Briefing = v.InferOutput<typeof BriefingSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type PublishedSource = v.InferOutput<typeof PublishedSourceSchema>;
export type LocatedEvidence = v.InferOutput<typeof LocatedEvidenceSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type DatasetEvent = Dataset['events'][number];
export type Country = v.InferOutput<typeof CountrySchema>;
export type EventType = v.InferOutput<typeof EventTypeSchema>;
export type EventDate = v.InferOutput<typeof EventDateSchema>;
export type DateBasis = v.InferOutput<typeof DateBasisSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type RelationEvent = v.InferOutput<typeof EventSchema>;
