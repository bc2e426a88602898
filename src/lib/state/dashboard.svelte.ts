/**
 * The dashboard's state in one place: the filter, the selection and the view, with everything the
 * components draw derived from them. The URL is a serialisation of this state (see url-state.ts).
 */
import {
	arcsYearExtent,
	countInferred,
	countUndated,
	largestArcCount,
	visibleArcs,
	type ArcGroup
} from '../data/aggregate';
import { arrowsOnEveryArc, countryMapId } from '../data/first-view';
import type { EventFilter } from '../data/filter';
import type { Dataset } from '../data/schema';
import type { ArcLines } from '../geo/arc-lines';
import { ARC_TILES_MAX_ZOOM } from '../geo/arc-tiles';
import { arcMinZooms, arcsDrawnAt, tileZoomAt, type ArcsOnMap } from '../geo/arc-zoom';
import { arcWidthScale, typeColorScale } from '../scales';
import { Deferred } from './deferred.svelte';
import { retryableImport } from './retryable-import';
import {
	DEFAULT_VIEW,
	parseViewState,
	selectedArcKeyOf,
	selectedCountryOf,
	type Camera,
	type Projection,
	type Selection,
	type ViewState
} from './url-state';

const arcLinesModule = retryableImport(() => import('../geo/arc-lines'));

export class Dashboard {
	readonly dataset: Dataset;
	readonly arcGroups: ArcGroup[];
	readonly extent: [number, number];
	/**
	 * Arc geometry for the arcs drawn in focus; the map loads all the others from a file. The first
	 * view draws none in focus, so its code (and the lanes of every pair) waits until it is loaded.
	 */
	readonly arcLines: Deferred<ArcLines>;
	readonly colorOf;
	/** Whether every directed arc gets its arrowhead (first-view.ts). */
	readonly arrowsOnEveryArc: boolean;
	/** The most events any arc holds over all years: the top of the width scale. */
	readonly maxArcCount: number;
	/**
	 * Arc width by event count; a square-root scale so area, not length, tracks the count. Its
	 * domain is the whole dataset, not the filter, so an arc keeps its width for its count while
	 * the years change: arcs can be compared across years, and a filter change redraws only the
	 * arcs whose count changed.
	 */
	readonly widthOf: (count: number) => number;
	/** World geometry ids (ISO numeric) of the countries in the data, and back. */
	readonly worldIdOf: Map<string, number>;
	readonly iso3OfWorldId: Map<number, string>;

	fromYear = $state(0);
	toYear = $state(0);
	types = $state.raw<ReadonlySet<string>>(new Set());
	includeUndated = $state(DEFAULT_VIEW.includeUndated);
	includeInferred = $state(DEFAULT_VIEW.includeInferred);
	selection = $state.raw<Selection>(null);
	projection = $state<Projection>(DEFAULT_VIEW.projection);
	camera = $state.raw<Camera | null>(null);
	view = $state<ViewState['view']>(DEFAULT_VIEW.view);
	/** Notes about URL parameters that were ignored, shown once as a small notice. */
	notices = $state.raw<string[]>([]);
	/** The map's zoom, once it has drawn: how many arcs it draws depends on it (arc-zoom.ts). */
	mapZoom = $state<number | null>(null);

	/** `arcGroups` as buildArcGroups makes them, or from the dataset worker's grouping. */
	constructor(dataset: Dataset, arcGroups: ArcGroup[]) {
		this.dataset = dataset;
		this.arcGroups = arcGroups;
		this.arcLines = new Deferred(async () => {
			const { ArcLines } = await arcLinesModule();
			return new ArcLines(this.arcGroups, this.countries);
		});
		this.colorOf = typeColorScale(dataset.eventTypes);
		this.arrowsOnEveryArc = arrowsOnEveryArc(this.arcGroups);
		this.maxArcCount = largestArcCount(this.arcGroups);
		this.widthOf = arcWidthScale(this.maxArcCount);
		this.worldIdOf = new Map(dataset.countries.map((c) => [c.iso3, countryMapId(c)]));
		this.iso3OfWorldId = new Map(dataset.countries.map((c) => [countryMapId(c), c.iso3]));
		const thisYear = new Date().getFullYear();
		this.extent = arcsYearExtent(this.arcGroups) ?? [thisYear, thisYear];
		this.fromYear = this.extent[0];
		this.toYear = this.extent[1];
		this.types = new Set(dataset.eventTypes.map((type) => type.id));
	}

	// $derived.by rather than $derived: the dataset is set in the constructor, and TypeScript cannot
	// see that a derivation is evaluated lazily, after construction.
	readonly countries = $derived.by(() => new Map(this.dataset.countries.map((c) => [c.iso3, c])));
	readonly eventTypes = $derived.by(() => new Map(this.dataset.eventTypes.map((t) => [t.id, t])));
	readonly sources = $derived.by(() => new Map(this.dataset.sources.map((s) => [s.id, s])));

	readonly filter: EventFilter = $derived({
		fromYear: this.fromYear,
		toYear: this.toYear,
		types: this.types,
		includeUndated: this.includeUndated,
		includeInferred: this.includeInferred
	});

	readonly arcs = $derived.by(() => visibleArcs(this.arcGroups, this.filter));
	/** Visible events per type, from the visible arcs: a filter change never walks every event twice. */
	readonly countsByType = $derived.by(() => {
		const counts: Record<string, number> = {};
		for (const arc of this.arcs)
			counts[arc.group.typeId] = (counts[arc.group.typeId] ?? 0) + arc.count;
		return counts;
	});
	/** Each arc's first zoom on the map, as the build cut the tiles; worked out when first asked. */
	readonly #arcMinZooms = $derived.by(() => arcMinZooms(this.arcGroups, ARC_TILES_MAX_ZOOM));
	/** What decides which arcs are drawn: a zoom within one tile zoom changes nothing. */
	readonly #tileZoom = $derived(this.mapZoom === null ? null : tileZoomAt(this.mapZoom));
	/** Of the arcs the filter shows, how many the map draws at its zoom; null before it has one. */
	readonly arcsOnMap = $derived.by(() =>
		this.#tileZoom === null ? null : this.arcsOnMapAt(this.#tileZoom)
	);

	/** Of the arcs the filter shows, how many a map draws at `mapZoom`. */
	arcsOnMapAt(mapZoom: number): ArcsOnMap {
		return { drawn: arcsDrawnAt(this.arcs, this.#arcMinZooms, mapZoom), shown: this.arcs.length };
	}
	readonly visibleEventCount = $derived(this.arcs.reduce((sum, arc) => sum + arc.count, 0));
	readonly undatedCount = $derived.by(() => countUndated(this.arcGroups, this.types));
	readonly inferredCount = $derived.by(() => countInferred(this.arcGroups, this.types));
	readonly focusCountry = $derived(selectedCountryOf(this.selection));
	readonly selectedArcKey = $derived(selectedArcKeyOf(this.selection));

	readonly selectedArc = $derived.by(() => {
		const selection = this.selection;
		if (selection?.kind !== 'arc') return null;
		return this.arcGroups.find((group) => group.key === selection.key) ?? null;
	});

	readonly selectedCountry = $derived.by(() => {
		const selection = this.selection;
		return selection?.kind === 'country' ? (this.countries.get(selection.iso3) ?? null) : null;
	});

	readonly isFiltered = $derived.by(
		() =>
			this.fromYear !== this.extent[0] ||
			this.toYear !== this.extent[1] ||
			this.types.size !== this.dataset.eventTypes.length ||
			!this.includeUndated ||
			!this.includeInferred
	);

	setYears(from: number, to: number) {
		const [min, max] = this.extent;
		const low = Math.max(min, Math.min(max, Math.round(Math.min(from, to))));
		const high = Math.max(min, Math.min(max, Math.round(Math.max(from, to))));
		this.fromYear = low;
		this.toYear = high;
	}

	toggleType(id: string) {
		const next = new Set(this.types);
		if (next.has(id)) next.delete(id);
		else next.add(id);
		this.types = next;
	}

	selectCountry(iso3: string | null) {
		this.selection = iso3 ? { kind: 'country', iso3 } : null;
	}

	selectArc(key: string | null) {
		this.selection = key ? { kind: 'arc', key } : null;
	}

	clearSelection() {
		this.selection = null;
	}

	resetFilter() {
		this.setYears(...this.extent);
		this.types = new Set(this.dataset.eventTypes.map((type) => type.id));
		this.includeUndated = true;
		this.includeInferred = true;
	}

	toViewState(): ViewState {
		const allTypes = this.types.size === this.dataset.eventTypes.length;
		const fullRange = this.fromYear === this.extent[0] && this.toYear === this.extent[1];
		return {
			fromYear: fullRange ? null : this.fromYear,
			toYear: fullRange ? null : this.toYear,
			types: allTypes
				? null
				: this.dataset.eventTypes.map((t) => t.id).filter((id) => this.types.has(id)),
			includeUndated: this.includeUndated,
			includeInferred: this.includeInferred,
			selection: this.selection,
			projection: this.projection,
			camera: this.camera,
			view: this.view
		};
	}

	applyViewState(state: ViewState) {
		this.setYears(state.fromYear ?? this.extent[0], state.toYear ?? this.extent[1]);
		this.types = new Set(state.types ?? this.dataset.eventTypes.map((type) => type.id));
		this.includeUndated = state.includeUndated;
		this.includeInferred = state.includeInferred;
		this.selection = state.selection;
		this.projection = state.projection;
		this.camera = state.camera;
		this.view = state.view;
	}

	/** Restores a shared view; malformed parts are ignored and reported, never thrown. */
	applyUrl(params: URLSearchParams) {
		const { state, ignored } = parseViewState(params, {
			countries: new Set(this.countries.keys()),
			types: new Set(this.eventTypes.keys()),
			arcKeys: new Set(this.arcGroups.map((group) => group.key)),
			yearExtent: this.extent
		});
		this.applyViewState(state);
		this.notices = ignored;
	}
}
