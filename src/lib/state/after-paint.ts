/**
 * Runs `work` once the next frame has been painted, and returns what cancels it: for what the user
 * does not see at once, so that what they do see is not held back. A task queued from a frame's
 * callback runs after that frame.
 */
export function afterNextPaint(work: () => void): () => void {
	let task: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		task = setTimeout(work);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(task);
	};
}
