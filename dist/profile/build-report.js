import { rankWithWaits, waitFindings, waitsSection } from './wait-findings.js';
import { wilsonInterval } from './wilson.js';
/** Thresholds above which a finding is significant. */
export const FINDING_THRESHOLDS = { gcShare: 0.1, syncIoShare: 0.03, eventLoopP99Ms: 50, eventLoopMinTurns: 5, cpuContentionShare: 0.1, cpuContentionMinMs: 50 };
const round = (x) => Math.round(x * 10_000) / 10_000;
const percent = (x) => `${(x * 100).toFixed(1)}%`;
function site(label, share) {
    if (label === undefined)
        return null;
    const out = { function: label.function, file: label.file, line: label.line, share: round(share) };
    if (label.package !== undefined)
        out.package = label.package;
    return out;
}
function sites(counts, of, labels, limit = 5) {
    return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .flatMap(([key, n]) => site(labels.get(key), of > 0 ? n / of : 0) ?? []);
}
function dominant(categories, fallback) {
    let best = fallback;
    let most = -1;
    for (const [category, n] of categories) {
        if (n > most) {
            best = category;
            most = n;
        }
    }
    return best;
}
function slug(f) {
    return `${f.function.replace(/[()]/g, '')}@${f.file}:${f.line}`.replace(/\s+/g, '_');
}
const CATEGORY_WORDS = {
    user: 'its own code',
    dependency: 'its own code',
    json: 'JSON parse/stringify',
    regex: 'regular expressions',
    crypto: 'crypto',
    'sync-io': 'synchronous I/O',
    gc: 'garbage collection it caused',
    native: 'V8 builtins and native code',
    node: 'Node.js internals',
    program: 'V8 outside JavaScript',
    wait: 'waiting on an operation',
};
function reasonOf(f, active, category, labels) {
    const interval = wilsonInterval(f.self, active);
    const parts = [`${percent(f.self / active)} of active samples (95% ${percent(interval.low)}-${percent(interval.high)}) are charged to it`];
    const split = [...f.categories.entries()].filter(([, n]) => n / f.self >= 0.1).sort((a, b) => b[1] - a[1]);
    if (split.length > 0)
        parts.push(`spent in ${split.map(([c, n]) => `${CATEGORY_WORDS[c]} ${percent(n / f.self)}`).join(', ')}`);
    if (f.package !== undefined) {
        const [top] = sites(f.callSites, f.self, labels, 1);
        parts.push(top === undefined ? `inside package ${f.package}` : `inside package ${f.package}, called from ${top.function} (${top.file}:${top.line})`);
    }
    const callers = sites(f.callers, f.self, labels, 3);
    if (callers.length > 1)
        parts.push(`shared by ${callers.map((c) => `${c.function} ${percent(c.share)}`).join(', ')}`);
    if (f.recursive)
        parts.push('recursive: its frames are merged and each sample counted once');
    return `${parts.join('; ')}.`;
}
function entries(analysis, limit, minShare) {
    const { active, labels } = analysis;
    const chosen = analysis.functions.filter((f) => f.self > 0 && f.self / active >= minShare).slice(0, limit);
    const ids = new Set();
    return chosen.map((f, index) => {
        const interval = wilsonInterval(f.self, active);
        const next = chosen[index + 1];
        const category = dominant(f.categories, f.kind === 'dependency' ? 'dependency' : 'user');
        let id = slug(f);
        while (ids.has(id))
            id = `${id}-${index + 1}`;
        ids.add(id);
        const hot = [...f.lines.entries()].sort((a, b) => b[1] - a[1])[0];
        const entry = {
            id,
            rank: index + 1,
            function: f.function,
            file: f.file,
            line: f.line,
            self_share: round(f.self / active),
            total_share: round(Math.min(1, f.total / active)),
            share_interval: { low: round(interval.low), high: round(interval.high), method: interval.method },
            samples: Math.round(f.self),
            category,
            categories: Object.fromEntries([...f.categories.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => [c, round(n / f.self)])),
            callers: sites(f.callers, f.self, labels),
            call_sites: sites(f.callSites, f.self, labels),
            hottest_stacks: [...f.stacks.entries()]
                .sort((a, b) => b[1] - a[1])
                .slice(0, 3)
                .map(([stack, n]) => ({ stack: stack.split('\n'), share: round(n / f.self) })),
            recursive: f.recursive,
            separated_from_next: next === undefined ? true : interval.low > wilsonInterval(next.self, active).high,
            reason: reasonOf(f, active, category, labels),
        };
        if (hot !== undefined)
            entry.hot_line = hot[0];
        if (f.package !== undefined)
            entry.package = f.package;
        return entry;
    });
}
function categoryFinding(kind, analysis, threshold) {
    const n = analysis.categories.get(kind) ?? 0;
    const share = analysis.active > 0 ? n / analysis.active : 0;
    const interval = wilsonInterval(n, analysis.active);
    const byFunction = new Map();
    for (const f of analysis.functions) {
        const m = f.categories.get(kind) ?? 0;
        if (m > 0)
            byFunction.set(f.key, m);
    }
    const callSites = sites(byFunction, n, analysis.labels, 3);
    const where = callSites.length > 0 ? `, mostly from ${callSites.map((s) => `${s.function} (${s.file}:${s.line}) ${percent(s.share)}`).join(', ')}` : '';
    const what = kind === 'gc' ? 'garbage collection' : 'synchronous I/O (fs/child_process *Sync calls) on the hot path';
    const significant = share >= threshold;
    return {
        kind,
        measured: true,
        significant,
        summary: `${what}: ${percent(share)} of active samples${where}${significant ? '' : ` (below the ${percent(threshold)} threshold)`}`,
        share: round(share),
        share_interval: { low: round(interval.low), high: round(interval.high), method: interval.method },
        metrics: { samples: round(n) },
        call_sites: callSites,
    };
}
function eventLoopFinding(kind, delay, top) {
    if (delay === null) {
        return {
            kind: 'event-loop-delay',
            measured: false,
            significant: false,
            summary: kind === 'function' ? 'not measured: a function target runs its tasks back to back on the thread by design' : 'not measured: the profiled process reported no event-loop statistics',
            share: null,
            share_interval: null,
            metrics: {},
            call_sites: [],
        };
    }
    const metrics = { p50_ms: round(delay.p50_ms), p99_ms: round(delay.p99_ms), max_ms: round(delay.max_ms), mean_ms: round(delay.mean_ms), turns: delay.turns };
    if (delay.turns < FINDING_THRESHOLDS.eventLoopMinTurns) {
        return {
            kind: 'event-loop-delay',
            measured: true,
            significant: false,
            summary: `the program ran synchronously (${delay.turns} event-loop turns): its ${delay.max_ms.toFixed(0)} ms of delay is its own run time, not a loop blocked while serving`,
            share: null,
            share_interval: null,
            metrics,
            call_sites: [],
        };
    }
    const significant = delay.p99_ms >= FINDING_THRESHOLDS.eventLoopP99Ms;
    const blockers = top.slice(0, 3).map((b) => {
        const out = { function: b.function, file: b.file, line: b.line, share: b.self_share };
        if (b.package !== undefined)
            out.package = b.package;
        return out;
    });
    return {
        kind: 'event-loop-delay',
        measured: true,
        significant,
        summary: significant
            ? `the event loop was blocked: delay p99 ${delay.p99_ms.toFixed(1)} ms, max ${delay.max_ms.toFixed(1)} ms; the synchronous work at the top of the ranking holds it${blockers[0] === undefined ? '' : ` (${blockers[0].function})`}`
            : `event-loop delay p99 ${delay.p99_ms.toFixed(1)} ms, max ${delay.max_ms.toFixed(1)} ms (below ${FINDING_THRESHOLDS.eventLoopP99Ms} ms)`,
        share: null,
        share_interval: null,
        metrics,
        call_sites: significant ? blockers : [],
    };
}
/**
 * The profiled threads' wait for a CPU: the share of the time they were ready to run that they
 * spent in a run queue. A thread is not sampled while it waits, and the sample it takes when it
 * runs again lands where it was preempted, so under contention CPU entries at points that wake
 * another process (a write to a database on the same machine) are overstated. Significant from 10%
 * of the ready time and 50 ms in all (a short command's few milliseconds of start-up wait move no
 * ranking). When waits were recorded, the CPU entries are ranked by an estimate of their time on a
 * CPU (see rankWithWaits) and this finding carries the share of latency spent queued for one.
 * @param wait - the scheduler times, null when not measured
 * @param kind - the target kind, for the reason it was not measured
 * @param waits - the wait analysis, null when waits were not recorded
 * @returns the finding
 */
function contentionFinding(wait, kind, waits) {
    if (wait === null || wait.on_cpu_ms + wait.run_queue_ms <= 0) {
        return {
            kind: 'cpu-contention',
            measured: false,
            significant: false,
            summary: 'not measured: this kernel keeps no per-thread scheduler times (/proc/thread-self/schedstat)',
            share: null,
            share_interval: null,
            metrics: {},
            call_sites: [],
        };
    }
    const share = wait.run_queue_ms / (wait.on_cpu_ms + wait.run_queue_ms);
    const significant = share >= FINDING_THRESHOLDS.cpuContentionShare && wait.run_queue_ms >= FINDING_THRESHOLDS.cpuContentionMinMs;
    const who = wait.processes === 1 ? 'the main thread of the profiled process' : `the main threads of the ${wait.processes} profiled processes`;
    const times = `waited ${wait.run_queue_ms.toFixed(0)} ms for a CPU beside ${wait.on_cpu_ms.toFixed(0)} ms on one (${percent(share)} of the time ${wait.processes === 1 ? 'it was' : 'they were'} ready to run)`;
    const competitors = kind === 'http' ? "other processes (perfflow's load generator and the server's database among them, on this machine), or the program's own threads" : "other processes, or the program's own threads";
    // The share of latency neither waiting on a recorded operation nor on a CPU, split as the thread's
    // ready time was: the part the CPU entries no longer carry.
    const queued = waits === null ? null : round(Math.max(0, 1 - waits.waitShare) * share);
    const ranking = queued === null
        ? 'CPU entries there are overstated; before acting on close CPU entries, profile where fewer processes share the cores'
        : `the CPU entries are ranked by an estimate of their time on a CPU, leaving out the ${percent(queued)} of ${waits?.unit ?? 'request'} latency spent queued for one, but their split among functions still leans to those points; before acting on close CPU entries, profile where fewer processes share the cores`;
    return {
        kind: 'cpu-contention',
        measured: true,
        significant,
        summary: significant
            ? `${who} ${times}: ${competitors} held the cores. A thread is not sampled while it waits, and its next sample lands where it was preempted, often a system call that woke another process (a write to a database on this machine), so ${ranking}`
            : `${who} ${times} (significant from ${percent(FINDING_THRESHOLDS.cpuContentionShare)} and ${FINDING_THRESHOLDS.cpuContentionMinMs} ms)${queued === null ? '' : `; CPU entries are ranked by an estimate of their time on a CPU`}`,
        share: round(share),
        share_interval: null,
        metrics: { on_cpu_ms: round(wait.on_cpu_ms), run_queue_ms: round(wait.run_queue_ms), processes: wait.processes, ...(queued === null ? {} : { latency_share: queued }) },
        call_sites: [],
    };
}
/**
 * Assembles `bottleneck-report.json` from an analysis: the ranked entries with intervals, callers,
 * call sites and hottest stacks, the split by category, the findings (event-loop delay, GC, sync
 * I/O), and "no bottleneck found" with its evidence when no function stands out.
 * @param input - the analysis and what was measured around it
 * @returns the report (valid against the `bottleneck-report` schema)
 */
export function buildBottleneckReport(input) {
    const { analysis } = input;
    const bottleneckShare = input.bottleneckShare ?? 0.05;
    const waits = input.waits ?? null;
    let ranked = input.cpuRanked === false ? [] : entries(analysis, input.limit ?? 10, input.minShare ?? 0.01);
    const cpuWait = input.cpuWait ?? null;
    const ready = cpuWait === null ? 0 : cpuWait.on_cpu_ms + cpuWait.run_queue_ms;
    if (waits !== null)
        ranked = rankWithWaits(ranked, waits, ready > 0 && cpuWait !== null ? cpuWait.on_cpu_ms / ready : 1);
    let noBottleneck = null;
    const top = ranked[0];
    if (waits !== null && (top === undefined || (top.latency_share ?? 0) < bottleneckShare)) {
        noBottleneck = {
            evidence: `${waits.requests} ${waits.unit}s recorded: no function or awaited operation accounts for ${percent(bottleneckShare)} or more of ${waits.unit} latency (${percent(waits.waitShare)} of it is spent waiting on recorded operations)${top === undefined ? '' : `; the highest, ${top.function} at ${top.file}:${top.line}, accounts for ${percent(top.latency_share ?? 0)}`}.`,
        };
        ranked = [];
    }
    else if (waits === null && (top === undefined || top.self_share < bottleneckShare)) {
        const byCategory = [...analysis.categories.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c, n]) => `${c} ${percent(n / Math.max(1, analysis.active))}`);
        noBottleneck = {
            evidence: `${analysis.active} active samples over ${(analysis.durationMs / 1000).toFixed(1)} s: no function of the project or its dependencies holds ${percent(bottleneckShare)} or more of them` +
                `${top === undefined ? '' : ` (the highest, ${top.function} at ${top.file}:${top.line}, holds ${percent(top.self_share)})`}; ` +
                `${percent(analysis.unattributed / Math.max(1, analysis.active))} of the time has no project frame on the stack; by category: ${byCategory.join(', ')}.`,
        };
        ranked = [];
    }
    const categories = Object.fromEntries([...analysis.categories.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => [c, round(n / Math.max(1, analysis.active))]));
    return {
        version: 1,
        target: input.target,
        kind: input.kind,
        created_at: input.now.toISOString(),
        samples: {
            count: analysis.count,
            active: analysis.active,
            idle: analysis.idle,
            interval_us: input.intervalUs,
            mean_interval_us: Math.round(analysis.meanIntervalUs * 10) / 10,
            duration_ms: Math.round(analysis.durationMs),
            processes: Math.max(1, analysis.processes),
            min_active: input.minActive,
        },
        bottlenecks: ranked,
        categories,
        unattributed_share: round(analysis.unattributed / Math.max(1, analysis.active)),
        findings: [
            eventLoopFinding(input.kind, input.eventLoop, ranked.filter((b) => b.wait === undefined)),
            categoryFinding('gc', analysis, FINDING_THRESHOLDS.gcShare),
            categoryFinding('sync-io', analysis, FINDING_THRESHOLDS.syncIoShare),
            contentionFinding(cpuWait, input.kind, waits),
            ...(waits === null ? [] : waitFindings(waits)),
        ],
        no_bottleneck_found: noBottleneck,
        profiler_overhead: input.overhead,
        load: input.load,
        files: input.files,
        notes: input.notes,
        ...(waits === null ? {} : { waits: waitsSection(waits) }),
    };
}
