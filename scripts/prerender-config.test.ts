import { describe, expect, it } from 'vitest';
import config from '../svelte.config.js';

const handleUnseenRoutes = config.kit!.prerender!.handleUnseenRoutes as (details: {
	routes: string[];
	message: string;
}) => void;

describe('prerender: routes never reached while building', () => {
	it.each<[string, string[], boolean]>([
		['the handout of a dataset without briefings', ['/present/[briefing]/handout'], false],
		['a route the build should have reached', ['/sources/[id]'], true],
		['the handout with another route', ['/present/[briefing]/handout', '/sources/[id]'], true]
	])('%s: fails the build = %s', (_, routes, fails) => {
		const call = () => handleUnseenRoutes({ routes, message: `unseen: ${routes.join(', ')}` });
		if (fails) expect(call).toThrow(`unseen: ${routes.join(', ')}`);
		else expect(call).not.toThrow();
	});
});
