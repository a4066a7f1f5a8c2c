import type { BaselineMetrics } from '../contracts/baseline-metrics.js';

const us = (v: number): string => (v >= 10_000 ? `${(v / 1000).toFixed(1)} ms` : `${v.toFixed(0)} µs`);
const ns = (v: number): string => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} ms` : v >= 1e3 ? `${(v / 1e3).toFixed(2)} µs` : `${v.toFixed(1)} ns`);
const mb = (v: number): string => `${(v / 1024 / 1024).toFixed(1)} MiB`;

/** The flows' counts and one line per step: latency, errors, non-2xx, failed captures. */
function flowLines(f: NonNullable<NonNullable<BaselineMetrics['http']>['flow']>): string[] {
  const lines = f.flows.map((x) => `  flow ${x.name}${f.flows.length > 1 ? ` (weight ${String(x.weight)})` : ''}: ${String(x.completed)} of ${String(x.started)} completed, ${String(x.failed)} failed${(f.think_ms[x.name] ?? 0) > 0 ? `, think ${String(f.think_ms[x.name])} ms left out of its latency` : ''}`);
  for (const s of f.steps) {
    const l = s.latency_us;
    const problems = [
      s.errors > 0 ? `${String(s.errors)} errors` : '',
      s.non_2xx > 0 ? `${String(s.non_2xx)} non-2xx` : '',
      (s.unexpected_status ?? 0) > 0 ? `${String(s.unexpected_status)} unexpected status` : '',
      (s.capture_failures ?? 0) > 0 ? `${String(s.capture_failures)} captured nothing` : '',
    ].filter((x) => x !== '');
    lines.push(`    step ${`${s.flow === 'flow' ? '' : `${s.flow}/`}${s.name}`.padEnd(16)} ${s.method} ${s.url}  p50 ${us(l.p50)}  p99 ${us(l.p99)}  ${String(s.responses)} answers${problems.length > 0 ? `; ${problems.join(', ')}` : ''}`);
  }
  return lines;
}

function generatorLine(g: NonNullable<BaselineMetrics['http']>['generator'], engine: BaselineMetrics['environment']['load_engine']): string {
  const who = engine === undefined ? 'generator' : `generator artillery ${engine.version} (${engine.platform}${engine.region === undefined ? '' : ` ${engine.region}`}, ${String(engine.workers)} workers)`;
  const cpu = g.cpu_percent === undefined ? 'CPU not visible' : `${g.cpu_percent.toFixed(0)}% CPU`;
  return `  ${who} ${cpu}${g.event_loop_delay_p99_ms === undefined ? '' : `, event-loop delay p99 ${g.event_loop_delay_p99_ms.toFixed(1)} ms`}`;
}

/** The page's figures: median and MAD of each over the trials, the throttling and the browser. */
function pageLines(p: NonNullable<BaselineMetrics['page']>): string[] {
  const ms = (s: { median: number; mad: number }): string => `${s.median.toFixed(0)} ms ±${s.mad.toFixed(0)}`;
  const lines = [
    `  ${p.url} in ${p.browser}, ${p.throttle.description}; ready ${p.ready === null ? 'at the load event' : `when ${p.ready} is visible`}`,
    `  LCP ${ms(p.lcp_ms)}  FCP ${ms(p.fcp_ms)}  TBT ${ms(p.tbt_ms)}  CLS ${p.cls.median.toFixed(3)}  ready ${ms(p.ready_ms)}  (median ±MAD)`,
    `  JS heap ${mb(p.js_heap_bytes.median)}, transferred ${(p.transfer_bytes.median / 1024).toFixed(1)} KiB in ${p.requests.median.toFixed(0)} requests, ${String(p.long_tasks)} long tasks over ${String(p.trials)} loads`,
  ];
  if (p.interaction_ms !== null) lines.push(`  interaction (${p.interaction ?? ''}) ${ms(p.interaction_ms)}`);
  if (p.page_errors.length > 0) lines.push(`  page errors: ${p.page_errors.join(' | ')}`);
  return lines;
}

/**
 * Formats a baseline for people: the headline figures, resources, and why it is invalid or unhealthy.
 * @param b - the baseline
 * @returns text
 */
export function formatBaseline(b: BaselineMetrics): string {
  const plural = { request: 'requests', flow: 'flows', batch: 'batches', run: 'runs', 'page-load': 'page loads' } as const;
  const lines = [`Baseline of ${b.target} (${b.kind}), ${String(b.samples.measured)} ${plural[b.samples.unit]} measured`];
  if (b.http !== undefined) {
    const h = b.http;
    const l = h.latency_us;
    lines.push(
      `  ${h.flow === undefined ? `${h.method} ` : 'flows at '}${h.url}  ${h.mode === 'open' ? `open loop at ${String(h.rate)}/s` : `closed loop, ${String(h.connections)} ${h.flow === undefined ? 'connections' : 'virtual users'}`}, ${(h.duration_ms / 1000).toFixed(1)} s`,
      `  latency   p50 ${us(l.p50)}  p90 ${us(l.p90)}  p99 ${us(l.p99)}  p99.9 ${us(l.p999)}  max ${us(l.max)}  mean ${us(l.mean)}`,
      `  throughput ${h.throughput_rps.toFixed(h.flow === undefined ? 0 : 1)} ${h.flow === undefined ? 'req' : 'flows'}/s, ${(h.bytes_per_second / 1024).toFixed(0)} KiB/s; errors ${(h.error_rate * 100).toFixed(2)}%, non-2xx ${(h.non_2xx_rate * 100).toFixed(2)}%`,
      generatorLine(h.generator, b.environment.load_engine),
    );
    if (h.not_measured !== undefined) lines.push(...h.not_measured.map((n) => `  not measured: ${n}`));
    if (h.flow !== undefined) lines.push(...flowLines(h.flow));
  }
  if (b.function !== undefined) {
    for (const t of b.function.tasks) {
      lines.push(`  ${t.name.padEnd(24)} ${ns(t.mean_ns).padStart(10)}/call  ±${t.spread_percent.toFixed(1)}% (MAD over ${String(t.batches)} batches)  ${t.ops_per_second.toFixed(0)} ops/s`);
    }
  }
  if (b.command !== undefined) {
    const c = b.command;
    lines.push(
      `  ${c.command}`,
      `  wall ${c.wall_ms.median.toFixed(1)} ms median (${c.wall_ms.min.toFixed(1)} to ${c.wall_ms.max.toFixed(1)}, MAD ${c.wall_ms.mad.toFixed(1)}), user ${c.user_ms.median.toFixed(0)} ms, sys ${c.sys_ms.median.toFixed(0)} ms${c.max_rss_kib === null ? '' : `, max RSS ${(c.max_rss_kib.max / 1024).toFixed(1)} MiB`}`,
    );
    if (c.outliers.length > 0) lines.push(`  ${String(c.outliers.length)} outlier run(s) (hyperfine's MAD rule): ${c.outliers.map((x) => `#${String(x.run)} ${x.wall_ms.toFixed(1)} ms`).join(', ')}`);
  }
  if (b.page !== undefined) lines.push(...pageLines(b.page));
  const r = b.resources;
  if (r === null && b.environment.service?.started_by_perfflow === false) {
    lines.push(`  resources not visible: the service at ${b.environment.service.host} runs already (perfflow did not start it), so its CPU and memory are not measured`);
  }
  if (r !== null) {
    lines.push(`  resources CPU ${r.cpu_percent.mean.toFixed(0)}% mean (${r.cpu_percent.max.toFixed(0)}% max), RSS ${mb(r.rss_bytes.max)} max`);
    if (r.node !== null) {
      const n = r.node;
      lines.push(`  node      heap ${mb(n.heap_used_bytes.max)} max, GC ${n.gc_ms.toFixed(0)} ms (${n.gc_percent.toFixed(1)}%), event loop ${(n.event_loop_utilization * 100).toFixed(0)}% busy, delay p99 ${n.event_loop_delay_ms.p99.toFixed(1)} ms`);
    }
  }
  const e = b.environment;
  lines.push(`  on ${e.cpu_model} (${String(e.cores)} cores), Node ${e.node},${e.browser === undefined ? '' : ` ${e.browser},`} load ${e.load_average.map((v) => v.toFixed(2)).join(' ')}${e.git === null ? '' : `, commit ${e.git.commit.slice(0, 12)}${e.git.dirty ? ' (dirty)' : ''}`}`);
  lines.push(b.valid ? '  valid measurement' : `  INVALID: ${b.invalid_reasons.join('; ')}`);
  lines.push(b.healthy ? '  target healthy' : `  UNHEALTHY: ${b.health_reasons.join('; ')}`);
  return lines.join('\n');
}
