/**
 * Runs only while prerendering: one handout page per briefing in the generated dataset. The page
 * itself loads the dataset in the browser, as the dashboard does, to draw the maps.
 */
import { error } from '@sveltejs/kit';
import { builtDataset } from '$lib/server/built-dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	builtDataset().briefings.map(({ id }) => ({ briefing: id }));

export const load: PageServerLoad = ({ params }) => {
	const briefing = builtDataset().briefings.find(({ id }) => id === params.briefing);
	if (!briefing) error(404, `No briefing with id "${params.briefing}"`);
	return { briefingId: briefing.id, title: briefing.title };
};
