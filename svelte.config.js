import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The fallback page lets a static host show the app's own "not found" message.
		adapter: adapter({ strict: true, fallback: '404.html' }),
		typescript: {
			// The data build, the checker and the benchmark are type-checked with the app they share
			// the data core with.
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts');
			}
		},
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
