/**
 * Parses and checks the dataset off the page's thread (see fetchDataset in load.ts): the bytes
 * come in, the checked events go back in slices, then the rest of the dataset with the events'
 * grouping into arcs, or the problem.
 */
import { indexArcGroups } from './group-arcs';
import { DataLoadError, type WorkerMessage } from './load';
import { parseDataset } from './parse-dataset';

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = ({ data }: MessageEvent<ArrayBuffer>) => {
	try {
		const dataset = parseDataset(new TextDecoder().decode(data), (events, checked, total) =>
			post({ kind: 'events', events, checked, total })
		);
		const { sources, countries, eventTypes, briefings } = dataset;
		// Grouping a hundred thousand events into arcs takes half a second: done here, the page
		// only looks the events up by position.
		post({
			kind: 'done',
			dataset: { sources, countries, eventTypes, briefings },
			arcGroupIndex: indexArcGroups(dataset)
		});
	} catch (error) {
		post(
			error instanceof DataLoadError
				? { kind: 'problem', file: error.file, details: error.details }
				: { kind: 'problem', file: 'dataset.json', details: [(error as Error).message] }
		);
	}
};
