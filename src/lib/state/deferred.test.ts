import { describe, expect, it } from 'vitest';
import { Deferred } from './deferred.svelte';

/** A loader that answers from a list, one answer per call, and counts its calls. */
function scripted(answers: (string | Error)[]) {
	let calls = 0;
	const load = async () => {
		const answer = answers[calls++];
		if (answer instanceof Error) throw answer;
		return answer!;
	};
	return { load, calls: () => calls };
}

describe('Deferred', () => {
	it('holds nothing until asked', () => {
		const loader = scripted(['panel']);
		const deferred = new Deferred(loader.load);
		expect([deferred.value, deferred.problem, loader.calls()]).toEqual([null, null, 0]);
	});

	it.each<[string, (string | Error)[], number, string | null, string | null, number]>([
		['loads once however often it is asked', ['panel'], 3, 'panel', null, 1],
		['reports a failure in words', [new Error('chunk missing')], 1, null, 'chunk missing', 1],
		[
			'tries again after a failure, and clears it',
			[new Error('offline'), 'panel'],
			2,
			'panel',
			null,
			2
		],
		['stays failed when the retry fails too', [new Error('a'), new Error('b')], 2, null, 'b', 2]
	])('%s', async (_, answers, asks, value, problem, calls) => {
		const loader = scripted(answers);
		const deferred = new Deferred(loader.load);
		let last: string | null = null;
		for (let i = 0; i < asks; i++) last = await deferred.load();
		expect(last).toBe(value);
		expect(deferred.value).toBe(value);
		expect(deferred.problem).toBe(problem);
		expect(loader.calls()).toBe(calls);
	});

	it('shows no failure while a new load is under way', async () => {
		const loader = scripted([new Error('offline'), 'panel']);
		const deferred = new Deferred(loader.load);
		await deferred.load();
		expect(deferred.problem).toBe('offline');
		const retry = deferred.load();
		expect(deferred.problem).toBeNull();
		expect(await retry).toBe('panel');
	});

	it('shares one load between callers that ask at the same time', async () => {
		const loader = scripted(['panel', 'again']);
		const deferred = new Deferred(loader.load);
		expect(await Promise.all([deferred.load(), deferred.load()])).toEqual(['panel', 'panel']);
		expect(loader.calls()).toBe(1);
	});
});
