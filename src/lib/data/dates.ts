/**
 * Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) and their honest presentation: the precision is what
 * the source supports, and the basis says where the date comes from.
 */
import type { DateBasis, EventDate } from './schema';

export type Precision = 'year' | 'month' | 'day';

export interface ParsedDate {
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial date, or returns null when it is malformed or not a real calendar date. */
export function parsePartialDate(text: string): ParsedDate | null {
	const match = PARTIAL_DATE.exec(text);
	if (!match) return null;
	const year = Number(match[1]);
	if (match[2] === undefined) return { year, precision: 'year' };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return null;
	if (match[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(match[3]);
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > daysInMonth) return null;
	return { year, month, day, precision: 'day' };
}

/**
 * Orders two partial dates by their earliest possible instant. A coarser date sorts before the
 * finer dates it contains ("2020" < "2020-03"), which keeps "end not before start" honest.
 */
export function comparePartialDates(a: ParsedDate, b: ParsedDate): number {
	return (
		a.year - b.year ||
		(a.month ?? 0) - (b.month ?? 0) ||
		(a.day ?? 0) - (b.day ?? 0) ||
		precisionRank(a.precision) - precisionRank(b.precision)
	);
}

/** True when `end` cannot lie before `start` at the precision both give. */
export function endIsNotBeforeStart(start: ParsedDate, end: ParsedDate): boolean {
	if (end.year !== start.year) return end.year > start.year;
	if (end.month === undefined || start.month === undefined) return true;
	if (end.month !== start.month) return end.month > start.month;
	if (end.day === undefined || start.day === undefined) return true;
	return end.day >= start.day;
}

function precisionRank(precision: Precision): number {
	return precision === 'year' ? 0 : precision === 'month' ? 1 : 2;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2020", "March 2020", "9 March 2020": only as precise as the data. */
export function formatPartialDate(text: string): string {
	const parsed = parsePartialDate(text);
	if (!parsed) return text;
	const month = parsed.month === undefined ? undefined : MONTHS[parsed.month - 1];
	if (parsed.precision === 'year' || month === undefined) return String(parsed.year);
	if (parsed.precision === 'month') return `${month} ${parsed.year}`;
	return `${parsed.day} ${month} ${parsed.year}`;
}

const BASIS_LABELS: Record<DateBasis, string> = {
	stated: 'stated',
	publication: 'from publication date',
	inferred: 'inferred',
	unknown: 'date unknown'
};

export function basisLabel(basis: DateBasis): string {
	return BASIS_LABELS[basis];
}

/** The span an event covers, e.g. "December 2015 – ongoing" or "Date unknown". */
export function formatEventSpan(date: EventDate): string {
	if (date.start === null) return 'Date unknown';
	const start = formatPartialDate(date.start);
	if (date.end === undefined) return start;
	return `${start} – ${date.end === 'ongoing' ? 'ongoing' : formatPartialDate(date.end)}`;
}

/** The date as a reader sees it with its basis, e.g. "2020, inferred" or "Date unknown". */
export function formatEventDate(date: EventDate): string {
	const span = formatEventSpan(date);
	if (date.start === null) return span;
	return `${span}, ${basisLabel(date.basis)}`;
}

/**
 * Every aggregate and every sort by date asks each event for its start, so a date is parsed once
 * and kept for as long as the event is. Keyed by the date object, which is quicker to look up than
 * its text. The parsed dates are shared: read them, never change them.
 */
const parsedStarts = new WeakMap<EventDate, ParsedDate | null>();

/** An event's start date, parsed; null when its date is unknown. */
export function eventStart(date: EventDate): ParsedDate | null {
	if (date.start === null) return null;
	let parsed = parsedStarts.get(date);
	if (parsed === undefined) {
		parsed = parsePartialDate(date.start);
		parsedStarts.set(date, parsed);
	}
	return parsed;
}

/** The year an event is filed under on the timeline, or null when its date is unknown. */
export function eventYear(date: EventDate): number | null {
	return eventStart(date)?.year ?? null;
}
