import { Type } from '@sinclair/typebox';
import { PageProfileSchema } from './page-profile.js';
/** Where the time of a sample went, by the kind of code at the top of its stack. */
export const SampleCategorySchema = Type.Union([
    Type.Literal('user'),
    Type.Literal('dependency'),
    Type.Literal('json'),
    Type.Literal('regex'),
    Type.Literal('crypto'),
    Type.Literal('sync-io'),
    Type.Literal('gc'),
    Type.Literal('native'),
    Type.Literal('node'),
    Type.Literal('program'),
    Type.Literal('wait'),
], { description: 'user: own code of the project; dependency: a package under node_modules; json/regex/crypto/sync-io: that work inside a builtin; gc: garbage collection; native: other V8 builtins and C++; node: Node.js internals; program: V8 time outside any JavaScript; wait: an entry that is time waited on an operation (a query, an outgoing request, a timer, a file), not CPU samples' });
/** A share of samples with its interval. */
const IntervalSchema = Type.Object({
    low: Type.Number({ minimum: 0, maximum: 1 }),
    high: Type.Number({ minimum: 0, maximum: 1 }),
    method: Type.Union([
        Type.Literal('wilson-95', { description: 'Wilson score interval, 95%, treating samples as independent (they are autocorrelated, so read it as a lower bound on the uncertainty)' }),
        Type.Literal('normal-95-requests', { description: 'mean over the recorded requests with a normal 95% interval (requests served concurrently are not independent: read it as a lower bound on the uncertainty)' }),
        Type.Literal('t-95-runs', { description: "mean over a command's profiled runs with a Student t 95% interval (runs are separate processes, one after another)" }),
    ]),
}, { additionalProperties: false });
/** A code location as the report names it. */
const SiteSchema = Type.Object({
    function: Type.String(),
    file: Type.String(),
    line: Type.Integer({ description: '1-based; 0 when unknown' }),
    package: Type.Optional(Type.String()),
    share: Type.Number({ minimum: 0, maximum: 1, description: "fraction of the entry's self samples that came through this site" }),
}, { additionalProperties: false });
/** A frame of the user's code. */
const FrameSchema = Type.Object({ function: Type.String(), file: Type.String(), line: Type.Integer() }, { additionalProperties: false });
/** What a wait entry waited on. */
const WaitSchema = Type.Object({
    operation_kind: Type.Union([Type.Literal('pg'), Type.Literal('pg-pool'), Type.Literal('http'), Type.Literal('timer'), Type.Literal('fs'), Type.Literal('lock')], { description: "pg: a node-postgres query; pg-pool: a wait for a free client of a pg Pool whose clients were all busy (the query that follows is a pg operation of its own); http: an outgoing request (fetch/undici, http, https); timer: setTimeout; fs: a file-system call; lock: a wait to acquire an async-mutex Mutex or Semaphore that another holder had (another request, or this one's own earlier calls)" }),
    operation: Type.String({ description: 'what was awaited: the SQL with literals replaced by ?, the method and URL without its query, the timer, the fs call' }),
    per_request: Type.Number({ minimum: 0, description: 'mean operations of this site per request (per call, per run: see waits.unit)' }),
    requests_with: Type.Number({ minimum: 0, maximum: 1, description: 'share of requests that made at least one' }),
    calls: Type.Integer({ minimum: 0 }),
    mean_ms: Type.Number({ minimum: 0 }),
    p95_ms: Type.Number({ minimum: 0 }),
    sequential: Type.Boolean({ description: 'in requests with several, they ran one after another, never overlapping' }),
    pattern: Type.Union([Type.Literal('n-plus-one'), Type.Literal('slow-operation'), Type.Literal('sequential-awaits'), Type.Literal('pool-exhausted'), Type.Literal('lock-contention'), Type.Null()]),
    path: Type.Array(FrameSchema, { description: "the user's frames that started it, outermost first" }),
}, { additionalProperties: false });
const BottleneckSchema = Type.Object({
    id: Type.String({ pattern: '^\\S+$', description: 'stable slug function@file:line (no spaces), the same across runs of unchanged code; optimization-plan.json refers to it' }),
    rank: Type.Integer({ minimum: 1 }),
    function: Type.String(),
    file: Type.String({ description: 'path relative to the project root when inside it; after source maps (.ts for TypeScript)' }),
    line: Type.Integer({ description: '1-based line of the function; 0 when unknown' }),
    hot_line: Type.Optional(Type.Integer({ description: 'the line of the function with the most self samples' })),
    package: Type.Optional(Type.String({ description: 'the npm package when the function is inside node_modules' })),
    self_share: Type.Number({ minimum: 0, maximum: 1, description: 'active samples charged to this function: its own code plus builtins, native code and GC it caused' }),
    total_share: Type.Number({ minimum: 0, maximum: 1, description: 'active samples with this function anywhere on the stack (recursion counted once)' }),
    share_interval: IntervalSchema,
    samples: Type.Integer({ minimum: 0 }),
    category: SampleCategorySchema,
    categories: Type.Record(Type.String(), Type.Number(), { description: 'how the self samples split by category, fractions of self' }),
    callers: Type.Array(SiteSchema, { description: 'the nearest calling functions, with their share of this entry' }),
    call_sites: Type.Array(SiteSchema, { description: "for a dependency: the user's own code that called into the package" }),
    hottest_stacks: Type.Array(Type.Object({
        stack: Type.Array(Type.String(), { description: 'frames of the project and its dependencies, outermost first; direct recursion collapsed to one frame; a last [category] frame names the builtin work' }),
        share: Type.Number({ minimum: 0, maximum: 1, description: "fraction of the entry's self samples" }),
    }, { additionalProperties: false })),
    recursive: Type.Boolean({ description: 'the function was seen calling itself; its frames were merged' }),
    separated_from_next: Type.Boolean({ description: "this entry's interval does not overlap the next entry's" }),
    reason: Type.String({ minLength: 1 }),
    latency_share: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: "when waits were recorded: the share of request latency this entry accounts for, by which entries are ranked (a wait entry: measured per request; a CPU entry: its self share times the share of latency not spent waiting on a recorded operation, times the share of its thread's ready time spent on a CPU rather than in a run queue, when the kernel keeps that, one ratio for the whole profile); share_interval is then this share's interval (a CPU entry's: the ends of its self-share interval times the ends of the interval of the share not spent waiting, times the same run-queue ratio)" })),
    wait: Type.Optional(WaitSchema),
}, { additionalProperties: false });
const FindingSchema = Type.Object({
    kind: Type.Union([Type.Literal('event-loop-delay'), Type.Literal('gc'), Type.Literal('sync-io'), Type.Literal('cpu-contention'), Type.Literal('n-plus-one'), Type.Literal('sequential-awaits'), Type.Literal('slow-operation'), Type.Literal('pool-exhausted'), Type.Literal('lock-contention'), Type.Literal('long-task'), Type.Literal('render-blocking-resource'), Type.Literal('oversized-bundle'), Type.Literal('forced-layout')]),
    measured: Type.Boolean({ description: 'false when this kind of target cannot show it (e.g. event-loop delay of a function target)' }),
    significant: Type.Boolean(),
    summary: Type.String({ minLength: 1 }),
    share: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
    share_interval: Type.Union([IntervalSchema, Type.Null()]),
    metrics: Type.Record(Type.String(), Type.Number()),
    call_sites: Type.Array(SiteSchema),
}, { additionalProperties: false });
const WaterfallSchema = Type.Object({
    request: Type.String(),
    latency_ms: Type.Number({ minimum: 0 }),
    operations: Type.Array(Type.Object({ site: Type.String(), operation: Type.String(), start_ms: Type.Number(), duration_ms: Type.Number({ minimum: 0 }) }, { additionalProperties: false })),
}, { additionalProperties: false });
/** Where the requests' wall time went while profiled. */
const WaitsSchema = Type.Object({
    requests: Type.Integer({ minimum: 0, description: 'requests (a function target: calls; a command: runs) recorded' }),
    unit: Type.Optional(Type.Union([Type.Literal('request'), Type.Literal('call'), Type.Literal('run')], { description: "what was followed: a server's requests (the default), a function target's calls, or a command's runs (each run from its start to its exit, every Node process of it)" })),
    latency_p50_ms: Type.Number({ minimum: 0 }),
    latency_p99_ms: Type.Number({ minimum: 0 }),
    wait_share: Type.Number({ minimum: 0, maximum: 1, description: 'mean share of request wall time spent waiting on at least one recorded operation' }),
    wait_interval: IntervalSchema,
    other_share: Type.Number({ minimum: 0, maximum: 1, description: 'the rest: on the CPU, queued behind other work on the event loop, or waiting on something not instrumented' }),
    instrumented: Type.Array(Type.String(), { description: 'what the recorder sees' }),
    waterfalls: Type.Union([Type.Null(), Type.Object({ typical: WaterfallSchema, p99: WaterfallSchema }, { additionalProperties: false })]),
    dropped_requests: Type.Integer({ minimum: 0, description: 'requests past the recorder cap, not analysed' }),
    dropped_operations: Type.Optional(Type.Integer({ minimum: 1, description: 'operations not recorded: past the cap of 5,000 per request, call or run (their time reads as not waiting)' })),
    followed_share: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: "a server's requests are followed in windows: the share of the profiled time a window was open (the recorder's cost scales with it)" })),
}, { additionalProperties: false });
/** `bottleneck-report.json`: where the target's time goes, ranked, with the evidence. */
export const BottleneckReportSchema = Type.Object({
    version: Type.Literal(1),
    target: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('http'), Type.Literal('function'), Type.Literal('command'), Type.Literal('page')]),
    created_at: Type.String({ format: 'date-time' }),
    samples: Type.Object({
        count: Type.Integer({ minimum: 0, description: 'every sample of the profile(s)' }),
        active: Type.Integer({ minimum: 0, description: 'samples not idle: the denominator of every share' }),
        idle: Type.Integer({ minimum: 0 }),
        interval_us: Type.Number({ description: 'requested sampling interval' }),
        mean_interval_us: Type.Number({ description: 'observed mean time between samples' }),
        duration_ms: Type.Number(),
        processes: Type.Integer({ minimum: 1, description: 'profiled Node processes' }),
        min_active: Type.Integer({ description: 'fewer active samples than this and the report refuses to rank' }),
    }, { additionalProperties: false }),
    bottlenecks: Type.Array(BottleneckSchema),
    categories: Type.Record(Type.String(), Type.Number(), { description: 'share of active samples by category' }),
    unattributed_share: Type.Number({ minimum: 0, maximum: 1, description: 'active samples with no frame of the project or its dependencies on the stack' }),
    findings: Type.Array(FindingSchema),
    no_bottleneck_found: Type.Union([
        Type.Null(),
        Type.Object({ evidence: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
    ]),
    profiler_overhead: Type.Object({
        method: Type.String({ minLength: 1 }),
        unprofiled_rate: Type.Union([Type.Number(), Type.Null()]),
        profiled_rate: Type.Union([Type.Number(), Type.Null()]),
        unit: Type.String(),
        overhead: Type.Union([Type.Number(), Type.Null()], { description: '1 - profiled/unprofiled throughput; null when not measured' }),
    }, { additionalProperties: false }),
    load: Type.Union([Type.Null(), Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()]))], { description: 'what drove the target while it was profiled' }),
    files: Type.Object({
        cpuprofile: Type.String({ description: 'raw V8 .cpuprofile (Chrome DevTools, speedscope)' }),
        collapsed: Type.String({ description: 'collapsed stacks, one "a;b;c count" line per stack (flamegraph.pl, speedscope)' }),
    }, { additionalProperties: false }),
    notes: Type.Array(Type.String()),
    waits: Type.Optional(WaitsSchema),
    page: Type.Optional(PageProfileSchema),
}, { additionalProperties: false, $id: 'bottleneck-report' });
