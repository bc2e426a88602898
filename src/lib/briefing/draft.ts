/**
 * A briefing being authored in the browser. The draft has the shape of a briefing file but is
 * allowed to be incomplete while it is edited (no slides yet, a cleared title); it is checked
 * against the schema and the data only when it leaves the browser as a file.
 */
import * as v from 'valibot';
import type { Problem } from '../data/check';
import type { Briefing, Dataset, Slide } from '../data/schema';
import { SlideViewSchema } from '../data/view-schema';
import { MAX_DRAFT_SLIDES } from './draft-id';

export type BriefingData = Pick<Dataset, 'events' | 'eventTypes' | 'countries'>;

export function newDraft(date: string): Briefing {
	return {
		id: 'my-briefing',
		title: 'Untitled briefing',
		author: 'Unknown author',
		date,
		slides: []
	};
}

export type DraftDetails = Partial<Pick<Briefing, 'id' | 'title' | 'author'>>;

export function updateDetails(draft: Briefing, details: DraftDetails): Briefing {
	return { ...draft, ...details };
}

/** A full draft (MAX_DRAFT_SLIDES) is left as it is. */
export function addSlide(draft: Briefing, slide: Slide): Briefing {
	if (draft.slides.length >= MAX_DRAFT_SLIDES) return draft;
	return { ...draft, slides: [...draft.slides, slide] };
}

/** Moving past either end leaves the draft as it is. */
export function moveSlide(draft: Briefing, index: number, delta: number): Briefing {
	const target = index + delta;
	if (!(index in draft.slides) || !(target in draft.slides)) return draft;
	const slides = [...draft.slides];
	const [moved] = slides.splice(index, 1);
	slides.splice(target, 0, moved!);
	return { ...draft, slides };
}

export function updateSlide(
	draft: Briefing,
	index: number,
	patch: Partial<Pick<Slide, 'title' | 'notes'>>
): Briefing {
	const slide = draft.slides[index];
	if (!slide) return draft;
	const { notes, ...updated } = { ...slide, ...patch };
	// Cleared notes leave the key out, as a hand-written briefing file would.
	const next: Slide = notes ? { ...updated, notes } : updated;
	return { ...draft, slides: draft.slides.with(index, next) };
}

export function removeSlide(draft: Briefing, index: number): Briefing {
	return { ...draft, slides: draft.slides.filter((_, i) => i !== index) };
}

export function briefingFileName(draft: Briefing): string {
	return `${draft.id}.json`;
}

/**
 * The file as Prettier would write it, so that it can be dropped into data/briefings/ and pass
 * `npm run lint` unchanged: objects one key a line, short lists of plain values on one line.
 */
export function serializeBriefing(draft: Briefing): string {
	return `${formatJson(draft, '')}\n`;
}

const PRINT_WIDTH = 100;
/** Prettier measures a tab as two columns unless told otherwise. */
const TAB_WIDTH = 2;

/** `around` is what shares the value's first and last line: its key before, a comma after. */
function formatJson(value: unknown, indent: string, around = ''): string {
	if (Array.isArray(value)) return formatArray(value, indent, around);
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value).filter(([, item]) => item !== undefined);
		if (entries.length === 0) return '{}';
		const inner = `${indent}\t`;
		const lines = entries.map(([key, item], i) => {
			const keyText = `${JSON.stringify(key)}: `;
			const comma = i < entries.length - 1 ? ',' : '';
			return `${inner}${keyText}${formatJson(item, inner, inner + keyText + comma)}${comma}`;
		});
		return `{\n${lines.join('\n')}\n${indent}}`;
	}
	return JSON.stringify(value);
}

function formatArray(items: unknown[], indent: string, around: string): string {
	if (items.length === 0) return '[]';
	const inner = `${indent}\t`;
	if (items.every((item) => typeof item !== 'object' || item === null)) {
		const oneLine = `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
		const width = around.replaceAll('\t', ' '.repeat(TAB_WIDTH)).length + oneLine.length;
		if (width <= PRINT_WIDTH) return oneLine;
	}
	const lines = items.map((item, i) => {
		const comma = i < items.length - 1 ? ',' : '';
		return `${inner}${formatJson(item, inner, inner + comma)}${comma}`;
	});
	return `[\n${lines.join('\n')}\n${indent}]`;
}

/** A problem as the author reads it: the field path and what is wrong with it. */
export function formatDraftProblem({ field, message }: Omit<Problem, 'file'>): string {
	return field ? `${fieldLabel(field)}: ${message}` : message;
}

/** The editor's own words for a field of the file: "slides.2.view.country" is "Slide 3, view country". */
export function fieldLabel(field: string): string {
	const onSlide = /^slides\.(\d+)(?:\.(.+))?$/.exec(field);
	if (onSlide) {
		const slide = `Slide ${Number(onSlide[1]) + 1}`;
		return onSlide[2] ? `${slide}, ${onSlide[2].replaceAll('.', ' ')}` : slide;
	}
	if (field === 'id') return 'File id';
	return field.charAt(0).toUpperCase() + field.slice(1).replaceAll('.', ' ');
}

export const NO_SLIDES_MESSAGE =
	'A briefing file needs at least one slide: set up a view on the map and add it first.';

/** The draft as stored between visits: a briefing's shape, without the rules it meets on export. */
const StoredDraftSchema = v.strictObject({
	id: v.string(),
	title: v.string(),
	author: v.string(),
	date: v.string(),
	slides: v.array(
		v.strictObject({ title: v.string(), notes: v.optional(v.string()), view: SlideViewSchema })
	)
});

export type StoredDraftRead = { ok: true; draft: Briefing } | { ok: false; reason: string };

export function readStoredDraft(text: string): StoredDraftRead {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, reason: `malformed JSON: ${(error as Error).message}` };
	}
	const result = v.safeParse(StoredDraftSchema, json);
	if (result.success) return { ok: true, draft: result.output };
	const [issue] = result.issues;
	return {
		ok: false,
		reason: formatDraftProblem({ field: v.getDotPath(issue) ?? undefined, message: issue.message })
	};
}
