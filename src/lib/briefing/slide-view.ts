/**
 * A slide's view: how it maps onto the dashboard's state and back, and the words it is named and
 * described by. The dashboard names views on its first screen (the exported map's title), so this
 * stays apart from the briefing authoring code, which loads later.
 */
import type { ArcGroup } from '../data/aggregate';
import type { Country, EventType, SlideView } from '../data/schema';
import { DEFAULT_VIEW, type ViewState } from '../state/url-state';

export function slideViewState(view: SlideView): ViewState {
	return {
		...DEFAULT_VIEW,
		fromYear: view.years?.[0] ?? null,
		toYear: view.years?.[1] ?? null,
		types: view.types ?? null,
		includeUndated: view.includeUndated ?? DEFAULT_VIEW.includeUndated,
		includeInferred: view.includeInferred ?? DEFAULT_VIEW.includeInferred,
		selection: view.country
			? { kind: 'country', iso3: view.country }
			: view.arc
				? { kind: 'arc', key: view.arc }
				: null,
		projection: view.projection ?? DEFAULT_VIEW.projection,
		camera: view.camera ?? null
	};
}

/** The slide view of a dashboard state, leaving out whatever is at its default. */
export function slideViewOf(state: ViewState, extent: [number, number]): SlideView {
	const view: SlideView = {};
	if (state.fromYear !== null || state.toYear !== null) {
		view.years = [state.fromYear ?? extent[0], state.toYear ?? extent[1]];
	}
	if (state.types) view.types = [...state.types];
	if (!state.includeUndated) view.includeUndated = false;
	if (!state.includeInferred) view.includeInferred = false;
	if (state.selection?.kind === 'country') view.country = state.selection.iso3;
	if (state.selection?.kind === 'arc') view.arc = state.selection.key;
	if (state.projection !== DEFAULT_VIEW.projection) view.projection = state.projection;
	if (state.camera) {
		const round = (value: number) => Math.round(value * 100) / 100;
		view.camera = {
			lon: round(state.camera.lon),
			lat: round(state.camera.lat),
			zoom: round(state.camera.zoom)
		};
	}
	return view;
}

/** The names a slide's view is described with; the dashboard's state provides all of them. */
export interface ViewVocabulary {
	countries: ReadonlyMap<string, Pick<Country, 'name'>>;
	eventTypes: ReadonlyMap<string, Pick<EventType, 'label'>>;
	arcGroups: readonly Pick<ArcGroup, 'key' | 'from' | 'to' | 'typeId' | 'directed'>[];
}

export interface SlideViewDescription {
	years: string;
	types: string;
	focus: string;
}

/**
 * A first title for a new slide, such as "Iraq, 2015–2021" or "China → Iraq: Aid", for the author
 * to edit.
 */
export function slideTitleOf(view: SlideView, vocabulary: ViewVocabulary): string {
	const focus = focusLabel(view, vocabulary);
	const types = view.arc ? null : typeChoice(view, vocabulary);
	let subject = focus ?? 'All relations';
	if (types?.hidden) subject = `${subject} without ${listLabel(types.hidden)}`;
	else if (types) subject = focus ? `${focus}: ${listLabel(types.shown)}` : listLabel(types.shown);
	return view.years ? `${subject}, ${yearsLabel(view.years)}` : subject;
}

export function describeSlideView(
	view: SlideView,
	vocabulary: ViewVocabulary
): SlideViewDescription {
	const leftOut = [
		view.includeUndated === false ? 'undated left out' : null,
		view.includeInferred === false ? 'inferred dates left out' : null
	].filter((note) => note !== null);
	return {
		years: [view.years ? yearsLabel(view.years) : 'all years', ...leftOut].join(', '),
		types: typesLabel(typeChoice(view, vocabulary)),
		focus: focusLabel(view, vocabulary) ?? 'none'
	};
}

function yearsLabel([from, to]: [number, number]): string {
	return from === to ? String(from) : `${from}–${to}`;
}

function listLabel(items: string[]): string {
	if (items.length === 0) return 'no types';
	if (items.length === 1) return items[0]!;
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A view showing most types is named by the few it leaves out, which is shorter to read. */
type TypeChoice = { shown: string[]; hidden?: undefined } | { hidden: string[] };

function typeChoice(view: SlideView, { eventTypes }: ViewVocabulary): TypeChoice | null {
	if (!view.types) return null;
	const shown = new Set(view.types);
	const hidden = [...eventTypes].filter(([id]) => !shown.has(id)).map(([, type]) => type.label);
	const allKnown = view.types.every((id) => eventTypes.has(id));
	if (allKnown && hidden.length > 0 && hidden.length < shown.size) return { hidden };
	return { shown: view.types.map((id) => eventTypes.get(id)?.label ?? id) };
}

function typesLabel(types: TypeChoice | null): string {
	if (!types) return 'all types';
	return types.hidden ? `all but ${listLabel(types.hidden)}` : listLabel(types.shown);
}

/** Codes the data no longer knows (an old file) are shown as they are rather than hidden. */
function focusLabel(view: SlideView, { countries, eventTypes, arcGroups }: ViewVocabulary) {
	const name = (iso3: string) => countries.get(iso3)?.name ?? iso3;
	if (view.country) return name(view.country);
	if (!view.arc) return null;
	const arc = arcGroups.find((group) => group.key === view.arc);
	if (!arc) return view.arc;
	const label = eventTypes.get(arc.typeId)?.label ?? arc.typeId;
	return `${name(arc.from)} ${arc.directed ? '→' : '–'} ${name(arc.to)}: ${label}`;
}
