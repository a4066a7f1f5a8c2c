// The targets of perfflow.config.yaml as the rest of perfflow sees them: one type per kind, with
// every default filled in.
import type { PageTargetConfig } from './page-target-config.js';

export type { PageTargetConfig } from './page-target-config.js';

/** A command to run without a shell: its words and how the config spelled it (for messages). */
export interface CommandSpec {
  argv: string[];
  text: string;
}

/** A request whose response is compared between base and candidate (http targets). */
export interface RequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Where a flow step takes a value from its answer. */
export type CaptureSpec = { from: 'json'; pointer: string } | { from: 'header'; name: string } | { from: 'cookie'; name: string };

/** One request of a flow, with its defaults filled in. `{{name}}` in url, headers and body is a captured value. */
export interface FlowStepSpec {
  name: string;
  method: string;
  /** A path (relative to the target's url) or an absolute URL, either may contain `{{name}}` and `${PORT}`. */
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** Captured values by name. */
  capture: Record<string, CaptureSpec>;
  /** Pause after the answer, ms (0 for none). */
  thinkMs: number;
  /** Statuses that count as success; empty for any 2xx. */
  expect: number[];
  /** JSON pointers of volatile fields of this step's answer (besides the target's). */
  ignore: string[];
}

/** One flow of an http target: steps run in order by each virtual user, chosen by weight. */
export interface FlowSpec {
  name: string;
  weight: number;
  steps: FlowStepSpec[];
}

/** Where an http target's load comes from: the builtin generator, or Artillery (locally or on AWS). */
export type LoadEngineSpec =
  | { name: 'builtin' }
  | { name: 'artillery'; platform: 'local' | 'aws-lambda' | 'aws-fargate'; workers: number; region: string | undefined };

/** What every target kind may set about its verdict. */
export interface VerdictSettings {
  /** The metric that must improve; undefined for the kind's default. */
  objective: string | undefined;
  /** Guard tolerances by metric: a fraction (0.1 = 10%; for error_rate a share of requests); Infinity for `off`. */
  guards: Record<string, number>;
}

/** An http target, with every default filled in. */
export interface HttpTargetConfig extends VerdictSettings {
  name: string;
  kind: 'http';
  /** The server command (PORT comes in its environment; `${PORT}` in a word is replaced), or none when the server runs already. */
  start: CommandSpec | undefined;
  /** Absolute working directory of the server command. */
  cwd: string;
  env: Record<string, string>;
  /** URL, may contain `${PORT}`. */
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  connections: number;
  /** One measured trial, ms (default 5 s). */
  durationMs: number;
  /** Unmeasured load before the trial, ms (default 1 s). */
  warmupMs: number;
  /** Open-loop arrival rate, requests per second; undefined for closed loop. */
  rate: number | undefined;
  /** How long to wait for the server to answer, ms (default 30 s). */
  readyTimeoutMs: number;
  /** JSON pointers of volatile response fields. */
  ignore: string[];
  /** Extra requests for the behaviour comparison. */
  requests: RequestSpec[];
  /** Multi-step flows measured instead of the single request; undefined for a single-request target. */
  flows?: FlowSpec[] | undefined;
  /** The load generator; undefined means the builtin one. */
  engine?: LoadEngineSpec | undefined;
  /** The guard rails of load against a service (remote-host.ts); undefined in targets made by hand (no limits). */
  guardRails?: GuardRails | undefined;
}

/** What limits the load perfflow sends to a service, and what it checks before. */
export interface GuardRails {
  /** `allow_remote: true`: load may go to a host that is not loopback. */
  allowRemote: boolean;
  /** True when the url's host is not loopback (then `allow_remote: true` was required). */
  remote: boolean;
  /** The host of the url (no credentials, no path), for the environment block. */
  host: string;
  /** URL checked for a 2xx answer before any load; undefined for none. */
  health: string | undefined;
  healthTimeoutMs: number;
  /** Requests (or flows) per second never exceeded; undefined for no cap. */
  maxRate: number | undefined;
  /** Share of failed or non-2xx answers over the sliding window that stops the load; undefined for never. */
  abortErrorRate: number | undefined;
}

/** A function target: a module whose default export maps task names to functions. */
export interface FunctionTargetConfig extends VerdictSettings {
  name: string;
  kind: 'function';
  /** Absolute path of the module. */
  file: string;
  /** The module path as written in the config. */
  fileText: string;
  /** Measured time of one batch of one task, ms (default 300 ms). */
  batchMs: number;
  /** Batches per task (default 10); the spread across batches is the error bar. */
  batches: number;
  /** Warm-up time per task, ms (default 300 ms). */
  warmupMs: number;
}

/** A command target: a program run repeatedly. */
export interface CommandTargetConfig extends VerdictSettings {
  name: string;
  kind: 'command';
  run: CommandSpec;
  cwd: string;
  env: Record<string, string>;
  /** Measured runs (default 10). */
  runs: number;
  /** Unmeasured runs first (default 1). */
  warmup: number;
  /** Kill one run after this long, ms (default 120 s). */
  timeoutMs: number;
}

/** Any target. */
export type TargetConfig = HttpTargetConfig | FunctionTargetConfig | CommandTargetConfig | PageTargetConfig;
