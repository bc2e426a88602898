import { describe, expect, it } from 'vitest';
import {
	opensOnEveryArc,
	DEFAULT_VIEW,
	parseViewState,
	serializeViewState,
	type ParseContext,
	type ViewState
} from './url-state';

const AID_ARC = 'CHN|IRQ|aid|CHN>IRQ';

const context: ParseContext = {
	countries: new Set(['CHN', 'IRN', 'IRQ']),
	types: new Set(['agreement', 'aid', 'diplomatic-contact']),
	arcKeys: new Set([AID_ARC, 'CHN|IRQ|agreement']),
	yearExtent: [1958, 2021]
};

const undatedContext: ParseContext = { ...context, yearExtent: null };

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

const parse = (query: string, parseContext = context) =>
	parseViewState(new URLSearchParams(query), parseContext);

describe('serializeViewState', () => {
	it('writes nothing for the default view', () => {
		expect(serializeViewState(DEFAULT_VIEW).toString()).toBe('');
	});

	it('writes every part of a full view in a stable order', () => {
		const state = view({
			view: 'table',
			camera: { lon: 44.4, lat: 33.3, zoom: 3.5 },
			projection: 'globe',
			selection: { kind: 'arc', key: AID_ARC },
			includeInferred: false,
			includeUndated: false,
			types: ['agreement', 'aid'],
			toYear: 2021,
			fromYear: 2015
		});
		expect(serializeViewState(state).toString()).toBe(
			'years=2015-2021&types=agreement%2Caid&undated=0&inferred=0&arc=CHN%7CIRQ%7Caid%7CCHN%3EIRQ' +
				'&projection=globe&camera=44.40%2C33.30%2C3.50&view=table'
		);
	});
});

describe('a serialized view parses back to itself', () => {
	it.each<[string, ViewState]>([
		['the default view', DEFAULT_VIEW],
		['a year range', view({ fromYear: 2015, toYear: 2021 })],
		['a single year', view({ fromYear: 2020, toYear: 2020 })],
		['a range open at the end', view({ fromYear: 1990, toYear: null })],
		['a range open at the start', view({ fromYear: null, toYear: 2003 })],
		['some types', view({ types: ['diplomatic-contact', 'agreement'] })],
		['every type switched off', view({ types: [] })],
		['undated events hidden', view({ includeUndated: false })],
		['inferred dates hidden', view({ includeInferred: false })],
		['a selected country', view({ selection: { kind: 'country', iso3: 'IRQ' } })],
		['a selected arc', view({ selection: { kind: 'arc', key: AID_ARC } })],
		['the globe', view({ projection: 'globe' })],
		['a camera', view({ camera: { lon: 44.4, lat: 33.3, zoom: 3.5 } })],
		['a camera at the limits', view({ camera: { lon: -180, lat: -85, zoom: 22 } })],
		['a camera at zero', view({ camera: { lon: 0, lat: 0, zoom: 0 } })],
		['the table', view({ view: 'table' })],
		[
			'everything at once',
			view({
				fromYear: 1958,
				toYear: 2020,
				types: ['aid'],
				includeUndated: false,
				includeInferred: false,
				selection: { kind: 'country', iso3: 'CHN' },
				projection: 'globe',
				camera: { lon: 116.41, lat: 39.9, zoom: 4 },
				view: 'table'
			})
		]
	])('%s', (_, state) => {
		const query = serializeViewState(state).toString();
		expect(parse(query)).toEqual({ state, ignored: [] });
	});
});

describe('parseViewState with malformed links', () => {
	it.each<[string, Partial<ViewState>, string[]]>([
		['', {}, []],
		['years=abc', {}, ['Ignored "years=abc": not a year or a range such as 2015-2021']],
		['years=-', {}, ['Ignored "years=-": not a year or a range such as 2015-2021']],
		['years=20155', {}, ['Ignored "years=20155": not a year or a range such as 2015-2021']],
		[
			'years=2021-2015',
			{ fromYear: 2015, toYear: 2021 },
			['Changed "years=2021-2015" to "years=2015-2021": the years were reversed']
		],
		[
			'years=1900-2030',
			{ fromYear: 1958, toYear: 2021 },
			[`Changed "years=1900-2030" to "years=1958-2021": the data's years are 1958 to 2021`]
		],
		[
			'years=2030-1990',
			{ fromYear: 1990, toYear: 2021 },
			[
				'Changed "years=2030-1990" to "years=1990-2021": the years were reversed and ' +
					"the data's years are 1958 to 2021"
			]
		],
		[
			'years=-2050',
			{ fromYear: null, toYear: 2021 },
			[`Changed "years=-2050" to "years=-2021": the data's years are 1958 to 2021`]
		],
		['years=1800', {}, [`Ignored "years=1800": the data's years are 1958 to 2021`]],
		['years=2022-', {}, [`Ignored "years=2022-": the data's years are 1958 to 2021`]],
		[
			'types=agreement,foo,aid,agreement',
			{ types: ['agreement', 'aid'] },
			['Ignored "foo" in "types=agreement,foo,aid,agreement": not event types of the data']
		],
		['types=aid,,', { types: ['aid'] }, []],
		['types=foo,Aid', {}, ['Ignored "types=foo,Aid": none of these is an event type of the data']],
		['undated=no', {}, ['Ignored "undated=no": must be 0 or 1']],
		['undated=0&inferred=1', { includeUndated: false }, []],
		['inferred=', {}, ['Ignored "inferred=": must be 0 or 1']],
		['country=chn', {}, ['Ignored "country=chn": not a country of the data']],
		[
			'arc=CHN|IRQ|aid|IRQ>CHN',
			{},
			['Ignored "arc=CHN|IRQ|aid|IRQ>CHN": not a relation of the data']
		],
		[
			`country=IRQ&arc=${encodeURIComponent(AID_ARC)}`,
			{ selection: { kind: 'country', iso3: 'IRQ' } },
			[`Ignored "arc=${AID_ARC}": "country" comes first and also sets the selection`]
		],
		[
			'country=IRQ&country=CHN&country=IRN',
			{ selection: { kind: 'country', iso3: 'IRQ' } },
			[
				'Ignored "country=CHN": "country" is given more than once and only the first is used',
				'Ignored "country=IRN": "country" is given more than once and only the first is used'
			]
		],
		[
			'country=XXX&country=CHN',
			{},
			[
				'Ignored "country=XXX": not a country of the data',
				'Ignored "country=CHN": "country" is given more than once and only the first is used'
			]
		],
		['projection=Globe', {}, ['Ignored "projection=Globe": must be "mercator" or "globe"']],
		['view=list', {}, ['Ignored "view=list": must be "map" or "table"']],
		[
			'camera=44.4,33.3',
			{},
			['Ignored "camera=44.4,33.3": must be three numbers: longitude,latitude,zoom']
		],
		...['NaN,0,1', 'Infinity,0,1', '1e2,0,1', '0x10,0,1', ',,', '1,2,3,4', ' 1,2,3'].map(
			(value): [string, Partial<ViewState>, string[]] => [
				`camera=${encodeURIComponent(value)}`,
				{},
				[`Ignored "camera=${value}": must be three numbers: longitude,latitude,zoom`]
			]
		),
		[
			'camera=180.01,0,1',
			{},
			['Ignored "camera=180.01,0,1": the longitude must be between -180 and 180']
		],
		['camera=0,-86,1', {}, ['Ignored "camera=0,-86,1": the latitude must be between -85 and 85']],
		['camera=0,0,22.5', {}, ['Ignored "camera=0,0,22.5": the zoom must be between 0 and 22']],
		['camera=-0.00,-0,1', { camera: { lon: 0, lat: 0, zoom: 1 } }, []],
		['camera=%2B10.,.5,3', { camera: { lon: 10, lat: 0.5, zoom: 3 } }, []],
		[
			'foo=bar&constructor=x&__proto__=y&=z',
			{},
			[
				'Ignored "foo=bar": not a parameter of this page',
				'Ignored "constructor=x": not a parameter of this page',
				'Ignored "__proto__=y": not a parameter of this page',
				'Ignored "=z": not a parameter of this page'
			]
		]
	])('"%s"', (query, changes, notes) => {
		expect(parse(query)).toEqual({ state: view(changes), ignored: notes });
	});

	it('rejects a number too long for a double and quotes it cut short', () => {
		expect(parse(`camera=${'9'.repeat(400)},0,1`)).toEqual({
			state: DEFAULT_VIEW,
			ignored: [`Ignored "camera=${'9'.repeat(53)}…": the longitude must be between -180 and 180`]
		});
	});

	it('ignores years when no event in the data has one', () => {
		expect(parse('years=2015-2021', undatedContext)).toEqual({
			state: DEFAULT_VIEW,
			ignored: ['Ignored "years=2015-2021": no event in the data has a known year']
		});
	});

	it('never lets a link change the defaults other views start from', () => {
		const before = structuredClone(DEFAULT_VIEW);
		parse('years=2015&types=aid&undated=0&country=IRQ&camera=1,2,3&view=table');
		expect(DEFAULT_VIEW).toEqual(before);
	});
});

/** Small seeded generator, so a failing fuzz case can be reproduced from the seed. */
function mulberry32(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const KNOWN_KEYS = ['years', 'types', 'undated', 'inferred', 'country', 'arc'];
const ALL_KEYS = [...KNOWN_KEYS, 'projection', 'camera', 'view', '', '__proto__', 'constructor'];
const PLAUSIBLE_VALUES = [
	'2015-2021',
	'2021-2015',
	'1900-3000',
	'2020',
	'-',
	'2015-',
	'-2021',
	'agreement,aid',
	'aid,unknown',
	',,,',
	'0',
	'1',
	'IRQ',
	AID_ARC,
	'globe',
	'mercator',
	'table',
	'44.40,33.30,3.50',
	'-180,85,22',
	'NaN,0,1',
	'Infinity,-Infinity,1',
	'1e308,1e-308,5',
	'-0,-0,-0',
	'999999999999999999999,0,0'
];

function fuzzQuery(random: () => number): string {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const int = (max: number) => Math.floor(random() * max);
	const garbage = (): string => {
		const pieces: string[] = [];
		for (let i = int(8); i > 0; i--) {
			const kind = int(6);
			if (kind === 0) pieces.push(String.fromCharCode(int(0x80)));
			// Any UTF-16 unit, lone surrogates included.
			else if (kind === 1) pieces.push(String.fromCharCode(int(0x10000)));
			else if (kind === 2) pieces.push(String.fromCodePoint(int(0x110000)));
			else if (kind === 3) pieces.push(`%${int(256).toString(16).padStart(2, '0')}`);
			else if (kind === 4) pieces.push(pick(['%', '%G', '%E2%82', '&', '=', '+', '#', ',', '-']));
			else pieces.push(pick(PLAUSIBLE_VALUES));
		}
		return pieces.join('');
	};
	const parameters: string[] = [];
	for (let i = int(12); i > 0; i--) {
		const key = random() < 0.8 ? pick(ALL_KEYS) : garbage();
		const value = random() < 0.5 ? pick(PLAUSIBLE_VALUES) : garbage();
		parameters.push(random() < 0.1 ? key : `${key}=${value}`);
	}
	return parameters.join(pick(['&', '&', '&&', ';']));
}

function invariantProblems(state: ViewState, parseContext: ParseContext): string[] {
	const problems: string[] = [];
	const extent = parseContext.yearExtent;
	for (const year of [state.fromYear, state.toYear]) {
		if (year === null) continue;
		if (!extent || !Number.isInteger(year) || year < extent[0] || year > extent[1]) {
			problems.push(`year ${year} outside the data`);
		}
	}
	if (state.fromYear !== null && state.toYear !== null && state.fromYear > state.toYear) {
		problems.push('years reversed');
	}
	if (state.types && !state.types.every((type) => parseContext.types.has(type))) {
		problems.push('unknown type');
	}
	if (state.types && new Set(state.types).size !== state.types.length) {
		problems.push('duplicate type');
	}
	if (state.selection?.kind === 'country' && !parseContext.countries.has(state.selection.iso3)) {
		problems.push('unknown country');
	}
	if (state.selection?.kind === 'arc' && !parseContext.arcKeys.has(state.selection.key)) {
		problems.push('unknown arc');
	}
	if (state.camera) {
		const { lon, lat, zoom } = state.camera;
		if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22)) {
			problems.push('camera out of range');
		}
	}
	if (!['mercator', 'globe'].includes(state.projection)) problems.push('unknown projection');
	if (!['map', 'table'].includes(state.view)) problems.push('unknown view');
	if (typeof state.includeUndated !== 'boolean' || typeof state.includeInferred !== 'boolean') {
		problems.push('flag not a boolean');
	}
	if (Object.keys(state).sort().join() !== Object.keys(DEFAULT_VIEW).sort().join()) {
		problems.push('fields added or missing');
	}
	return problems;
}

describe('parseViewState with random links', () => {
	const random = mulberry32(20240601);
	const cases = Array.from({ length: 2000 }, (_, index) => ({
		query: fuzzQuery(random),
		parseContext: index % 10 === 0 ? undatedContext : context
	}));

	it('never throws and always returns a valid state that serializes cleanly', () => {
		for (const { query, parseContext } of cases) {
			const { state, ignored } = parseViewState(new URLSearchParams(query), parseContext);
			expect(invariantProblems(state, parseContext), query).toEqual([]);
			expect(
				ignored.every((note) => typeof note === 'string'),
				query
			).toBe(true);
			const reparsed = parseViewState(serializeViewState(state), parseContext);
			expect(reparsed.ignored, query).toEqual([]);
		}
	});

	it('never throws when parameters are appended with unpaired surrogates', () => {
		for (let i = 0; i < 200; i++) {
			const params = new URLSearchParams();
			params.append(KNOWN_KEYS[i % KNOWN_KEYS.length]!, `\ud800${i}\udfff,${i}-`);
			params.append('camera', `${i},\udc00,1`);
			const { state } = parseViewState(params, context);
			expect(invariantProblems(state, context)).toEqual([]);
		}
	});
});

describe('opensOnEveryArc', () => {
	it.each([
		['', true],
		['country=IRQ', true],
		['arc=CHN%7CIRQ%7Caid%7CCHN%3EIRQ', true],
		['country=IRQ&utm_source=mail', true],
		['years=2015-2021', false],
		['types=aid', false],
		['undated=0', false],
		['inferred=0', false],
		['camera=44.4,33.3,4', false],
		['projection=globe', false],
		['view=table', false],
		['country=IRQ&years=2020', false],
		// Ignored once parsed, but the map cannot know that before the data arrives.
		['years=someday', false]
	])('?%s → %s', (query, expected) => {
		expect(opensOnEveryArc(new URLSearchParams(query))).toBe(expected);
	});
});
