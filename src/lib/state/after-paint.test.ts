import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

describe('afterNextPaint', () => {
	let frames: FrameRequestCallback[];
	beforeEach(() => {
		frames = [];
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
			frames.push(callback);
			return frames.length;
		});
		vi.stubGlobal('cancelAnimationFrame', (id: number) => {
			frames[id - 1] = () => {};
		});
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});
	const paintFrame = () => frames.splice(0).forEach((callback) => callback(0));

	it.each([
		['nothing has happened yet', [], false],
		['timers ran but no frame came', ['timers'], false],
		['a frame began, its task not yet run', ['frame'], false],
		['a frame was painted and the next task ran', ['frame', 'timers'], true]
	] as const)('when %s: %s', (_, steps, expected) => {
		const work = vi.fn();
		afterNextPaint(work);
		for (const step of steps) {
			if (step === 'frame') paintFrame();
			else vi.runAllTimers();
		}
		expect(work).toHaveBeenCalledTimes(expected ? 1 : 0);
	});

	it.each([
		['before the frame', ['cancel', 'frame', 'timers']],
		['between the frame and its task', ['frame', 'cancel', 'timers']]
	] as const)('does nothing once cancelled %s', (_, steps) => {
		const work = vi.fn();
		const cancel = afterNextPaint(work);
		for (const step of steps) {
			if (step === 'frame') paintFrame();
			else if (step === 'cancel') cancel();
			else vi.runAllTimers();
		}
		expect(work).not.toHaveBeenCalled();
	});
});
