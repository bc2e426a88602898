/** How a source is cited wherever a quote is shown. */
import { formatPartialDate } from './dates';
import { citationId } from './highlight';
import type { Source } from './schema';

export function formatSourceDate(source: Pick<Source, 'published'>): string {
	const { date, basis } = source.published;
	if (date === null) return 'publication date unknown';
	const label = formatPartialDate(date);
	return basis === 'inferred' ? `${label} (inferred)` : label;
}

/** "Publisher, 18 August 2021", leaving out what the text does not tell. */
export function formatSourceLine(
	source: Pick<Source, 'publisher' | 'author' | 'published'>
): string {
	const by = [
		source.publisher,
		source.author && source.author !== source.publisher ? source.author : null
	]
		.filter(Boolean)
		.join(' / ');
	return [by || 'publisher unknown', formatSourceDate(source)].join(', ');
}

/** The address of a quoted passage, highlighted and focused in its source's page. */
export function quoteHref(
	base: string,
	sourceId: string,
	eventId: string,
	evidenceIndex: number
): string {
	return `${base}/sources/${sourceId}#${citationId({ eventId, evidenceIndex })}`;
}

export interface FootnoteRun {
	first: number;
	last: number;
}

/** Consecutive footnote numbers collapse into one range, "[1–16]", so long citations stay readable. */
export function footnoteRuns(numbers: number[]): FootnoteRun[] {
	const runs: FootnoteRun[] = [];
	for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
		const run = runs[runs.length - 1];
		if (run && n === run.last + 1) run.last = n;
		else runs.push({ first: n, last: n });
	}
	return runs;
}
