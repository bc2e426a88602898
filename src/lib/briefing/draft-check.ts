/**
 * The checks a draft meets when it leaves or enters the browser as a file: the data checker's
 * own, so a file that passes here passes `npm run data:check`. Kept apart from draft.ts so the
 * checker loads with the briefing editor, not with the first view.
 */
import { parseBriefing } from '../data/check';
import type { Briefing } from '../data/schema';
import {
	formatDraftProblem,
	NO_SLIDES_MESSAGE,
	serializeBriefing,
	type BriefingData
} from './draft';
import { FULL_DRAFT_MESSAGE, MAX_DRAFT_SLIDES } from './draft-id';

/** Why the draft cannot be exported yet; empty when it makes a valid briefing file. */
export function exportProblems(draft: Briefing, data: BriefingData): string[] {
	if (draft.slides.length === 0) return [NO_SLIDES_MESSAGE];
	return parseBriefing(serializeBriefing(draft), data).problems.map(formatDraftProblem);
}

export type BriefingImport = { ok: true; briefing: Briefing } | { ok: false; problems: string[] };

/** An imported file must pass the same check as the files under data/briefings/. */
export function importBriefing(text: string, data: BriefingData): BriefingImport {
	const { briefing, problems } = parseBriefing(text, data);
	if (briefing && problems.length === 0) {
		if (briefing.slides.length <= MAX_DRAFT_SLIDES) return { ok: true, briefing };
		return {
			ok: false,
			problems: [formatDraftProblem({ field: 'slides', message: FULL_DRAFT_MESSAGE })]
		};
	}
	return { ok: false, problems: problems.map(formatDraftProblem) };
}
