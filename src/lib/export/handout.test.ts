import { describe, expect, it } from 'vitest';
import { buildArcGroups } from '../data/group-arcs';
import type { Country, DatasetEvent, EventType, PublishedSource, SlideView } from '../data/schema';
import { DEFAULT_VIEW } from '../state/url-state';
import { briefingExcerpts, handoutSlides, renderingProgress, slideCamera } from './handout';

const country = (iso3: string, lon: number, lat: number): Country => ({
	iso3,
	isoNumeric: '000',
	name: iso3,
	capital: { name: iso3, lon, lat }
});
const countries = [
	country('CHN', 116, 40),
	country('IRQ', 44, 33),
	country('RUS', 37, 56),
	country('SYR', 36, 33)
];
const eventTypes: EventType[] = [
	{ id: 'agreement', label: 'Agreement', directed: false, description: 'd' },
	{ id: 'aid', label: 'Aid', directed: true, description: 'd' }
];
const sources: PublishedSource[] = ['s1', 's2'].map((id) => ({
	id,
	file: `sources/${id}.txt`,
	title: id,
	publisher: null,
	author: null,
	published: { date: null, basis: 'unknown' },
	url: null,
	length: 100
}));
const evidence = (source: string, start: number, quote: string) => ({
	source,
	quote,
	start,
	end: start + quote.length
});
const events: DatasetEvent[] = [
	{
		id: 'chn-irq-deal',
		type: 'agreement',
		date: { start: '2015', basis: 'stated' },
		title: 'Deal',
		summary: 's',
		between: ['CHN', 'IRQ'],
		evidence: [evidence('s1', 0, 'signed a deal'), evidence('s2', 10, 'the deal')]
	},
	{
		id: 'chn-irq-aid',
		type: 'aid',
		date: { start: '2020', basis: 'inferred' },
		title: 'Aid',
		summary: 's',
		from: 'CHN',
		to: 'IRQ',
		// The same passage as the deal's: quoted once in the handout, for both events.
		evidence: [evidence('s1', 0, 'signed a deal')]
	},
	{
		id: 'rus-syr-aid',
		type: 'aid',
		date: { start: null, basis: 'unknown' },
		title: 'Support',
		summary: 's',
		from: 'RUS',
		to: 'SYR',
		evidence: [evidence('s2', 40, 'Russia supports')]
	}
];
const dataset = { events, eventTypes, sources, countries };
const groups = buildArcGroups(dataset);

describe('slideCamera', () => {
	it.each<[string, Partial<typeof DEFAULT_VIEW>, string[], ReturnType<typeof slideCamera>]>([
		[
			'the slide camera wins',
			{ camera: { lon: 80, lat: 36, zoom: 2.2 } },
			['chn-irq-deal'],
			{ camera: { lon: 80, lat: 36, zoom: 2.2 } }
		],
		[
			'frames the capitals of the parties',
			{},
			['chn-irq-deal'],
			{
				bounds: [
					[38, 27],
					[122, 46]
				]
			}
		],
		[
			'takes every event into account',
			{},
			['chn-irq-deal', 'rus-syr-aid'],
			{
				bounds: [
					[30, 27],
					[122, 62]
				]
			}
		],
		[
			'frames the world when nothing is shown',
			{},
			[],
			{
				bounds: [
					[-170, -60],
					[170, 75]
				]
			}
		]
	])('%s', (_, state, ids, camera) => {
		const shown = events.filter((event) => ids.includes(event.id));
		expect(slideCamera({ ...DEFAULT_VIEW, ...state }, shown, countries)).toEqual(camera);
	});
});

describe('handoutSlides and briefingExcerpts', () => {
	const slide = (title: string, view: SlideView) => ({ title, view });

	it.each<[string, SlideView[], { slides: string[][]; excerpts: [string, string[]][] }]>([
		[
			'one slide, one event',
			[{ years: [2015, 2015], includeUndated: false }],
			{
				slides: [['chn-irq-deal']],
				excerpts: [
					['signed a deal', ['chn-irq-deal:1']],
					['the deal', ['chn-irq-deal:1']]
				]
			}
		],
		[
			'a passage two events quote is listed once, with both',
			[{ includeUndated: false }],
			{
				slides: [['chn-irq-deal', 'chn-irq-aid']],
				excerpts: [
					['signed a deal', ['chn-irq-deal:1', 'chn-irq-aid:1']],
					['the deal', ['chn-irq-deal:1']]
				]
			}
		],
		[
			'an event on two slides names both',
			[{ country: 'IRQ', years: [2015, 2015] }, { years: [2015, 2015] }, { country: 'SYR' }],
			{
				slides: [['chn-irq-deal'], ['chn-irq-deal', 'rus-syr-aid'], ['rus-syr-aid']],
				excerpts: [
					['signed a deal', ['chn-irq-deal:1,2']],
					['the deal', ['chn-irq-deal:1,2']],
					['Russia supports', ['rus-syr-aid:2,3']]
				]
			}
		]
	])('%s', (_, views, expected) => {
		const slides = handoutSlides(
			dataset,
			groups,
			{ slides: views.map((view, i) => slide(`Slide ${i}`, view)) },
			() => '#000'
		);
		expect(slides.map((s) => s.number)).toEqual(views.map((_, i) => i + 1));
		expect(slides.map((s) => s.content.events.map((e) => e.id))).toEqual(expected.slides);
		const excerpts = briefingExcerpts(dataset, slides);
		expect(
			excerpts.map((excerpt) => [
				excerpt.quote,
				excerpt.usedBy.map((use) => `${use.event.id}:${use.slides.join(',')}`)
			])
		).toEqual(expected.excerpts);
	});

	it('gives each slide the overlay and camera of its own view', () => {
		const [first, second] = handoutSlides(
			dataset,
			groups,
			{
				slides: [
					slide('a', { years: [2015, 2015], includeUndated: false }),
					slide('b', { country: 'SYR', camera: { lon: 1, lat: 2, zoom: 3 } })
				]
			},
			(id) => (id === 'aid' ? 'red' : 'blue')
		);
		// Which arcs the map draws is noted when it is captured, at its zoom.
		expect(first!.overlay).toEqual({
			years: '2015',
			drawn: null,
			legend: [{ label: 'Agreement', color: 'blue' }]
		});
		expect(second!.overlay.legend.map((entry) => entry.color)).toEqual(['blue', 'red']);
		expect(second!.camera).toEqual({ camera: { lon: 1, lat: 2, zoom: 3 } });
	});
});

describe('renderingProgress', () => {
	it.each([
		[0, 7, 'Rendering slide 1 of 7…'],
		[2, 7, 'Rendering slide 3 of 7…']
	])('slide index %i of %i', (index, total, text) => {
		expect(renderingProgress(index, total)).toBe(text);
	});
});
