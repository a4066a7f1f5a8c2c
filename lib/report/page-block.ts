import type { PageProfile } from '../contracts/page-profile.js';
import { WORK_NAMES } from '../page/main-thread.js';
import { formatNumber, formatPercent } from './format.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';

const kib = (bytes: number): string => `${formatNumber(bytes / 1024)} KiB`;
const range = (r: { median: number; low: number; high: number } | null, unit: string): string => (r === null ? 'not seen' : `${formatNumber(r.median)} ${unit} (${formatNumber(r.low)}–${formatNumber(r.high)})`);

function mainThreadBlock(page: PageProfile): SafeHtml {
  const main = page.main_thread;
  if (main === undefined) return html``;
  return html`<h4>Main thread by kind of work</h4>
  <p class="muted">Busy ${range(main.busy_ms, 'ms')} per load (own time of the trace's events); inside long tasks: ${main.long_tasks_by_kind.slice(0, 3).map((k) => `${WORK_NAMES[k.kind]} ${formatPercent(k.share)}`).join(', ') || 'none'}.</p>
  <table><thead><tr><th>work</th><th class="num">ms per load</th><th class="num">share</th></tr></thead><tbody>
  ${main.by_kind.map((k) => html`<tr><td>${WORK_NAMES[k.kind]}</td><td class="num">${formatNumber(k.ms.median)}</td><td class="num">${formatPercent(k.share)}</td></tr>`)}
  </tbody></table>
  ${main.forced.sites.length === 0 ? html`` : html`<p>Scripts forced ${formatNumber(main.forced.count.median)} layout(s) or style recalculation(s) per load, ${range(main.forced.ms, 'ms')}:</p>
  <table><thead><tr><th>script line</th><th>forced</th><th class="num">per load</th><th class="num">ms per load</th></tr></thead><tbody>
  ${main.forced.sites.map((f) => html`<tr><td><code>${f.function}</code> <span class="muted">${f.file}:${f.line}</span></td><td>${f.kind}</td><td class="num">${formatNumber(f.count)}</td><td class="num">${formatNumber(f.ms)}</td></tr>`)}
  </tbody></table>`}`;
}

/**
 * The page section of the bottleneck report in the HTML report: timings of the profiled loads, the
 * longest tasks with the functions that ran in them, the heaviest resources.
 * @param page - the report's page section
 * @returns the block
 */
export function pageBlock(page: PageProfile): SafeHtml {
  return html`<h3>The page in the browser</h3>
  <p class="muted">${page.trials} load(s) of ${page.url}, cpu ${page.throttle.cpu}x slower, network ${page.throttle.network}. First contentful paint ${range(page.fcp_ms, 'ms')}, largest contentful paint ${range(page.lcp_ms, 'ms')}; main thread blocked ${range(page.blocking_ms, 'ms')} per load; ${kib(page.transfer_bytes.median)} transferred. Functions above are ranked by ${page.ranked_by === 'long-task-samples' ? 'their share of the samples inside long tasks' : 'their share of busy main-thread samples'}.</p>
  <h4>Longest tasks</h4>
  ${page.long_tasks.length === 0 ? html`<p>No task of 50 ms or more.</p>` : html`<table><thead><tr><th class="num">ms</th><th class="num">at ms</th><th>load</th><th>what ran</th></tr></thead><tbody>
  ${page.long_tasks.slice(0, 8).map((t) => html`<tr><td class="num">${formatNumber(t.duration_ms)}</td><td class="num">${formatNumber(t.start_ms)}</td><td>${t.trial} · ${t.phase}</td><td>${t.functions.length === 0 ? html`<span class="muted">no function of the page sampled${t.work === undefined ? '' : ` (mostly ${WORK_NAMES[t.work.kind]}, ${formatPercent(t.work.share)})`}</span>` : t.functions.map((f) => html`<code>${f.function}</code> <span class="muted">${f.file}:${f.line}</span> ${formatPercent(f.share)}<br>`)}</td></tr>`)}
  </tbody></table>`}
  ${mainThreadBlock(page)}
  <h4>Heaviest resources</h4>
  <table><thead><tr><th>resource</th><th>type</th><th class="num">transferred</th><th class="num">load ms</th><th>render-blocking</th><th>made of</th></tr></thead><tbody>
  ${page.resources.slice(0, 8).map((r) => html`<tr><td><code>${r.url}</code></td><td>${r.type}</td><td class="num">${kib(r.transfer_bytes.median)}</td><td class="num">${formatNumber(r.duration_ms.median)}</td><td>${r.render_blocking ? 'yes' : 'no'}</td><td>${(r.sources ?? []).slice(0, 3).map((s) => html`<code>${s.file}</code> ${formatPercent(s.share)}<br>`)}</td></tr>`)}
  </tbody></table>`;
}
