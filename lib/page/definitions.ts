// How each page figure is defined, as the baseline and the comparison report state it.

/** Definitions of the page figures, by metric name. */
export const PAGE_DEFINITIONS: Record<string, string> = {
  lcp: 'largest contentful paint: render time of the last largest-contentful-paint entry before any input, ms since navigation start',
  fcp: 'first contentful paint (paint timing), ms since navigation start',
  cls: 'cumulative layout shift by session windows (shifts without recent input; a window closes after a 1 s gap or at 5 s; the largest window)',
  tbt: "total blocking time: the part beyond 50 ms of every long task (clipped to the window) between first contentful paint (the main thread's rendering of it, Chromium's paintTime; its presentation where that is not reported) and ready, ms",
  ready: 'ready: the first animation frame in which the ready selector matches a rendered element (without a ready selector: the end of the load event), ms since navigation start',
  interaction: "interaction latency: from the first input event the scripted interaction caused (page clock) to the first frame after its last step held, ms; with a goto step, perfflow's clock around the same span",
  js_heap: 'JS heap in use at the end of the trial (DevTools Performance.getMetrics JSHeapUsedSize), bytes',
  transfer_bytes: 'bytes received over the network in the trial (Network.loadingFinished encodedDataLength, headers included), bytes',
};
