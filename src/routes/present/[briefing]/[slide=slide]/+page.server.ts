/**
 * Prerendering needs every slide's address up front; they come from the generated dataset. The
 * draft briefing lives in the browser: each slide it can hold gets its page, so that a reload or
 * a link finds it.
 */
import { DRAFT_BRIEFING_ID, MAX_DRAFT_SLIDES } from '$lib/briefing/draft-id';
import { builtDataset } from '$lib/server/built-dataset';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => {
	const dataset = builtDataset();
	return [
		...dataset.briefings.flatMap((briefing) =>
			briefing.slides.map((_, i) => ({ briefing: briefing.id, slide: String(i + 1) }))
		),
		...Array.from({ length: MAX_DRAFT_SLIDES }, (_, i) => ({
			briefing: DRAFT_BRIEFING_ID,
			slide: String(i + 1)
		}))
	];
};
