import { describe, expect, it } from 'vitest';
import { partnerHistory, partnersOf } from '../data/aggregate';
import { buildArcGroups } from '../data/group-arcs';
import { eventPasses } from '../data/filter';
import { compareEventsByDate, eventParties } from '../data/relations';
import type { DatasetEvent } from '../data/schema';
import { shippedDataset } from '../testing/shipped-data';
import { Dashboard } from './dashboard.svelte';

const dataset = shippedDataset();

describe('Dashboard', () => {
	const dashboard = new Dashboard(dataset, buildArcGroups(dataset));

	it.each([
		['IRQ', [2020, 2021]],
		['CHN', [1958, 2021]],
		['RUS', [2015, 2015]]
	] as const)('summarises the partners of %s in %j from its own events only', (iso3, years) => {
		dashboard.setYears(years[0], years[1]);
		// Found the plain way: every event walked, the visible ones of the country kept by partner.
		const plain = new Map<string, DatasetEvent[]>();
		for (const event of dataset.events) {
			const { from, to } = eventParties(event);
			if ((from !== iso3 && to !== iso3) || !eventPasses(event, dashboard.filter)) continue;
			const partner = from === iso3 ? to : from;
			plain.set(partner, [...(plain.get(partner) ?? []), event]);
		}
		expect(plain.size).toBeGreaterThan(0);
		const partners = partnersOf(iso3, dashboard.arcs);
		const byPartner = new Map(partners.map((p) => [p.partner, partnerHistory(p).events]));
		expect(new Set(byPartner.keys())).toEqual(new Set(plain.keys()));
		for (const [partner, events] of plain) {
			expect(byPartner.get(partner)).toEqual(events.sort(compareEventsByDate));
		}
		dashboard.resetFilter();
	});

	it('keeps the arc width scale over the whole dataset, whatever the years shown', () => {
		const widest = Math.max(...dashboard.arcGroups.map((group) => group.events.length));
		expect(dashboard.maxArcCount).toBe(widest);
		const before = dashboard.widthOf(2);
		dashboard.setYears(2020, 2020);
		expect(dashboard.widthOf(2)).toBe(before);
		expect(dashboard.widthOf(widest)).toBe(11);
		dashboard.resetFilter();
	});

	it('counts the arcs the map draws once the map has a zoom, following the filter', () => {
		const fresh = new Dashboard(dataset, buildArcGroups(dataset));
		expect(fresh.arcsOnMap).toBeNull();
		fresh.mapZoom = 0.7;
		// The shipped data has far fewer arcs than the world view draws: every one is drawn.
		expect(fresh.arcsOnMap).toEqual({
			drawn: fresh.arcGroups.length,
			shown: fresh.arcGroups.length
		});
		fresh.setYears(2020, 2020);
		expect(fresh.arcs.length).toBeLessThan(fresh.arcGroups.length);
		expect(fresh.arcsOnMap).toEqual({ drawn: fresh.arcs.length, shown: fresh.arcs.length });
	});
});
