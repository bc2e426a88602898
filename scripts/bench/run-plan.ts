/** The order of the year-slider key presses (kept apart from run.ts so tests can import it). */

/**
 * The year-slider presses of one run: both handles move inwards in turn, then back out, so the
 * range never pushes against an end and a run cut short still exercises both handles.
 */
export function yearPlan(count: number): [string, string][] {
	if (count <= 0) return [];
	const half = Math.max(1, Math.ceil(count / 2));
	const inwards: [string, string][] = [];
	const outwards: [string, string][] = [];
	for (let i = 0; i < half; i++) {
		inwards.push(i % 2 ? ['Last year shown', 'ArrowLeft'] : ['First year shown', 'ArrowRight']);
		outwards.push(i % 2 ? ['Last year shown', 'ArrowRight'] : ['First year shown', 'ArrowLeft']);
	}
	return [...inwards, ...outwards];
}
