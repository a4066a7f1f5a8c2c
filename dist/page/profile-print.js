import { WORK_NAMES } from './main-thread.js';
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
        const browser = t.work === undefined ? 'parsing, style, layout or paint' : `mostly ${WORK_NAMES[t.work.kind]}, ${(t.work.share * 100).toFixed(0)}%`;
        lines.push(`  ${t.duration_ms.toFixed(0).padStart(6)} ms  at ${t.start_ms.toFixed(0)} ms, load ${t.trial}, ${t.phase}: ${ran === '' ? `no function of the page sampled (${browser})` : ran}`);
    }
    if (page.long_tasks.length === 0)
        lines.push('  none of 50 ms or more');
    const main = page.main_thread;
    if (main !== undefined) {
        lines.push(`main thread busy ${range(main.busy_ms, 'ms')} per load: ${main.by_kind.slice(0, 5).map((k) => `${WORK_NAMES[k.kind]} ${(k.share * 100).toFixed(0)}%`).join(', ')}`);
        if (main.forced.sites.length > 0) {
            lines.push(`  forced layout or style: ${main.forced.count.median} per load, ${range(main.forced.ms, 'ms')}; most from ${main.forced.sites.slice(0, 3).map((f) => `${f.function} (${f.file}:${f.line}) ${f.ms.toFixed(1)} ms per load (mean)`).join(', ')}`);
        }
    }
    lines.push('heaviest resources:');
    for (const r of page.resources.slice(0, 6)) {
        const from = r.sources?.[0] === undefined ? '' : `, ${(r.sources[0].share * 100).toFixed(0)}% from ${r.sources[0].file}`;
        lines.push(`  ${kib(r.transfer_bytes.median).padStart(11)}  ${r.type.padEnd(10)}  ${r.url}${r.render_blocking ? '  [render-blocking]' : ''}${from}`);
    }
    return lines;
}
