const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const range = (r, unit) => `${r.median.toFixed(0)} ${unit} (trials ${r.low.toFixed(0)}-${r.high.toFixed(0)})`;
/**
 * The page section of a bottleneck report, for people: the loads' timings, the longest tasks with
 * the functions that ran in them, and the heaviest resources.
 * @param page - the report's page section
 * @returns lines of text
 */
export function pageLines(page) {
    const lines = [
        '',
        `page ${page.url}: ${page.trials} load(s), throttled cpu ${page.throttle.cpu}x, network ${page.throttle.network}`,
        `  first contentful paint ${page.fcp_ms === null ? 'not seen' : range(page.fcp_ms, 'ms')}; largest contentful paint ${page.lcp_ms === null ? 'not seen' : range(page.lcp_ms, 'ms')}`,
        `  main thread blocked ${range(page.blocking_ms, 'ms')} by ${page.long_task_count.median} long task(s) per load; ${kib(page.transfer_bytes.median)} transferred`,
        `  ranked by ${page.ranked_by === 'long-task-samples' ? 'share of the samples inside long tasks (main-thread blocking)' : 'share of every busy main-thread sample (no long task)'}`,
        'longest tasks:',
    ];
    for (const t of page.long_tasks.slice(0, 5)) {
        const ran = t.functions.map((f) => `${f.function} (${f.file}:${f.line}) ${(f.share * 100).toFixed(0)}%`).join(', ');
        lines.push(`  ${t.duration_ms.toFixed(0).padStart(6)} ms  at ${t.start_ms.toFixed(0)} ms, load ${t.trial}, ${t.phase}: ${ran === '' ? 'no function of the page sampled (parsing, style, layout or paint)' : ran}`);
    }
    if (page.long_tasks.length === 0)
        lines.push('  none of 50 ms or more');
    lines.push('heaviest resources:');
    for (const r of page.resources.slice(0, 6)) {
        const from = r.sources?.[0] === undefined ? '' : `, ${(r.sources[0].share * 100).toFixed(0)}% from ${r.sources[0].file}`;
        lines.push(`  ${kib(r.transfer_bytes.median).padStart(11)}  ${r.type.padEnd(10)}  ${r.url}${r.render_blocking ? '  [render-blocking]' : ''}${from}`);
    }
    return lines;
}
