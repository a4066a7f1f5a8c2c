import { Type } from '@sinclair/typebox';
/** A figure over the profiled trials: its median and range. */
const AcrossTrialsSchema = Type.Object({
    median: Type.Number(),
    low: Type.Number({ description: 'lowest trial' }),
    high: Type.Number({ description: 'highest trial' }),
}, { additionalProperties: false });
/** A function as a long task's share of samples names it. */
const TaskFunctionSchema = Type.Object({
    function: Type.String(),
    file: Type.String(),
    line: Type.Integer(),
    share: Type.Number({ minimum: 0, maximum: 1, description: "fraction of the task's active samples charged to it" }),
}, { additionalProperties: false });
/** Kinds of main-thread work, as the trace's events are grouped (DevTools' summary, Lighthouse's main-thread breakdown). */
const WorkKindSchema = Type.Union([Type.Literal('script'), Type.Literal('compile'), Type.Literal('style'), Type.Literal('layout'), Type.Literal('render'), Type.Literal('parse-html'), Type.Literal('gc'), Type.Literal('other')], { description: 'script: running JavaScript; compile: parsing and compiling it; style: style recalculation; layout; render: paint, layerize, commit, image decode; parse-html; gc: garbage collection; other: task bookkeeping and anything unnamed' });
/** The main thread's own time of one kind of work. */
const WorkShareSchema = Type.Object({
    kind: WorkKindSchema,
    ms: AcrossTrialsSchema,
    share: Type.Number({ minimum: 0, maximum: 1, description: 'share of the busy time over all trials' }),
}, { additionalProperties: false });
/** Where the page's scripts forced layout or style recalculation. */
const ForcedSiteSchema = Type.Object({
    function: Type.String(),
    file: Type.String({ description: 'the original source when a source map maps it; a script of the page origin not found in the project as page:/path; else its URL' }),
    line: Type.Integer(),
    kind: Type.Union([Type.Literal('layout'), Type.Literal('style'), Type.Literal('both')]),
    count: Type.Number({ minimum: 0, description: 'forced layouts and recalculations per trial (mean over trials)' }),
    ms: Type.Number({ minimum: 0, description: 'their time per trial, ms (mean over trials)' }),
    share: Type.Number({ minimum: 0, maximum: 1, description: 'share of all forced layout and style time over the trials' }),
}, { additionalProperties: false });
/** One main-thread task of 50 ms or more. */
const LongTaskSchema = Type.Object({
    trial: Type.Integer({ minimum: 1 }),
    start_ms: Type.Number({ description: 'after the navigation started' }),
    duration_ms: Type.Number({ minimum: 0 }),
    blocking_ms: Type.Number({ minimum: 0, description: 'duration beyond 50 ms, as total blocking time counts it' }),
    phase: Type.Union([Type.Literal('load'), Type.Literal('interaction')]),
    samples: Type.Integer({ minimum: 0 }),
    functions: Type.Array(TaskFunctionSchema, { description: 'the functions of the page charged the most samples inside the task' }),
    work: Type.Optional(Type.Object({ kind: WorkKindSchema, share: Type.Number({ minimum: 0, maximum: 1 }) }, { additionalProperties: false, description: "the kind of main-thread work that took most of the task's own time (from the trace), and its share" })),
}, { additionalProperties: false });
/** One resource the page loaded. */
const ResourceSchema = Type.Object({
    url: Type.String({ description: 'path on the page origin, or the full URL of another origin' }),
    type: Type.String({ description: 'document, script, stylesheet, fetch, image, other' }),
    transfer_bytes: AcrossTrialsSchema,
    decoded_bytes: Type.Integer({ minimum: 0 }),
    render_blocking: Type.Boolean({ description: 'the browser held the first paint for it' }),
    before_fcp: Type.Boolean({ description: 'it finished loading before the first contentful paint' }),
    duration_ms: AcrossTrialsSchema,
    unused_share: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { description: 'a script: share of its bytes in functions that never ran while profiled (DevTools coverage); null for others' }),
    load_share: Type.Number({ minimum: 0, maximum: 1, description: "share of the page's transferred bytes" }),
    sources: Type.Optional(Type.Array(Type.Object({ file: Type.String(), bytes: Type.Integer({ minimum: 0 }), share: Type.Number({ minimum: 0, maximum: 1 }) }, { additionalProperties: false }), { description: "a script served from a file of the project with a source map: its bytes by original source (line by line), largest first" })),
}, { additionalProperties: false });
/** `page` in bottleneck-report.json: what a page target's profile saw in the browser. */
export const PageProfileSchema = Type.Object({
    url: Type.String(),
    trials: Type.Integer({ minimum: 1 }),
    throttle: Type.Object({ cpu: Type.Number({ minimum: 1 }), network: Type.String() }, { additionalProperties: false }),
    ranked_by: Type.Union([Type.Literal('long-task-samples'), Type.Literal('main-thread-samples')], {
        description: 'long-task-samples: entries are shares of the samples inside long tasks (main-thread blocking); main-thread-samples: no long task was seen, so shares of all busy main-thread samples',
    }),
    fcp_ms: Type.Union([AcrossTrialsSchema, Type.Null()]),
    lcp_ms: Type.Union([AcrossTrialsSchema, Type.Null()]),
    blocking_ms: AcrossTrialsSchema,
    long_task_count: AcrossTrialsSchema,
    transfer_bytes: AcrossTrialsSchema,
    long_tasks: Type.Array(LongTaskSchema, { description: 'the longest tasks over all trials, longest first' }),
    resources: Type.Array(ResourceSchema, { description: 'heaviest first by transferred bytes' }),
    main_thread: Type.Optional(Type.Object({
        busy_ms: AcrossTrialsSchema,
        by_kind: Type.Array(WorkShareSchema, { description: 'the busy time of the whole load by kind of work, largest first' }),
        long_tasks_by_kind: Type.Array(WorkShareSchema, { description: 'the same inside long tasks only' }),
        forced: Type.Object({
            count: AcrossTrialsSchema,
            ms: AcrossTrialsSchema,
            sites: Type.Array(ForcedSiteSchema, { description: 'the script lines that forced them, most time first' }),
        }, { additionalProperties: false, description: 'layouts and style recalculations a running script forced (it read layout after changing it), with the stack the trace gave them' }),
    }, { additionalProperties: false, description: "the main thread's own time from the trace of each load" })),
}, { additionalProperties: false });
