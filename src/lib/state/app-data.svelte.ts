/**
 * The loaded data and its loading status. The dataset is large and never mutated, so it is held
 * as raw state: Svelte does not wrap it in proxies.
 */
import {
	DataLoadError,
	fetchDataset,
	fetchManifest,
	type LoadStage,
	type Manifest
} from '../data/load';
import type { ArcGroupIndex } from '../data/aggregate';
import type { Dataset } from '../data/schema';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export class AppData {
	dataset = $state.raw<Dataset | null>(null);
	/** The events' grouping into arcs, worked out with the check, off the page's thread. */
	arcGroupIndex = $state.raw<ArcGroupIndex[] | null>(null);
	/** The dataset's size and where its capitals lie, known before its events arrive. */
	manifest = $state.raw<Manifest | null>(null);
	status = $state<LoadStatus>('loading');
	/** How far the event data has come: bytes received, then events checked. */
	progress = $state<{ stage: LoadStage; done: number; total: number | null }>({
		stage: 'download',
		done: 0,
		total: null
	});
	/** What went wrong, written for a reader: which file and why. */
	problem = $state<{ title: string; details: string[] } | null>(null);

	/**
	 * In steps of a hundredth: every step repaints the page, and a large file arrives in
	 * thousands of chunks, each of which would otherwise cost a frame.
	 */
	#reportProgress(stage: LoadStage, done: number, total: number | null) {
		const shown = this.progress;
		const step = total ? total / 100 : 1e6;
		if (stage === shown.stage && done !== total && done - shown.done < step) return;
		this.progress = { stage, done, total };
	}

	async load(fetchFn: typeof fetch, base: string) {
		this.status = 'loading';
		try {
			const manifest = await fetchManifest(fetchFn, base);
			this.manifest = manifest;
			const { dataset, arcGroupIndex } = await fetchDataset(
				fetchFn,
				base,
				manifest,
				(stage, done, total) => this.#reportProgress(stage, done, total)
			);
			this.arcGroupIndex = arcGroupIndex;
			this.dataset = dataset;
			this.status = 'ready';
		} catch (error) {
			this.problem =
				error instanceof DataLoadError
					? { title: `The data file ${error.file} could not be used.`, details: error.details }
					: { title: 'The data could not be loaded.', details: [(error as Error).message] };
			this.status = 'failed';
		}
	}
}
