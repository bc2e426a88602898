/** The briefing being authored in this browser, presented like any other under this id. */
export const DRAFT_BRIEFING_ID = 'draft';
export const DRAFT_STORAGE_KEY = 'relations-map:briefing-draft';
/**
 * The most slides a draft holds: each of its slides has an address of its own, prerendered so
 * that a reload or a static host finds it, and so a fixed number of them.
 */
export const MAX_DRAFT_SLIDES = 40;
export const FULL_DRAFT_MESSAGE = `a draft holds at most ${MAX_DRAFT_SLIDES} slides`;
