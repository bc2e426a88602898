/**
 * The schemas a view (a slide, a stored draft) is checked with: kept apart from schema.ts, which
 * builds on them, so the page's own code can check a view without carrying the dataset's schema.
 */
import * as v from 'valibot';
import { LongitudeSchema } from './coordinates';

export const nonEmpty = (what: string) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`));

export const IdSchema = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
);

export const Iso3Schema = v.pipe(
	v.string(),
	v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "CHN"')
);

/**
 * What a slide shows: the same view a dashboard link carries. Everything is optional; what is
 * left out shows everything (all years, all types) or frames the map on the data.
 */
export const SlideViewSchema = v.strictObject({
	years: v.optional(
		v.tuple([
			v.pipe(v.number(), v.integer('must be a whole year')),
			v.pipe(v.number(), v.integer('must be a whole year'))
		])
	),
	types: v.optional(v.array(IdSchema)),
	includeUndated: v.optional(v.boolean()),
	includeInferred: v.optional(v.boolean()),
	country: v.optional(Iso3Schema),
	arc: v.optional(nonEmpty('arc')),
	projection: v.optional(v.picklist(['mercator', 'globe'])),
	camera: v.optional(
		v.strictObject({
			lon: LongitudeSchema,
			lat: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
			zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22))
		})
	)
});
