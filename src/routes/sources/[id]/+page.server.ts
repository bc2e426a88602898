/**
 * A server load, run only while prerendering: it reads the generated files from disk, so each page
 * carries just its own source and citations, never the whole dataset.
 */
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { sourceCitations, type Citation } from '$lib/data/highlight';
import { sourceTextPath } from '$lib/data/load';
import type { Dataset, DatasetEvent } from '$lib/data/schema';
import { builtDataset } from '$lib/server/built-dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

/** Every source gets its page whether or not anything links to it yet. */
export const entries: EntryGenerator = () => builtDataset().sources.map(({ id }) => ({ id }));

export interface CitingEvent {
	event: DatasetEvent;
	/** Its number on the page: events are numbered in the order they are first quoted. */
	number: number;
	/** Indices into the event's evidence of the passages taken from this source, in text order. */
	passages: number[];
}

/** Events in the order a reader meets their first quoted passage in the text. */
function citingEvents(dataset: Dataset, citations: Citation[]): CitingEvent[] {
	const byId = new Map(dataset.events.map((event) => [event.id, event]));
	const inTextOrder = [...citations].sort((a, b) => a.start - b.start || a.end - b.end);
	const events = new Map<string, CitingEvent>();
	for (const citation of inTextOrder) {
		let entry = events.get(citation.eventId);
		if (!entry) {
			entry = { event: byId.get(citation.eventId)!, number: events.size + 1, passages: [] };
			events.set(citation.eventId, entry);
		}
		entry.passages.push(citation.evidenceIndex);
	}
	return [...events.values()];
}

export const load: PageServerLoad = ({ params }) => {
	const dataset = builtDataset();
	const source = dataset.sources.find(({ id }) => id === params.id);
	if (!source) error(404, `No source with id "${params.id}"`);

	const file = `static/${sourceTextPath(source.id)}`;
	if (!existsSync(file)) error(500, `${file} is missing: run npm run data:build`);
	const text = readFileSync(file, 'utf8');
	// The text and the dataset are separate files: a stale one would put highlights in the wrong
	// place, so the page refuses to show quotes that are not the text's own characters.
	if (text.length !== source.length) {
		error(500, `${file} has ${text.length} characters; the dataset expects ${source.length}`);
	}
	const citations = sourceCitations(dataset.events, source.id);
	for (const citation of citations) {
		const event = dataset.events.find(({ id }) => id === citation.eventId)!;
		if (
			text.slice(citation.start, citation.end) !== event.evidence[citation.evidenceIndex]!.quote
		) {
			error(
				500,
				`${file} no longer holds the quote of ${event.id}, evidence ${citation.evidenceIndex}`
			);
		}
	}
	return { source, text, citations, events: citingEvents(dataset, citations) };
};
