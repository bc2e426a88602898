/**
 * Synthetic datasets for the benchmark: `tsx scripts/bench/generate.ts --events 10000 --out dir`.
 *
 * Deterministic (one seeded PRNG), valid under the data checker, and shaped like real event data:
 * about 150 real countries from world-atlas, relations concentrated on ~20 hub countries, more
 * events in later years, every event type, dates at year/month/day precision with every basis, and
 * one source article per ~50 events whose sentences the events quote verbatim (1–3 quotes each).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
	Country,
	EventDate,
	EventType,
	RelationEvent,
	Source
} from '../../src/lib/data/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const FIRST_YEAR = 1985;
export const LAST_YEAR = 2024;
export const COUNTRY_COUNT = 150;
export const EVENTS_PER_SOURCE = 50;

/** The busiest countries of the synthetic data, in decreasing order of activity. */
const HUB_NAMES = [
	'China',
	'Russia',
	'United States of America',
	'Iran',
	'Iraq',
	'Syria',
	'Turkey',
	'Saudi Arabia',
	'India',
	'France',
	'Germany',
	'United Kingdom',
	'Japan',
	'Egypt',
	'Israel',
	'Pakistan',
	'Brazil',
	'South Africa',
	'Nigeria',
	'Ukraine'
];

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; the same seed gives the same data. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

class Random {
	constructor(readonly next: () => number) {}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!;
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	/** Index drawn from cumulative weights. */
	weighted(cumulative: number[]): number {
		const target = this.next() * cumulative[cumulative.length - 1]!;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (cumulative[middle]! <= target) low = middle + 1;
			else high = middle;
		}
		return low;
	}
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[items[i], items[j]] = [items[j]!, items[i]!];
		}
		return items;
	}
}

function cumulate(weights: number[]): number[] {
	let sum = 0;
	return weights.map((weight) => (sum += weight));
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** A point inside the country's largest part, like the app's label points. */
function largestPartCentroid(geometry: Polygon | MultiPolygon): [number, number] {
	const parts: Polygon[] =
		geometry.type === 'Polygon'
			? [geometry]
			: geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	let largest = parts[0]!;
	for (const part of parts) if (geoArea(part) > geoArea(largest)) largest = part;
	const [lon, lat] = geoCentroid(largest);
	return [round3(lon), round3(lat)];
}

/** Three upper-case letters from the name, unique among those already taken. */
function codeFromName(name: string, taken: Set<string>): string {
	const letters = name.toUpperCase().replace(/[^A-Z]/g, '') || 'XXX';
	const candidates: string[] = [];
	const first = letters[0]!;
	for (let i = 1; i < letters.length; i++) {
		for (let j = i + 1; j < letters.length; j++) candidates.push(first + letters[i] + letters[j]);
	}
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	for (const a of alphabet) for (const b of alphabet) candidates.push(first + a + b);
	const code = candidates.find((candidate) => !taken.has(candidate));
	if (!code) throw new Error(`no free code for ${name}`);
	taken.add(code);
	return code;
}

export function benchCountries(): { countries: Country[]; hubs: string[] } {
	const require = createRequire(import.meta.url);
	const topology = JSON.parse(
		readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')
	) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const shapes = (
		feature(topology, topology.objects.countries) as FeatureCollection<
			Polygon | MultiPolygon,
			{ name: string }
		>
	).features.filter(
		(
			shape
		): shape is Feature<Polygon | MultiPolygon, { name: string }> & {
			id: string;
		} => shape.id !== undefined && shape.geometry !== null
	);
	const hubShapes = HUB_NAMES.map((name) => shapes.find((s) => s.properties.name === name)).filter(
		(shape) => shape !== undefined
	);
	const others = shapes
		.filter((shape) => !hubShapes.includes(shape))
		.sort((a, b) => geoArea(b) - geoArea(a) || String(a.id).localeCompare(String(b.id)));
	const chosen = [...hubShapes, ...others.slice(0, COUNTRY_COUNT - hubShapes.length)].sort((a, b) =>
		a.properties.name.localeCompare(b.properties.name)
	);
	const taken = new Set<string>();
	const byName = new Map<string, Country>();
	// Hubs pick their codes first so the busiest countries get the most readable ones.
	for (const shape of [...hubShapes, ...chosen.filter((s) => !hubShapes.includes(s))]) {
		const name = shape.properties.name;
		const [lon, lat] = largestPartCentroid(shape.geometry);
		byName.set(name, {
			iso3: codeFromName(name, taken),
			isoNumeric: String(shape.id).padStart(3, '0'),
			name,
			capital: { name: `${name} centre`, lon, lat }
		});
	}
	return {
		countries: chosen.map((shape) => byName.get(shape.properties.name)!),
		hubs: hubShapes.map((shape) => byName.get(shape.properties.name)!.iso3)
	};
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
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const TOPICS = [
	'energy cooperation',
	'oil exports',
	'port construction',
	'public health',
	'higher education',
	'agriculture',
	'water management',
	'telecommunications',
	'railway links',
	'counter-terrorism',
	'border security',
	'civil nuclear energy',
	'customs procedures',
	'tourism',
	'banking and payments',
	'reconstruction',
	'fisheries',
	'cultural exchange'
];
const DOCUMENTS = [
	'a memorandum of understanding',
	'an agreement',
	'a framework accord',
	'a protocol',
	'a cooperation treaty'
];
const AID = [
	'medical supplies',
	'emergency food aid',
	'vaccines',
	'a field hospital',
	'emergency funding',
	'engineers to repair a power station',
	'water purification units'
];
const ISSUES = [
	'its territorial integrity',
	'its position at the United Nations',
	'its candidacy for an international post',
	'its sovereignty over disputed waters',
	'its security measures'
];
const PUBLISHERS = [
	'Gulf Wire Service',
	'Eurasia Daily',
	'The Continental Review',
	'Maghreb Post',
	'Pacific Ledger',
	'Global Affairs Monitor',
	'Levant Observer',
	'Northern Courier'
];
const AUTHORS = [
	'Amira Haddad',
	'Li Wei',
	'Olga Petrova',
	'Reza Karimi',
	'John Carter',
	'Fatima Al-Sayed',
	'Marc Dubois',
	'Ana Souza',
	'Kenji Sato',
	'Chidi Okafor'
];
const FILLERS = [
	'Analysts said the talks reflected a broader shift in regional alignments.',
	'Neither government published the full text of the documents.',
	'Trade between the two countries has grown steadily over the past decade.',
	'Diplomats described the atmosphere as cordial but cautious.',
	'Opposition figures criticised the move in statements to local media.',
	'The announcement came amid renewed tension along several borders.',
	'Officials declined to give further details when asked by reporters.',
	'Observers noted that similar pledges had been made before.',
	'The ministry did not respond to a request for comment.',
	'Markets reacted calmly to the news.'
];

interface Sentence {
	text: string;
	/** Quoted sentences carry their event, so the text can be checked afterwards. */
	quoted: boolean;
}

export interface GeneratedData {
	countries: Country[];
	eventTypes: EventType[];
	sources: Source[];
	sourceTexts: Map<string, string>;
	events: RelationEvent[];
}

function formatDay(year: number, month: number, day: number): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function generate(eventCount: number, seed = 20240601): GeneratedData {
	const random = new Random(mulberry32(seed));
	const { countries, hubs } = benchCountries();
	const eventTypes = JSON.parse(
		readFileSync(join(ROOT, 'data/event-types.json'), 'utf8')
	) as EventType[];
	const name = new Map(countries.map((c) => [c.iso3, c.name]));
	const hubSet = new Set(hubs);
	const nonHubs = random.shuffle(countries.map((c) => c.iso3).filter((c) => !hubSet.has(c)));
	const allCountries = random.shuffle(countries.map((c) => c.iso3));
	const hubWeights = cumulate(hubs.map((_, rank) => 1 / (rank + 1) ** 0.9));
	const nonHubWeights = cumulate(nonHubs.map((_, rank) => 1 / (rank + 4) ** 0.8));
	const anyWeights = cumulate(allCountries.map((_, rank) => 1 / (rank + 8) ** 0.7));
	const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
	// Roughly ten times as many events a year at the end of the span as at its start.
	const yearWeights = cumulate(years.map((year) => Math.exp(0.06 * (year - FIRST_YEAR))));
	const typeShare: Record<string, number> = {
		agreement: 0.2,
		aid: 0.15,
		'diplomatic-contact': 0.33,
		'political-support': 0.12,
		'military-support': 0.08,
		confrontation: 0.12
	};
	const typeWeights = cumulate(eventTypes.map((type) => typeShare[type.id] ?? 0.05));

	const sourceCount = Math.max(1, Math.round(eventCount / EVENTS_PER_SOURCE));
	const sourceIds = Array.from(
		{ length: sourceCount },
		(_, i) => `src-${String(i + 1).padStart(6, '0')}`
	);
	const sentences: Sentence[][] = sourceIds.map(() => []);
	// A source is published in one year; events it reports come from around then.
	const sourceYear = sourceIds.map(() => years[random.weighted(yearWeights)]!);

	let serial = 0;
	const reference = () => `no. ${String(++serial).padStart(7, '0')}`;

	function parties(): [string, string] {
		if (random.chance(0.85)) {
			const hub = hubs[random.weighted(hubWeights)]!;
			let other: string;
			do {
				other = random.chance(0.35)
					? hubs[random.weighted(hubWeights)]!
					: nonHubs[random.weighted(nonHubWeights)]!;
			} while (other === hub);
			return random.chance(0.5) ? [hub, other] : [other, hub];
		}
		const first = allCountries[random.weighted(anyWeights)]!;
		let second: string;
		do second = allCountries[random.weighted(anyWeights)]!;
		while (second === first);
		return [first, second];
	}

	function eventDate(year: number): { date: EventDate; when: string } {
		const basisRoll = random.next();
		if (basisRoll < 0.1) {
			const date: EventDate = {
				start: null,
				basis: 'unknown',
				note: 'The article gives no date for this event.'
			};
			if (random.chance(0.1)) date.end = 'ongoing';
			return { date, when: '' };
		}
		const month = random.int(1, 12);
		const day = random.int(1, daysIn(year, month));
		if (basisRoll < 0.18) {
			return {
				date: {
					start: formatDay(year, month, day),
					basis: 'publication',
					note: `The article says "on ${WEEKDAYS[day % 5]}"; the date is its publication date.`
				},
				when: ` on ${WEEKDAYS[day % 5]}`
			};
		}
		if (basisRoll < 0.25) {
			const gap = random.int(1, 10);
			return {
				date: {
					start: String(year),
					basis: 'inferred',
					note: `Inferred: the article, from ${year + gap}, says it happened ${gap} year(s) earlier.`
				},
				when: ` ${gap === 1 ? 'a year' : `${gap} years`} earlier`
			};
		}
		const precision = random.next();
		if (precision < 0.55) {
			return {
				date: { start: formatDay(year, month, day), basis: 'stated' },
				when: ` on ${day} ${MONTHS[month - 1]} ${year}`
			};
		}
		if (precision < 0.85) {
			return {
				date: { start: `${year}-${String(month).padStart(2, '0')}`, basis: 'stated' },
				when: ` in ${MONTHS[month - 1]} ${year}`
			};
		}
		return { date: { start: String(year), basis: 'stated' }, when: ` in ${year}` };
	}

	/** The sentence an article would carry, and the event's title and summary, per type. */
	function describe(type: string, a: string, b: string, when: string) {
		const A = name.get(a)!;
		const B = name.get(b)!;
		switch (type) {
			case 'agreement': {
				const document = random.pick(DOCUMENTS);
				const topic = random.pick(TOPICS);
				return {
					title: `${A}–${B} agreement on ${topic}`,
					summary: `${A} and ${B} signed ${document} on ${topic}.`,
					first: `${A} and ${B} signed ${document} on ${topic}${when}, the foreign ministry said in statement ${reference()}.`,
					more: () =>
						`Officials in ${B} confirmed that the accord on ${topic} with ${A} had been signed, citing document ${reference()}.`
				};
			}
			case 'aid': {
				const aid = random.pick(AID);
				return {
					title: `${A} sends ${aid} to ${B}`,
					summary: `${A} sent ${aid} to ${B}.`,
					first: `${A} sent ${aid} to ${B}${when}, according to relief bulletin ${reference()}.`,
					more: () =>
						`A shipment from ${A} reached ${B}, the receiving ministry said in bulletin ${reference()}.`
				};
			}
			case 'diplomatic-contact': {
				const topic = random.pick(TOPICS);
				const meeting = random.chance(0.5)
					? `The foreign ministers of ${A} and ${B} met${when} to discuss ${topic}`
					: `The leaders of ${A} and ${B} spoke by telephone${when} about ${topic}`;
				return {
					title: `${A}–${B} talks on ${topic}`,
					summary: `Officials of ${A} and ${B} discussed ${topic}.`,
					first: `${meeting}, according to press release ${reference()}.`,
					more: () =>
						`Both sides described the talks between ${A} and ${B} as constructive, according to readout ${reference()}.`
				};
			}
			case 'political-support': {
				const issue = random.pick(ISSUES);
				return {
					title: `${A} backs ${B}`,
					summary: `${A} declared its support for ${B} on ${issue}.`,
					first: `${A} declared its support for ${B} on ${issue}${when}, as stated in communique ${reference()}.`,
					more: () =>
						`The government of ${B} welcomed the backing of ${A}, its spokesman said in statement ${reference()}.`
				};
			}
			case 'military-support':
				return {
					title: `${A} trains forces of ${B}`,
					summary: `${A} sent military advisers to train the forces of ${B}.`,
					first: `${A} sent military advisers to train the forces of ${B}${when}, the defence ministry said in statement ${reference()}.`,
					more: () =>
						`Advisers from ${A} were seen at a training base in ${B}, according to field report ${reference()}.`
				};
			default:
				return {
					title: `${A} strikes targets in ${B}`,
					summary: `${A} carried out strikes on positions in ${B}.`,
					first: `${A} carried out strikes on positions in ${B}${when}, according to incident report ${reference()}.`,
					more: () =>
						`Residents in ${B} reported damage after the attack by ${A}, according to incident report ${reference()}.`
				};
		}
	}

	const sourcesByYear = new Map<number, number[]>();
	sourceYear.forEach((year, index) => {
		const list = sourcesByYear.get(year) ?? [];
		list.push(index);
		sourcesByYear.set(year, list);
	});
	const candidatesByYear = new Map<number, number[]>();
	/** A source published in the event's year or up to two years later, else the nearest later one. */
	function nearbySource(year: number | null): number {
		if (year === null) return random.int(0, sourceCount - 1);
		let candidates = candidatesByYear.get(year);
		if (!candidates) {
			candidates = [];
			for (let y = year; y <= LAST_YEAR && (candidates.length === 0 || y <= year + 2); y++) {
				candidates.push(...(sourcesByYear.get(y) ?? []));
			}
			candidatesByYear.set(year, candidates);
		}
		return candidates.length > 0 ? random.pick(candidates) : random.int(0, sourceCount - 1);
	}

	const events: RelationEvent[] = [];
	for (let i = 0; i < eventCount; i++) {
		const typeIndex = random.weighted(typeWeights);
		const type = eventTypes[typeIndex]!;
		const [a, b] = parties();
		const year = years[random.weighted(yearWeights)]!;
		const { date, when } = eventDate(year);
		if (date.start && type.id === 'agreement' && random.chance(0.1)) date.end = 'ongoing';
		if (date.start && type.id === 'military-support' && random.chance(0.3)) {
			date.end = String(Math.min(LAST_YEAR, year + random.int(0, 5)));
		}
		const text = describe(type.id, a, b, when);
		const pieces = random.chance(0.55) ? 1 : random.chance(0.67) ? 2 : 3;
		const used = new Set<number>();
		const evidence = [];
		for (let k = 0; k < pieces; k++) {
			let index = nearbySource(date.start ? year : null);
			if (used.has(index)) index = random.int(0, sourceCount - 1);
			used.add(index);
			const quote = k === 0 ? text.first : text.more();
			sentences[index]!.push({ text: quote, quoted: true });
			evidence.push({ source: sourceIds[index]!, quote });
		}
		const base = {
			id: `${a.toLowerCase()}-${b.toLowerCase()}-${type.id}-${date.start ? year : 'undated'}-${String(i + 1).padStart(6, '0')}`,
			type: type.id,
			date,
			title: text.title,
			summary: text.summary,
			evidence
		};
		events.push(
			type.directed ? { ...base, from: a, to: b } : { ...base, between: [a, b] as [string, string] }
		);
	}

	const sources: Source[] = [];
	const sourceTexts = new Map<string, string>();
	sourceIds.forEach((id, index) => {
		const year = sourceYear[index]!;
		const month = random.int(1, 12);
		const day = random.int(1, daysIn(year, month));
		const publisher = random.pick(PUBLISHERS);
		const author = random.chance(0.7) ? random.pick(AUTHORS) : null;
		const body = sentences[index]!;
		const fillerCount = Math.max(3, Math.round(body.length / 3));
		for (let f = 0; f < fillerCount; f++) body.push({ text: random.pick(FILLERS), quoted: false });
		// Quoted sentences keep their order; fillers are spread between them.
		const ordered = body
			.map((sentence, position) => ({
				sentence,
				key: sentence.quoted ? position : random.next() * body.length
			}))
			.sort((x, y) => x.key - y.key)
			.map(({ sentence }) => sentence.text);
		const headline = `Regional roundup, ${MONTHS[month - 1]} ${year}`;
		const paragraphs: string[] = [];
		for (let p = 0; p < ordered.length; p += 4) paragraphs.push(ordered.slice(p, p + 4).join(' '));
		const dateline = `${day} ${MONTHS[month - 1]} ${year}`;
		const lines = [
			headline,
			'',
			...(author ? [`By ${author}`] : []),
			`${publisher}, ${dateline}`,
			''
		];
		sourceTexts.set(
			id,
			[...lines, ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n')
		);
		const basisRoll = random.next();
		const published: Source['published'] =
			basisRoll < 0.85
				? { date: formatDay(year, month, day), basis: 'stated' }
				: basisRoll < 0.95
					? {
							date: String(year),
							basis: 'inferred',
							note: 'The text gives no publication date; the year is inferred from the events it reports.'
						}
					: { date: null, basis: 'unknown', note: 'The stored text shows no publication date.' };
		// The dateline states the date; a source whose date is not stated drops it from the text.
		if (published.basis !== 'stated') {
			sourceTexts.set(
				id,
				sourceTexts.get(id)!.replace(`${publisher}, ${dateline}\n`, `${publisher}\n`)
			);
		}
		sources.push({
			id,
			file: `sources/${id}.txt`,
			title: headline,
			publisher,
			author,
			published,
			url: random.chance(0.8)
				? `https://news.example.com/${year}/${String(month).padStart(2, '0')}/${id}`
				: null
		});
	});

	return { countries, eventTypes, sources, sourceTexts, events };
}

function benchBriefing({ countries, events }: GeneratedData) {
	const busiest = countries.find((c) => c.name === HUB_NAMES[0]) ?? countries[0]!;
	const lastTen = events.some(
		(e) =>
			e.date.start &&
			Number(e.date.start.slice(0, 4)) >= LAST_YEAR - 9 &&
			('between' in e
				? e.between.includes(busiest.iso3)
				: e.from === busiest.iso3 || e.to === busiest.iso3)
	);
	return {
		id: 'bench-overview',
		title: 'Synthetic benchmark data: an overview',
		author: 'Benchmark generator',
		date: String(LAST_YEAR),
		slides: [
			{ title: 'Every relation in the data', view: {} },
			...(lastTen
				? [
						{
							title: `${busiest.name}, the last ten years`,
							view: { years: [LAST_YEAR - 9, LAST_YEAR], country: busiest.iso3 }
						}
					]
				: [])
		]
	};
}

/** A JSON array with one record per line: compact, yet diffs and greps stay readable. */
function jsonLines(records: unknown[]): string {
	return `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}

/** Writes a complete data directory (without briefings) for `eventCount` events. */
export function writeDataDirectory(eventCount: number, out: string, seed?: number) {
	const data = generate(eventCount, seed);
	rmSync(out, { recursive: true, force: true });
	mkdirSync(join(out, 'sources'), { recursive: true });
	for (const [id, text] of data.sourceTexts) writeFileSync(join(out, 'sources', `${id}.txt`), text);
	writeFileSync(join(out, 'sources.json'), jsonLines(data.sources));
	writeFileSync(join(out, 'countries.json'), jsonLines(data.countries));
	copyFileSync(join(ROOT, 'data/event-types.json'), join(out, 'event-types.json'));
	writeFileSync(join(out, 'events.json'), jsonLines(data.events));
	// One briefing, as the real data has, so the benchmark builds the same kinds of pages.
	mkdirSync(join(out, 'briefings'));
	writeFileSync(
		join(out, 'briefings', 'bench-overview.json'),
		JSON.stringify(benchBriefing(data), null, '\t') + '\n'
	);
	return data;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({
		options: {
			events: { type: 'string', default: '1000' },
			out: { type: 'string' },
			seed: { type: 'string' }
		}
	});
	const count = Number(values.events);
	if (!Number.isInteger(count) || count < 1 || !values.out) {
		console.error('Usage: tsx scripts/bench/generate.ts --events N --out DIR [--seed S]');
		process.exit(1);
	}
	const started = Date.now();
	const data = writeDataDirectory(
		count,
		resolve(values.out),
		values.seed ? Number(values.seed) : undefined
	);
	console.log(
		`Wrote ${values.out}: ${data.events.length} events, ${data.sources.length} sources, ` +
			`${data.countries.length} countries in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
}
