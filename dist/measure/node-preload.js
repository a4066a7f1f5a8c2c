// Loaded into a Node target through NODE_OPTIONS (`--import <this file>?out=<dir>`), so the target's
// code needs no change and never imports anything: every 250 ms it appends one line of heap, GC,
// event-loop delay and utilization figures to <dir>/node-<pid>.jsonl. Timers are unref'd and no
// signal or exit handler changes how the target ends. Node builtins only: this runs inside the target.
// `owner=<pid>` names the perfflow process: if it dies without stopping the target (SIGKILL leaves it
// no chance to), the target ends itself at the next tick instead of running on unowned. Without
// `out` only that owner check runs: startServer loads it so into every server it starts.
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
const params = new URL(import.meta.url).searchParams;
const out = params.get('out');
const owner = Number(params.get('owner') ?? Number.NaN);
function ownerGone() {
    if (!Number.isInteger(owner) || owner <= 0)
        return false;
    try {
        process.kill(owner, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
if (out === null || out === '') {
    // Loaded only to watch the owner (servers perfflow starts for a profile or a comparison).
    const watch = setInterval(() => {
        if (ownerGone())
            process.kill(process.pid, 'SIGKILL');
    }, 250);
    watch.unref();
}
else {
    const file = `${out}/node-${String(process.pid)}.jsonl`;
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let gcMs = 0;
    let gcCount = 0;
    const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            gcMs += entry.duration;
            gcCount += 1;
        }
    });
    observer.observe({ entryTypes: ['gc'] });
    let lastElu = performance.eventLoopUtilization();
    const write = () => {
        if (ownerGone())
            process.kill(process.pid, 'SIGKILL');
        const now = performance.eventLoopUtilization();
        const elu = performance.eventLoopUtilization(now, lastElu);
        lastElu = now;
        const memory = process.memoryUsage();
        const line = {
            t: Date.now(),
            heap_used: memory.heapUsed,
            heap_total: memory.heapTotal,
            rss: memory.rss,
            gc_ms: gcMs,
            gc_count: gcCount,
            eld_mean_ms: delay.count > 0 ? delay.mean / 1e6 : 0,
            eld_p99_ms: delay.count > 0 ? delay.percentile(99) / 1e6 : 0,
            eld_max_ms: delay.count > 0 ? delay.max / 1e6 : 0,
            elu: elu.utilization,
        };
        delay.reset();
        try {
            appendFileSync(file, `${JSON.stringify(line)}\n`);
        }
        catch {
            // The directory is gone (perfflow finished): stop quietly, the target must not notice.
            clearInterval(timer);
        }
    };
    const timer = setInterval(write, 250);
    timer.unref();
    process.on('exit', write);
}
