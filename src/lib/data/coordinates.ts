/**
 * Degrees east and north, as the data's capitals and the manifest's bounds give them. A module of
 * its own, so the page's loader checks coordinates without carrying the view's schemas.
 */
import * as v from 'valibot';

export const LongitudeSchema = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
export const LatitudeSchema = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
