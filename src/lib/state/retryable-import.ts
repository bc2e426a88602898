/**
 * Dynamic imports that can be tried again. Some browsers (Chromium up to at least version 150)
 * remember a failed dynamic import of a URL for the life of the page and answer every later
 * import of it with the same failure, without asking the server again. Trying again therefore
 * asks for the module that failed under a fresh URL: the same file, with an attempt number.
 */

/** The module URL a failed import names in its message (Chromium and Firefox name it). */
export function failedModuleUrl(error: unknown): string | null {
	const message = error instanceof Error ? error.message : String(error);
	const url = /\b(https?:\/\/[^\s'"]+?\.m?js)(?:\?[^\s'"]*)?(?=$|[\s'"])/.exec(message)?.[1];
	return url ?? null;
}

/**
 * Wraps `load` (an `import()` of one module) so that after a failure that names the module's URL,
 * the next call imports that URL afresh. A browser that does not remember failures, or does not
 * name the URL, simply runs `load` again.
 */
export function retryableImport<M>(
	load: () => Promise<M>,
	importUrl: (url: string) => Promise<M> = (url) => import(/* @vite-ignore */ url)
): () => Promise<M> {
	let failedUrl: string | null = null;
	let attempt = 0;
	return async () => {
		try {
			return await (failedUrl === null ? load() : importUrl(`${failedUrl}?attempt=${++attempt}`));
		} catch (error) {
			failedUrl = failedModuleUrl(error) ?? failedUrl;
			throw error;
		}
	};
}
