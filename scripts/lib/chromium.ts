/**
 * How this project launches Chromium: Debian's build (Playwright cannot download browsers here),
 * with the background services off, since they only flood a closed network with refused requests.
 */
export const chromiumLaunchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};
