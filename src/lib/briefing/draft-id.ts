/** The briefing being authored in this browser, presented like any other under this id. */
export const DRAFT_BRIEFING_ID = 'draft';
export const DRAFT_STORAGE_KEY = 'relations-map:briefing-draft';
