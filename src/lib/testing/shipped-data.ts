/**
 * The data the project ships, run through the same checker as `npm run data:check`, for unit tests
 * that check a property against real records. Node only: it reads data/ from disk.
 */
import { checkDataDirectory } from '../../../scripts/lib/data-dir';
import { formatProblem } from '../data/check';
import type { Dataset } from '../data/schema';

let cached: Dataset | undefined;

export function shippedDataset(): Dataset {
	if (cached) return cached;
	const result = checkDataDirectory('data');
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	cached = result.dataset;
	return cached;
}
