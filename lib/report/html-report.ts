import { createHash } from 'node:crypto';
import type { ComparedMetric, PerformanceComparison } from '../contracts/performance-comparison.js';

type GuardRowRecord = PerformanceComparison['guards'][number];
import type { GateRecord } from '../contracts/gate.js';
import { redactValue } from '../security/redact.js';
import { COLORS, distributionChart, effectsChart, percentileChart, throughputChart } from './charts.js';
import { flameGraph } from './flame-graph.js';
import { formatNumber, formatPercent } from './format.js';
import { html, raw } from './html.js';
import { pageBlock } from './page-block.js';
import type { SafeHtml } from './html.js';
import { changeText, headline, objectiveMetric, overriddenGates, percentilePoints, toleranceText, trialValues } from './report-facts.js';
import { REPORT_CSS, REPORT_SCRIPT } from './report-style.js';
import type { RunBundle } from './run-bundle.js';

function chip(kind: string): SafeHtml {
  return html`<span class="chip ${kind}">${kind}</span>`;
}

/** The file an artifact comes from, as the run's workflow names it. */
function fileOf(bundle: RunBundle, schema: string): string {
  return bundle.files[schema] ?? `a ${schema} file (no step of the workflow declares one)`;
}

function missing(what: string, file: string): SafeHtml {
  return html`<p class="muted">No ${what}: <code>${file}</code> is not in this run.</p>`;
}

function overrideBanner(bundle: RunBundle): SafeHtml | null {
  const gates = overriddenGates(bundle);
  if (gates.length === 0 && !bundle.condition.overridden) return null;
  return html`<section class="override" id="override" role="alert">
  <h2>⚠ Published under a manual override</h2>
  <p>A person overrode ${gates.length === 1 ? 'a gate' : `${gates.length} gates`} of this run. The numbers below did not pass every check on their own; read the accepted risks before relying on them.</p>
  ${gates.map((g) => html`<dl>
    <dt>gate</dt><dd><strong>${g.step}</strong></dd>
    <dt>by</dt><dd>${g.override.by}${g.override.via === 'claude-code' ? ', typed in a Claude Code session and confirmed at its permission prompt' : ''}</dd>
    <dt>at</dt><dd>${g.override.at}</dd>
    <dt>reason</dt><dd>${g.override.reason}</dd>
    <dt>risks accepted</dt><dd><strong>${g.override.risks}</strong></dd>
    <dt>checks that failed</dt><dd>${g.reasons.length === 0 ? 'none recorded' : html`<ul class="tight">${g.reasons.map((r) => html`<li>${r}</li>`)}</ul>`}</dd>
  </dl>`)}
  <p class="muted">Publish condition: ${bundle.condition.detail}</p>
</section>`;
}

function summaryCards(bundle: RunBundle): SafeHtml {
  const m = objectiveMetric(bundle);
  const behaviour = bundle.comparison?.behaviour.passed;
  const top = bundle.bottlenecks?.bottlenecks[0];
  return html`<div class="cards">
  <div class="card"><div class="k">objective${m === null ? '' : ` · ${m.name}`}</div>
    <div class="v" style="color:${m === null ? COLORS.text : COLORS[m.verdict]}">${m === null ? 'n/a' : m.effect === null ? m.verdict : m.scale === 'log' ? `${m.effect < 1 ? '−' : '+'}${Math.abs((m.effect - 1) * 100).toFixed(1)}%` : changeText(m)}</div>
    <div class="d">${m === null ? 'no comparison recorded' : `${m.base === null ? '?' : formatNumber(m.base)} → ${m.candidate === null ? '?' : formatNumber(m.candidate)} ${m.unit} · ${m.verdict}`}</div></div>
  <div class="card"><div class="k">behaviour</div><div class="v">${behaviour === undefined ? 'n/a' : behaviour === null ? 'not established' : behaviour ? 'unchanged' : 'CHANGED'}</div>
    <div class="d">${bundle.comparison === null ? 'no comparison' : `${bundle.comparison.behaviour.checks.length} check(s)`}</div></div>
  <div class="card"><div class="k">plan rating</div><div class="v">${bundle.rating === null ? 'n/a' : `${bundle.rating.score}/10`}</div>
    <div class="d">${bundle.rating === null ? 'not rated' : `minimum ${bundle.rating.minimum} · attempt ${bundle.rating.attempt}`}</div></div>
  <div class="card"><div class="k">top bottleneck</div><div class="v mono" style="font-size:17px">${top === undefined ? 'n/a' : top.function}</div>
    <div class="d">${top === undefined ? 'no profile' : `${formatPercent(top.self_share)} self · ${top.file}:${top.line}`}</div></div>
</div>`;
}

function metricsTable(metrics: readonly ComparedMetric[], guards: readonly GuardRowRecord[]): SafeHtml {
  return html`<table><thead><tr><th>metric</th><th class="num">base</th><th class="num">candidate</th><th class="num">change [95% CI]</th><th class="num">noise floor</th><th class="num">p (guards: Holm)</th><th>verdict</th><th>tolerance</th><th>guard</th><th>measured under</th></tr></thead><tbody>
  ${metrics.map((m) => html`<tr><td>${m.objective ? '★ ' : ''}<code>${m.name}</code></td>
    <td class="num">${m.base === null ? '–' : `${formatNumber(m.base)} ${m.unit}`}</td>
    <td class="num">${m.candidate === null ? '–' : `${formatNumber(m.candidate)} ${m.unit}`}</td>
    <td class="num">${changeText(m)}</td>
    <td class="num">${m.scale === 'log' ? `±${formatPercent(m.noise_floor)}` : `±${formatNumber(m.noise_floor)}`}</td>
    <td class="num">${m.p_adjusted === null ? '–' : m.p_adjusted.toPrecision(2)}</td>
    <td>${chip(m.verdict)}</td>
    <td>${toleranceText(m)}</td>
    <td>${m.role === 'objective' ? '–' : (guards.find((g) => g.metric === m.name)?.outcome ?? '–')}</td>
    <td class="muted">${m.load ?? '–'}</td></tr>`)}
  </tbody></table>`;
}

function harnessBlock(c: PerformanceComparison): SafeHtml {
  const h = c.harness;
  return html`<h3>Measuring harness</h3>
  <p>Pinned from ${h.source.label}: ${h.pinned.join('; ')}. Tests on the candidate: ${h.tests_on_candidate === 'pinned-and-own' ? 'the pinned tests and its own' : h.tests_on_candidate === 'same' ? 'the pinned tests (unchanged)' : 'no check command'}.</p>
  ${h.edited.length === 0 ? html`<p class="muted">The change edits no harness file.</p>` : html`<p><strong>The change edits the harness</strong> (the gate fails closed unless a person overrides):</p><ul class="tight">${h.edited.map((e) => html`<li><code>${e.path}</code> ${e.status} — ${e.role}</li>`)}</ul>`}
  ${h.added.length === 0 ? null : html`<p class="muted">Test files the change adds (the pinned tests still ran in full): ${h.added.map((e) => e.path).join(', ')}</p>`}`;
}

function resultsSection(bundle: RunBundle): SafeHtml {
  const c = bundle.comparison;
  if (c === null) return html`<section class="panel" id="results"><h2>Results</h2>${missing('comparison', fileOf(bundle, 'performance-comparison'))}</section>`;
  return html`<section class="panel" id="results"><h2>Results: verdict per metric</h2>
  ${c.status_reasons.length === 0 ? null : html`<ul class="tight">${c.status_reasons.map((r) => html`<li>${r}</li>`)}</ul>`}
  ${effectsChart(c.metrics)}
  ${metricsTable(c.metrics, c.guards)}
  <p class="muted">★ objective metric: it must improve. Every other metric is a guard: it may not get worse than its tolerance. A verdict is <em>improved</em> or <em>regressed</em> only when the candidate differs significantly from both copies of the base (the base and its A/A copy, each from its own checkout) and by more than the A/A noise floor (${c.noise_floor.method}, at least ${formatPercent(c.noise_floor.minimum)}).</p>
  ${harnessBlock(c)}
</section>`;
}

function distributionsSection(bundle: RunBundle): SafeHtml {
  const c = bundle.comparison;
  const percentiles = percentilePoints(bundle);
  const metrics = c?.metrics ?? [];
  const charts = metrics
    .map((m) => {
      const { base, candidate } = trialValues(bundle, m.name);
      return distributionChart(m.name, m.unit, base, candidate, m.verdict);
    })
    .filter((s): s is SafeHtml => s !== null);
  const throughput = throughputChart(metrics);
  const perTrial = c === null ? '' : c.design.processes_per_side === null ? 'one dot per trial' : `one dot per trial (${c.design.processes_per_side} processes per side)`;
  return html`<section class="panel" id="distributions"><h2>Before and after</h2>
  <div class="legend"><span><i style="background:${COLORS.base}"></i>base (before)</span><span><i style="background:${COLORS.candidate}"></i>candidate (after)</span></div>
  ${percentiles.points.length >= 2 ? percentileChart(percentiles.points, percentiles.unit) : null}
  ${charts.length > 0 ? html`<h3>Distribution over the paired trials</h3><p class="muted">Box: quartiles; bar: median; ${perTrial}.</p><div class="grid2">${charts}</div>` : missing('per-trial values', fileOf(bundle, 'benchmark-results'))}
  ${throughput === null ? null : html`<h3>Throughput</h3><p class="muted">Bars: medians; whisker: 95% interval of the candidate from the paired effect.</p>${throughput}`}
</section>`;
}

function bottlenecksSection(bundle: RunBundle): SafeHtml {
  const r = bundle.bottlenecks;
  const flame = bundle.collapsed === null ? null : flameGraph(bundle.collapsed);
  if (r === null) return html`<section class="panel" id="bottlenecks"><h2>Bottlenecks</h2>${missing('profile', fileOf(bundle, 'bottleneck-report'))}${flame}</section>`;
  return html`<section class="panel" id="bottlenecks"><h2>Bottlenecks</h2>
  <p class="muted">${r.samples.active} active samples of ${r.samples.count} over ${formatNumber(r.samples.duration_ms / 1000)} s in ${r.samples.processes} process(es); profiler overhead ${r.profiler_overhead.overhead === null ? 'not measured' : formatPercent(r.profiler_overhead.overhead)}.</p>
  ${r.no_bottleneck_found === null ? null : html`<p><strong>No bottleneck found:</strong> ${r.no_bottleneck_found.evidence}</p>`}
  ${r.bottlenecks.length === 0 ? null : html`<table><thead><tr><th>#</th><th>function</th><th>where</th><th class="num">${r.waits === undefined ? 'self' : 'latency'}</th><th class="num">total</th><th>category</th><th>why</th></tr></thead><tbody>
  ${r.bottlenecks.map((b) => html`<tr><td class="num">${b.rank}</td><td><code>${b.function}</code>${b.package === undefined ? '' : html` <span class="muted">(${b.package})</span>`}</td>
    <td><code>${b.file}:${b.line}</code></td><td class="num">${formatPercent(b.latency_share ?? b.self_share)}<br><span class="muted">${formatPercent(b.share_interval.low)}–${formatPercent(b.share_interval.high)}</span></td>
    <td class="num">${b.wait === undefined ? formatPercent(b.total_share) : '–'}</td><td>${b.category}</td><td>${b.reason}</td></tr>`)}
  </tbody></table>`}
  ${r.waits === undefined ? null : waitsBlock(r.waits)}
  ${r.page === undefined ? null : pageBlock(r.page)}
  ${r.findings.filter((f) => f.significant).length === 0 ? null : html`<h3>Findings</h3><ul class="tight">${r.findings.filter((f) => f.significant).map((f) => html`<li><strong>${f.kind}</strong>: ${f.summary}</li>`)}</ul>`}
  ${flame === null ? null : html`<h3>Flame graph</h3><p class="muted">Each bar is a function, as wide as its share of samples; callers below, callees above. Hover for the name; click a bar to zoom into it.</p><div>${flame}<div class="flame-detail">&nbsp;</div></div>`}
</section>`;
}

type Waits = NonNullable<NonNullable<RunBundle['bottlenecks']>['waits']>;

/** One request's operations as bars on its own time axis: where it waited, and on what. */
function waterfall(title: string, w: NonNullable<Waits['waterfalls']>['typical']): SafeHtml {
  const span = Math.max(w.latency_ms, ...w.operations.map((o) => o.start_ms + o.duration_ms), 0.001);
  const pct = (x: number): string => `${Math.max(0, Math.min(100, (x / span) * 100)).toFixed(2)}%`;
  return html`<h4>${title}: ${w.request}, ${formatNumber(w.latency_ms)} ms</h4>
  <div class="waterfall">${w.operations.map((o) => html`<div class="wf-row" title="${o.operation} · ${o.site} · ${formatNumber(o.duration_ms)} ms at +${formatNumber(o.start_ms)} ms">
    <span class="wf-label mono">${o.site}</span><span class="wf-track"><span class="wf-bar" style="margin-left:${pct(o.start_ms)};width:${pct(o.duration_ms)}"></span></span></div>`)}</div>`;
}

function waitsBlock(w: Waits): SafeHtml {
  const unit = w.unit ?? 'request';
  return html`<h3>Where ${unit}s wait</h3>
  <p class="muted">${w.requests} ${unit}s recorded: latency p50 ${formatNumber(w.latency_p50_ms)} ms, p99 ${formatNumber(w.latency_p99_ms)} ms; ${formatPercent(w.wait_share)} of it waiting on recorded operations (${w.instrumented.join('; ')}), the rest on the CPU, queued or on something not instrumented.</p>
  ${w.waterfalls === null ? null : html`${waterfall(`A typical ${unit}`, w.waterfalls.typical)}${waterfall(`A p99 ${unit}`, w.waterfalls.p99)}`}`;
}

function ratingBlock(bundle: RunBundle): SafeHtml {
  const r = bundle.rating;
  if (r === null) return missing('rating', fileOf(bundle, 'rating'));
  return html`<div style="display:flex;gap:26px;align-items:flex-start;flex-wrap:wrap">
  <div><div class="score" style="color:${r.passed ? COLORS.improved : COLORS.regressed}">${r.score}</div><div class="muted">of 10 · minimum ${r.minimum}</div><div>${chip(r.passed ? 'passed' : 'failed')}</div></div>
  <table style="flex:1;min-width:420px"><thead><tr><th>dimension</th><th>score</th><th class="num">weight</th><th>why</th></tr></thead><tbody>
  ${r.dimensions.map((d) => html`<tr><td>${d.name.replace(/_/g, ' ')}</td><td style="min-width:150px"><div class="bar"><span style="width:${raw(String(d.score * 10))}%"></span>${d.ceiling < 10 ? html`<em style="left:${raw(String(d.ceiling * 10))}%" title="ceiling ${d.ceiling}"></em>` : null}</div><span class="muted">${d.score.toFixed(1)}</span></td><td class="num">${d.weight}</td><td>${d.reasons.slice(0, 3).join('; ')}</td></tr>`)}
  </tbody></table></div>
  <p class="muted">Raters: ${r.raters.map((x) => `${x.kind}${x.model === undefined ? '' : ` (${x.model})`} ${x.status}${x.detail === undefined ? '' : ` — ${x.detail}`}`).join('; ')}</p>
  ${r.caps.length === 0 ? null : html`<p><strong>Capped:</strong> ${r.caps.map((c) => `${c.requirement} (max ${c.cap}): ${c.reason}`).join('; ')}</p>`}
  ${r.feedback.length === 0 ? null : html`<h3>Feedback to the planner</h3><ul class="tight">${r.feedback.map((f) => html`<li>${f}</li>`)}</ul>`}`;
}

function planSection(bundle: RunBundle): SafeHtml {
  const p = bundle.plan;
  const body = p === null
    ? bundle.planMarkdown === null ? missing('plan', fileOf(bundle, 'plan')) : html`<pre class="plan">${bundle.planMarkdown}</pre>`
    : html`<p>${p.summary}</p>
  <h3>Goals</h3><table><thead><tr><th>goal</th><th>metric</th><th class="num">baseline</th><th class="num">target</th></tr></thead><tbody>
  ${p.goals.map((g) => html`<tr><td>${g.description}</td><td><code>${g.metric}</code></td><td class="num">${g.baseline === undefined ? '–' : `${formatNumber(g.baseline)} ${g.unit}`}</td><td class="num">${formatNumber(g.target)} ${g.unit}</td></tr>`)}
  </tbody></table>
  <h3>Risks and mitigations</h3><table><thead><tr><th>risk</th><th>mitigation</th></tr></thead><tbody>${p.risks.map((r) => html`<tr><td>${r.risk}${r.impact === undefined ? '' : html` <span class="muted">(impact ${r.impact})</span>`}</td><td>${r.mitigation}</td></tr>`)}</tbody></table>
  <h3>Who does what</h3><table><tbody>${p.agent_assignments.map((a) => html`<tr><td><code>${a.agent}</code></td><td>${a.tasks.join('; ')}</td></tr>`)}</tbody></table>
  <div class="grid2"><div><h3>Validation</h3><ol>${p.validation.steps.map((s) => html`<li>${s}</li>`)}</ol></div><div><h3>Rollback</h3><ol>${p.rollback.steps.map((s) => html`<li>${s}</li>`)}</ol></div></div>`;
  return html`<section class="panel" id="plan"><h2>The plan and its rating</h2>${ratingBlock(bundle)}${body}</section>`;
}

function changesSection(bundle: RunBundle): SafeHtml {
  const m = bundle.manifest;
  const o = bundle.optimization;
  return html`<section class="panel" id="changes"><h2>What changed</h2>
  ${m === null ? missing('list of changed files', fileOf(bundle, 'dev-manifest')) : html`<p>${m.summary}</p><table><thead><tr><th>file</th><th>optimization</th><th>change</th></tr></thead><tbody>
  ${m.changes.map((c) => html`<tr><td><code>${c.file}</code></td><td><code>${c.optimization_id}</code></td><td>${c.description}</td></tr>`)}</tbody></table>
  ${m.partial === undefined ? null : html`<p><strong>Partial:</strong> skipped ${m.partial.skipped_optimizations.join(', ')} — ${m.partial.reason}</p>`}`}
  ${o === null ? null : html`<h3>Optimizations</h3><table><thead><tr><th>id</th><th>optimization</th><th>addresses</th><th>expected</th><th>risk</th></tr></thead><tbody>
  ${o.optimizations.map((x) => html`<tr><td><code>${x.id}</code></td><td>${x.title}<br><span class="muted">${x.approach}</span></td><td>${x.addresses.join(', ')}</td><td>${x.expected_gain}</td><td>${x.risk}</td></tr>`)}</tbody></table>`}
</section>`;
}

function gateRow(g: GateRecord): SafeHtml {
  return html`<tr><td><code>${g.step}</code></td><td>${chip(g.decision)}</td><td class="num">${g.attempt}</td><td>${g.agent}</td><td class="mono">${g.at}</td><td>${g.reasons.length === 0 ? g.checks.map((c) => c.name).join(', ') : g.reasons.join('; ')}</td></tr>`;
}

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix, String(value)]];
  if (Array.isArray(value)) return [[prefix, value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')]];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix === '' ? k : `${prefix}.${k}`));
}

function environmentSection(bundle: RunBundle): SafeHtml {
  const c = bundle.comparison;
  const env = c?.environment ?? bundle.baseline?.environment ?? null;
  const design: [string, string][] = c === null ? [] : [
    ['paired blocks', String(c.design.pairs)],
    ['trials per side', String(c.design.trials_per_side)],
    ['processes per side', c.design.processes_per_side === null ? 'one process (function target)' : String(c.design.processes_per_side)],
    ['arms', c.design.arms],
    ['unit', c.design.unit],
    ['time', `${formatNumber(c.design.elapsed_ms / 1000)} s of a ${formatNumber(c.design.time_budget_ms / 1000)} s budget`],
    ['A/A noise floor', `${c.noise_floor.method}; objective ±${formatPercent(c.noise_floor.objective)}`],
    ['base', `${c.base.commit.slice(0, 12)}${c.base.ref === undefined ? '' : ` (${c.base.ref})`}`],
    ['candidate', `${c.candidate.commit.slice(0, 12)}${c.candidate.dirty ? ' + uncommitted changes' : ''}`],
  ];
  return html`<section class="panel" id="environment"><h2>How it was measured</h2>
  <div class="grid2"><div><h3>Design</h3>${design.length === 0 ? missing('design', fileOf(bundle, 'performance-comparison')) : html`<dl class="env">${design.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`}</div>
  <div><h3>Environment</h3>${env === null ? missing('environment', fileOf(bundle, 'performance-comparison')) : html`<dl class="env">${flatten(env).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`}</div></div>
  <h3>Gates</h3><table><thead><tr><th>step</th><th>decision</th><th class="num">attempt</th><th>agent</th><th>at</th><th>checks</th></tr></thead><tbody>${bundle.gates.map(gateRow)}</tbody></table>
  ${bundle.notes.length === 0 ? null : html`<h3>Notes</h3><ul class="tight">${bundle.notes.map((n) => html`<li>${n}</li>`)}</ul>`}
</section>`;
}

/**
 * Renders the self-contained HTML report of a run: inline styles, one small inline script allowed
 * by its hash in the Content-Security-Policy (nothing else can run, nothing is fetched), SVG charts.
 * Every value from the run is redacted, then escaped.
 * @param input - the run's artifacts
 * @param secrets - exact secret values to redact (e.g. from the environment)
 * @returns the HTML document
 */
export function renderHtmlReport(input: RunBundle, secrets: readonly string[]): string {
  const bundle = redactValue(input, secrets);
  const status = bundle.comparison?.validation_status ?? 'unknown';
  const scriptHash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'`;
  const c = bundle.comparison;
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${bundle.run.target} — perfflow report ${bundle.run.run_id}</title>
<style>${raw(REPORT_CSS)}</style></head>
<body><main>
<header class="top"><div><p class="eyebrow">perfflow performance report</p><h1>${bundle.run.target}</h1>
<p class="sub">${headline(bundle)}</p>
<p class="sub mono">run ${bundle.run.run_id} · published ${bundle.publishedAt}${c === null ? '' : ` · ${c.base.commit.slice(0, 10)} → ${c.candidate.commit.slice(0, 10)}${c.candidate.dirty ? '+' : ''}`}</p></div>
<div class="status ${status}">validation ${status}</div></header>
${overrideBanner(bundle)}
${summaryCards(bundle)}
<nav class="toc"><a href="#results">Results</a><a href="#distributions">Before/after</a><a href="#bottlenecks">Bottlenecks</a><a href="#plan">Plan &amp; rating</a><a href="#changes">Changes</a><a href="#environment">Environment &amp; gates</a></nav>
${resultsSection(bundle)}
${distributionsSection(bundle)}
${bottlenecksSection(bundle)}
${planSection(bundle)}
${changesSection(bundle)}
${environmentSection(bundle)}
<footer>Generated by perfflow from the artifacts of run ${bundle.run.run_id}. Self-contained: no network, secrets redacted.</footer>
</main><script>${raw(REPORT_SCRIPT)}</script></body></html>
`;
  return page.value;
}
