import { describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, retryableImport } from './retryable-import';

describe('failedModuleUrl', () => {
	it.each([
		[
			'Chromium',
			'Failed to fetch dynamically imported module: http://localhost:4173/_app/immutable/chunks/05j2QZxZ.js',
			'http://localhost:4173/_app/immutable/chunks/05j2QZxZ.js'
		],
		[
			'Firefox',
			'error loading dynamically imported module: https://example.org/map/_app/x/A1.mjs',
			'https://example.org/map/_app/x/A1.mjs'
		],
		[
			'a second failure, of a fresh URL',
			'Failed to fetch dynamically imported module: http://h/_app/c/B.js?attempt=2',
			'http://h/_app/c/B.js'
		],
		['Safari, which names no URL', 'Importing a module script failed.', null],
		['an error that is not about a module', 'network down', null]
	])('%s', (_, message, expected) => {
		expect(failedModuleUrl(new Error(message))).toBe(expected);
	});
});

describe('retryableImport', () => {
	const failure = (url: string) => new Error(`Failed to fetch dynamically imported module: ${url}`);

	it('asks for the module that failed under a fresh URL each time', async () => {
		const load = vi.fn().mockRejectedValue(failure('http://h/_app/c/Panel.js'));
		const importUrl = vi
			.fn()
			.mockRejectedValueOnce(failure('http://h/_app/c/Panel.js?attempt=1'))
			.mockResolvedValueOnce({ default: 'panel' });
		const panel = retryableImport(load, importUrl);

		await expect(panel()).rejects.toThrow('Panel.js');
		await expect(panel()).rejects.toThrow('attempt=1');
		await expect(panel()).resolves.toEqual({ default: 'panel' });
		expect(load).toHaveBeenCalledTimes(1);
		expect(importUrl.mock.calls).toEqual([
			['http://h/_app/c/Panel.js?attempt=1'],
			['http://h/_app/c/Panel.js?attempt=2']
		]);
	});

	it('runs the import again when the failure names no module', async () => {
		const load = vi
			.fn()
			.mockRejectedValueOnce(new Error('Importing a module script failed.'))
			.mockResolvedValueOnce({ default: 'panel' });
		const importUrl = vi.fn();
		const panel = retryableImport(load, importUrl);

		await expect(panel()).rejects.toThrow();
		await expect(panel()).resolves.toEqual({ default: 'panel' });
		expect(importUrl).not.toHaveBeenCalled();
	});
});
