/**
 * Loading the generated JSON the app draws from. This is the app's data boundary: what arrives is
 * validated against the same schemas the checker uses, and a failure names the file, the record
 * and the field instead of drawing something half-broken.
 */
import * as v from 'valibot';
import type { ArcGroupIndex } from './aggregate';
import type { Dataset, DatasetEvent } from './schema';
import { LatitudeSchema, LongitudeSchema } from './coordinates';

export const DATASET_PATH = 'generated/dataset.json';
/**
 * Written by the build beside the dataset: its size and event count, for an honest progress bar,
 * and where its capitals lie.
 */
export const MANIFEST_PATH = 'generated/manifest.json';
/** The file a path or URL names, as problems name it. */
const fileOf = (path: string) => path.split('/').pop() ?? path;
export const DATASET_FILE = fileOf(DATASET_PATH);

const ManifestSchema = v.strictObject({
	datasetBytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
	eventCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** The box around the capitals (bounds.ts), so the map can frame the data before it arrives. */
	bounds: v.tuple([
		v.tuple([LongitudeSchema, LatitudeSchema]),
		v.tuple([LongitudeSchema, LatitudeSchema])
	]),
	/** The map's ids of the data's countries and whether every arc has its arrow (first-view.ts). */
	countryMapIds: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
	arrowsOnEveryArc: v.boolean()
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** Where the build stores a source's exact text, relative to the site root. */
export function sourceTextPath(sourceId: string): string {
	return `generated/sources/${sourceId}.txt`;
}

export class DataLoadError extends Error {
	constructor(
		readonly file: string,
		readonly details: string[]
	) {
		super(`${file} could not be loaded: ${details.join('; ')}`);
		this.name = 'DataLoadError';
	}
}

const MAX_REPORTED_ISSUES = 5;

/**
 * "events › chn-irq-mou › evidence.0.quote: …": the record is named by its id where it has one.
 * Issues found in a slice of a list are given their place in the whole list.
 */
export function describeIssues(
	issues: v.BaseIssue<unknown>[],
	slice?: { list: string; offset: number }
): string[] {
	const described = issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
		const path = issue.path ?? [];
		const record = path.find((item) => Array.isArray(item.input))?.value;
		const recordId =
			record && typeof record === 'object' && 'id' in record ? String(record.id) : undefined;
		let dotPath = v.getDotPath(issue);
		if (slice && dotPath !== null) {
			const [index, ...rest] = dotPath.split('.');
			dotPath = [slice.list, Number(index) + slice.offset, ...rest].join('.');
		}
		return [recordId, dotPath].filter(Boolean).join(' › ') + `: ${issue.message}`;
	});
	if (issues.length > MAX_REPORTED_ISSUES) {
		described.push(`and ${issues.length - MAX_REPORTED_ISSUES} more problem(s)`);
	}
	return described;
}

export type LoadStage = 'download' | 'check';
/** How far loading has come: bytes received, then events checked; the total when known. */
type LoadProgress = (stage: LoadStage, done: number, total: number | null) => void;

/** Reads a response body, reporting progress as chunks arrive so a large file never looks stuck. */
async function readBytes(
	response: Response,
	expectedTotal: number | null,
	onProgress?: LoadProgress
): Promise<Uint8Array> {
	const length = Number(response.headers.get('content-length'));
	const encoded = response.headers.has('content-encoding');
	// A compressed response announces its compressed length; the build's manifest knows the real one.
	const total = !encoded && length > 0 ? length : expectedTotal;
	if (!response.body) return new Uint8Array(await response.arrayBuffer());
	const reader = response.body.getReader();
	const parts: Uint8Array[] = [];
	let loaded = 0;
	onProgress?.('download', 0, total);
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		loaded += value.byteLength;
		parts.push(value);
		onProgress?.('download', loaded, total);
	}
	const bytes = new Uint8Array(loaded);
	let offset = 0;
	for (const part of parts) {
		bytes.set(part, offset);
		offset += part.byteLength;
	}
	return bytes;
}

async function request(fetchFn: typeof fetch, url: string): Promise<Response> {
	const file = fileOf(url);
	let response: Response;
	try {
		response = await fetchFn(url);
	} catch (error) {
		throw new DataLoadError(file, [`the request failed (${(error as Error).message})`]);
	}
	if (!response.ok) throw new DataLoadError(file, [`the server answered ${response.status}`]);
	return response;
}

/** What the dataset worker posts back. */
export type WorkerMessage =
	| { kind: 'events'; events: DatasetEvent[]; checked: number; total: number }
	| { kind: 'done'; dataset: Omit<Dataset, 'events'>; arcGroupIndex: ArcGroupIndex[] }
	| { kind: 'problem'; file: string; details: string[] };

async function fetchJson<T>(
	fetchFn: typeof fetch,
	url: string,
	schema: v.GenericSchema<unknown, T>
): Promise<T> {
	const file = fileOf(url);
	const response = await request(fetchFn, url);
	let json: unknown;
	try {
		json = await response.json();
	} catch {
		throw new DataLoadError(file, ['the file is not valid JSON']);
	}
	const result = v.safeParse(schema, json);
	if (!result.success) throw new DataLoadError(file, describeIssues(result.issues));
	return result.output;
}

/**
 * Downloads the dataset on this thread, so its progress shows, and parses and checks it in a
 * worker, so a large file never freezes the page: the worker hands the checked events back in
 * slices. (Every browser that can draw the map has workers: MapLibre needs them too.)
 */
export async function fetchDataset(
	fetchFn: typeof fetch,
	base: string,
	manifest: Manifest,
	onProgress?: LoadProgress
): Promise<{ dataset: Dataset; arcGroupIndex: ArcGroupIndex[] }> {
	// Started before the download, so that its code loads and runs meanwhile.
	const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
	const events: DatasetEvent[] = [];
	try {
		const response = await request(fetchFn, `${base}/${DATASET_PATH}`);
		const bytes = await readBytes(response, manifest.datasetBytes, onProgress);
		onProgress?.('check', 0, manifest.eventCount);
		return await new Promise((resolve, reject) => {
			worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
				if (data.kind === 'events') {
					for (const event of data.events) events.push(event);
					onProgress?.('check', data.checked, data.total);
				} else if (data.kind === 'done') {
					resolve({ dataset: { ...data.dataset, events }, arcGroupIndex: data.arcGroupIndex });
				} else {
					reject(new DataLoadError(data.file, data.details));
				}
			};
			worker.onerror = (error) =>
				reject(new DataLoadError(DATASET_FILE, [`it could not be checked (${error.message})`]));
			worker.postMessage(bytes.buffer, [bytes.buffer]);
		});
	} finally {
		worker.terminate();
	}
}

export function fetchManifest(fetchFn: typeof fetch, base: string): Promise<Manifest> {
	return fetchJson(fetchFn, `${base}/${MANIFEST_PATH}`, ManifestSchema);
}
