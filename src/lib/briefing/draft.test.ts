import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../data/check';
import { shippedDataset } from '../testing/shipped-data';
import type { Briefing, Slide, SlideView } from '../data/schema';
import {
	addSlide,
	briefingFileName,
	moveSlide,
	newDraft,
	NO_SLIDES_MESSAGE,
	readStoredDraft,
	removeSlide,
	serializeBriefing,
	updateDetails,
	updateSlide,
	fieldLabel
} from './draft';
import { exportProblems, importBriefing } from './draft-check';
import { MAX_DRAFT_SLIDES } from './draft-id';

const { events, eventTypes, countries } = shippedDataset();
const data = { events, eventTypes, countries };
const exampleText = readFileSync('data/briefings/china-middle-east.json', 'utf8');
const example = JSON.parse(exampleText) as Briefing;

const slide = (title: string, view: SlideView = { country: 'IRQ' }): Slide => ({ title, view });
const draftOf = (...titles: string[]): Briefing => ({
	...newDraft('2026-11-23'),
	slides: titles.map((title) => slide(title))
});
const titlesOf = (draft: Briefing) => draft.slides.map((s) => s.title);

describe('a new draft', () => {
	it('has placeholder details for the author to replace, and no slides', () => {
		expect(newDraft('2026-11-23')).toEqual({
			id: 'my-briefing',
			title: 'Untitled briefing',
			author: 'Unknown author',
			date: '2026-11-23',
			slides: []
		});
	});
});

describe('editing the slides', () => {
	it.each<[string, (draft: Briefing) => Briefing, string[]]>([
		['adds at the end', (d) => addSlide(d, slide('D')), ['A', 'B', 'C', 'D']],
		['moves a slide up', (d) => moveSlide(d, 1, -1), ['B', 'A', 'C']],
		['moves a slide down', (d) => moveSlide(d, 0, 1), ['B', 'A', 'C']],
		['moves a slide two places', (d) => moveSlide(d, 2, -2), ['C', 'A', 'B']],
		['keeps the first slide first when moved up', (d) => moveSlide(d, 0, -1), ['A', 'B', 'C']],
		['keeps the last slide last when moved down', (d) => moveSlide(d, 2, 1), ['A', 'B', 'C']],
		['ignores a slide that does not exist', (d) => moveSlide(d, 5, -1), ['A', 'B', 'C']],
		['removes a slide', (d) => removeSlide(d, 1), ['A', 'C']],
		['retitles a slide', (d) => updateSlide(d, 2, { title: 'Z' }), ['A', 'B', 'Z']],
		['ignores a retitle past the end', (d) => updateSlide(d, 3, { title: 'Z' }), ['A', 'B', 'C']]
	])('%s', (_, edit, titles) => {
		const draft = draftOf('A', 'B', 'C');
		const before = structuredClone(draft);
		expect(titlesOf(edit(draft))).toEqual(titles);
		expect(draft, 'the original is left as it was').toEqual(before);
	});

	it('adds no slide to a full draft, whose every slide has an address', () => {
		const full = draftOf(...Array.from({ length: MAX_DRAFT_SLIDES }, (_, i) => `S${i}`));
		expect(addSlide(full, slide('Z'))).toBe(full);
		expect(addSlide(removeSlide(full, 0), slide('Z')).slides).toHaveLength(MAX_DRAFT_SLIDES);
	});

	it.each<[Partial<Slide>, Slide]>([
		[
			{ notes: 'Say where the date comes from.' },
			{ ...slide('A'), notes: 'Say where the date comes from.' }
		],
		[{ notes: '' }, slide('A')],
		[{ title: 'B' }, { ...slide('B'), notes: 'Old' }]
	])('updates a slide with %j', (patch, expected) => {
		const draft = { ...draftOf(), slides: [{ ...slide('A'), notes: 'Old' }] };
		expect(updateSlide(draft, 0, patch).slides[0]).toStrictEqual(expected);
	});

	it('changes the details without touching the slides', () => {
		const draft = draftOf('A');
		const updated = updateDetails(draft, { id: 'iraq-2020', title: 'Iraq in 2020' });
		expect(updated).toEqual({ ...draft, id: 'iraq-2020', title: 'Iraq in 2020' });
		expect(updated.slides).toBe(draft.slides);
		expect(briefingFileName(updated)).toBe('iraq-2020.json');
	});
});

describe('the briefing file', () => {
	const allTypes = eventTypes.map((t) => t.id);
	it.each<[string, Briefing]>([
		['the example briefing', example],
		[
			'text that JSON must escape',
			{
				...draftOf(),
				title: 'China → Iraq: "aid", 2020',
				slides: [{ ...slide('Tab\there'), notes: 'Line one\nline two \\ done' }]
			}
		],
		[
			'a list of types that fits on one line',
			{ ...draftOf(), slides: [slide('T', { types: allTypes.slice(0, 4) })] }
		],
		[
			'a list of types too long for one line',
			{ ...draftOf(), slides: [slide('T', { types: allTypes })] }
		],
		[
			'a list of types ending exactly at column 100',
			{ ...draftOf(), slides: [slide('T', { types: ['aid', 'a'.repeat(72)] })] }
		],
		[
			'the same list when a comma after it passes column 100',
			{ ...draftOf(), slides: [slide('T', { types: ['aid', 'a'.repeat(72)], country: 'IRQ' })] }
		],
		['an empty list of types', { ...draftOf(), slides: [slide('T', { types: [] })] }],
		['a draft with no slides', draftOf()]
	])('%s is written as Prettier writes data/briefings/*.json', async (_, briefing) => {
		const text = serializeBriefing(briefing);
		const config = await resolveConfig('data/briefings/china-middle-east.json');
		expect(await format(text, { ...config, parser: 'json' })).toBe(text);
		expect(JSON.parse(text)).toEqual(briefing);
		expect(text).toMatch(/^\{\n\t"id": /);
	});

	it('reads back as the same briefing, passing the data check', () => {
		const { briefing, problems } = parseBriefing(serializeBriefing(example), data);
		expect(problems).toEqual([]);
		expect(briefing).toEqual(example);
	});

	it.each<[string, Briefing, string[]]>([
		['no slides', draftOf(), [NO_SLIDES_MESSAGE]],
		['a valid draft', draftOf('Iraq'), []],
		[
			'an id that is not a slug and a cleared title',
			{ ...draftOf(''), id: 'My Briefing' },
			[
				'File id: must be lower-case words joined by hyphens',
				'Slide 1, title: title must not be empty'
			]
		],
		[
			'a view showing no event',
			{
				...draftOf(),
				slides: [slide('Empty', { years: [1960, 1961], types: ['aid'], includeUndated: false })]
			},
			['Slide 1, view: shows no event, so nothing on the slide could be cited']
		]
	])('export of %s', (_, draft, problems) => {
		expect(exportProblems(draft, data)).toEqual(problems);
	});
});

describe('the editor’s words for a field', () => {
	it.each([
		['slides.2.view.country', 'Slide 3, view country'],
		['slides.0.title', 'Slide 1, title'],
		['slides.4', 'Slide 5'],
		['id', 'File id'],
		['title', 'Title'],
		['author', 'Author'],
		['slides', 'Slides']
	])('%s is "%s"', (field, label) => {
		expect(fieldLabel(field)).toBe(label);
	});
});

describe('importing a briefing file', () => {
	const withCountry = (country: string) =>
		JSON.stringify({ ...example, slides: example.slides.with(2, slide('X', { country })) });

	it.each<[string, string, string[]]>([
		['invalid JSON', '{ "id": ', ['malformed JSON']],
		['an unknown country', withCountry('XYZ'), ['Slide 3, view country: unknown country "XYZ"']],
		[
			'no slides',
			JSON.stringify({ ...example, slides: [] }),
			['Slides: a briefing needs at least one slide']
		],
		['a missing author', JSON.stringify({ ...example, author: undefined }), ['Author: ']],
		[
			'more slides than a draft holds',
			JSON.stringify({
				...example,
				slides: Array.from({ length: MAX_DRAFT_SLIDES + 1 }, () => example.slides[0])
			}),
			[`Slides: a draft holds at most ${MAX_DRAFT_SLIDES} slides`]
		]
	])('rejects %s, naming the field', (_, text, expected) => {
		const result = importBriefing(text, data);
		expect(result.ok).toBe(false);
		const problems = result.ok ? [] : result.problems;
		expect(problems).toHaveLength(expected.length);
		problems.forEach((problem, i) => expect(problem.startsWith(expected[i]!), problem).toBe(true));
	});

	it('accepts a file that passes the data check', () => {
		expect(importBriefing(exampleText, data)).toEqual({ ok: true, briefing: example });
	});
});

describe('a draft stored in the browser', () => {
	it.each<[string, string, string | null]>([
		['a draft being edited', JSON.stringify({ ...draftOf(''), id: 'Not A Slug' }), null],
		['an example briefing', exampleText, null],
		['garbage', 'not json', 'malformed JSON'],
		[
			'a view with a bad camera',
			JSON.stringify({
				...draftOf(),
				slides: [slide('A', { camera: { lon: 500, lat: 0, zoom: 1 } })]
			}),
			'Slide 1, view camera lon: '
		],
		['a missing field', JSON.stringify({ title: 'T' }), 'File id: ']
	])('%s', (_, text, reason) => {
		const read = readStoredDraft(text);
		if (reason === null) expect(read).toEqual({ ok: true, draft: JSON.parse(text) });
		else expect(read.ok ? '' : read.reason).toMatch(new RegExp(`^${reason.replace(/\./g, '\\.')}`));
	});
});
