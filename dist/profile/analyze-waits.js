import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { studentTQuantile } from '../compare/distributions.js';
import { displayPath } from './frame-kind.js';
function followedShareOf(recorded) {
    const open = recorded.reduce((a, r) => a + (r.following?.open_ms ?? 0), 0);
    const total = recorded.reduce((a, r) => a + (r.following?.recording_ms ?? 0), 0);
    return total > 0 ? Math.round(Math.min(1, open / total) * 10_000) / 10_000 : null;
}
/** Reads every `<pid>.waits.json` of a profiling directory. */
export function readRecordedWaits(dir) {
    if (!existsSync(dir))
        return [];
    const out = [];
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.waits.json'))) {
        try {
            const parsed = JSON.parse(readFileSync(join(dir, name), 'utf8'));
            if (Array.isArray(parsed.groups) && Array.isArray(parsed.requests))
                out.push(parsed);
        }
        catch {
            // A process killed mid-write leaves nothing readable; the others still count.
        }
    }
    return out;
}
const Z95 = 1.959963984540054;
/** Requests analysed at most (evenly spaced when more were recorded). */
const MAX_ANALYSED = 5000;
function meanInterval(values, method) {
    const n = values.length;
    if (n === 0)
        return { mean: 0, low: 0, high: 1 };
    const mean = values.reduce((a, b) => a + b, 0) / n;
    if (n < 2)
        return { mean, low: 0, high: 1 };
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    const half = (method === 't-95-runs' ? studentTQuantile(0.975, n - 1) : Z95) * Math.sqrt(variance / n);
    return { mean, low: Math.max(0, mean - half), high: Math.min(1, mean + half) };
}
function quantile(sorted, q) {
    if (sorted.length === 0)
        return 0;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}
/** Blocked time of the event loop within [a, b] (intervals sorted by start, not overlapping). */
function blockedWithin(blocked, a, b) {
    let lo = 0;
    let hi = blocked.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (blocked[mid][1] <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    let total = 0;
    for (let i = lo; i < blocked.length; i += 1) {
        const [s, e] = blocked[i];
        if (s >= b)
            break;
        total += Math.max(0, Math.min(e, b) - Math.max(s, a));
    }
    return total;
}
/**
 * Time of each operation with overlapping time split evenly among the operations running then, and
 * the time its process's event loop was blocked left out (a callback queued behind other work waited
 * for the loop, not for its operation); and the time during which at least one operation ran on a
 * free loop (the request's waiting time).
 * @param ops - the request's operations
 * @param end - the request's end (an operation running past it is cut there)
 * @param blocked - per process of the request, its blocked intervals sorted by start
 * @param processOf - per operation, the index of its process in `blocked`
 */
function attribute(ops, end, blocked, processOf) {
    const closed = ops.map(([, s, e]) => [s, Math.min(e, end)]);
    const cuts = [...new Set(closed.flat())].sort((a, b) => a - b);
    const times = closed.map(() => 0);
    let union = 0;
    for (let i = 0; i + 1 < cuts.length; i += 1) {
        const a = cuts[i] ?? 0;
        const b = cuts[i + 1] ?? 0;
        const running = closed.flatMap(([s, e], k) => (s <= a && e >= b ? [k] : []));
        if (running.length === 0)
            continue;
        let most = 0;
        for (const k of running) {
            const free = b - a - blockedWithin(blocked[processOf[k] ?? 0] ?? [], a, b);
            times[k] = (times[k] ?? 0) + free / running.length;
            most = Math.max(most, free);
        }
        union += most;
    }
    return { times, union };
}
/**
 * Kinds whose end the recorder marks before the program sees the result (a promise's own handler
 * runs first, a callback is wrapped to end the operation before it is called): one of these still
 * running when its record ended was certainly not waited for by that end. An outgoing http request
 * ends at its 'close' event, which can come after the program answered from its 'end' handler, so
 * an http operation open at the answer may have been waited for.
 */
const EXACT_END = new Set(['pg', 'pg-pool', 'fs', 'timer', 'lock']);
/**
 * An operation as charged to its request, call or process run, on that record's clock. One that had
 * not ended when its record ended (the response sent, the process exited) was not waited for by
 * that end: a query or file operation the program started and did not await (an audit insert, a
 * log write), or a timer not fired (a timeout set around other work, `unref`'d or cleared too late
 * for the recorder to see), is not charged at all; an outgoing http request is charged up to the
 * end (its own end is seen late), not to the end of a run its process was part of. One started
 * after its record ended is no wait of it.
 */
function openEnded(site, start, end, recordEnd, merged) {
    if (start > recordEnd)
        return [];
    if (end >= 0 && end <= recordEnd)
        return [[site, start, Math.max(start, end)]];
    if (EXACT_END.has(merged[site]?.kind ?? ''))
        return [];
    // Its share is cut at the record's end (attribute); its duration stays its own when it is known.
    return [[site, start, end >= 0 ? end : recordEnd]];
}
function mergeGroups(recorded, projectRoot) {
    const merged = [];
    const byKey = new Map();
    const maps = recorded.map((r) => r.groups.map((g) => {
        const frames = g.frames.map(([fn, file, line]) => ({ function: fn === '' ? '(anonymous)' : fn, file: displayPath(file, projectRoot), line }));
        const key = `${g.kind}|${g.label}|${frames.map((f) => `${f.file}:${f.line}`).join('<')}`;
        let index = byKey.get(key);
        if (index === undefined) {
            index = merged.length;
            merged.push({ kind: g.kind, label: g.label, frames, key, library: false });
            byKey.set(key, index);
        }
        if (g.library === true)
            merged[index].library = true;
        return index;
    }));
    const canonical = truncatedStacks(merged);
    // Only the groups others were merged into remain, renumbered.
    const kept = merged.flatMap((g, i) => (canonical[i] === i ? [g] : []));
    const renumber = new Map(merged.flatMap((_g, i) => (canonical[i] === i ? [[i, kept.indexOf(merged[i])]] : [])));
    return { merged: kept, maps: maps.map((map) => map.map((index) => renumber.get(canonical[index] ?? index) ?? 0)) };
}
/**
 * The same call site recorded with and without its outer frames is one site. V8 does not always
 * find the async frames of a stack (an await's caller is there in some captures of one line and not
 * in others), so one operation's stacks can differ only past their common inner frames. A group
 * whose frames are the inner part of exactly one other group's (same kind and label) is merged with
 * it, under the shorter stack; one that is the inner part of several (a helper shared by callers) is
 * left alone, and so is one whose stack went on into a library's code (a helper that a framework or
 * driver calls is short because its caller is not the user's: it is a site of its own). A
 * framework calls a handler without awaiting it, so only the operations before the handler's first
 * await show the library below it; once one stack of a function shows it, every short stack whose
 * outermost frame is that function is taken as the library's call, not as a truncated capture.
 * @returns per group, the index of the group it is merged into (itself when none)
 */
function truncatedStacks(groups) {
    const at = (f) => `${f.file}:${f.line}`;
    const outermost = (g) => {
        const f = g.frames[g.frames.length - 1];
        return f === undefined ? '' : `${f.file}|${f.function}`;
    };
    const calledByLibrary = new Set(groups.filter((g) => g.library).map(outermost));
    const extends_ = (long, short) => long !== short && long.kind === short.kind && long.label === short.label && long.frames.length > short.frames.length && short.frames.every((f, i) => at(f) === at(long.frames[i]));
    const target = groups.map((_g, i) => i);
    // Shortest first. In a chain a < b < c, a is the inner part of two stacks and stays alone, and c
    // merges into b.
    const order = groups.map((_g, i) => i).sort((a, b) => groups[a].frames.length - groups[b].frames.length);
    for (const i of order) {
        const short = groups[i];
        if (short.frames.length === 0 || calledByLibrary.has(outermost(short)))
            continue;
        const longer = groups.flatMap((g, j) => (extends_(g, short) ? [j] : []));
        if (longer.length !== 1)
            continue;
        const j = longer[0];
        if (target[j] === j)
            target[j] = target[i];
    }
    // Resolve chains to their root.
    return target.map((_t, i) => {
        let k = i;
        while (target[k] !== k)
            k = target[k];
        return k;
    });
}
/** The frame that started a site's operations: the innermost frame not shared with another site (a db helper used everywhere is not the call site). */
function siteFrame(group, all) {
    const at = (f) => `${f.file}:${f.line}:${f.function}`;
    const counts = new Map();
    for (const g of all)
        for (const f of g.frames)
            counts.set(at(f), (counts.get(at(f)) ?? new Set()).add(g.key));
    const own = group.frames.find((f) => (counts.get(at(f))?.size ?? 0) === 1);
    return own ?? group.frames[0] ?? { function: '(unknown)', file: '(unknown)', line: 0 };
}
/**
 * How a site is named in text and waterfalls: `function (file:line)`.
 * @param frame - the site's frame
 * @returns the text
 */
export function siteText(frame) {
    return `${frame.function} (${frame.file}:${frame.line})`;
}
function waterfallOf(request, merged, frames) {
    return {
        request: request.name,
        latency_ms: round(request.end - request.start),
        operations: request.ops.map(([index, s, e]) => {
            const group = merged[index];
            return { site: siteText(frames[index]), operation: group.label, start_ms: round(s - request.start), duration_ms: round(e - s) };
        }),
    };
}
const round = (x) => Math.round(x * 1000) / 1000;
/**
 * The followed units: each request or call as recorded; for a command, each run, joined from every
 * Node process of it (npm and the script it starts) on one clock. Each operation keeps its own
 * process's blocked intervals: a parent blocked while its child runs does not block the child's waits.
 */
function followedUnits(recorded, maps, unit, merged) {
    const normalized = recorded.map((r, p) => {
        const map = maps[p] ?? [];
        const shift = unit === 'run' ? (r.time_origin ?? 0) : 0;
        const blocked = [...(r.blocked ?? [])].map(([a, b]) => [a + shift, b + shift]).sort((a, b) => a[0] - b[0]);
        const requests = r.requests
            .filter((q) => q.end > q.start)
            .map((q) => ({ ...q, start: q.start + shift, end: q.end + shift, ops: q.ops.flatMap(([g, a, b]) => openEnded(map[g] ?? 0, a, b, q.end, merged).map(([site, s, e]) => [site, s + shift, e + shift])) }));
        return { run: r.run ?? `process ${p}`, requests, blocked };
    });
    if (unit !== 'run')
        return normalized.flatMap((r) => r.requests.map((q) => ({ q, blocked: [r.blocked], processOf: q.ops.map(() => 0) })));
    const runs = new Map();
    for (const r of normalized)
        runs.set(r.run, [...(runs.get(r.run) ?? []), r]);
    return [...runs.entries()].flatMap(([run, parts]) => {
        const requests = parts.flatMap((r) => r.requests);
        if (requests.length === 0)
            return [];
        const start = Math.min(...requests.map((q) => q.start));
        const end = Math.max(...requests.map((q) => q.end));
        const ops = parts.flatMap((r, p) => r.requests.flatMap((q) => q.ops.map((op) => ({ op, p })))).sort((a, b) => a.op[1] - b.op[1]);
        return [{ q: { start, end, name: run, status: 0, ops: ops.map((o) => o.op) }, blocked: parts.map((r) => r.blocked), processOf: ops.map((o) => o.p) }];
    });
}
/**
 * Where the recorded requests waited: per site of the user's code, the mean share of request wall
 * time (with a 95% interval over requests, or over a command's runs), calls per request, durations,
 * and whether a site's calls ran one after another; plus a typical and a p99 request's waterfall.
 * @param recorded - what each profiled process recorded
 * @param projectRoot - paths are shown relative to it
 * @param unit - what was followed: requests, calls or runs (a run joins every process of it)
 * @returns the analysis, or null when no request completed
 */
export function analyzeWaits(recorded, projectRoot, unit = 'request') {
    const { merged, maps } = mergeGroups(recorded, projectRoot);
    const frames = merged.map((g) => siteFrame(g, merged));
    const method = unit === 'run' ? 't-95-runs' : 'normal-95-requests';
    const all = followedUnits(recorded, maps, unit, merged);
    if (all.length === 0)
        return null;
    // Every k-th request when there are many: the shares are means, and the overlap split is quadratic in a request's operations.
    const step = Math.ceil(all.length / MAX_ANALYSED);
    const requests = all.filter((_r, i) => i % step === 0);
    const shares = merged.map(() => []);
    const counts = merged.map(() => 0);
    const withSite = merged.map(() => 0);
    const durations = merged.map(() => []);
    const overlapped = merged.map(() => false);
    const waitShares = [];
    for (const { q, blocked, processOf } of requests) {
        const wall = q.end - q.start;
        const { times, union } = attribute(q.ops, q.end, blocked, processOf);
        const perSite = new Map();
        const spans = new Map();
        q.ops.forEach(([site, s, e], k) => {
            perSite.set(site, (perSite.get(site) ?? 0) + (times[k] ?? 0));
            counts[site] = (counts[site] ?? 0) + 1;
            durations[site].push(e - s);
            const list = spans.get(site);
            if (list === undefined)
                spans.set(site, [[s, e]]);
            else
                list.push([s, e]);
        });
        for (const [site, list] of spans) {
            const sorted = list.sort((a, b) => a[0] - b[0]);
            if (sorted.some((span, i) => i > 0 && span[0] < sorted[i - 1][1] - 1e-6))
                overlapped[site] = true;
        }
        merged.forEach((_g, site) => shares[site].push(Math.min(1, (perSite.get(site) ?? 0) / wall)));
        for (const site of perSite.keys())
            withSite[site] = (withSite[site] ?? 0) + 1;
        waitShares.push(Math.min(1, union / wall));
    }
    const sites = merged
        .map((group, index) => {
        const share = meanInterval(shares[index], method);
        const sorted = [...durations[index]].sort((a, b) => a - b);
        const calls = counts[index] ?? 0;
        return {
            key: group.key,
            kind: group.kind,
            operation: group.label,
            site: frames[index],
            path: [...group.frames].reverse(),
            share: round(share.mean),
            interval: { low: round(share.low), high: round(share.high), method },
            perRequest: round(calls / requests.length),
            requestsWith: round((withSite[index] ?? 0) / requests.length),
            calls,
            meanMs: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
            p95Ms: round(quantile(sorted, 0.95)),
            sequential: !overlapped[index],
        };
    })
        .sort((a, b) => b.share - a.share || a.key.localeCompare(b.key));
    const byLatency = [...requests].sort((a, b) => a.q.end - a.q.start - (b.q.end - b.q.start));
    const latencies = byLatency.map(({ q }) => q.end - q.start);
    const pick = (qq) => {
        const chosen = byLatency[Math.min(byLatency.length - 1, Math.max(0, Math.ceil(qq * byLatency.length) - 1))];
        return waterfallOf(chosen.q, merged, frames);
    };
    const wait = meanInterval(waitShares, method);
    return {
        unit,
        requests: requests.length,
        latency: { p50_ms: round(quantile(latencies, 0.5)), p99_ms: round(quantile(latencies, 0.99)) },
        waitShare: round(wait.mean),
        waitInterval: { low: round(wait.low), high: round(wait.high), method },
        sites,
        waterfalls: { typical: pick(0.5), p99: pick(0.99) },
        dropped: recorded.reduce((a, r) => a + r.dropped, 0),
        droppedOperations: recorded.reduce((a, r) => a + (r.dropped_operations ?? 0), 0),
        followedShare: unit === 'request' ? followedShareOf(recorded) : null,
    };
}
