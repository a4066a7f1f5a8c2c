// The code perfflow runs inside the measured page, kept as plain source text: it is injected before
// any script of the page and read back after the page is ready. (Strings, not functions, so that
// what reaches the page never depends on how perfflow itself was compiled or instrumented.)
/**
 * Installed in every document before its own scripts: buffered PerformanceObservers for paint,
 * largest-contentful-paint, layout-shift and longtask entries, a capturing listener that timestamps
 * input events (the start of an interaction), and, when the target names a ready selector, a check
 * in every animation frame that notes the first frame in which it matches a rendered element (one
 * querySelector per frame: it does not perturb the page).
 * @param ready - the ready selector, if any
 * @returns the script's source
 */
export function recorderScript(ready) {
    return `(() => {
  if (window.__perfflow) return;
  const s = { fcp: null, fcpPaint: null, lcp: [], shifts: [], long: [], inputs: [], observers: [], readyAt: null };
  Object.defineProperty(window, '__perfflow', { value: s, enumerable: false });
  const take = {
    'paint': (e) => { if (e.name === 'first-contentful-paint') { s.fcp = e.startTime; s.fcpPaint = typeof e.paintTime === 'number' ? e.paintTime : e.startTime; } },
    'largest-contentful-paint': (e) => { s.lcp.push(e.startTime); },
    'layout-shift': (e) => { s.shifts.push({ t: e.startTime, value: e.value, input: e.hadRecentInput }); },
    'longtask': (e) => { s.long.push({ t: e.startTime, d: e.duration }); },
  };
  for (const [type, fn] of Object.entries(take)) {
    try {
      const o = new PerformanceObserver((list) => list.getEntries().forEach(fn));
      o.observe({ type, buffered: true });
      s.observers.push([o, fn]);
    } catch (e) { /* entry type unsupported: its figure stays empty */ }
  }
  for (const type of ['pointerdown', 'mousedown', 'keydown']) {
    addEventListener(type, (ev) => { s.inputs.push(ev.timeStamp); }, { capture: true });
  }
  const ready = ${JSON.stringify(ready ?? null)};
  if (ready !== null) {
    const look = () => {
      const el = document.querySelector(ready);
      if (el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') s.readyAt = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }
})();`;
}
/** Evaluated once the page is ready: flushes the observers and returns the raw entries and the page clock. */
export const READ_ENTRIES = `(() => {
  const s = window.__perfflow;
  if (!s) return null;
  for (const [o, fn] of s.observers) o.takeRecords().forEach(fn);
  const nav = performance.getEntriesByType('navigation')[0];
  return { now: performance.now(), readyAt: s.readyAt, fcp: s.fcp, fcpPaint: s.fcpPaint, lcp: s.lcp, shifts: s.shifts, long: s.long, loadEnd: nav ? nav.loadEventEnd : null };
})()`;
/** Evaluated after the interaction's last step: waits for the next frame to be produced, then returns the first input's time and the page clock. */
export const AFTER_FRAME = `new Promise((done) => requestAnimationFrame(() => setTimeout(() => {
  const s = window.__perfflow;
  done({ now: performance.now(), firstInput: s && s.inputs.length > 0 ? s.inputs[0] : null });
}, 0)))`;
/** Evaluated right before an interaction: forgets earlier input times and returns the page clock. */
export const MARK_INTERACTION = `(() => { const s = window.__perfflow; if (s) s.inputs.length = 0; return performance.now(); })()`;
/**
 * The rendered DOM of some selectors, normalised (whitespace between and inside tags collapsed),
 * for the behaviour check.
 * @param selectors - CSS selectors
 * @returns an expression evaluating to one string per selector (`(none)` when nothing matches)
 */
export function domSnapshotExpression(selectors) {
    return `(${JSON.stringify(selectors)}).map((sel) => {
    const found = [...document.querySelectorAll(sel)];
    if (found.length === 0) return '(none)';
    return found.map((el) => el.outerHTML.replace(/\\s+/g, ' ').replace(/> </g, '><').trim()).join('\\n');
  })`;
}
