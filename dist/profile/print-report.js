import { pageLines } from '../page/profile-print.js';
const pct = (x) => `${(x * 100).toFixed(1)}%`;
function rankingLines(report) {
    const w = report.waits;
    const byLatency = w !== undefined;
    const unit = w?.unit ?? 'request';
    const lines = [
        w !== undefined
            ? `${w.requests} ${unit}s: latency p50 ${w.latency_p50_ms.toFixed(1)} ms, p99 ${w.latency_p99_ms.toFixed(1)} ms; ${pct(w.wait_share)} of it waiting on recorded operations, ${pct(w.other_share)} on the CPU, queued or waiting on something not instrumented${w.followed_share === undefined ? '' : ` (requests followed ${pct(w.followed_share)} of the time)`}`
            : null,
        w?.dropped_operations === undefined ? null : `${w.dropped_operations} operations past the recorder's cap of 5,000 per ${unit} were not recorded: their time reads as not waiting`,
        `${'rank'.padStart(4)}  ${(byLatency ? 'latency' : 'self').padStart(7)}  ${'95% interval'.padEnd(15)}  ${'total'.padStart(6)}  ${'category'.padEnd(10)}  function (file:line)`,
    ].flatMap((l) => (l === null ? [] : [l]));
    for (const b of report.bottlenecks) {
        const where = `${b.file}:${b.line}${b.package === undefined ? '' : ` [${b.package}]`}`;
        const interval = `${pct(b.share_interval.low)}-${pct(b.share_interval.high)}`;
        const total = b.wait === undefined ? pct(b.total_share) : '-';
        lines.push(`${String(b.rank).padStart(4)}  ${pct(byLatency ? (b.latency_share ?? 0) : b.self_share).padStart(7)}  ${interval.padEnd(15)}  ${total.padStart(6)}  ${b.category.padEnd(10)}  ${b.function} (${where})`);
        if (b.wait !== undefined) {
            const w = b.wait;
            lines.push(`        waits on ${w.operation}: ${w.per_request.toFixed(1)} per ${unit}${w.per_request > 1 ? (w.sequential ? ', one after another' : ', in parallel') : ''}, ${w.mean_ms.toFixed(2)} ms each${w.pattern === null ? '' : ` [${w.pattern}]`}`);
            if (w.path.length > 1)
                lines.push(`        path: ${w.path.map((f) => `${f.function} (${f.file}:${f.line})`).join(' → ')}`);
            continue;
        }
        const site = b.call_sites[0];
        if (site !== undefined)
            lines.push(`        called from ${site.function} (${site.file}:${site.line})`);
        if (b.callers.length > 1)
            lines.push(`        callers: ${b.callers.map((c) => `${c.function} ${pct(c.share)}`).join(', ')}`);
    }
    return lines;
}
/**
 * Formats a bottleneck report for people: the ranked table, categories, findings and files.
 * @param report - the report
 * @returns text
 */
export function printBottleneckReport(report) {
    const s = report.samples;
    const lines = [
        `profile of ${report.target} (${report.kind}): ${s.active} active samples of ${s.count} (${s.idle} idle), every ${s.mean_interval_us} µs over ${(s.duration_ms / 1000).toFixed(1)} s, ${report.kind === 'page' ? `${s.processes} page load${s.processes === 1 ? '' : 's'}` : `${s.processes} process${s.processes === 1 ? '' : 'es'}`}`,
        '',
    ];
    if (report.no_bottleneck_found !== null) {
        lines.push(`no bottleneck found: ${report.no_bottleneck_found.evidence}`);
    }
    else {
        lines.push(...rankingLines(report));
        lines.push('', `ids for optimization-plan.json: ${report.bottlenecks.map((b) => b.id).join(', ')}`);
    }
    lines.push('', `by category: ${Object.entries(report.categories).map(([c, v]) => `${c} ${pct(v)}`).join(', ')}`);
    for (const f of report.findings)
        lines.push(`${f.significant ? '!' : '-'} ${f.kind}: ${f.summary}`);
    if (report.page !== undefined)
        lines.push(...pageLines(report.page));
    const o = report.profiler_overhead;
    lines.push(`profiler overhead: ${o.overhead === null ? 'not measured' : pct(o.overhead)} (${o.method})`);
    lines.push(`raw profile: ${report.files.cpuprofile} (Chrome DevTools, speedscope); flame graph input: ${report.files.collapsed}`);
    return lines.join('\n');
}
