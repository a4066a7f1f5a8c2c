// The self-contained HTML pages of the gate: the report of one run and the trend of one metric.
// No script, nothing fetched; every value escaped by the html tag and redacted first.
import type { CiHistoryEntry, CiResult, CiTarget } from '../contracts/ci-result.js';
import { REPORT_CSS } from '../report/report-style.js';
import { html, raw } from '../report/html.js';
import type { SafeHtml } from '../report/html.js';
import { redactValue } from '../security/redact.js';
import { changeCell, timeText } from './ci-markdown.js';
import { forestChart, trendChart } from './ci-charts.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${raw(REPORT_CSS)}</style></head>
<body><main>${body}</main></body></html>
`.value;
}

function targetSection(t: CiTarget): SafeHtml {
  const chart = forestChart(t.metrics);
  return html`<section class="card" id="${`target-${t.name}`}"><h2>${t.name} — ${t.outcome}</h2>
<p class="sub">${timeText(t)} · threshold ${(t.threshold * 100).toFixed(1)}%${t.informational ? ' · informational' : ''}${t.comparison_file === null ? '' : html` · full comparison <code>${t.comparison_file}</code>`}</p>
${chart}
${t.metrics.length === 0 ? null : html`<table><thead><tr><th>metric</th><th class="num">base</th><th class="num">head</th><th>change (95% CI)</th><th class="num">p (Holm)</th><th>verdict</th></tr></thead><tbody>${t.metrics.map((m) => html`<tr><td>${m.name}</td><td class="num">${m.base ?? 'n/a'} ${m.unit}</td><td class="num">${m.head ?? 'n/a'} ${m.unit}</td><td>${changeCell(m)}</td><td class="num">${m.p_holm === null ? 'n/a' : m.p_holm.toPrecision(2)}</td><td>${m.verdict}</td></tr>`)}</tbody></table>`}
<ul class="tight">${t.reasons.map((r) => html`<li>${r}</li>`)}</ul></section>`;
}

/**
 * The HTML report of a gate run: per target a chart of every metric's change and the table.
 * @param input - the gate's result
 * @returns the HTML document
 */
export function renderCiReport(input: CiResult): string {
  const result = redactValue(input);
  return page(
    `perfflow ci — ${result.status}`,
    html`<header class="top"><div><p class="eyebrow">perfflow pull-request gate</p><h1>${result.status}</h1>
<p class="sub mono">base ${result.base.commit.slice(0, 12)} (${result.base.how}) → head ${result.head.commit.slice(0, 12)} · ${result.created_at}</p></div>
<div class="status ${result.status === 'pass' ? 'pass' : 'fail'}">${result.status}</div></header>
<p>Both sides and an A/A copy of the base were measured interleaved on this machine in this run; ${result.adjustment}. Inconclusive results never fail the gate.</p>
${result.targets.map(targetSection)}
<footer>Machine ${result.environment.cpu_model}, ${result.environment.cores} cores, ${result.environment.platform}, Node ${result.environment.node}, fingerprint ${result.environment.fingerprint}.</footer>`,
  );
}

/**
 * The trend page of one target's metric: the chart of each run's paired estimate, and the rows.
 * @param target - the target
 * @param metric - the metric
 * @param input - its history entries, oldest first
 * @returns the HTML document
 */
export function renderTrendPage(target: string, metric: string, input: readonly CiHistoryEntry[]): string {
  const entries = redactValue(input);
  const machines = new Set(entries.map((e) => e.environment.fingerprint)).size;
  return page(
    `perfflow trend — ${target} ${metric}`,
    html`<header class="top"><div><p class="eyebrow">perfflow trend</p><h1>${target} · ${metric}</h1>
<p class="sub">${entries.length} runs on ${machines} machine type${machines === 1 ? '' : 's'}</p></div></header>
<p><strong>Each point is one run's paired estimate</strong>: the head of that run against its own base, both measured interleaved on one machine in that run. Points are never compared with each other — they come from different runs, often different machines — so the chart draws no line between them and no figure here is a difference between runs.</p>
${trendChart(entries)}
<table><thead><tr><th>recorded</th><th>head</th><th>base</th><th>change (95% CI)</th><th>verdict</th><th>machine</th></tr></thead><tbody>${entries.map((e) => html`<tr><td>${e.recorded_at}</td><td class="mono">${e.commit.slice(0, 12)}</td><td class="mono">${e.base_commit.slice(0, 12)}</td><td>${changeCell({ ...e, effect: e.estimate })}</td><td>${e.verdict}</td><td class="mono">${e.environment.fingerprint}</td></tr>`)}</tbody></table>`,
  );
}
