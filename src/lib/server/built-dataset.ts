/**
 * The dataset the data build wrote, for prerendering. Read and validated once per build process:
 * every prerendered page (one per source, slide and briefing) asks for it.
 */
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { DATASET_PATH } from '$lib/data/load';
import { DatasetSchema, type Dataset } from '$lib/data/schema';

let cached: Dataset | undefined;

export function builtDataset(): Dataset {
	if (cached) return cached;
	const result = v.safeParse(
		DatasetSchema,
		JSON.parse(readFileSync(`static/${DATASET_PATH}`, 'utf8'))
	);
	if (!result.success) {
		error(500, `${DATASET_PATH} does not match the schema: run npm run data:build`);
	}
	cached = result.output;
	return cached;
}
