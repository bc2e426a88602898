import { describe, expect, it } from 'vitest';
import { buildArcGroups } from '../data/group-arcs';
import { eventYear } from '../data/dates';
import { eventParties } from '../data/relations';
import type { SlideView } from '../data/schema';
import { shippedDataset } from '../testing/shipped-data';
import { eventsInView, slideContent, slideViewProblems } from './slides';
import { slideViewState } from './slide-view';

const dataset = shippedDataset();
const { events } = dataset;
const groups = buildArcGroups(dataset);

describe('what a slide shows', () => {
	it('keeps undated events unless the slide leaves them out', () => {
		const undated = events.filter((e) => e.date.start === null).length;
		const withUndated = eventsInView(dataset, groups, slideViewState({ years: [2015, 2015] }));
		const without = eventsInView(
			dataset,
			groups,
			slideViewState({ years: [2015, 2015], includeUndated: false })
		);
		expect(withUndated.length - without.length).toBe(undated);
	});

	it('narrows to the selected country and the years', () => {
		const shown = eventsInView(
			dataset,
			groups,
			slideViewState({ years: [2015, 2015], country: 'IRQ', includeUndated: false })
		);
		expect(shown.map((e) => e.id).sort()).toEqual([
			'chn-irq-belt-and-road-mou-2015',
			'chn-irq-strategic-partnership-2015'
		]);
	});

	it('narrows to the selected arc', () => {
		const shown = eventsInView(
			dataset,
			groups,
			slideViewState({ arc: 'CHN|IRQ|aid|CHN>IRQ', years: [2020, 2020], includeUndated: false })
		);
		expect(shown.length).toBeGreaterThan(0);
		for (const event of shown) {
			expect(event.type).toBe('aid');
			expect(eventParties(event)).toEqual({ from: 'CHN', to: 'IRQ' });
			expect(eventYear(event.date)).toBe(2020);
		}
	});

	it('numbers each cited source once, in the order the events cite them', () => {
		const content = slideContent(dataset, groups, slideViewState({ country: 'IRQ' }));
		expect(content.citations.map((c) => c.number)).toEqual(content.citations.map((_, i) => i + 1));
		const cited = new Set(content.events.flatMap((e) => e.evidence.map((x) => x.source)));
		expect(content.citations.map((c) => c.source.id).sort()).toEqual([...cited].sort());
		for (const event of content.events) {
			const numbers = content.citationsOf.get(event.id)!;
			const expected = new Set(
				event.evidence.map((x) => content.citations.find((c) => c.source.id === x.source)!.number)
			);
			expect(numbers).toEqual([...expected].sort((a, b) => a - b));
		}
	});
});

describe('slideViewProblems', () => {
	it.each<[SlideView, [string, RegExp][]]>([
		[{ country: 'IRQ' }, []],
		[{ country: 'XYZ' }, [['view.country', /unknown country "XYZ"/]]],
		[{ arc: 'nope' }, [['view.arc', /unknown arc/]]],
		[{ years: [2021, 2015] }, [['view.years', /2021 is after 2015/]]],
		[{ years: [1900, 1950] }, [['view.years', /outside the data's years 1958–2021/]]],
		[{ types: ['agreement', 'alliance'] }, [['view.types.1', /unknown type "alliance"/]]],
		[{ country: 'IRQ', arc: 'CHN|IRQ|aid|CHN>IRQ' }, [['view', /either a country or an arc/]]],
		[{ years: [1990, 2000], includeUndated: false }, [['view', /shows no event/]]]
	])('%j → %j', (view, expected) => {
		const problems = slideViewProblems(view, dataset, groups);
		expect(problems).toHaveLength(expected.length);
		problems.forEach(([field, message], i) => {
			expect(field).toBe(expected[i]![0]);
			expect(message).toMatch(expected[i]![1]);
		});
	});

	it('accepts every slide of the shipped briefing', () => {
		const briefing = dataset.briefings.find((b) => b.id === 'china-middle-east')!;
		for (const slide of briefing.slides)
			expect(slideViewProblems(slide.view, dataset, groups)).toEqual([]);
	});
});
