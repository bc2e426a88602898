/**
 * Laying the located quotes over a source's text. Quotes from different events may overlap, nest or
 * coincide, so the text is cut at every quote boundary into segments that each know every quote
 * covering them; nothing is added, dropped or changed, so the pieces always join back into the
 * stored text.
 */
import type { DatasetEvent } from './schema';

export interface Citation {
	eventId: string;
	evidenceIndex: number;
	start: number;
	end: number;
}

export interface Segment {
	text: string;
	start: number;
	/** Outermost first: earlier start, then longer span, so nesting stays the same across cuts. */
	citations: Citation[];
}

export interface Paragraph {
	/** Includes the line breaks that end it, so paragraphs join back into the exact text. */
	text: string;
	start: number;
	segments: Segment[];
}

/** The anchor of one quoted passage on its source's page. */
export function citationId(citation: Pick<Citation, 'eventId' | 'evidenceIndex'>): string {
	return `q-${citation.eventId}-${citation.evidenceIndex}`;
}

/** Every located quote taken from one source, in the order the events and their evidence give. */
export function sourceCitations(events: DatasetEvent[], sourceId: string): Citation[] {
	return events.flatMap((event) =>
		event.evidence.flatMap((evidence, evidenceIndex) =>
			evidence.source === sourceId
				? [{ eventId: event.id, evidenceIndex, start: evidence.start, end: evidence.end }]
				: []
		)
	);
}

function outermostFirst(a: Citation, b: Citation): number {
	return a.start - b.start || b.end - a.end;
}

/**
 * Consecutive segments covering `text` exactly, cut at every citation boundary. A citation outside
 * the text or of no length is a data error, not something to draw around, so it throws.
 */
export function segmentText(text: string, citations: Citation[]): Segment[] {
	for (const citation of citations) {
		if (citation.start < 0 || citation.end > text.length || citation.start >= citation.end) {
			throw new RangeError(
				`${citationId(citation)} spans ${citation.start}–${citation.end}, outside a text of ${text.length} characters`
			);
		}
	}
	const ordered = [...citations].sort(outermostFirst);
	const cuts = [...new Set([0, text.length, ...citations.flatMap((c) => [c.start, c.end])])].sort(
		(a, b) => a - b
	);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < cuts.length; i++) {
		const start = cuts[i]!;
		const end = cuts[i + 1]!;
		segments.push({
			text: text.slice(start, end),
			start,
			citations: ordered.filter((c) => c.start <= start && c.end >= end)
		});
	}
	return segments;
}

/**
 * Paragraphs at line breaks, each keeping its trailing breaks (and the first keeping any leading
 * ones), so no character of the text is lost and a quote may run on across a break.
 */
export function splitParagraphs(text: string): { text: string; start: number }[] {
	const paragraphs: { text: string; start: number }[] = [];
	const ends = /(?:\r\n|\r|\n)+/g;
	let start = 0;
	for (const match of text.matchAll(ends)) {
		const end = match.index + match[0].length;
		if (match.index === 0 || end === text.length) continue;
		paragraphs.push({ text: text.slice(start, end), start });
		start = end;
	}
	if (start < text.length) paragraphs.push({ text: text.slice(start), start });
	return paragraphs;
}

/** The text as paragraphs of highlight segments: segments are also cut where paragraphs end. */
export function highlightParagraphs(text: string, citations: Citation[]): Paragraph[] {
	const segments = segmentText(text, citations);
	return splitParagraphs(text).map((paragraph) => {
		const end = paragraph.start + paragraph.text.length;
		const inside = segments.flatMap((segment) => {
			const from = Math.max(segment.start, paragraph.start);
			const to = Math.min(segment.start + segment.text.length, end);
			if (from >= to) return [];
			return [{ text: text.slice(from, to), start: from, citations: segment.citations }];
		});
		return { ...paragraph, segments: inside };
	});
}
