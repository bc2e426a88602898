/**
 * Runs only while prerendering: one handout page per briefing in the generated dataset. The page
 * itself loads the dataset in the browser, as the dashboard does, to draw the maps.
 */
import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { DATASET_PATH } from '$lib/data/load';
import type { Dataset } from '$lib/data/schema';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

function briefings(): Dataset['briefings'] {
	return (JSON.parse(readFileSync(`static/${DATASET_PATH}`, 'utf8')) as Dataset).briefings;
}

export const entries: EntryGenerator = () => briefings().map(({ id }) => ({ briefing: id }));

export const load: PageServerLoad = ({ params }) => {
	const briefing = briefings().find(({ id }) => id === params.briefing);
	if (!briefing) error(404, `No briefing with id "${params.briefing}"`);
	return { briefingId: briefing.id, title: briefing.title };
};
