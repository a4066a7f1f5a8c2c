/**
 * Installed in every document before its own scripts: buffered PerformanceObservers for paint,
 * largest-contentful-paint, layout-shift and longtask entries, a capturing listener that timestamps
 * input events (the start of an interaction), and, when the target names a ready selector, a check
 * in every animation frame that notes the first frame in which it matches a rendered element (one
 * querySelector per frame: it does not perturb the page).
 * @param ready - the ready selector, if any
 * @returns the script's source
 */
export declare function recorderScript(ready: string | undefined): string;
/** Evaluated once the page is ready: flushes the observers and returns the raw entries and the page clock. */
export declare const READ_ENTRIES = "(() => {\n  const s = window.__perfflow;\n  if (!s) return null;\n  for (const [o, fn] of s.observers) o.takeRecords().forEach(fn);\n  const nav = performance.getEntriesByType('navigation')[0];\n  return { now: performance.now(), readyAt: s.readyAt, fcp: s.fcp, fcpPaint: s.fcpPaint, lcp: s.lcp, shifts: s.shifts, long: s.long, loadEnd: nav ? nav.loadEventEnd : null };\n})()";
/** Evaluated after the interaction's last step: waits for the next frame to be produced, then returns the first input's time and the page clock. */
export declare const AFTER_FRAME = "new Promise((done) => requestAnimationFrame(() => setTimeout(() => {\n  const s = window.__perfflow;\n  done({ now: performance.now(), firstInput: s && s.inputs.length > 0 ? s.inputs[0] : null });\n}, 0)))";
/** Evaluated right before an interaction: forgets earlier input times and returns the page clock. */
export declare const MARK_INTERACTION = "(() => { const s = window.__perfflow; if (s) s.inputs.length = 0; return performance.now(); })()";
/**
 * The rendered DOM of some selectors, normalised (whitespace between and inside tags collapsed),
 * for the behaviour check.
 * @param selectors - CSS selectors
 * @returns an expression evaluating to one string per selector (`(none)` when nothing matches)
 */
export declare function domSnapshotExpression(selectors: readonly string[]): string;
