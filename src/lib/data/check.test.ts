import { describe, expect, it } from 'vitest';
import { checkData, formatProblem, type DataFiles, type Problem } from './check';

const ARTICLE =
	'On 9 March, the minister said China\u00a0will help. “China provided supplies,” he said. ' +
	'Iraq signed a memorandum in 2015. China will help. China will help.';

type Files = Record<string, unknown>;

function validFiles(): Files {
	return {
		'sources.json': [
			{
				id: 'call-article',
				file: 'sources/call.txt',
				title: 'Minister takes a call',
				publisher: null,
				author: null,
				published: { date: null, basis: 'unknown', note: 'The text gives "9 March" with no year.' },
				url: null
			}
		],
		'countries.json': [
			{
				iso3: 'CHN',
				isoNumeric: '156',
				name: 'China',
				capital: { name: 'Beijing', lon: 116.4, lat: 39.9 }
			},
			{
				iso3: 'IRQ',
				isoNumeric: '368',
				name: 'Iraq',
				capital: { name: 'Baghdad', lon: 44.37, lat: 33.31 }
			}
		],
		'event-types.json': [
			{ id: 'agreement', label: 'Agreement', directed: false, description: 'A signed accord.' },
			{ id: 'aid', label: 'Aid', directed: true, description: 'Help from giver to receiver.' }
		],
		'events.json': [
			{
				id: 'chn-irq-mou',
				type: 'agreement',
				between: ['CHN', 'IRQ'],
				date: { start: '2015', end: 'ongoing', basis: 'stated' },
				title: 'Memorandum',
				summary: 'Iraq signed a memorandum in 2015.',
				evidence: [{ source: 'call-article', quote: 'Iraq signed a memorandum in 2015.' }]
			},
			{
				id: 'chn-irq-supplies',
				type: 'aid',
				from: 'CHN',
				to: 'IRQ',
				date: { start: '2020', basis: 'inferred', note: 'The call was about the 2020 outbreak.' },
				title: 'Supplies',
				summary: 'China provided supplies.',
				evidence: [
					{ source: 'call-article', quote: '“China provided supplies,”' },
					{ source: 'call-article', quote: 'China will help.', occurrence: 2 }
				]
			}
		],
		'sources/call.txt': ARTICLE,
		'briefings/iraq.json': {
			id: 'iraq',
			title: 'China and Iraq',
			author: 'Desk',
			date: '2021-09',
			slides: [
				{ title: 'The memorandum', view: { years: [2015, 2015], country: 'IRQ' } },
				{
					title: 'Pandemic aid',
					notes: 'Say it.',
					view: { arc: 'CHN|IRQ|aid|CHN>IRQ', projection: 'globe' }
				}
			]
		}
	};
}

function reader(files: Files): DataFiles {
	return {
		read(path) {
			const content = files[path];
			if (content === undefined) return undefined;
			return typeof content === 'string' ? content : JSON.stringify(content, null, '\t');
		},
		listJson(folder) {
			return Object.keys(files)
				.filter((path) => path.startsWith(`${folder}/`) && path.endsWith('.json'))
				.map((path) => path.slice(folder.length + 1));
		}
	};
}

/* eslint-disable @typescript-eslint/no-explicit-any -- corruptions reach into untyped JSON */
type Corruption = [name: string, corrupt: (files: any) => void, expected: Partial<Problem>];

const corruptions: Corruption[] = [
	[
		'an unknown country',
		(f) => (f['events.json'][0].between = ['CHN', 'XYZ']),
		{
			file: 'events.json',
			record: 'chn-irq-mou',
			field: 'between.1',
			message: 'unknown country "XYZ"'
		}
	],
	[
		'a quote not in the source',
		(f) => (f['events.json'][0].evidence[0].quote = 'Iraq signed a treaty in 2015.'),
		{ file: 'events.json', record: 'chn-irq-mou', field: 'evidence.0.quote' }
	],
	[
		'a normal space where the source has a no-break space',
		(f) =>
			(f['events.json'][1].evidence[1] = {
				source: 'call-article',
				quote: 'China will help. “China'
			}),
		{ file: 'events.json', record: 'chn-irq-supplies', field: 'evidence.1.quote' }
	],
	[
		'straight quotes where the source has curly ones',
		(f) => (f['events.json'][1].evidence[0].quote = '"China provided supplies,"'),
		{ file: 'events.json', record: 'chn-irq-supplies', field: 'evidence.0.quote' }
	],
	[
		'a malformed date',
		(f) => (f['events.json'][1].date.start = '2020-13'),
		{ file: 'events.json', record: 'chn-irq-supplies', field: 'date.start' }
	],
	[
		'an impossible calendar date',
		(f) => (f['events.json'][1].date.start = '2021-02-29'),
		{
			file: 'events.json',
			record: 'chn-irq-supplies',
			field: 'date.start',
			message: '"2021-02-29" is not a calendar date'
		}
	],
	[
		'an end before the start',
		(f) => (f['events.json'][0].date.end = '2014-06'),
		{
			file: 'events.json',
			record: 'chn-irq-mou',
			field: 'date.end',
			message: 'end 2014-06 is before start 2015'
		}
	],
	[
		'a date note naming a source by its file number',
		(f) => (f['events.json'][1].date.note = 'Article 001 says "last month".'),
		{ file: 'events.json', record: 'chn-irq-supplies', field: 'date.note' }
	],
	[
		'an inferred date without a note',
		(f) => delete f['events.json'][1].date.note,
		{ file: 'events.json', record: 'chn-irq-supplies', field: 'date.note' }
	],
	[
		'an unknown date that still gives a year',
		(f) => (f['events.json'][0].date = { start: '2015', basis: 'unknown', note: 'n' }),
		{ file: 'events.json', record: 'chn-irq-mou', field: 'date.start' }
	],
	[
		'an unknown start with a concrete end',
		(f) => (f['events.json'][0].date = { start: null, end: '2019', basis: 'unknown', note: 'n' }),
		{ file: 'events.json', record: 'chn-irq-mou', field: 'date.end' }
	],
	[
		'a duplicate event id',
		(f) => (f['events.json'][1].id = 'chn-irq-mou'),
		{
			file: 'events.json',
			record: 'chn-irq-mou',
			field: 'id',
			message: 'duplicate id "chn-irq-mou"'
		}
	],
	[
		'evidence citing a missing source',
		(f) => (f['events.json'][0].evidence[0].source = 'no-such-article'),
		{
			file: 'events.json',
			record: 'chn-irq-mou',
			field: 'evidence.0.source',
			message: 'unknown source "no-such-article"'
		}
	],
	[
		'a source whose text file is missing',
		(f) => delete f['sources/call.txt'],
		{ file: 'sources.json', record: 'call-article', field: 'file' }
	],
	[
		'an unknown event type',
		(f) => (f['events.json'][0].type = 'alliance'),
		{
			file: 'events.json',
			record: 'chn-irq-mou',
			field: 'type',
			message: 'unknown type "alliance"'
		}
	],
	[
		'empty evidence',
		(f) => (f['events.json'][0].evidence = []),
		{ file: 'events.json', record: 'chn-irq-mou', field: 'evidence' }
	],
	[
		'malformed JSON',
		(f) => (f['events.json'] = '[{"id": "chn-irq-mou",]'),
		{ file: 'events.json', message: expect.stringMatching(/^malformed JSON: .*position 22/) }
	],
	[
		'a directed type written as undirected',
		(f) => {
			const event = f['events.json'][1];
			delete event.from;
			delete event.to;
			event.between = ['CHN', 'IRQ'];
		},
		{ file: 'events.json', record: 'chn-irq-supplies', field: 'between' }
	],
	[
		'an undirected type written as directed',
		(f) => {
			const event = f['events.json'][0];
			delete event.between;
			event.from = 'CHN';
			event.to = 'IRQ';
		},
		{ file: 'events.json', record: 'chn-irq-mou', field: 'from' }
	],
	[
		'an ambiguous quote without occurrence',
		(f) => delete f['events.json'][1].evidence[1].occurrence,
		{ file: 'events.json', record: 'chn-irq-supplies', field: 'evidence.1.quote' }
	],
	[
		'a country related to itself',
		(f) => (f['events.json'][1].to = 'CHN'),
		{ file: 'events.json', record: 'chn-irq-supplies', field: 'to' }
	],
	[
		'a missing required event type',
		(f) => (f['event-types.json'] = f['event-types.json'].slice(0, 1)),
		{ file: 'event-types.json', message: 'the type "aid" is required' }
	],
	[
		'a duplicate country code',
		(f) => (f['countries.json'][1].iso3 = 'CHN'),
		{ file: 'countries.json', record: 'CHN', field: 'iso3' }
	],
	[
		'a missing title',
		(f) => delete f['events.json'][0].title,
		{ file: 'events.json', record: 'chn-irq-mou', field: 'title' }
	],
	[
		'an unexpected field',
		(f) => (f['events.json'][0].year = 2015),
		{ file: 'events.json', record: 'chn-irq-mou', field: 'year' }
	],
	[
		'a briefing slide focused on an unknown country',
		(f) => (f['briefings/iraq.json'].slides[0].view.country = 'XYZ'),
		{
			file: 'briefings/iraq.json',
			record: 'iraq',
			field: 'slides.0.view.country',
			message: 'unknown country "XYZ"'
		}
	],
	[
		'a briefing slide focused on an unknown arc',
		(f) => (f['briefings/iraq.json'].slides[1].view.arc = 'CHN|IRQ|aid|IRQ>CHN'),
		{ file: 'briefings/iraq.json', record: 'iraq', field: 'slides.1.view.arc' }
	],
	[
		'a briefing slide with reversed years',
		(f) => (f['briefings/iraq.json'].slides[0].view.years = [2020, 2015]),
		{
			file: 'briefings/iraq.json',
			record: 'iraq',
			field: 'slides.0.view.years',
			message: '2020 is after 2015'
		}
	],
	[
		'a briefing slide with years outside the data',
		(f) => (f['briefings/iraq.json'].slides[0].view.years = [1900, 2015]),
		{ file: 'briefings/iraq.json', record: 'iraq', field: 'slides.0.view.years' }
	],
	[
		'a briefing slide that shows no event',
		(f) => (f['briefings/iraq.json'].slides[0].view.years = [2016, 2016]),
		{
			file: 'briefings/iraq.json',
			record: 'iraq',
			field: 'slides.0.view',
			message: 'shows no event, so nothing on the slide could be cited'
		}
	],
	[
		'a briefing without slides',
		(f) => (f['briefings/iraq.json'].slides = []),
		{
			file: 'briefings/iraq.json',
			record: 'iraq',
			field: 'slides',
			message: 'a briefing needs at least one slide'
		}
	],
	[
		'a briefing slide without a title',
		(f) => (f['briefings/iraq.json'].slides[1].title = ' '),
		{ file: 'briefings/iraq.json', record: 'iraq', field: 'slides.1.title' }
	],
	[
		'a briefing whose id does not match its file name',
		(f) => (f['briefings/iraq.json'].id = 'iran'),
		{ file: 'briefings/iraq.json', record: 'iran', field: 'id' }
	],
	[
		'a publication date with a basis that says unknown',
		(f) => (f['sources.json'][0].published.date = '2020'),
		{ file: 'sources.json', record: 'call-article', field: 'published.date' }
	]
];
/* eslint-enable @typescript-eslint/no-explicit-any */

describe('checkData', () => {
	it('accepts the valid dataset and locates every quote', () => {
		const result = checkData(reader(validFiles()));
		if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
		const evidence = result.dataset.events.flatMap((event) => event.evidence);
		expect(evidence).toHaveLength(3);
		for (const { quote, start, end } of evidence) expect(ARTICLE.slice(start, end)).toBe(quote);
		expect(evidence[2]!.start).toBe(ARTICLE.lastIndexOf('China will help.'));
		expect(result.dataset.sources[0]!.length).toBe(ARTICLE.length);
		expect(result.dataset.briefings.map((b) => b.slides.length)).toEqual([2]);
	});

	it.each(corruptions)('rejects %s, naming the place', (_, corrupt, expected) => {
		const files = structuredClone(validFiles());
		corrupt(files);
		const result = checkData(reader(files));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toContainEqual(expect.objectContaining(expected));
	});

	it('reports every problem, not just the first', () => {
		const files = structuredClone(validFiles()) as Record<string, never[]>;
		const events = files['events.json'] as unknown as Record<string, unknown>[];
		events[0]!.type = 'alliance';
		events[1]!.to = 'ZZZ';
		delete files['briefings/iraq.json'];
		const result = checkData(reader(files));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map(formatProblem)).toEqual([
			'events.json › chn-irq-mou › type: unknown type "alliance"',
			'events.json › chn-irq-supplies › to: unknown country "ZZZ"'
		]);
	});

	it('explains a look-alike character in the message', () => {
		const files = structuredClone(validFiles());
		(files['events.json'] as { evidence: { quote: string }[] }[])[1]!.evidence[0]!.quote =
			'"China provided supplies,”';
		const result = checkData(reader(files));
		if (result.ok) throw new Error('expected a failure');
		expect(result.problems[0]!.message).toContain('U+201C');
	});
});
