/**
 * The dashboard's view in the query string, so that a shared link restores exactly what its sender
 * saw. Links get typed, truncated and edited by hand, so parsing never throws: whatever it cannot
 * use is dropped or corrected, and every drop or correction is reported for the reader to see.
 */

export type Projection = 'mercator' | 'globe';

export interface Camera {
	lon: number;
	lat: number;
	zoom: number;
}

export type Selection = { kind: 'country'; iso3: string } | { kind: 'arc'; key: string } | null;

export const selectedCountryOf = (selection: Selection) =>
	selection?.kind === 'country' ? selection.iso3 : null;
export const selectedArcKeyOf = (selection: Selection) =>
	selection?.kind === 'arc' ? selection.key : null;

export interface ViewState {
	/** Inclusive start years shown; null = the data's full extent on that side. */
	fromYear: number | null;
	toYear: number | null;
	/** Event type ids shown; null = all types. */
	types: string[] | null;
	includeUndated: boolean;
	includeInferred: boolean;
	selection: Selection;
	projection: Projection;
	/** null = framed on the data. */
	camera: Camera | null;
	view: 'map' | 'table';
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
	fromYear: null,
	toYear: null,
	types: null,
	includeUndated: true,
	includeInferred: true,
	selection: null,
	projection: 'mercator',
	camera: null,
	view: 'map'
});

/** What the data holds, so that a link can only select things that exist. */
export interface ParseContext {
	countries: ReadonlySet<string>;
	types: ReadonlySet<string>;
	arcKeys: ReadonlySet<string>;
	yearExtent: [number, number] | null;
}

export interface ParseResult {
	state: ViewState;
	/** One human-readable note per parameter that was ignored or corrected. */
	ignored: string[];
}

interface CameraLimit {
	name: string;
	min: number;
	max: number;
}

const CAMERA_LIMITS: Record<keyof Camera, CameraLimit> = {
	lon: { name: 'longitude', min: -180, max: 180 },
	// Web Mercator cannot show the poles: it stops at about 85°.
	lat: { name: 'latitude', min: -85, max: 85 },
	zoom: { name: 'zoom', min: 0, max: 22 }
};

/** Plain decimals only: Number() would also accept "", "0x10", "1e3" and "Infinity". */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const YEAR_RANGE = /^(?:(\d{4})|(\d{4})?-(\d{4})?)$/;

/** Notes quote what the link said; garbage can be arbitrarily long, so it is cut short. */
const MAX_QUOTED_LENGTH = 60;

interface Reading {
	change?: Partial<ViewState>;
	note?: string;
}

interface Parameter {
	/** Parameters that set the same part of the view: only the first of them is used. */
	sets: string;
	read: (value: string, context: ParseContext, quoted: string) => Reading;
}

const ignored = (quoted: string, reason: string): Reading => ({
	note: `Ignored ${quoted}: ${reason}`
});

// A Map rather than an object literal: keys such as "constructor" must not find prototype members.
const PARAMETERS = new Map<string, Parameter>([
	['years', { sets: 'the years', read: readYears }],
	['types', { sets: 'the event types', read: readTypes }],
	['undated', { sets: 'whether undated events are shown', read: readFlag('includeUndated') }],
	['inferred', { sets: 'whether inferred dates are shown', read: readFlag('includeInferred') }],
	['country', { sets: 'the selection', read: readCountry }],
	['arc', { sets: 'the selection', read: readArc }],
	['projection', { sets: 'the projection', read: readProjection }],
	['camera', { sets: 'the camera', read: readCamera }],
	['view', { sets: 'the view', read: readView }]
]);

/** The parameters that only select: every arc is still drawn, the others dimmed around it. */
const SELECTING = new Set(['country', 'arc']);

/**
 * Whether a link opens on every arc drawn with all its events, on the flat map framed on the
 * data: the view the map can draw from the arc tiles alone, before the events are checked. A
 * filter, a camera, the globe or the table waits for the data, as may a value that turns out to
 * be ignored.
 */
export function opensOnEveryArc(params: URLSearchParams): boolean {
	return [...params.keys()].every((key) => SELECTING.has(key) || !PARAMETERS.has(key));
}

export function parseViewState(params: URLSearchParams, context: ParseContext): ParseResult {
	const state: ViewState = { ...DEFAULT_VIEW };
	const notes: string[] = [];
	const firstSetter = new Map<string, string>();
	for (const [key, value] of params) {
		const quoted = quote(`${key}=${value}`);
		const parameter = PARAMETERS.get(key);
		if (!parameter) {
			notes.push(`Ignored ${quoted}: not a parameter of this page`);
			continue;
		}
		const earlier = firstSetter.get(parameter.sets);
		if (earlier !== undefined) {
			const reason =
				earlier === key
					? `"${key}" is given more than once and only the first is used`
					: `"${earlier}" comes first and also sets ${parameter.sets}`;
			notes.push(`Ignored ${quoted}: ${reason}`);
			continue;
		}
		firstSetter.set(parameter.sets, key);
		const { change, note } = parameter.read(value, context, quoted);
		Object.assign(state, change);
		if (note !== undefined) notes.push(note);
	}
	return { state, ignored: notes };
}

export function serializeViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.fromYear !== null || state.toYear !== null) {
		params.set('years', formatYears(state.fromYear, state.toYear));
	}
	if (state.types !== null) params.set('types', state.types.join(','));
	if (!state.includeUndated) params.set('undated', '0');
	if (!state.includeInferred) params.set('inferred', '0');
	if (state.selection?.kind === 'country') params.set('country', state.selection.iso3);
	if (state.selection?.kind === 'arc') params.set('arc', state.selection.key);
	if (state.projection !== DEFAULT_VIEW.projection) params.set('projection', state.projection);
	if (state.camera !== null) {
		const { lon, lat, zoom } = state.camera;
		params.set('camera', [lon, lat, zoom].map((n) => n.toFixed(2)).join(','));
	}
	if (state.view !== DEFAULT_VIEW.view) params.set('view', state.view);
	return params;
}

/** "2020" for one year, "2015-2021" for a range, "2015-" or "-2021" when one side is open. */
function formatYears(from: number | null, to: number | null): string {
	if (from !== null && from === to) return String(from);
	return `${from ?? ''}-${to ?? ''}`;
}

function readYears(value: string, context: ParseContext, quoted: string): Reading {
	const match = YEAR_RANGE.exec(value);
	if (!match || value === '-') return ignored(quoted, 'not a year or a range such as 2015-2021');
	if (context.yearExtent === null) return ignored(quoted, 'no event in the data has a known year');
	const [min, max] = context.yearExtent;
	const yearOrNull = (text: string | undefined) => (text === undefined ? null : Number(text));
	let from = yearOrNull(match[1] ?? match[2]);
	let to = yearOrNull(match[1] ?? match[3]);
	const reasons: string[] = [];
	if (from !== null && to !== null && from > to) {
		[from, to] = [to, from];
		reasons.push('the years were reversed');
	}
	if ((from !== null && from > max) || (to !== null && to < min)) {
		return ignored(quoted, `the data's years are ${min} to ${max}`);
	}
	if ((from !== null && from < min) || (to !== null && to > max)) {
		from = from === null ? null : Math.max(from, min);
		to = to === null ? null : Math.min(to, max);
		reasons.push(`the data's years are ${min} to ${max}`);
	}
	const change = { fromYear: from, toYear: to };
	if (reasons.length === 0) return { change };
	const note = `Changed ${quoted} to "years=${formatYears(from, to)}": ${reasons.join(' and ')}`;
	return { change, note };
}

/** An empty list is a real view (every type switched off); a list of only unknown types is not. */
function readTypes(value: string, context: ParseContext, quoted: string): Reading {
	const given = value.split(',').filter((id) => id !== '');
	const known = [...new Set(given.filter((id) => context.types.has(id)))];
	const unknown = given.filter((id) => !context.types.has(id));
	if (unknown.length === 0) return { change: { types: known } };
	if (known.length === 0) return ignored(quoted, 'none of these is an event type of the data');
	const listed = unknown.map((id) => quote(id)).join(', ');
	return {
		change: { types: known },
		note: `Ignored ${listed} in ${quoted}: not event types of the data`
	};
}

function readFlag(field: 'includeUndated' | 'includeInferred') {
	return (value: string, _context: ParseContext, quoted: string): Reading => {
		if (value === '0') return { change: { [field]: false } };
		if (value === '1') return { change: { [field]: true } };
		return ignored(quoted, 'must be 0 or 1');
	};
}

function readCountry(value: string, context: ParseContext, quoted: string): Reading {
	if (!context.countries.has(value)) return ignored(quoted, 'not a country of the data');
	return { change: { selection: { kind: 'country', iso3: value } } };
}

function readArc(value: string, context: ParseContext, quoted: string): Reading {
	if (!context.arcKeys.has(value)) return ignored(quoted, 'not a relation of the data');
	return { change: { selection: { kind: 'arc', key: value } } };
}

function readProjection(value: string, _context: ParseContext, quoted: string): Reading {
	if (value !== 'mercator' && value !== 'globe') {
		return ignored(quoted, 'must be "mercator" or "globe"');
	}
	return { change: { projection: value } };
}

function readView(value: string, _context: ParseContext, quoted: string): Reading {
	if (value !== 'map' && value !== 'table') return ignored(quoted, 'must be "map" or "table"');
	return { change: { view: value } };
}

function readCamera(value: string, _context: ParseContext, quoted: string): Reading {
	const parts = value.split(',');
	if (parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) {
		return ignored(quoted, 'must be three numbers: longitude,latitude,zoom');
	}
	// Without the + 0, "-0.00" would read back as -0 and differ from the 0 it was written from.
	const [lon, lat, zoom] = parts.map((part) => Number(part) + 0) as [number, number, number];
	const camera: Camera = { lon, lat, zoom };
	for (const [field, limit] of Object.entries(CAMERA_LIMITS) as [keyof Camera, CameraLimit][]) {
		if (!(camera[field] >= limit.min && camera[field] <= limit.max)) {
			return ignored(quoted, `the ${limit.name} must be between ${limit.min} and ${limit.max}`);
		}
	}
	return { change: { camera } };
}

function quote(text: string): string {
	const characters = [...text];
	const shown =
		characters.length > MAX_QUOTED_LENGTH
			? `${characters.slice(0, MAX_QUOTED_LENGTH).join('')}…`
			: text;
	return `"${shown}"`;
}
