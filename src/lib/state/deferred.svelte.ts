/**
 * Code the first view can do without: loaded once when first wanted, then kept. A failed load
 * (a file missing after an update, say) is reported in words and tried again on the next use.
 */
export class Deferred<T> {
	/** What was loaded; null until then. */
	value = $state.raw<T | null>(null);
	/** Why the last load failed; null when it did not, and while a new load is under way. */
	problem = $state<string | null>(null);
	readonly #load: () => Promise<T>;
	#loading: Promise<T | null> | null = null;

	constructor(load: () => Promise<T>) {
		this.#load = load;
	}

	/** Resolves to null when loading failed; `problem` then says why. */
	load(): Promise<T | null> {
		if (this.#loading) return this.#loading;
		// A failure stays on screen only while nothing is being tried, so what shows is current.
		this.problem = null;
		this.#loading = this.#load().then(
			(value) => {
				this.value = value;
				this.problem = null;
				return value;
			},
			(error: Error) => {
				this.problem = error.message;
				this.#loading = null;
				return null;
			}
		);
		return this.#loading;
	}
}
