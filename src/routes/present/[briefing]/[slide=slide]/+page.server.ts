/**
 * Prerendering needs every slide's address up front; they come from the generated dataset. The
 * draft briefing lives in the browser: each slide it can hold gets its page, so that a reload or
 * a link finds it.
 */
import { DRAFT_BRIEFING_ID, MAX_DRAFT_SLIDES } from '$lib/briefing/draft-id';
import { builtDataset } from '$lib/server/built-dataset';
import type { EntryGenerator } from './$types';

export const prerender = true;

/** The addresses of a briefing's first `count` slides. */
const slideAddresses = (briefing: string, count: number) =>
	Array.from({ length: count }, (_, i) => ({ briefing, slide: String(i + 1) }));

export const entries: EntryGenerator = () => [
	...builtDataset().briefings.flatMap((briefing) =>
		slideAddresses(briefing.id, briefing.slides.length)
	),
	...slideAddresses(DRAFT_BRIEFING_ID, MAX_DRAFT_SLIDES)
];
