import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** A figure over the profiled trials: its median and range. */
const AcrossTrialsSchema = Type.Object(
  {
    median: Type.Number(),
    low: Type.Number({ description: 'lowest trial' }),
    high: Type.Number({ description: 'highest trial' }),
  },
  { additionalProperties: false },
);

/** A function as a long task's share of samples names it. */
const TaskFunctionSchema = Type.Object(
  {
    function: Type.String(),
    file: Type.String(),
    line: Type.Integer(),
    share: Type.Number({ minimum: 0, maximum: 1, description: "fraction of the task's active samples charged to it" }),
  },
  { additionalProperties: false },
);

/** One main-thread task of 50 ms or more. */
const LongTaskSchema = Type.Object(
  {
    trial: Type.Integer({ minimum: 1 }),
    start_ms: Type.Number({ description: 'after the navigation started' }),
    duration_ms: Type.Number({ minimum: 0 }),
    blocking_ms: Type.Number({ minimum: 0, description: 'duration beyond 50 ms, as total blocking time counts it' }),
    phase: Type.Union([Type.Literal('load'), Type.Literal('interaction')]),
    samples: Type.Integer({ minimum: 0 }),
    functions: Type.Array(TaskFunctionSchema, { description: 'the functions of the page charged the most samples inside the task' }),
  },
  { additionalProperties: false },
);

/** One resource the page loaded. */
const ResourceSchema = Type.Object(
  {
    url: Type.String({ description: 'path on the page origin, or the full URL of another origin' }),
    type: Type.String({ description: 'document, script, stylesheet, fetch, image, other' }),
    transfer_bytes: AcrossTrialsSchema,
    decoded_bytes: Type.Integer({ minimum: 0 }),
    render_blocking: Type.Boolean({ description: 'the browser held the first paint for it' }),
    before_fcp: Type.Boolean({ description: 'it finished loading before the first contentful paint' }),
    duration_ms: AcrossTrialsSchema,
    unused_share: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { description: 'a script: share of its bytes in functions that never ran while profiled (DevTools coverage); null for others' }),
    load_share: Type.Number({ minimum: 0, maximum: 1, description: "share of the page's transferred bytes" }),
    sources: Type.Optional(
      Type.Array(
        Type.Object({ file: Type.String(), bytes: Type.Integer({ minimum: 0 }), share: Type.Number({ minimum: 0, maximum: 1 }) }, { additionalProperties: false }),
        { description: "a script served from a file of the project with a source map: its bytes by original source (line by line), largest first" },
      ),
    ),
  },
  { additionalProperties: false },
);

/** `page` in bottleneck-report.json: what a page target's profile saw in the browser. */
export const PageProfileSchema = Type.Object(
  {
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
  },
  { additionalProperties: false },
);

/** The page section of a bottleneck report. */
export type PageProfile = Static<typeof PageProfileSchema>;
/** One long task. */
export type LongTask = Static<typeof LongTaskSchema>;
/** One resource. */
export type PageResource = Static<typeof ResourceSchema>;
