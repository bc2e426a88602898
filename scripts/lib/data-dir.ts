/** Reading the data directory from disk for the checker and the build. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkData, formatProblem, type CheckResult } from '../../src/lib/data/check';

/** The data directory: `data/` unless DATA_DIR points elsewhere (benchmarks use generated data). */
export function dataDirectory(): string {
	return resolve(process.env.DATA_DIR ?? 'data');
}

export function checkDataDirectory(directory: string): CheckResult {
	return checkData({
		read(path) {
			const file = resolve(directory, path);
			return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
		},
		listJson(folder) {
			const path = resolve(directory, folder);
			return existsSync(path) ? readdirSync(path).filter((name) => name.endsWith('.json')) : [];
		}
	});
}

/** Prints every problem to stderr and returns whether the data passed. */
export function reportCheck(
	directory: string,
	result: CheckResult
): result is CheckResult & { ok: true } {
	if (result.ok) return true;
	console.error(`Data check failed: ${result.problems.length} problem(s) in ${directory}`);
	for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
	return false;
}
