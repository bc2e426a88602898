import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The fallback page lets a static host show the app's own "not found" message.
		adapter: adapter({ strict: true, fallback: '404.html' }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Data without a prepared briefing has no handout to print; any other unseen route is a
			// mistake and fails the build.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.every((route) => route === '/present/[briefing]/handout')) return;
				throw new Error(message);
			}
		}
	}
};

export default config;
