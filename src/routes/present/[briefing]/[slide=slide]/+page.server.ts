/**
 * Prerendering needs every slide's address up front; they come from the generated dataset. The
 * draft briefing lives in the browser, so only its first slide is prerendered: the router reaches
 * the others from there.
 */
import { readFileSync } from 'node:fs';
import { DATASET_PATH } from '$lib/data/load';
import type { Dataset } from '$lib/data/schema';
import { DRAFT_BRIEFING_ID } from '$lib/briefing/draft-id';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => {
	const dataset = JSON.parse(readFileSync(`static/${DATASET_PATH}`, 'utf8')) as Dataset;
	return [
		...dataset.briefings.flatMap((briefing) =>
			briefing.slides.map((_, i) => ({ briefing: briefing.id, slide: String(i + 1) }))
		),
		{ briefing: DRAFT_BRIEFING_ID, slide: '1' }
	];
};
