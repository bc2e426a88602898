import { describe, expect, it } from 'vitest';
import {
	citationId,
	highlightParagraphs,
	segmentText,
	sourceCitations,
	splitParagraphs,
	type Citation
} from './highlight';
import type { DatasetEvent } from './schema';

const cite = (eventId: string, start: number, end: number, evidenceIndex = 0): Citation => ({
	eventId,
	evidenceIndex,
	start,
	end
});

/** A segment as "text:a,b", naming the events covering it, outermost first. */
const describeSegments = (segments: { text: string; citations: Citation[] }[]) =>
	segments.map(({ text, citations }) => `${text}:${citations.map((c) => c.eventId).join(',')}`);

describe('segmentText', () => {
	const text = 'abcdefghij';

	it.each<[string, Citation[], string[]]>([
		['no citations', [], ['abcdefghij:']],
		['one in the middle', [cite('a', 2, 5)], ['ab:', 'cde:a', 'fghij:']],
		['the whole text', [cite('a', 0, 10)], ['abcdefghij:a']],
		['touching, not overlapping', [cite('a', 0, 3), cite('b', 3, 6)], ['abc:a', 'def:b', 'ghij:']],
		['overlapping', [cite('a', 1, 6), cite('b', 4, 9)], ['a:', 'bcd:a', 'ef:a,b', 'ghi:b', 'j:']],
		[
			'nested, given inner first',
			[cite('inner', 3, 5), cite('outer', 1, 8)],
			['a:', 'bc:outer', 'de:outer,inner', 'fgh:outer', 'ij:']
		],
		[
			'coinciding three times, in the order given',
			[cite('x', 2, 4), cite('y', 2, 4), cite('z', 2, 4)],
			['ab:', 'cd:x,y,z', 'efghij:']
		],
		[
			'sharing a start, longer outermost',
			[cite('short', 0, 2), cite('long', 0, 5)],
			['ab:long,short', 'cde:long', 'fghij:']
		],
		['sharing an end', [cite('a', 0, 10), cite('b', 6, 10)], ['abcdef:a', 'ghij:a,b']],
		[
			'staircase',
			[cite('a', 0, 4), cite('b', 2, 6), cite('c', 4, 8)],
			['ab:a', 'cd:a,b', 'ef:b,c', 'gh:c', 'ij:']
		]
	])('%s', (_, citations, expected) => {
		const segments = segmentText(text, citations);
		expect(describeSegments(segments)).toEqual(expected);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		for (const segment of segments) {
			expect(text.slice(segment.start, segment.start + segment.text.length)).toBe(segment.text);
		}
	});

	it('keeps every quote as the exact characters of the text, no-break spaces included', () => {
		const stored = 'Wang\u00a0Yi said “friendship”.\n\nXi agreed.';
		const at = (quote: string) => stored.indexOf(quote);
		const citations = [
			cite('a', 0, at('.')),
			cite('b', at('said'), at('.')),
			cite('c', at('“'), stored.length)
		];
		const segments = segmentText(stored, citations);
		for (const citation of citations) {
			const covered = segments.filter((s) => s.citations.includes(citation));
			expect(covered.map((s) => s.text).join('')).toBe(stored.slice(citation.start, citation.end));
		}
	});

	it('returns nothing for an empty text', () => {
		expect(segmentText('', [])).toEqual([]);
	});

	it.each<[string, Citation]>([
		['before the text', cite('a', -1, 3)],
		['past the end', cite('a', 8, 11)],
		['empty', cite('a', 4, 4)],
		['reversed', cite('a', 5, 2)]
	])('refuses a citation %s', (_, citation) => {
		expect(() => segmentText(text, [citation])).toThrow(RangeError);
	});
});

describe('splitParagraphs', () => {
	it.each<[string, string, string[]]>([
		['one line', 'One line.', ['One line.']],
		['blank lines', 'One.\n\nTwo.\n\n\nThree.', ['One.\n\n', 'Two.\n\n\n', 'Three.']],
		[
			'single line breaks',
			'Published: 2021\nTitle\nBy Xinhua',
			['Published: 2021\n', 'Title\n', 'By Xinhua']
		],
		['Windows line breaks', 'One.\r\n\r\nTwo.', ['One.\r\n\r\n', 'Two.']],
		['leading and trailing breaks', '\n\nOne.\nTwo.\n', ['\n\nOne.\n', 'Two.\n']],
		['a leading space', ' date 2021-03-13 China', [' date 2021-03-13 China']],
		['only breaks', '\n\n', ['\n\n']],
		['nothing', '', []]
	])('%s', (_, text, expected) => {
		const paragraphs = splitParagraphs(text);
		expect(paragraphs.map((p) => p.text)).toEqual(expected);
		expect(paragraphs.map((p) => p.text).join('')).toBe(text);
		for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
	});
});

describe('highlightParagraphs', () => {
	it('cuts a quote that runs across a paragraph break into one piece per paragraph', () => {
		const text = 'First one.\n\nSecond one.';
		const paragraphs = highlightParagraphs(text, [cite('a', 6, 18), cite('b', 0, 5)]);
		expect(paragraphs.map((p) => describeSegments(p.segments))).toEqual([
			['First:b', ' :', 'one.\n\n:a'],
			['Second:a', ' one.:']
		]);
		expect(paragraphs.flatMap((p) => p.segments.map((s) => s.text)).join('')).toBe(text);
	});
});

describe('sourceCitations', () => {
	const event = (id: string, evidence: [string, number, number][]) =>
		({
			id,
			evidence: evidence.map(([source, start, end]) => ({ source, quote: 'q', start, end }))
		}) as unknown as DatasetEvent;

	it('keeps each quote of the source with its index among the event’s evidence', () => {
		const events = [
			event('one', [
				['other', 0, 4],
				['this', 10, 20]
			]),
			event('two', [['other', 0, 4]]),
			event('three', [
				['this', 10, 20],
				['this', 30, 40]
			])
		];
		expect(sourceCitations(events, 'this')).toEqual([
			cite('one', 10, 20, 1),
			cite('three', 10, 20, 0),
			cite('three', 30, 40, 1)
		]);
		expect(sourceCitations(events, 'unused')).toEqual([]);
	});

	it('names a passage by its event and evidence index', () => {
		expect(citationId(cite('chn-irq-mou', 0, 1, 2))).toBe('q-chn-irq-mou-2');
	});
});
