/**
 * The briefing draft the dashboard is authoring, kept in the browser's storage so that a reload or
 * a closed tab loses nothing. A stored draft that cannot be read is set aside, never overwritten.
 */
import type { Briefing, Slide } from '../data/schema';
import {
	type BriefingData,
	addSlide,
	moveSlide,
	newDraft,
	readStoredDraft,
	removeSlide,
	updateDetails,
	updateSlide,
	type DraftDetails
} from './draft';
import { DRAFT_STORAGE_KEY } from './draft-id';

export const CORRUPT_DRAFT_STORAGE_KEY = `${DRAFT_STORAGE_KEY}:corrupt`;

/** Browsers can refuse storage altogether (blocked site data), which surfaces as an exception. */
function browserStorage(): Storage | null {
	try {
		return localStorage;
	} catch {
		return null;
	}
}

function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class BriefingDraftStore {
	readonly #data: BriefingData;
	readonly #storage: Storage | null;
	#draft = $state.raw(newDraft(today()));
	/** Why the stored draft was set aside, for the author to read; null when it loaded. */
	recoveryNotice = $state<string | null>(null);
	/** Why the draft is not being saved in this browser; null while saving works. */
	saveProblem = $state<string | null>(null);

	constructor(data: BriefingData, storage = browserStorage()) {
		this.#data = data;
		this.#storage = storage;
		const stored = this.#read(DRAFT_STORAGE_KEY);
		if (stored === null) return;
		const read = readStoredDraft(stored);
		if (read.ok) {
			this.#draft = read.draft;
			return;
		}
		this.#write(CORRUPT_DRAFT_STORAGE_KEY, stored);
		this.#commit(this.#draft);
		this.recoveryNotice =
			`The briefing draft saved in this browser could not be read (${read.reason}), so a new ` +
			`draft was started. The old one is kept in this browser's storage under ` +
			`"${CORRUPT_DRAFT_STORAGE_KEY}".`;
	}

	get draft() {
		return this.#draft;
	}

	/** Returns the new slide's number. */
	/** The new slide's number, or null if the draft is full. */
	addSlide(slide: Slide): number | null {
		const next = addSlide(this.#draft, slide);
		if (next === this.#draft) return null;
		this.#commit(next);
		return this.#draft.slides.length;
	}

	moveSlide(index: number, delta: number) {
		this.#commit(moveSlide(this.#draft, index, delta));
	}

	updateSlide(index: number, patch: Partial<Pick<Slide, 'title' | 'notes'>>) {
		this.#commit(updateSlide(this.#draft, index, patch));
	}

	removeSlide(index: number) {
		this.#commit(removeSlide(this.#draft, index));
	}

	updateDetails(details: DraftDetails) {
		this.#commit(updateDetails(this.#draft, details));
	}

	/** Replaces the draft with an imported briefing, once it has passed the data check. */
	replace(briefing: Briefing) {
		this.#commit(briefing);
	}

	/** What the draft's files are checked against (see draft-check.ts). */
	get data(): BriefingData {
		return this.#data;
	}

	dismissRecoveryNotice() {
		this.recoveryNotice = null;
	}

	#commit(draft: Briefing) {
		this.#draft = draft;
		this.#write(DRAFT_STORAGE_KEY, JSON.stringify(draft));
	}

	#read(key: string): string | null {
		try {
			return this.#storage?.getItem(key) ?? null;
		} catch {
			return null;
		}
	}

	#write(key: string, value: string) {
		try {
			if (!this.#storage) throw new Error('this browser does not allow it');
			this.#storage.setItem(key, value);
			this.saveProblem = null;
		} catch (error) {
			this.saveProblem =
				`The draft cannot be saved in this browser (${(error as Error).message}): ` +
				'export it to keep it.';
		}
	}
}
