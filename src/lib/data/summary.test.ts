import { describe, expect, it } from 'vitest';
import { eventParties, pairKey } from './relations';
import { type DatasetEvent, type EventDate, type EventType } from './schema';
import { shippedDataset } from '../testing/shipped-data';
import { summarizeRelationship, type SummaryLookup, type SummarySentence } from './summary';

const TYPES: EventType[] = [
	{ id: 'agreement', label: 'Agreement', directed: false, description: 'd' },
	{ id: 'aid', label: 'Aid', directed: true, description: 'd' },
	{ id: 'diplomatic-contact', label: 'Diplomatic contact', directed: false, description: 'd' },
	{ id: 'political-support', label: 'Political support', directed: true, description: 'd' },
	{
		id: 'sanction',
		label: 'Sanction',
		directed: true,
		description: 'a type the code has no words for'
	}
];

const NAMES: Record<string, string> = { CHN: 'China', IRQ: 'Iraq', USA: 'United States' };

function lookupFor(types: EventType[], names: Record<string, string>): SummaryLookup {
	const byId = new Map(types.map((type) => [type.id, type]));
	return {
		countryName: (iso3) => names[iso3] ?? iso3,
		type: (id) => byId.get(id)!,
		typeOrder: types.map((type) => type.id)
	};
}

const lookup: SummaryLookup = {
	...lookupFor(TYPES, NAMES),
	// "sanction" is left out of the order to show that an unordered type still appears, last.
	typeOrder: TYPES.filter((type) => type.id !== 'sanction').map((type) => type.id)
};

const stated = (start: string): EventDate => ({ start, basis: 'stated' });
const undated: EventDate = { start: null, basis: 'unknown', note: 'n' };

function event(
	id: string,
	type: string,
	parties: [string, string],
	date: EventDate,
	directed = false
): DatasetEvent {
	const base = {
		id,
		type,
		date,
		title: `Title ${id}`,
		summary: 's',
		evidence: [{ source: 's', quote: 'q', start: 0, end: 1 }]
	};
	return directed ? { ...base, from: parties[0], to: parties[1] } : { ...base, between: parties };
}

const agreement = (id: string, date: EventDate) => event(id, 'agreement', ['CHN', 'IRQ'], date);
const aid = (id: string, from: string, to: string, date: EventDate) =>
	event(id, 'aid', [from, to], date, true);

describe('summarizeRelationship', () => {
	it.each<[string, DatasetEvent[], SummarySentence[]]>([
		['no events', [], []],
		[
			'a single dated agreement',
			[agreement('a', stated('1958'))],
			[
				{ text: 'China and Iraq share 1 recorded event in 1958: 1 agreement.', eventIds: ['a'] },
				{ text: 'Agreement: Title a (1958, stated).', eventIds: ['a'] }
			]
		],
		[
			'types in the dataset order, events by date, both directions of a directed type',
			[
				aid('aid-back', 'IRQ', 'CHN', stated('2021')),
				aid('aid-1', 'CHN', 'IRQ', { start: '2020', basis: 'inferred', note: 'n' }),
				agreement('mou', stated('2015')),
				agreement('ties', { start: '1958', end: 'ongoing', basis: 'stated' })
			],
			[
				{
					text: 'China and Iraq share 4 recorded events from 1958 to 2021: 2 agreements and 2 acts of aid.',
					eventIds: ['ties', 'mou', 'aid-1', 'aid-back']
				},
				{
					text: 'Agreements: Title ties (1958 – ongoing, stated); Title mou (2015, stated).',
					eventIds: ['ties', 'mou']
				},
				{ text: 'Aid from China to Iraq: Title aid-1 (2020, inferred).', eventIds: ['aid-1'] },
				{ text: 'Aid from Iraq to China: Title aid-back (2021, stated).', eventIds: ['aid-back'] }
			]
		],
		[
			'more than four events of a kind',
			['1', '2', '3', '4', '5', '6'].map((n) => agreement(`a${n}`, stated(`201${n}`))),
			[
				{
					text: 'China and Iraq share 6 recorded events from 2011 to 2016: 6 agreements.',
					eventIds: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']
				},
				{
					text:
						'Agreements: Title a1 (2011, stated); Title a2 (2012, stated); Title a3 (2013, stated); ' +
						'Title a4 (2014, stated); and 2 more.',
					eventIds: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']
				}
			]
		],
		[
			'some events undated',
			[
				agreement('dated', stated('2015-12')),
				agreement('undated-b', undated),
				event('talks', 'diplomatic-contact', ['IRQ', 'CHN'], undated)
			],
			[
				{
					text: 'China and Iraq share 3 recorded events (the dated one in 2015): 2 agreements and 1 diplomatic contact.',
					eventIds: ['dated', 'undated-b', 'talks']
				},
				{
					text: 'Agreements: Title dated (December 2015, stated); Title undated-b (date unknown).',
					eventIds: ['dated', 'undated-b']
				},
				{ text: 'Diplomatic contact: Title talks (date unknown).', eventIds: ['talks'] },
				{ text: '2 of these events have no known date.', eventIds: ['undated-b', 'talks'] }
			]
		],
		[
			'the span of the dated events when one is undated',
			[
				agreement('first', stated('2015')),
				agreement('last', stated('2020-03-09')),
				agreement('unknown', undated)
			],
			[
				{
					text: 'China and Iraq share 3 recorded events (the dated ones from 2015 to 2020): 3 agreements.',
					eventIds: ['first', 'last', 'unknown']
				},
				{
					text:
						'Agreements: Title first (2015, stated); Title last (9 March 2020, stated); ' +
						'Title unknown (date unknown).',
					eventIds: ['first', 'last', 'unknown']
				},
				{ text: '1 of these events has no known date.', eventIds: ['unknown'] }
			]
		],
		[
			'every event undated',
			[agreement('x', undated), agreement('y', undated)],
			[
				{
					text: 'China and Iraq share 2 recorded events with no recorded dates: 2 agreements.',
					eventIds: ['x', 'y']
				},
				{
					text: 'Agreements: Title x (date unknown); Title y (date unknown).',
					eventIds: ['x', 'y']
				},
				{ text: 'None of these events has a known date.', eventIds: ['x', 'y'] }
			]
		],
		[
			'a single undated event',
			[agreement('x', undated)],
			[
				{
					text: 'China and Iraq share 1 recorded event with no recorded date: 1 agreement.',
					eventIds: ['x']
				},
				{ text: 'Agreement: Title x (date unknown).', eventIds: ['x'] },
				{ text: 'This event has no known date.', eventIds: ['x'] }
			]
		]
	])('%s', (_, events, expected) => {
		expect(summarizeRelationship('CHN', 'IRQ', events, lookup).sentences).toEqual(expected);
	});

	it('orders the events as the sentences tell them: by type, then direction, then date', () => {
		const events = [
			agreement('late-agreement', stated('2021')),
			aid('aid-in', 'IRQ', 'CHN', stated('2019')),
			event('talks', 'diplomatic-contact', ['CHN', 'IRQ'], stated('2010')),
			aid('aid-out', 'CHN', 'IRQ', stated('2020')),
			agreement('early-agreement', stated('2005')),
			agreement('undated-agreement', undated)
		];
		const { events: narrated } = summarizeRelationship('CHN', 'IRQ', events, lookup);
		expect(narrated.map((e) => e.id)).toEqual([
			'early-agreement',
			'late-agreement',
			'undated-agreement',
			'aid-out',
			'aid-in',
			'talks'
		]);
	});

	it("tells the relationship from the country's side: its own acts come first", () => {
		const events = [
			aid('out', 'CHN', 'IRQ', stated('2020')),
			aid('in', 'IRQ', 'CHN', stated('2020'))
		];
		const texts = summarizeRelationship('IRQ', 'CHN', events, lookup).sentences.map((s) => s.text);
		expect(texts).toEqual([
			'Iraq and China share 2 recorded events in 2020: 2 acts of aid.',
			'Aid from Iraq to China: Title in (2020, stated).',
			'Aid from China to Iraq: Title out (2020, stated).'
		]);
	});

	it('describes a type it has no words for, after the types in the dataset order', () => {
		const events = [
			event('sanction-1', 'sanction', ['USA', 'IRQ'], stated('2003'), true),
			event('sanction-2', 'sanction', ['USA', 'IRQ'], stated('2004'), true),
			event('support', 'political-support', ['USA', 'IRQ'], stated('2004'), true)
		];
		const texts = summarizeRelationship('USA', 'IRQ', events, lookup).sentences.map((s) => s.text);
		expect(texts).toEqual([
			'United States and Iraq share 3 recorded events from 2003 to 2004: ' +
				'1 statement of political support and 2 sanction events.',
			'Political support from United States to Iraq: Title support (2004, stated).',
			'Sanction from United States to Iraq: Title sanction-1 (2003, stated); ' +
				'Title sanction-2 (2004, stated).'
		]);
	});
});

describe('summaries of the real data', () => {
	const { countries, eventTypes: types, events } = shippedDataset();
	const realLookup = lookupFor(
		types,
		Object.fromEntries(countries.map((country) => [country.iso3, country.name]))
	);
	const orderedPairs = countries.flatMap((a) =>
		countries.filter((b) => b.iso3 !== a.iso3).map((b): [string, string] => [a.iso3, b.iso3])
	);

	const yearsOf = (e: DatasetEvent) =>
		[e.date.start, e.date.end].flatMap((date) => date?.match(/^\d{4}/)?.[0] ?? []);

	it.each(orderedPairs)('%s with %s rests only on its own events, and on all of them', (a, b) => {
		const pairEvents = events.filter((e) => {
			const { from, to } = eventParties(e);
			return pairKey(from, to) === pairKey(a, b);
		});
		const byId = new Map(pairEvents.map((e) => [e.id, e]));
		const { sentences, events: narrated } = summarizeRelationship(a, b, pairEvents, realLookup);

		expect(sentences.length > 0).toBe(pairEvents.length > 0);
		const cited = new Set<string>();
		for (const sentence of sentences) {
			expect(sentence.eventIds.length).toBeGreaterThan(0);
			for (const id of sentence.eventIds) {
				expect(byId.has(id), `${id} in "${sentence.text}"`).toBe(true);
				cited.add(id);
			}
			const citedYears = new Set(sentence.eventIds.flatMap((id) => yearsOf(byId.get(id)!)));
			for (const year of sentence.text.match(/\b\d{4}\b/g) ?? []) {
				expect(citedYears.has(year), `${year} in "${sentence.text}"`).toBe(true);
			}
		}
		expect([...cited].sort()).toEqual(pairEvents.map((e) => e.id).sort());

		// Numbered in the order told, each sentence but the one about undated events cites one run.
		expect(narrated.map((e) => e.id).sort()).toEqual(pairEvents.map((e) => e.id).sort());
		const number = new Map(narrated.map((e, i) => [e.id, i + 1]));
		for (const sentence of sentences.filter((s) => !/known date\.$/.test(s.text))) {
			const numbers = sentence.eventIds.map((id) => number.get(id)!).sort((x, y) => x - y);
			expect(numbers.at(-1)! - numbers[0]!, sentence.text).toBe(numbers.length - 1);
		}
	});
});
