import { describe, expect, it } from 'vitest';
import { buildArcGroups } from '../data/group-arcs';
import type { SlideView } from '../data/schema';
import { DEFAULT_VIEW } from '../state/url-state';
import { shippedDataset } from '../testing/shipped-data';
import {
	describeSlideView,
	slideTitleOf,
	slideViewOf,
	slideViewState,
	type SlideViewDescription
} from './slide-view';

const dataset = shippedDataset();
const { eventTypes, countries } = dataset;
const vocabulary = {
	countries: new Map(countries.map((c) => [c.iso3, c])),
	eventTypes: new Map(eventTypes.map((t) => [t.id, t])),
	arcGroups: buildArcGroups(dataset)
};

describe('slide views and dashboard states', () => {
	it.each<[SlideView, Partial<typeof DEFAULT_VIEW>]>([
		[{}, {}],
		[
			{ years: [2015, 2020], types: ['aid'] },
			{ fromYear: 2015, toYear: 2020, types: ['aid'] }
		],
		[
			{ country: 'IRQ', projection: 'globe' },
			{ selection: { kind: 'country', iso3: 'IRQ' }, projection: 'globe' }
		],
		[
			{ arc: 'CHN|IRQ|aid|CHN>IRQ', includeUndated: false },
			{ selection: { kind: 'arc', key: 'CHN|IRQ|aid|CHN>IRQ' }, includeUndated: false }
		],
		[{ camera: { lon: 44.4, lat: 33.3, zoom: 4 } }, { camera: { lon: 44.4, lat: 33.3, zoom: 4 } }]
	])('%j becomes the dashboard state and back', (view, state) => {
		const full = { ...DEFAULT_VIEW, ...state };
		expect(slideViewState(view)).toEqual(full);
		expect(slideViewOf(full, [1958, 2021])).toEqual(view);
	});

	it('rounds a camera to what a hand-edited file would hold', () => {
		const view = slideViewOf(
			{ ...DEFAULT_VIEW, camera: { lon: 44.123456, lat: 33.98765, zoom: 3.14159 } },
			[1958, 2021]
		);
		expect(view.camera).toEqual({ lon: 44.12, lat: 33.99, zoom: 3.14 });
	});
});

describe('naming a view', () => {
	it.each<[SlideView, string, SlideViewDescription]>([
		[{}, 'All relations', { years: 'all years', types: 'all types', focus: 'none' }],
		[
			{ country: 'IRQ', years: [2015, 2021] },
			'Iraq, 2015–2021',
			{ years: '2015–2021', types: 'all types', focus: 'Iraq' }
		],
		[
			{ arc: 'CHN|IRQ|aid|CHN>IRQ', types: ['aid'] },
			'China → Iraq: Aid',
			{ years: 'all years', types: 'Aid', focus: 'China → Iraq: Aid' }
		],
		[
			{ arc: 'CHN|IRQ|agreement', years: [2020, 2020], includeUndated: false },
			'China – Iraq: Agreement, 2020',
			{ years: '2020, undated left out', types: 'all types', focus: 'China – Iraq: Agreement' }
		],
		[
			{ country: 'IRN', types: ['agreement', 'aid', 'confrontation'], includeInferred: false },
			'Iran: Agreement, Aid and Confrontation',
			{
				years: 'all years, inferred dates left out',
				types: 'Agreement, Aid and Confrontation',
				focus: 'Iran'
			}
		],
		[
			{ types: ['aid'], years: [2020, 2021] },
			'Aid, 2020–2021',
			{ years: '2020–2021', types: 'Aid', focus: 'none' }
		],
		[
			{ country: 'XYZ', types: ['nope'] },
			'XYZ: nope',
			{ years: 'all years', types: 'nope', focus: 'XYZ' }
		],
		[{ types: [] }, 'no types', { years: 'all years', types: 'no types', focus: 'none' }],
		[
			{ country: 'IRQ', types: eventTypes.map((t) => t.id).filter((id) => id !== 'aid') },
			'Iraq without Aid',
			{ years: 'all years', types: 'all but Aid', focus: 'Iraq' }
		],
		[
			{ types: ['agreement', 'aid', 'political-support', 'military-support'], years: [2015, 2021] },
			'All relations without Diplomatic contact and Confrontation, 2015–2021',
			{
				years: '2015–2021',
				types: 'all but Diplomatic contact and Confrontation',
				focus: 'none'
			}
		],
		[
			{ types: ['agreement', 'aid', 'political-support'] },
			'Agreement, Aid and Political support',
			{ years: 'all years', types: 'Agreement, Aid and Political support', focus: 'none' }
		]
	])('%j is titled "%s"', (view, title, description) => {
		expect(slideTitleOf(view, vocabulary)).toBe(title);
		expect(describeSlideView(view, vocabulary)).toEqual(description);
	});
});
