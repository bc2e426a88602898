/**
 * Prerendering needs every slide's address up front; they come from the generated dataset. The
 * draft briefing lives in the browser, so only its first slide is prerendered: the router reaches
 * the others from there.
 */
import { DRAFT_BRIEFING_ID } from '$lib/briefing/draft-id';
import { builtDataset } from '$lib/server/built-dataset';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => {
	const dataset = builtDataset();
	return [
		...dataset.briefings.flatMap((briefing) =>
			briefing.slides.map((_, i) => ({ briefing: briefing.id, slide: String(i + 1) }))
		),
		{ briefing: DRAFT_BRIEFING_ID, slide: '1' }
	];
};
