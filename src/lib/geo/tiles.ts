/** Static vector tiles the data build writes under the site root, as `${path}/{z}/{x}/{y}.pbf`. */

/**
 * The tile URL template MapLibre fetches from, absolute so its worker resolves it as the page
 * does. Built by hand: a URL object would percent-encode the braces of the template.
 */
export function tileUrlTemplate(siteRoot: string, path: string): string {
	return `${siteRoot.replace(/\/$/, '')}/${path}/{z}/{x}/{y}.pbf`;
}
