import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { pageMetricsSchema } from './page-metrics.js';

const Num = Type.Number();
const NullableNum = Type.Union([Type.Number(), Type.Null()]);
const Count = Type.Integer({ minimum: 0 });

/** Summary of repeated values: centre, spread and range. */
export const SpreadSchema = Type.Object(
  {
    n: Count,
    mean: Num,
    median: Num,
    min: Num,
    max: Num,
    stddev: Num,
    mad: Type.Number({ description: 'median absolute deviation (unscaled)' }),
  },
  { additionalProperties: false },
);

/** Where and on what the measurement ran. */
export const EnvironmentSchema = Type.Object(
  {
    cpu_model: Type.String(),
    cores: Count,
    available_parallelism: Count,
    total_memory_bytes: Count,
    platform: Type.String(),
    arch: Type.String(),
    os_release: Type.String(),
    node: Type.String(),
    v8: Type.String(),
    load_average: Type.Array(Num, { minItems: 3, maxItems: 3 }),
    cgroup: Type.Object(
      {
        cpu_quota_cores: Type.Union([Num, Type.Null()], { description: 'cpu.max quota / period; null when unlimited or not visible' }),
        memory_limit_bytes: Type.Union([Num, Type.Null()]),
      },
      { additionalProperties: false },
    ),
    git: Type.Union([
      Type.Object({ commit: Type.String({ minLength: 1 }), dirty: Type.Boolean() }, { additionalProperties: false }),
      Type.Null(),
    ]),
    load_engine: Type.Optional(
      Type.Object(
        {
          name: Type.Literal('artillery'),
          version: Type.String(),
          platform: Type.Union([Type.Literal('local'), Type.Literal('aws-lambda'), Type.Literal('aws-fargate')]),
          workers: Type.Integer({ minimum: 1, description: 'load generators: AWS workers (--count), or local worker threads' }),
          region: Type.Optional(Type.String()),
        },
        { additionalProperties: false, description: 'the load came from Artillery, not the builtin generator (absent for the builtin one)' },
      ),
    ),
    captured_at: Type.String({ format: 'date-time' }),
    service: Type.Optional(
      Type.Object(
        {
          started_by_perfflow: Type.Boolean({ description: 'false for a service already running (a url without start): its memory and CPU are not visible' }),
          remote: Type.Boolean({ description: 'the host is not loopback (127.0.0.0/8, ::1, localhost)' }),
          host: Type.String({ description: 'the host only: no credentials, path or query' }),
          max_rate: Type.Union([Num, Type.Null()], { description: 'the rate cap the load never exceeded, per second; null for none' }),
          abort_error_rate: Type.Union([Num, Type.Null()]),
        },
        { additionalProperties: false, description: 'the measured http service (http targets)' },
      ),
    ),
    browser: Type.Optional(Type.String({ description: 'page targets: the browser that measured, e.g. Chromium 156.0.8078.114' })),
  },
  { additionalProperties: false },
);

const Latency = Type.Object(
  {
    p50: Num,
    p90: Num,
    p99: Num,
    p999: Num,
    max: Num,
    min: Num,
    mean: Num,
    stddev: Type.Optional(Type.Number({ description: 'absent when the engine does not give it (Artillery)' })),
  },
  { additionalProperties: false, description: 'microseconds' },
);

const FlowStepMetrics = Type.Object(
  {
    flow: Type.String(),
    name: Type.String(),
    method: Type.String(),
    url: Type.String({ description: 'the path or url as written: placeholders, never captured values' }),
    requests: Count,
    responses: Count,
    errors: Count,
    error_kinds: Type.Record(Type.String(), Count),
    non_2xx: Count,
    status_codes: Type.Record(Type.String(), Count),
    unexpected_status: Type.Optional(Type.Integer({ minimum: 0, description: 'answers whose status was not the expected one (absent with Artillery)' })),
    capture_failures: Type.Optional(Type.Integer({ minimum: 0, description: 'answers in which a capture found nothing (absent with Artillery, which counts them among errors)' })),
    latency_us: Latency,
  },
  { additionalProperties: false },
);

const FlowMetrics = Type.Object(
  {
    flows: Type.Array(
      Type.Object({ name: Type.String(), weight: Type.Integer({ minimum: 1 }), started: Count, completed: Count, failed: Count }, { additionalProperties: false }),
      { minItems: 1 },
    ),
    steps: Type.Array(FlowStepMetrics, { minItems: 1 }),
    think_ms: Type.Record(Type.String(), Num, { description: 'think time per iteration of each flow, left out of the flow latency' }),
  },
  {
    additionalProperties: false,
    description: 'flow targets: the top-level figures are of whole flows (requests = iterations, latency = the flow, throughput = flows per second)',
  },
);

const HttpMetrics = Type.Object(
  {
    url: Type.String(),
    method: Type.String(),
    mode: Type.Union([Type.Literal('closed'), Type.Literal('open')]),
    connections: Type.Integer({ minimum: 1 }),
    rate: Type.Union([Num, Type.Null()], { description: 'intended arrivals per second (open loop)' }),
    duration_ms: Num,
    warmup_ms: Num,
    latency_us: Latency,
    latency_resolution_us: Type.Number({ description: 'smallest latency step the recorder distinguishes' }),
    requests: Count,
    responses: Count,
    throughput_rps: Num,
    errors: Count,
    error_rate: Num,
    non_2xx: Count,
    non_2xx_rate: Num,
    status_codes: Type.Record(Type.String(), Count),
    error_kinds: Type.Record(Type.String(), Count),
    bytes_read: Count,
    bytes_per_second: Num,
    generator: Type.Object(
      {
        cpu_percent: Type.Optional(Type.Number({ description: 'percent of one core; absent when the load came from AWS' })),
        event_loop_delay_p99_ms: Type.Optional(Type.Number({ description: 'absent with Artillery' })),
        send_lag_p99_ms: NullableNum,
        saturated: Type.Boolean(),
      },
      { additionalProperties: false, description: 'the load generator itself, to tell its limits from the server’s' },
    ),
    flow: Type.Optional(FlowMetrics),
    not_measured: Type.Optional(Type.Array(Type.String(), { description: 'figures the load engine does not give, left out rather than invented, each with why' })),
  },
  { additionalProperties: false },
);

const FunctionTask = Type.Object(
  {
    name: Type.String(),
    batches: Count,
    iterations: Count,
    mean_ns: Type.Number({ description: 'median over batches of the batch mean time per call' }),
    ops_per_second: Type.Number({ description: '1e9 / mean_ns' }),
    batch_mean_ns: SpreadSchema,
    spread_percent: Type.Number({ description: 'MAD of the batch means relative to their median, percent (the error bar)' }),
    p99_ns: Type.Number({ description: 'median over batches of the per-call p99' }),
  },
  { additionalProperties: false },
);

const FunctionMetrics = Type.Object(
  {
    file: Type.String(),
    batch_ms: Num,
    warmup_ms: Num,
    tasks: Type.Array(FunctionTask, { minItems: 1 }),
  },
  { additionalProperties: false },
);

const CommandMetrics = Type.Object(
  {
    command: Type.String(),
    runs: Count,
    warmup: Count,
    wall_ms: SpreadSchema,
    user_ms: SpreadSchema,
    sys_ms: SpreadSchema,
    max_rss_kib: Type.Union([SpreadSchema, Type.Null()]),
    exit_codes: Type.Record(Type.String(), Count),
    outliers: Type.Array(
      Type.Object({ run: Count, wall_ms: Num, modified_z: Num }, { additionalProperties: false }),
      { description: "runs whose modified z-score (0.6745 (x - median) / MAD) exceeds 14.826, hyperfine's rule" },
    ),
  },
  { additionalProperties: false },
);

const NodeResources = Type.Object(
  {
    processes: Count,
    heap_used_bytes: Type.Object({ mean: Num, max: Num }, { additionalProperties: false }),
    heap_total_bytes_max: Num,
    gc_ms: Num,
    gc_count: Count,
    gc_percent: Num,
    event_loop_delay_ms: Type.Object({ mean: Num, p99: Num, max: Num }, { additionalProperties: false }),
    event_loop_utilization: Num,
  },
  { additionalProperties: false },
);

/** Resource use of the measured process (tree) during the measurement. */
export const ResourcesSchema = Type.Object(
  {
    samples: Count,
    interval_ms: Num,
    cpu_percent: Type.Object({ mean: Num, max: Num }, { additionalProperties: false, description: '100 = one core' }),
    rss_bytes: Type.Object({ mean: Num, max: Num }, { additionalProperties: false }),
    node: Type.Union([NodeResources, Type.Null()], { description: 'from a preload injected through NODE_OPTIONS; null when the target is not Node' }),
  },
  { additionalProperties: false },
);

const PageMetrics = pageMetricsSchema(SpreadSchema);

/** `baseline-metrics.json`: one measurement of a target, with everything needed to trust it. */
export const BaselineMetricsSchema = Type.Object(
  {
    version: Type.Literal(1),
    target: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('http'), Type.Literal('function'), Type.Literal('command'), Type.Literal('page')]),
    started_at: Type.String({ format: 'date-time' }),
    elapsed_ms: Num,
    valid: Type.Boolean(),
    invalid_reasons: Type.Array(Type.String()),
    healthy: Type.Boolean(),
    health_reasons: Type.Array(Type.String()),
    environment: EnvironmentSchema,
    samples: Type.Object(
      {
        unit: Type.Union([Type.Literal('request'), Type.Literal('flow'), Type.Literal('batch'), Type.Literal('run'), Type.Literal('page-load')]),
        measured: Count,
        warmup: Count,
        minimum: Type.Integer({ minimum: 1, description: 'fewer measured samples make the measurement invalid' }),
      },
      { additionalProperties: false },
    ),
    http: Type.Optional(HttpMetrics),
    function: Type.Optional(FunctionMetrics),
    command: Type.Optional(CommandMetrics),
    page: Type.Optional(PageMetrics),
    resources: Type.Union([ResourcesSchema, Type.Null()]),
  },
  { additionalProperties: false, $id: 'baseline-metrics' },
);

/** The TypeScript type of `baseline-metrics.json`. */
export type BaselineMetrics = Static<typeof BaselineMetricsSchema>;
/** The environment block. */
export type Environment = Static<typeof EnvironmentSchema>;
/** The resources block. */
export type Resources = Static<typeof ResourcesSchema>;
/** Spread of repeated values. */
export type Spread = Static<typeof SpreadSchema>;
/** http metrics block. */
export type HttpMetrics = Static<typeof HttpMetrics>;
/** function metrics block. */
export type FunctionMetrics = Static<typeof FunctionMetrics>;
/** command metrics block. */
export type CommandMetrics = Static<typeof CommandMetrics>;
/** page metrics block. */
export type PageMetrics = Static<typeof PageMetrics>;
