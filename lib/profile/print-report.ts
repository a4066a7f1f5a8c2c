import type { BottleneckReport } from '../contracts/bottleneck-report.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * Formats a bottleneck report for people: the ranked table, categories, findings and files.
 * @param report - the report
 * @returns text
 */
export function printBottleneckReport(report: BottleneckReport): string {
  const s = report.samples;
  const lines = [
    `profile of ${report.target} (${report.kind}): ${s.active} active samples of ${s.count} (${s.idle} idle), every ${s.mean_interval_us} µs over ${(s.duration_ms / 1000).toFixed(1)} s, ${s.processes} process${s.processes === 1 ? '' : 'es'}`,
    '',
  ];
  if (report.no_bottleneck_found !== null) {
    lines.push(`no bottleneck found: ${report.no_bottleneck_found.evidence}`);
  } else {
    lines.push(`${'rank'.padStart(4)}  ${'self'.padStart(6)}  ${'95% interval'.padEnd(15)}  ${'total'.padStart(6)}  ${'category'.padEnd(10)}  function (file:line)`);
    for (const b of report.bottlenecks) {
      const where = `${b.file}:${b.line}${b.package === undefined ? '' : ` [${b.package}]`}`;
      const interval = `${pct(b.share_interval.low)}-${pct(b.share_interval.high)}`;
      lines.push(`${String(b.rank).padStart(4)}  ${pct(b.self_share).padStart(6)}  ${interval.padEnd(15)}  ${pct(b.total_share).padStart(6)}  ${b.category.padEnd(10)}  ${b.function} (${where})`);
      const site = b.call_sites[0];
      if (site !== undefined) lines.push(`        called from ${site.function} (${site.file}:${site.line})`);
      if (b.callers.length > 1) lines.push(`        callers: ${b.callers.map((c) => `${c.function} ${pct(c.share)}`).join(', ')}`);
    }
    lines.push('', `ids for optimization-plan.json: ${report.bottlenecks.map((b) => b.id).join(', ')}`);
  }
  lines.push('', `by category: ${Object.entries(report.categories).map(([c, v]) => `${c} ${pct(v)}`).join(', ')}`);
  for (const f of report.findings) lines.push(`${f.significant ? '!' : '-'} ${f.kind}: ${f.summary}`);
  const o = report.profiler_overhead;
  lines.push(`profiler overhead: ${o.overhead === null ? 'not measured' : pct(o.overhead)} (${o.method})`);
  lines.push(`raw profile: ${report.files.cpuprofile} (Chrome DevTools, speedscope); flame graph input: ${report.files.collapsed}`);
  return lines.join('\n');
}
