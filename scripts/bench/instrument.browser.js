// Injected into the app's page before any of its scripts (page.addInitScript) by scripts/bench/run.ts.
// It only observes: long tasks, the moment the first arcs are drawn and the map is idle, the
// loading progress painted while data loads, and the timing of one year change or one click.
// Plain browser JavaScript, passed as text, so no build step can rewrite it.
(() => {
	const bench = {
		longTasks: [],
		longTasksSupported: true,
		mapSetAt: null,
		arcsIdleAt: null,
		arcsPaintedAt: null,
		readyAt: null,
		progress: { frames: 0, values: [] },
		yearChange: null,
		click: null
	};
	window.__bench = bench;

	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				bench.longTasks.push([entry.startTime, entry.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		bench.longTasksSupported = false;
	}

	// The dashboard is ready when its own map says it is idle: the events are checked, the arcs
	// have their counts. Watched through the attribute the app sets, and no longer than that.
	const readiness = new MutationObserver(() => {
		if (!document.querySelector('[data-map-status="idle"]')) return;
		bench.readyAt = performance.now();
		readiness.disconnect();
	});
	readiness.observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-map-status']
	});

	let map;
	// The app publishes its live map as window.relationsMap; catching the assignment lets us listen
	// from the very first event without touching the app.
	Object.defineProperty(window, 'relationsMap', {
		configurable: true,
		enumerable: true,
		get: () => map,
		set: (value) => {
			map = value;
			if (value) watchFirstArcs(value);
		}
	});

	// Drawn means drawn: an arc is on screen in the first view's preview layer, which takes its
	// width from the tiles, or in the arcs layer once the app has given it a width (feature-state).
	function arcsDrawn(m) {
		if (!m.getSource('arcs') || !m.isSourceLoaded('arcs')) return false;
		const features = m.querySourceFeatures('arcs', { sourceLayer: 'arcs' });
		if (m.getLayer('arcs-preview')) return features.length > 0;
		return Boolean(
			m.getLayer('arcs') &&
			features.some(
				(feature) =>
					m.getFeatureState({ source: 'arcs', sourceLayer: 'arcs', id: feature.id }).width > 0
			)
		);
	}

	function watchFirstArcs(m) {
		if (bench.mapSetAt === null) bench.mapSetAt = performance.now();
		const onIdle = () => {
			const at = performance.now();
			if (bench.arcsIdleAt !== null || !arcsDrawn(m)) return;
			bench.arcsIdleAt = at;
			m.off('idle', onIdle);
			// MapLibre is idle once it has sent the frame; software WebGL draws it after that.
			afterNextFrame(() => (bench.arcsPaintedAt = performance.now()));
		};
		m.on('idle', onIdle);
	}

	// A loading progress counts as visible when a progress bar is on screen in a rendered frame;
	// its values are collected so a bar that never moves can be told from one that does. The
	// attribute query over a large DOM is not free, so it runs at most every 100 ms: a bar shown for
	// less than that is not much of a progress display anyway.
	let lastQuery = -Infinity;
	let bar = null;
	function sampleProgress(now) {
		if (bench.arcsIdleAt !== null) return;
		if (now - lastQuery >= 100 || (bar && !bar.isConnected)) {
			lastQuery = now;
			bar = document.querySelector('[role="progressbar"], progress');
		}
		if (bar && bar.isConnected && bar.getClientRects().length > 0) {
			const value =
				bar.getAttribute('aria-valuenow') ??
				(bar instanceof HTMLProgressElement ? String(bar.value) : (bar.textContent ?? '').trim());
			bench.progress.frames++;
			if (!bench.progress.values.includes(value)) bench.progress.values.push(value);
		}
		requestAnimationFrame(sampleProgress);
	}
	requestAnimationFrame(sampleProgress);

	/** Calls `then` in the first task after the next animation frame: once that frame is rendered. */
	function afterNextFrame(then) {
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = then;
			channel.port2.postMessage(null);
		});
	}

	// One year change: from the key press to the first map idle after the arcs were touched
	// (their source reloaded, a style change such as a filter, or their feature-state set), and on
	// to the end of the next painted frame: with software WebGL the GPU work of drawing the arcs
	// comes after MapLibre's idle, and only the painted frame shows it.
	bench.armYearChange = () => {
		const m = map;
		const change = { t0: null, changedAt: null, t1: null, paintedAt: null, done: false };
		bench.yearChange = change;
		window.addEventListener(
			'keydown',
			(event) => {
				if (change.t0 === null) change.t0 = event.timeStamp;
			},
			{ capture: true, once: true }
		);
		const onData = (event) => {
			if (change.t0 === null || change.changedAt !== null) return;
			if (event.type === 'styledata' || event.sourceId === 'arcs') {
				change.changedAt = performance.now();
			}
		};
		const setFeatureState = m.setFeatureState;
		m.setFeatureState = function (feature, state) {
			if (change.t0 !== null && change.changedAt === null && feature.source === 'arcs') {
				change.changedAt = performance.now();
			}
			return setFeatureState.call(this, feature, state);
		};
		const onIdle = () => {
			if (change.changedAt === null) return;
			change.t1 = performance.now();
			afterNextFrame(() => {
				change.paintedAt = performance.now();
				change.done = true;
			});
			for (const type of ['sourcedataloading', 'sourcedata', 'styledata']) m.off(type, onData);
			m.off('idle', onIdle);
			m.setFeatureState = setFeatureState;
		};
		for (const type of ['sourcedataloading', 'sourcedata', 'styledata']) m.on(type, onData);
		m.on('idle', onIdle);
	};

	// One click: from the click event to the frame after `selector` appears in the document.
	bench.armClick = (selector) => {
		const click = {
			t0: null,
			shownAt: null,
			paintedAt: null,
			presentedAt: null,
			completePaintedAt: null,
			done: false
		};
		bench.click = click;
		// The browser's own account of the click (Event Timing, the measure behind INP): when the
		// first frame after its handlers was presented. It counts only if the summary was in the
		// page when the handlers finished, so that this frame showed it. A click handled within
		// 16 ms gets no entry; then only the task after the frame (below) is known.
		bench.clickTiming?.disconnect();
		bench.clickTiming = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				if (entry.name !== 'click' || click.presentedAt !== null) continue;
				bench.clickTiming.disconnect();
				if (click.shownAt !== null && click.shownAt <= entry.processingEnd) {
					click.presentedAt = entry.startTime + entry.duration;
				}
			}
		});
		bench.clickTiming.observe({ type: 'event', durationThreshold: 16 });
		window.addEventListener(
			'click',
			(event) => {
				if (click.t0 === null) click.t0 = event.timeStamp;
			},
			{ capture: true, once: true }
		);
		// The summary may paint its first part first and say it is busy until the rest is in
		// (aria-busy): it is complete in the first frame painted after it no longer says so.
		let complete = false;
		const observer = new MutationObserver(() => {
			const panel = document.querySelector(selector);
			if (!panel) return;
			if (click.shownAt === null) {
				click.shownAt = performance.now();
				afterNextFrame(() => {
					click.paintedAt = performance.now();
					click.done = click.completePaintedAt !== null;
				});
			}
			if (complete || panel.getAttribute('aria-busy') === 'true') return;
			complete = true;
			observer.disconnect();
			afterNextFrame(() => {
				click.completePaintedAt = performance.now();
				click.done = click.paintedAt !== null;
			});
		});
		observer.observe(document.body, {
			childList: true,
			subtree: true,
			attributes: true,
			attributeFilter: ['aria-busy']
		});
	};
})();
