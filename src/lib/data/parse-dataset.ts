/**
 * Parsing and checking the dataset, in slices: run by the dataset worker (dataset.worker.ts), so
 * the event schema never weighs on the page's own code.
 */
import * as v from 'valibot';
import { DATASET_FILE, DataLoadError, describeIssues } from './load';
import {
	DatasetWithoutEventsSchema,
	LocatedEventSchema,
	type Dataset,
	type DatasetEvent
} from './schema';

/** Events are checked, and handed from the worker, in slices small enough never to freeze a page. */
export const EVENT_SLICE = 5000;

/**
 * Parses the dataset and checks it against the schema, its events one slice at a time; each
 * checked slice is passed to `onEvents` as soon as it passes.
 */
export function parseDataset(
	text: string,
	onEvents?: (events: DatasetEvent[], checked: number, total: number) => void
): Dataset {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new DataLoadError(DATASET_FILE, ['the file is not valid JSON']);
	}
	const head = v.safeParse(DatasetWithoutEventsSchema, json);
	if (!head.success) throw new DataLoadError(DATASET_FILE, describeIssues(head.issues));
	const raw = head.output.events;
	const events: DatasetEvent[] = [];
	const sliceSchema = v.array(LocatedEventSchema);
	for (let offset = 0; offset < raw.length; offset += EVENT_SLICE) {
		const result = v.safeParse(sliceSchema, raw.slice(offset, offset + EVENT_SLICE));
		if (!result.success) {
			throw new DataLoadError(
				DATASET_FILE,
				describeIssues(result.issues, { list: 'events', offset })
			);
		}
		for (const event of result.output) events.push(event);
		onEvents?.(result.output, events.length, raw.length);
	}
	return { ...head.output, events };
}
