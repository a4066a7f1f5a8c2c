import { siteText } from './analyze-waits.js';
/** When a site's pattern is named. */
export const WAIT_THRESHOLDS = {
    /** N+1: at least this many calls per request from one site, one after another. */
    nPlusOneCalls: 3,
    /** A single operation this large a share of latency is a slow operation. */
    slowShare: 0.2,
    /** Sequential awaits are named when running them together could save this share of latency. */
    sequentialSaving: 0.1,
    /** Below this share of latency a site is not ranked. */
    minShare: 0.01,
    /** Requests waiting this share of their latency for a pool's client (or a lock): the pool is exhausted (the lock contended). */
    poolShare: 0.05,
};
/** What the recorder instruments, as the report states it. */
export const INSTRUMENTED = ['pg queries (Client/Pool.query)', "pg Pool: the wait for a free client when all are busy (Pool.query, Pool.connect)", 'outgoing http: fetch/undici, http.request, https.request', 'setTimeout and timers/promises', 'fs and fs.promises calls', 'async-mutex: the wait for a Mutex or Semaphore another holder has (acquire, runExclusive, waitForUnlock; through withTimeout and tryAcquire up to their timeout)'];
const percent = (x) => `${(x * 100).toFixed(1)}%`;
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const where = (s) => siteText(s.site);
const KINDS = { pg: 'pg', 'pg-pool': 'pg-pool', http: 'http', timer: 'timer', fs: 'fs', lock: 'lock' };
/** Waits for a resource another request holds: no operation of their own (many per request are not an N+1, nor independent awaits). */
const HELD = { 'pg-pool': 'pool-exhausted', lock: 'lock-contention' };
function patternOf(site) {
    // A wait for a pool's client is no query of its own: many per request mean many queries that each
    // waited. A lock's wait, likewise, is for what another request does while it holds the lock.
    const held = HELD[site.kind];
    if (held !== undefined)
        return site.share >= WAIT_THRESHOLDS.poolShare ? held : null;
    if (site.perRequest >= WAIT_THRESHOLDS.nPlusOneCalls && site.sequential)
        return 'n-plus-one';
    if (site.perRequest <= 1.5 && site.share >= WAIT_THRESHOLDS.slowShare)
        return 'slow-operation';
    return null;
}
function reasonOf(site, pattern, unit) {
    const share = `${percent(site.share)} of ${unit} latency (95% ${percent(site.interval.low)}-${percent(site.interval.high)}) is spent waiting on ${site.operation}`;
    const calls = `${site.perRequest.toFixed(1)} per ${unit}, ${ms(site.meanMs)} each (p95 ${ms(site.p95Ms)})`;
    const path = site.path.length > 1 ? `; started through ${site.path.map((f) => `${f.function} (${f.file}:${f.line})`).join(' → ')}` : '';
    const advice = pattern === 'n-plus-one'
        ? `: an N+1 pattern, ${site.perRequest.toFixed(1)} similar operations per ${unit} run one after another from one call site; fetch them in one batch (WHERE id = ANY($1), a join, a bulk endpoint)`
        : pattern === 'slow-operation'
            ? ': one slow operation; look at why it is slow (for a query: EXPLAIN ANALYZE, a missing index)'
            : pattern === 'pool-exhausted'
                ? `: the pool was exhausted, every client busy, and the query waited for one to be released; fewer or faster queries per ${unit} hold clients for less time (batch an N+1, index a slow query), a larger pool (new Pool({ max })) helps only while the database has capacity to spare, and a client checked out with pool.connect() must be released promptly`
                : pattern === 'lock-contention'
                    ? `: lock contention, the lock held by another holder (another ${unit}, or this one's own earlier calls through the same lock) and this call queued for it; hold it for less time (await what does not need the lock outside the critical section), or lock per key instead of one lock for all; a semaphore that caps the ${unit}'s own concurrency queues by design`
                    : site.perRequest > 1 && !site.sequential
                        ? ' (they run in parallel)'
                        : '';
    return `${share}; ${calls}${advice}${path}.`;
}
function slug(site) {
    return `wait:${site.kind}@${site.site.file}:${site.site.line}`.replace(/\s+/g, '_');
}
function entryOf(site, id, unit) {
    const pattern = patternOf(site);
    const frames = site.path.map((f) => ({ function: f.function, file: f.file, line: f.line, share: 1 }));
    const at = site.path.findIndex((f) => f.file === site.site.file && f.line === site.site.line && f.function === site.site.function);
    return {
        id,
        rank: 0,
        function: site.site.function,
        file: site.site.file,
        line: site.site.line,
        self_share: 0,
        total_share: 0,
        share_interval: site.interval,
        samples: 0,
        category: 'wait',
        categories: {},
        callers: frames.slice(0, Math.max(0, at)).reverse().slice(0, 5),
        call_sites: [{ function: site.site.function, file: site.site.file, line: site.site.line, share: 1 }],
        hottest_stacks: [{ stack: [...site.path.map((f) => `${f.function} (${f.file}:${f.line})`), `[${site.kind}] ${site.operation}`], share: 1 }],
        recursive: false,
        separated_from_next: false,
        reason: reasonOf(site, pattern, unit),
        latency_share: site.share,
        wait: {
            operation_kind: KINDS[site.kind] ?? 'timer',
            operation: site.operation,
            per_request: site.perRequest,
            requests_with: site.requestsWith,
            calls: site.calls,
            mean_ms: site.meanMs,
            p95_ms: site.p95Ms,
            sequential: site.sequential,
            pattern,
            path: site.path,
        },
    };
}
/**
 * Ranks CPU and wait entries together by their share of request latency: a wait entry's share is
 * measured per request; a CPU entry's is its self share of active samples times the share of latency
 * not spent waiting on a recorded operation, times the share of the thread's ready time it spent on
 * a CPU. That last factor matters on a busy machine: the time a request is ready but its thread
 * waits in a run queue is latency, but no code of the program spends it (the samples it causes land
 * where the thread was preempted), so it is taken out of the CPU entries and reported by the
 * cpu-contention finding instead.
 * @param cpu - the CPU entries, ranked by self share
 * @param waits - the wait analysis
 * @param onCpu - the profiled threads' time on a CPU over their time ready to run (1 when not measured)
 * @returns the entries in one ranking
 */
export function rankWithWaits(cpu, waits, onCpu = 1) {
    const running = Math.min(1, Math.max(0, onCpu));
    const other = Math.max(0, 1 - waits.waitShare) * running;
    // The share not spent waiting is itself estimated: a CPU entry's interval multiplies the ends of
    // both intervals (its low end by the least time not waiting, its high end by the most), so that it
    // carries the uncertainty of each, not only of the self share. The run-queue split is a ratio of
    // two kernel counters over the whole profile (summed over a target's processes; for a function
    // target, over its CPU profile, which runs before its calls are followed), applied to every
    // request alike: its error is the model's, not a sampling error, and the interval does not carry it.
    const otherLow = Math.max(0, 1 - waits.waitInterval.high) * running;
    const otherHigh = Math.min(1, Math.max(1 - waits.waitShare, 1 - waits.waitInterval.low)) * running;
    const round = (x) => Math.round(x * 10_000) / 10_000;
    const ids = new Set(cpu.map((b) => b.id));
    const scaled = cpu.map((b) => ({
        ...b,
        latency_share: round(b.self_share * other),
        share_interval: { low: round(b.share_interval.low * Math.min(otherLow, other)), high: round(b.share_interval.high * otherHigh), method: b.share_interval.method },
    }));
    const waitEntries = waits.sites
        .filter((s) => s.share >= WAIT_THRESHOLDS.minShare)
        .map((s) => {
        let id = slug(s);
        while (ids.has(id))
            id = `${id}-2`;
        ids.add(id);
        return entryOf(s, id, waits.unit);
    });
    const all = [...scaled, ...waitEntries].sort((a, b) => (b.latency_share ?? 0) - (a.latency_share ?? 0) || a.id.localeCompare(b.id));
    return all.slice(0, Math.max(10, cpu.length)).map((b, i, list) => {
        const next = list[i + 1];
        return { ...b, rank: i + 1, separated_from_next: next === undefined ? true : b.share_interval.low > next.share_interval.high };
    });
}
function sequentialFinding(waits) {
    // Sites that run once per request, one after another: if they are independent, running them
    // together costs the longest of them instead of their sum. Whether they depend on each other's
    // results the recorder cannot see; the summary says so.
    const singles = waits.sites.filter((s) => HELD[s.kind] === undefined && s.perRequest >= 0.9 && s.perRequest <= 1.5 && s.share >= WAIT_THRESHOLDS.minShare);
    const typical = waits.waterfalls?.typical;
    const same = (o, s) => o.site === where(s) && o.operation === s.operation;
    const chain = singles.filter((s) => typical?.operations.some((o) => same(o, s)) ?? false);
    const ops = typical?.operations.filter((o) => chain.some((s) => same(o, s))).sort((a, b) => a.start_ms - b.start_ms) ?? [];
    const overlapping = ops.some((o, i) => i > 0 && o.start_ms < (ops[i - 1]?.start_ms ?? 0) + (ops[i - 1]?.duration_ms ?? 0) - 1e-3);
    const sum = ops.reduce((a, o) => a + o.duration_ms, 0);
    const longest = ops.reduce((a, o) => Math.max(a, o.duration_ms), 0);
    const saving = typical === undefined || typical.latency_ms <= 0 ? 0 : (sum - longest) / typical.latency_ms;
    const significant = ops.length >= 2 && !overlapping && saving >= WAIT_THRESHOLDS.sequentialSaving;
    return {
        kind: 'sequential-awaits',
        measured: true,
        significant,
        summary: significant
            ? `${ops.length} different operations run one after another in a typical ${waits.unit} (${chain.map(where).join(' → ')}), ${ms(sum)} in all; if they do not depend on each other's results, running them together (Promise.all) would take about ${ms(longest)}, ${percent(saving)} of the ${waits.unit}'s latency`
            : ops.length >= 2 && !overlapping
                ? `${ops.length} operations run one after another in a typical ${waits.unit}; running them together could save ${percent(saving)} of its latency (below ${percent(WAIT_THRESHOLDS.sequentialSaving)})`
                : 'no chain of independent-looking operations run one after another',
        share: significant ? Math.round(saving * 10_000) / 10_000 : null,
        share_interval: null,
        metrics: { operations: ops.length, sequential_ms: Math.round(sum * 1000) / 1000, parallel_ms: Math.round(longest * 1000) / 1000 },
        call_sites: chain.map((s) => ({ function: s.site.function, file: s.site.file, line: s.site.line, share: s.share })),
    };
}
function patternFinding(kind, waits) {
    const sites = waits.sites.filter((s) => patternOf(s) === kind && s.share >= WAIT_THRESHOLDS.minShare);
    const top = sites[0];
    const words = kind === 'n-plus-one' ? 'N+1' : 'slow single operation';
    return {
        kind,
        measured: true,
        significant: top !== undefined,
        summary: top === undefined
            ? `no ${words} pattern among the recorded operations`
            : kind === 'n-plus-one'
                ? `N+1: ${where(top)} makes ${top.perRequest.toFixed(1)} ${top.operation} per ${waits.unit}, one after another: ${percent(top.share)} of ${waits.unit} latency`
                : `slow operation: ${top.operation} at ${where(top)} takes ${ms(top.meanMs)} (p95 ${ms(top.p95Ms)}), ${percent(top.share)} of ${waits.unit} latency`,
        share: top === undefined ? null : top.share,
        share_interval: top === undefined ? null : top.interval,
        metrics: top === undefined ? {} : { per_request: top.perRequest, mean_ms: top.meanMs, p95_ms: top.p95Ms },
        call_sites: sites.slice(0, 3).map((s) => ({ function: s.site.function, file: s.site.file, line: s.site.line, share: s.share })),
    };
}
/** What the contention findings say of each kind of held resource. */
const HELD_WORDS = {
    'pool-exhausted': { kind: 'pg-pool', what: "a free client of a pg Pool", none: "no {unit} waited for a pg pool's client (every query found one free)", yes: 'pool exhausted', no: 'pool waits below the threshold' },
    'lock-contention': { kind: 'lock', what: 'a lock another holder had (async-mutex)', none: 'no {unit} waited for a lock (every acquire found it free)', yes: 'lock contention', no: 'lock waits below the threshold' },
};
function heldFinding(kind, waits) {
    const words = HELD_WORDS[kind];
    const sites = waits.sites.filter((s) => s.kind === words.kind);
    const share = sites.reduce((a, s) => a + s.share, 0);
    const top = sites[0];
    const significant = share >= WAIT_THRESHOLDS.poolShare;
    const waited = sites.reduce((a, s) => a + s.perRequest, 0);
    return {
        kind,
        measured: true,
        significant,
        summary: top === undefined
            ? words.none.replace('{unit}', waits.unit)
            : `${significant ? words.yes : words.no}: ${percent(share)} of ${waits.unit} latency is spent waiting for ${words.what} (${top.operation}${sites.length > 1 ? `; the sum over ${sites.length} call sites, each ranked on its own` : ''}), ${waited.toFixed(1)} waits per ${waits.unit}, ${ms(top.meanMs)} each (p95 ${ms(top.p95Ms)}), most at ${where(top)}${significant ? '' : ` (below ${percent(WAIT_THRESHOLDS.poolShare)})`}`,
        share: top === undefined ? null : Math.round(Math.min(1, share) * 10_000) / 10_000,
        share_interval: sites.length === 1 && top !== undefined ? top.interval : null,
        metrics: top === undefined ? {} : { waits_per_request: Math.round(waited * 1000) / 1000, mean_ms: top.meanMs, p95_ms: top.p95Ms },
        call_sites: sites.slice(0, 3).map((s) => ({ function: s.site.function, file: s.site.file, line: s.site.line, share: s.share })),
    };
}
/**
 * The findings the recorded waits support: N+1, sequential awaits, a slow single operation, an
 * exhausted connection pool and a contended lock.
 * @param waits - the wait analysis
 * @returns five findings (significant or not)
 */
export function waitFindings(waits) {
    return [patternFinding('n-plus-one', waits), sequentialFinding(waits), patternFinding('slow-operation', waits), heldFinding('pool-exhausted', waits), heldFinding('lock-contention', waits)];
}
/**
 * The report's `waits` section.
 * @param waits - the wait analysis
 * @returns the section
 */
export function waitsSection(waits) {
    return {
        requests: waits.requests,
        unit: waits.unit,
        latency_p50_ms: waits.latency.p50_ms,
        latency_p99_ms: waits.latency.p99_ms,
        wait_share: waits.waitShare,
        wait_interval: waits.waitInterval,
        other_share: Math.max(0, Math.round((1 - waits.waitShare) * 10_000) / 10_000),
        instrumented: INSTRUMENTED,
        waterfalls: waits.waterfalls,
        dropped_requests: waits.dropped,
        ...(waits.droppedOperations > 0 ? { dropped_operations: waits.droppedOperations } : {}),
        ...(waits.followedShare === null ? {} : { followed_share: waits.followedShare }),
    };
}
