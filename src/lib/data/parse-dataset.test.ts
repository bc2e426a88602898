import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../testing/shipped-data';
import { DataLoadError } from './load';
import { EVENT_SLICE, parseDataset } from './parse-dataset';
import type { Dataset } from './schema';

const shipped = shippedDataset();

/** The shipped dataset with its events repeated under new ids, to span several slices. */
function manyEvents(count: number): Dataset {
	const events = Array.from({ length: count }, (_, index) => {
		const event = shipped.events[index % shipped.events.length]!;
		return { ...event, id: `${event.id}-${index}` };
	});
	return { ...shipped, events };
}

function problemOf(text: string): string[] {
	try {
		parseDataset(text);
	} catch (error) {
		if (error instanceof DataLoadError) return error.details;
		throw error;
	}
	throw new Error('the dataset passed');
}

describe('parseDataset', () => {
	it('returns the checked dataset whole, whatever the number of slices', () => {
		for (const count of [0, 1, EVENT_SLICE, EVENT_SLICE * 2 + 3]) {
			const dataset = manyEvents(count);
			expect(parseDataset(JSON.stringify(dataset))).toEqual(dataset);
		}
	});

	it('hands over each slice once it has passed, in order, with the running count', () => {
		const dataset = manyEvents(EVENT_SLICE * 2 + 3);
		const seen: [number, number, number][] = [];
		parseDataset(JSON.stringify(dataset), (events, checked, total) =>
			seen.push([events.length, checked, total])
		);
		const total = dataset.events.length;
		expect(seen).toEqual([
			[EVENT_SLICE, EVENT_SLICE, total],
			[EVENT_SLICE, EVENT_SLICE * 2, total],
			[3, total, total]
		]);
	});

	it.each<[string, (dataset: Dataset) => unknown, string]>([
		[
			'a bad field in the first slice',
			(dataset) => ((dataset.events[2]!.evidence[0]!.start as unknown) = 'seven'),
			'events.2.evidence.0.start'
		],
		[
			'a bad field in a later slice keeps its place in the whole list',
			(dataset) => ((dataset.events[EVENT_SLICE + 4]!.title as unknown) = ''),
			`events.${EVENT_SLICE + 4}.title`
		],
		[
			'a problem outside the events',
			(dataset) => ((dataset.countries[0]!.iso3 as unknown) = 'china'),
			'countries.0.iso3'
		]
	])('names the record and the field of %s', (_, corrupt, field) => {
		const dataset = structuredClone(manyEvents(EVENT_SLICE + 10));
		corrupt(dataset);
		const [detail] = problemOf(JSON.stringify(dataset));
		expect(detail).toContain(field);
	});

	it('names the record by its id', () => {
		const dataset = structuredClone(manyEvents(EVENT_SLICE + 10));
		(dataset.events[EVENT_SLICE + 4]!.title as unknown) = '';
		expect(problemOf(JSON.stringify(dataset))[0]).toMatch(
			new RegExp(`^${dataset.events[EVENT_SLICE + 4]!.id} › events\\.${EVENT_SLICE + 4}\\.title: `)
		);
	});

	it('says when the file is not JSON at all', () => {
		expect(problemOf('{"sources": [')).toEqual(['the file is not valid JSON']);
	});
});
