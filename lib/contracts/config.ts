import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { PageTarget } from './page-config.js';

/** A command line: a string split into words without a shell (quotes respected), or the words themselves. */
const CommandLine = Type.Union(
  [Type.String({ minLength: 1 }), Type.Array(Type.String(), { minItems: 1 })],
  { description: "run without a shell: 'node server.js --fast' or ['node', 'server.js', '--fast']" },
);

/** A duration with a unit, e.g. `500ms`, `5s`, `1m`. */
const Duration = Type.String({ pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m)$', description: 'a duration with its unit: 500ms, 5s, 1m' });

const Headers = Type.Record(Type.String({ minLength: 1 }), Type.String());

/** The metric that must improve (default: latency_p50, wall_time, or the first task's time). */
const Objective = Type.String({ minLength: 1, description: 'the metric that must improve, e.g. latency_p99' });

/** Guard tolerances: how much worse than the base each other metric may get, e.g. `{ max_rss: 15%, latency_p99: 5% }`; `off` never fails. */
const Guards = Type.Record(Type.String({ minLength: 1 }), Type.String({ pattern: '^([0-9]+(\\.[0-9]+)?%|off)$', description: 'a percentage such as 10% (error_rate: a share of requests), or off' }), {
  description: 'how much worse than the base a metric other than the objective may get before the gate fails (default 0% beyond the noise floor; max_rss 10%)',
});

/** Where a flow step takes a value from its answer: a JSON pointer into the body, a header, or a cookie it sets. */
const Capture = Type.Union(
  [
    Type.Object({ json: Type.String({ pattern: '^(/.*)?$', description: 'JSON pointer into the answer body, e.g. /token' }) }, { additionalProperties: false }),
    Type.Object({ header: Type.String({ minLength: 1, description: 'an answer header, e.g. etag' }) }, { additionalProperties: false }),
    Type.Object({ cookie: Type.String({ minLength: 1, description: 'a cookie the answer sets (Set-Cookie), e.g. sid' }) }, { additionalProperties: false }),
  ],
  { description: 'one of json (a JSON pointer), header, cookie' },
);

/** One request of a flow; `{{name}}` in its path, url, headers and body is replaced by a value captured earlier (or `{{vu}}`, `{{iteration}}`). */
const FlowStep = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9_.-]+$', description: 'names the step in figures and messages' }),
    method: Type.Optional(Type.String({ pattern: '^[A-Z]+$' })),
    path: Type.Optional(Type.String({ pattern: '^/', description: 'relative to the target url' })),
    url: Type.Optional(Type.String({ pattern: '^https?://', description: 'an absolute URL instead of a path; may contain ${PORT}' })),
    headers: Type.Optional(Headers),
    body: Type.Optional(Type.String()),
    capture: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }), Capture)),
    think: Type.Optional(Duration),
    expect: Type.Optional(Type.Union([Type.Integer({ minimum: 100, maximum: 599 }), Type.Array(Type.Integer({ minimum: 100, maximum: 599 }), { minItems: 1 })], { description: 'the status (or statuses) the step must answer; default any 2xx' })),
    ignore: Type.Optional(Type.Array(Type.String({ pattern: '^(/.*)?$' }), { description: 'JSON pointers of volatile fields of this step\'s answer' })),
  },
  { additionalProperties: false },
);

const FlowSteps = Type.Array(FlowStep, { minItems: 1, maxItems: 50 });

/** One of several flows a target mixes, chosen in proportion to its weight. */
const WeightedFlow = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z0-9_.-]+$' }),
    weight: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: 'relative share of iterations (default 1)' })),
    steps: FlowSteps,
  },
  { additionalProperties: false },
);

const HttpTarget = Type.Object(
  {
    start: Type.Optional(CommandLine),
    cwd: Type.Optional(Type.String({ minLength: 1, description: 'directory of the start command, relative to the project root' })),
    env: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }), Type.String())),
    url: Type.String({ pattern: '^https?://', description: 'may contain ${PORT}' }),
    method: Type.Optional(Type.String({ pattern: '^[A-Z]+$' })),
    headers: Type.Optional(Headers),
    body: Type.Optional(Type.String()),
    connections: Type.Optional(Type.Integer({ minimum: 1, maximum: 1024 })),
    duration: Type.Optional(Duration),
    warmup: Type.Optional(Duration),
    rate: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'constant arrival rate in requests per second (open loop)' })),
    engine: Type.Optional(Type.Union([Type.Literal('builtin'), Type.Literal('artillery')], { description: 'the load generator: builtin (default) or artillery (npm artillery, optional; needs rate)' })),
    workers: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, description: 'engine artillery on aws-lambda/aws-fargate: load generators (--count)' })),
    platform: Type.Optional(Type.Union([Type.Literal('local'), Type.Literal('aws-lambda'), Type.Literal('aws-fargate')], { description: 'engine artillery: where the load comes from (default local)' })),
    region: Type.Optional(Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$', description: 'engine artillery on aws-lambda/aws-fargate: the AWS region, e.g. eu-west-1' })),
    ready_timeout: Type.Optional(Duration),
    health: Type.Optional(Type.String({ pattern: '^(https?://|/)', description: 'checked before measuring a service perfflow does not start: a URL or a path on the target url\'s origin; must answer 2xx' })),
    health_timeout: Type.Optional(Duration),
    allow_remote: Type.Optional(Type.Boolean({ description: 'true to allow load against a host that is not loopback (127.0.0.0/8, ::1, localhost)' })),
    max_rate: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'requests (or flows) per second the load never exceeds; default 50 for a remote host, none on loopback' })),
    abort_error_rate: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'stop the load once the share of failed or non-2xx answers over the last seconds passes this, e.g. 0.05' })),
    flow: Type.Optional(FlowSteps),
    flows: Type.Optional(Type.Array(WeightedFlow, { minItems: 1, maxItems: 20 })),
    ignore: Type.Optional(Type.Array(Type.String({ pattern: '^(/.*)?$' }), { description: 'JSON pointers of volatile response fields' })),
    objective: Type.Optional(Objective),
    guards: Type.Optional(Guards),
    requests: Type.Optional(
      Type.Array(
        Type.Object(
          {
            method: Type.String({ pattern: '^[A-Z]+$' }),
            path: Type.String({ pattern: '^/' }),
            headers: Type.Optional(Headers),
            body: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

const FunctionTarget = Type.Object(
  {
    file: Type.String({ minLength: 1, description: 'module whose default export maps task names to functions' }),
    time: Type.Optional(Duration),
    batches: Type.Optional(Type.Integer({ minimum: 2, maximum: 1000 })),
    warmup: Type.Optional(Duration),
    objective: Type.Optional(Objective),
    guards: Type.Optional(Guards),
  },
  { additionalProperties: false },
);

const CommandTarget = Type.Object(
  {
    run: CommandLine,
    cwd: Type.Optional(Type.String({ minLength: 1 })),
    env: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }), Type.String())),
    runs: Type.Optional(Type.Integer({ minimum: 2, maximum: 10000 })),
    warmup: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    timeout: Type.Optional(Duration),
    objective: Type.Optional(Objective),
    guards: Type.Optional(Guards),
  },
  { additionalProperties: false },
);

/** One target: exactly one of `http`, `function`, `command`, `page`. */
const Target = Type.Object(
  { http: Type.Optional(HttpTarget), function: Type.Optional(FunctionTarget), command: Type.Optional(CommandTarget), page: Type.Optional(PageTarget) },
  { additionalProperties: false, minProperties: 1, maxProperties: 1 },
);

const Percent = Type.String({ pattern: '^[0-9]+(\\.[0-9]+)?%$', description: 'a percentage such as 5%' });

const CiTarget = Type.Object(
  {
    threshold: Type.Optional(Percent),
    informational: Type.Optional(Type.Boolean({ description: 'report a regression of this target, never fail the build on it' })),
    budget: Type.Optional(Duration),
  },
  { additionalProperties: false },
);

/** `perfflow ci`: how the pull-request gate judges each target. */
const Ci = Type.Object(
  {
    threshold: Type.Optional(Percent),
    history: Type.Optional(Type.String({ minLength: 1, description: 'the JSON Lines history file, relative to the project root (default .perfflow/history.jsonl), or off' })),
    targets: Type.Optional(Type.Record(Type.String({ minLength: 1, maxLength: 200 }), CiTarget)),
  },
  { additionalProperties: false, description: 'perfflow ci: thresholds (a regression smaller than its threshold never fails), informational targets, per-target time budgets, the history file' },
);

/** `perfflow.config.yaml` (or `.yml`, `.json`) at the project root: what each target means. */
export const ConfigSchema = Type.Object(
  {
    targets: Type.Record(Type.String({ minLength: 1, maxLength: 200 }), Target),
    check: Type.Optional(CommandLine),
    ci: Type.Optional(Ci),
  },
  { additionalProperties: false, $id: 'config' },
);

/** The config file as written by the user, after schema validation. */
export type ConfigFile = Static<typeof ConfigSchema>;
/** An http target as written. */
export type HttpTargetFile = Static<typeof HttpTarget>;
/** One flow step as written. */
export type FlowStepFile = Static<typeof FlowStep>;
/** A function target as written. */
export type FunctionTargetFile = Static<typeof FunctionTarget>;
/** The `ci` section as written. */
export type CiFile = Static<typeof Ci>;
/** A command target as written. */
export type CommandTargetFile = Static<typeof CommandTarget>;
