// Reads Artillery's JSON report (`artillery run --output`) into perfflow's figures. Artillery keeps
// DDSketch histograms (1% relative accuracy, summaries rounded to 0.1 ms): `vusers.session_length`,
// a virtual user's life from its arrival to its last answer read (process.hrtime), and
// `http.response_time`, time to first byte after the request was written, in whole milliseconds
// (got's Date.now() stamps); counters such as `http.codes.200`, `errors.ETIMEDOUT`, `vusers.failed`;
// and, through its bundled metrics-by-endpoint plugin, time to first byte and counts per request
// name. A target's latency is the session length: like the builtin generator's open loop it runs
// from the arrival to the whole answer, so waiting for a connection counts. What it does not give
// is left out.
import { InputError } from '../../errors.js';
import type { HttpMetrics } from '../../contracts/baseline-metrics.js';

/** Latency resolution of a target's figures (session length), µs: summaries rounded to 0.1 ms, within 1% of the value. */
export const ARTILLERY_RESOLUTION_US = 100;
/** Latency resolution of per-step figures (metrics-by-endpoint time to first byte), µs: whole milliseconds. */
export const ARTILLERY_STEP_RESOLUTION_US = 1000;

const BY_ENDPOINT = 'plugins.metrics-by-endpoint';

type Latency = HttpMetrics['latency_us'];
type FlowBlock = NonNullable<HttpMetrics['flow']>;

/** Counters and latency summaries of a report's aggregate, checked to be numbers. */
export interface ReportAggregate {
  counters: Map<string, number>;
  summaries: Map<string, Record<string, number>>;
  /** The first and the last metric Artillery recorded, epoch ms (the load's window); null when not given. */
  window: { from: number; to: number } | null;
}

function numbers(value: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'number' && Number.isFinite(v)) out.set(k, v);
  return out;
}

/**
 * Takes the aggregate of an Artillery JSON report.
 * @param report - the parsed file
 * @returns its counters and summaries
 * @throws InputError `invalid-file` when the file has no aggregate
 */
export function reportAggregate(report: unknown): ReportAggregate {
  const aggregate = report !== null && typeof report === 'object' && 'aggregate' in report ? report.aggregate : undefined;
  if (aggregate === null || typeof aggregate !== 'object') throw new InputError('invalid-file', 'the Artillery report has no aggregate section; is it the file of artillery run --output?');
  const summaries = new Map<string, Record<string, number>>();
  const raw = 'summaries' in aggregate ? aggregate.summaries : undefined;
  if (raw !== null && typeof raw === 'object') for (const [k, v] of Object.entries(raw)) summaries.set(k, Object.fromEntries(numbers(v)));
  const times = numbers(aggregate);
  const from = times.get('firstMetricAt');
  const to = times.get('lastMetricAt');
  return { counters: numbers('counters' in aggregate ? aggregate.counters : undefined), summaries, window: from === undefined || to === undefined ? null : { from, to } };
}

/**
 * A summary in ms as perfflow's latency block in µs (no standard deviation: Artillery gives none).
 * @param s - Artillery's summary (min, max, mean, p50, p90, p99, p999)
 * @param shiftMs - subtracted from every figure (a flow's think time), ms
 * @returns the latency block, zeros when the summary is missing
 */
export function latencyFromSummary(s: Record<string, number> | undefined, shiftMs = 0): Latency {
  const at = (key: string): number => Math.max(0, Math.round(((s?.[key] ?? 0) - (s === undefined ? 0 : shiftMs)) * 1000));
  return { p50: at('p50'), p90: at('p90'), p99: at('p99'), p999: at('p999'), max: at('max'), min: at('min'), mean: at('mean') };
}

/** Counters under a prefix, by the rest of their name: `http.codes.` gives `{ '200': n }`. */
function under(counters: Map<string, number>, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of counters) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
const non2xxOf = (codes: Record<string, number>): number => sum(Object.fromEntries(Object.entries(codes).filter(([c]) => !c.startsWith('2'))));

/** The request-level figures: what was sent, answered, failed, by status and error. */
export interface RequestFigures {
  requests: number;
  responses: number;
  errors: number;
  errorKinds: Record<string, number>;
  statusCodes: Record<string, number>;
  non2xx: number;
  bytesRead: number;
  latencyUs: Latency;
}

/**
 * The figures of a single-request target.
 * @param a - the report's aggregate
 * @returns requests, answers, errors, statuses and latency
 */
export function requestFigures(a: ReportAggregate): RequestFigures {
  const statusCodes = under(a.counters, 'http.codes.');
  const errorKinds = under(a.counters, 'errors.');
  return {
    requests: a.counters.get('http.requests') ?? 0,
    responses: a.counters.get('http.responses') ?? sum(statusCodes),
    errors: sum(errorKinds),
    errorKinds,
    statusCodes,
    non2xx: non2xxOf(statusCodes),
    bytesRead: a.counters.get('http.downloaded_bytes') ?? 0,
    latencyUs: latencyFromSummary(a.summaries.get('vusers.session_length')),
  };
}

/** A flow as the reader needs it: its name, weight, step names (`<flow>.<step>`, methods and urls) and think time. */
export interface FlowOutline {
  name: string;
  weight: number;
  thinkMs: number;
  steps: { name: string; method: string; url: string }[];
}

/**
 * The figures of a flow target: whole flows at the top (iterations = Artillery's virtual users, the
 * flow's latency = its session length less the think time), and per step from metrics-by-endpoint.
 * A virtual user stops at its first failed request, so a flow's failed iterations are its steps' errors.
 * @param a - the report's aggregate
 * @param flows - the target's flows
 * @returns the top-level figures and the `http.flow` block
 */
export function flowFigures(a: ReportAggregate, flows: FlowOutline[]): { top: RequestFigures; flow: FlowBlock; notes: string[] } {
  const notes: string[] = [];
  const steps = flows.flatMap((f) =>
    f.steps.map((s) => {
      const codes = under(a.counters, `${BY_ENDPOINT}.${s.name}.codes.`);
      const errorKinds = under(a.counters, `${BY_ENDPOINT}.${s.name}.errors.`);
      const responses = sum(codes);
      return {
        flow: f.name, name: s.name.slice(f.name.length + 1), method: s.method, url: s.url,
        requests: responses + sum(errorKinds), responses, errors: sum(errorKinds), error_kinds: errorKinds,
        non_2xx: non2xxOf(codes), status_codes: codes, latency_us: latencyFromSummary(a.summaries.get(`${BY_ENDPOINT}.response_time.${s.name}`)),
      };
    }),
  );
  const flowCounts = flows.map((f) => {
    const started = a.counters.get(`vusers.created_by_name.${f.name}`) ?? 0;
    const failed = steps.filter((s) => s.flow === f.name).reduce((n, s) => n + s.errors, 0);
    return { name: f.name, weight: f.weight, started, completed: Math.max(0, started - failed), failed };
  });
  const thinks = new Set(flows.map((f) => f.thinkMs));
  const shift = thinks.size === 1 ? (flows[0]?.thinkMs ?? 0) : 0;
  if (thinks.size > 1) notes.push('flow latency without think time: the flows think for different times and Artillery gives one session-length histogram for all, so the top-level flow latency includes think time');
  const request = requestFigures(a);
  const top: RequestFigures = {
    ...request,
    requests: a.counters.get('vusers.created') ?? 0,
    responses: a.counters.get('vusers.completed') ?? 0,
    errors: a.counters.get('vusers.failed') ?? 0,
    latencyUs: latencyFromSummary(a.summaries.get('vusers.session_length'), shift),
  };
  notes.push('per-step latency resolution: metrics-by-endpoint times each step to its first byte in whole milliseconds');
  return { top, flow: { flows: flowCounts, steps, think_ms: Object.fromEntries(flows.map((f) => [f.name, f.thinkMs])) }, notes };
}
