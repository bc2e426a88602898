import type { ParamMatcher } from '@sveltejs/kit';

/** Slide numbers as people say them: 1, 2, 3… */
export const match: ParamMatcher = (param) => /^[1-9]\d{0,2}$/.test(param);
