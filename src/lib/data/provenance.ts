/**
 * Locating quotes in stored source texts. Matching is exact on the stored characters: a quote typed
 * with a plain space where the source has a no-break space, or straight quotes for curly ones, is
 * not the source's text and must not match.
 */

/** Character offsets of every occurrence of `quote` in `text` (overlapping ones included). */
export function findOccurrences(text: string, quote: string): number[] {
	if (quote.length === 0) return [];
	const offsets: number[] = [];
	let from = text.indexOf(quote);
	while (from !== -1) {
		offsets.push(from);
		from = text.indexOf(quote, from + 1);
	}
	return offsets;
}

export type QuoteLocation =
	{ found: true; start: number; end: number } | { found: false; reason: string };

/**
 * Resolves a quote to one span of the text. `occurrence` (1-based) is required when the quote
 * appears more than once, so a citation can never silently point at the wrong passage.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
	const offsets = findOccurrences(text, quote);
	if (offsets.length === 0) {
		return { found: false, reason: `quote not found verbatim${nearMissHint(text, quote)}` };
	}
	if (occurrence === undefined) {
		if (offsets.length > 1) {
			return {
				found: false,
				reason: `quote occurs ${offsets.length} times; add "occurrence" (1 to ${offsets.length})`
			};
		}
		return { found: true, start: offsets[0]!, end: offsets[0]! + quote.length };
	}
	const start = offsets[occurrence - 1];
	if (start === undefined) {
		return {
			found: false,
			reason: `occurrence ${occurrence} requested but the quote occurs ${offsets.length} time(s)`
		};
	}
	return { found: true, start, end: start + quote.length };
}

/** Characters that look alike in an editor but differ in the stored text. */
const LOOKALIKES: [RegExp, string][] = [
	[/[\u00a0\u2007\u202f]/g, ' '],
	[/[\u2018\u2019\u2032]/g, "'"],
	[/[\u201c\u201d\u2033]/g, '"'],
	[/[\u2013\u2014]/g, '-']
];

function foldLookalikes(text: string): string {
	return LOOKALIKES.reduce((folded, [pattern, plain]) => folded.replace(pattern, plain), text);
}

/** Explains a miss that is only a matter of look-alike characters, so the editor can fix it. */
function nearMissHint(text: string, quote: string): string {
	const foldedText = foldLookalikes(text);
	const at = foldedText.indexOf(foldLookalikes(quote));
	if (at === -1) return '';
	for (let i = 0; i < quote.length; i++) {
		const stored = text[at + i]!;
		if (stored !== quote[i]) {
			return ` (it would match if character ${i + 1} were ${describeChar(stored)} as in the source, not ${describeChar(quote[i]!)})`;
		}
	}
	return '';
}

function describeChar(char: string): string {
	const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
	return `U+${code} ${JSON.stringify(char)}`;
}
