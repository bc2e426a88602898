import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Collections held in state are replaced as whole values and never mutated, so the
			// reactive SvelteSet/SvelteMap wrappers would only add cost.
			'svelte/prefer-svelte-reactivity': 'off',
			// Internal links are built from `base` in one place (citations.ts quoteHref), and the URL
			// state writes query strings only; resolve() has nothing to add to either.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		ignores: [
			'tests/*.tmp.mjs',
			'build/',
			'.svelte-kit/',
			'static/generated/',
			'test-results/',
			'playwright-report/'
		]
	}
);
