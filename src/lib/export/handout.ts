/**
 * The printed handout of a briefing: for each slide its dashboard state, what it shows and cites,
 * where the map looks and what the map image carries; then every excerpt the briefing cites, once.
 */
import type { ArcGroup } from '../data/aggregate';
import { eventParties } from '../data/relations';
import type { Briefing, Dataset, DatasetEvent, PublishedSource, Slide } from '../data/schema';
import { capitalBounds, type CameraTarget } from '../geo/bounds';
import { slideViewState } from '../briefing/slide-view';
import { slideContent, type SlideContent } from '../briefing/slides';
import type { ViewState } from '../state/url-state';
import { mapOverlay, type MapOverlay } from './png';

/**
 * The map's size in CSS pixels while slides are captured: 16:9 as slides are, 1920×1080 at the
 * export scale. Small enough that its labels stay legible at the width of a printed page.
 */
export const HANDOUT_MAP_SIZE = { width: 960, height: 540 } as const;

export interface HandoutSlide {
	/** 1-based, as the presenter says it. */
	number: number;
	slide: Slide;
	state: ViewState;
	content: SlideContent;
	camera: CameraTarget;
	overlay: MapOverlay;
}

/** The slide's own camera, or a frame around the capitals of the countries its events involve. */
export function slideCamera(
	state: Pick<ViewState, 'camera'>,
	events: DatasetEvent[],
	countries: Dataset['countries']
): CameraTarget {
	if (state.camera) return { camera: state.camera };
	const involved = new Set(
		events.flatMap((event) => {
			const { from, to } = eventParties(event);
			return [from, to];
		})
	);
	return { bounds: capitalBounds(countries.filter((country) => involved.has(country.iso3))) };
}

export function handoutSlides(
	dataset: Pick<Dataset, 'events' | 'eventTypes' | 'sources' | 'countries'>,
	groups: ArcGroup[],
	briefing: Pick<Briefing, 'slides'>,
	colorOf: (typeId: string) => string
): HandoutSlide[] {
	return briefing.slides.map((slide, index) => {
		const state = slideViewState(slide.view);
		const content = slideContent(dataset, groups, state);
		return {
			number: index + 1,
			slide,
			state,
			content,
			camera: slideCamera(state, content.events, dataset.countries),
			// Which arcs the map draws depends on its zoom: the renderer notes it at capture.
			overlay: mapOverlay(dataset, groups, state, colorOf, null)
		};
	});
}

export interface ExcerptUse {
	event: DatasetEvent;
	/** The numbers of the slides that show the event. */
	slides: number[];
}

export interface Excerpt {
	source: PublishedSource;
	/** Verbatim, as located in the stored source text. */
	quote: string;
	usedBy: ExcerptUse[];
}

/**
 * Every passage quoted by an event on any slide, once each even when several events or slides
 * cite it, in the order a reader of the handout first meets it.
 */
export function briefingExcerpts(
	dataset: Pick<Dataset, 'sources'>,
	slides: Pick<HandoutSlide, 'number' | 'content'>[]
): Excerpt[] {
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	const excerpts = new Map<string, Excerpt>();
	for (const { number, content } of slides) {
		for (const event of content.events) {
			for (const evidence of event.evidence) {
				const key = `${evidence.source}:${evidence.start}:${evidence.end}`;
				let excerpt = excerpts.get(key);
				if (!excerpt) {
					excerpt = { source: sources.get(evidence.source)!, quote: evidence.quote, usedBy: [] };
					excerpts.set(key, excerpt);
				}
				let use = excerpt.usedBy.find((entry) => entry.event.id === event.id);
				if (!use) {
					use = { event, slides: [] };
					excerpt.usedBy.push(use);
				}
				if (!use.slides.includes(number)) use.slides.push(number);
			}
		}
	}
	return [...excerpts.values()];
}

export function renderingProgress(index: number, total: number): string {
	return `Rendering slide ${index + 1} of ${total}…`;
}
