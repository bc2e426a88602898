/**
 * `npm run brief:pdf -- <briefing id> [--out file.pdf]`: prints a briefing's handout page from the
 * built site to an A4 landscape PDF. It serves build/ with `vite preview` on a free port, lets
 * Chromium draw the slide maps, and refuses any request that would leave the site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium';

const BUILD = 'build';
const READY_TIMEOUT_MS = 120_000;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

function readArguments(): { id: string; out: string } {
	const usage = 'Usage: npm run brief:pdf -- <briefing id> [--out file.pdf]';
	let parsed;
	try {
		parsed = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
	} catch (error) {
		fail(`${(error as Error).message}\n${usage}`);
	}
	const [id, ...extra] = parsed.positionals;
	if (!id || extra.length > 0) fail(usage);
	return { id, out: resolve(parsed.values.out ?? `${id}.pdf`) };
}

function knownBriefings(): string[] {
	const file = `${BUILD}/generated/dataset.json`;
	if (!existsSync(`${BUILD}/index.html`) || !existsSync(file)) {
		fail(`There is no built site in ${BUILD}/. Run \`npm run build\` first, then try again.`);
	}
	const dataset = JSON.parse(readFileSync(file, 'utf8')) as { briefings?: { id: string }[] };
	return (dataset.briefings ?? []).map(({ id }) => id);
}

/** A port nothing listens on right now: the OS picks it, and it is released for the server. */
function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolvePort(address.port)
					: reject(new Error('no free port'))
			);
		});
	});
}

async function startPreview(port: number): Promise<ChildProcess> {
	// Started with node itself, not npx, so the PID we stop is the server's own.
	const server = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--port',
			String(port),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let output = '';
	server.stderr!.on('data', (chunk) => (output += chunk));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) {
			throw new Error(`vite preview stopped (exit code ${server.exitCode}): ${output.trim()}`);
		}
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((wait) => setTimeout(wait, 150));
	}
	server.kill();
	throw new Error(`vite preview did not answer on port ${port} within 30 s`);
}

function stop(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
	return new Promise((done) => {
		server.once('exit', () => done());
		server.kill('SIGTERM');
	});
}

/** Chromium's PDFs list each page object once, as `/Type /Page` (the tree itself is `/Pages`). */
function countPages(file: string): number {
	return (
		readFileSync(file)
			.toString('latin1')
			.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
	);
}

async function printHandout(origin: string, id: string, out: string, browser: Browser) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	const blocked: string[] = [];
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
			return route.continue();
		}
		blocked.push(url);
		return route.abort('blockedbyclient');
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));

	await page.goto(`${origin}/present/${id}/handout`);
	const root = page.locator('[data-handout-state]');
	const status = page.getByTestId('handout-status');
	const deadline = Date.now() + READY_TIMEOUT_MS;
	let reported = '';
	for (;;) {
		const [state, text] = await Promise.all([
			root.getAttribute('data-handout-state'),
			status.textContent()
		]);
		const line = text?.replace(/\s+/g, ' ').trim() ?? '';
		if (line && line !== reported) console.error(line);
		reported = line;
		if (state === 'ready') break;
		if (state === 'failed') {
			const alert = await page.getByRole('alert').textContent();
			throw new Error(`The handout page reports: ${alert?.trim()}`);
		}
		if (Date.now() > deadline) {
			throw new Error(`The handout was not ready after ${READY_TIMEOUT_MS / 1000} s ("${line}")`);
		}
		await page.waitForTimeout(200);
	}
	await page.pdf({ path: out, format: 'A4', landscape: true, printBackground: true });
	return { blocked, errors };
}

const { id, out } = readArguments();
const known = knownBriefings();
if (!known.includes(id)) {
	fail(
		`No briefing "${id}" in the built site. Known briefings: ${known.join(', ') || 'none'}.` +
			' (After editing data/briefings, run `npm run build` again.)'
	);
}

const started = Date.now();
const port = await freePort();
const server = await startPreview(port).catch((error: Error) => fail(error.message));
let browser: Browser | undefined;
const interrupt = () => {
	void Promise.all([browser?.close(), stop(server)]).finally(() => process.exit(130));
};
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);
let exitCode = 0;
try {
	browser = await chromium.launch(chromiumLaunchOptions);
	const { blocked, errors } = await printHandout(`http://127.0.0.1:${port}`, id, out, browser);
	const kilobytes = Math.round(statSync(out).size / 1024);
	console.log(
		`${out}: ${countPages(out)} pages, ${kilobytes} KB, in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	for (const error of errors) console.error(`The page reported an error: ${error}`);
	if (blocked.length > 0) {
		console.error(`Blocked ${blocked.length} request(s) that would have left the site:`);
		for (const url of blocked) console.error(`  ${url}`);
	}
	if (blocked.length > 0 || errors.length > 0) exitCode = 1;
} catch (error) {
	console.error(`Could not print the handout of "${id}": ${(error as Error).message}`);
	exitCode = 1;
} finally {
	await browser?.close();
	await stop(server);
}
process.exit(exitCode);
