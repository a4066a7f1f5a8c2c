import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

const Nullable = <T extends ReturnType<typeof Type.Number>>(schema: T) => Type.Union([schema, Type.Null()]);

/** How one metric came out in the gate, after the adjustment across every target. */
export const CiMetricVerdictSchema = Type.Union(
  [Type.Literal('regressed'), Type.Literal('within-threshold'), Type.Literal('improved'), Type.Literal('unchanged'), Type.Literal('inconclusive')],
  { description: 'regressed: significant after Holm across all targets, beyond the noise floor and the threshold (fails unless accepted or informational); within-threshold: the same but no larger than the threshold; inconclusive is never a failure' },
);

/** One metric of one target. */
export const CiMetricSchema = Type.Object(
  {
    name: Type.String(),
    unit: Type.String(),
    direction: Type.Union([Type.Literal('lower'), Type.Literal('higher')]),
    scale: Type.Union([Type.Literal('log'), Type.Literal('difference')]),
    base: Nullable(Type.Number({ description: 'median of the base trials' })),
    head: Nullable(Type.Number({ description: 'median of the head trials' })),
    effect: Nullable(Type.Number({ description: 'head / base (log metrics) or head - base (difference metrics)' })),
    ci95: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()]),
    noise_floor: Type.Number({ description: 'fraction for log metrics, amount for difference metrics' }),
    threshold: Nullable(Type.Number({ description: 'how much worse it may get before the gate fails; null: never fails (guard off)' })),
    p: Nullable(Type.Number({ description: 'the intersection-union p-value of the comparison (the larger of the two single-copy tests) where it was analysed' })),
    p_design: Nullable(Type.Number({ description: "the p-value that enters Holm: p itself under the fixed budget; under the sequential design the smallest level at which the design would have rejected at a look it took (valid however often it was looked at)" })),
    p_holm: Nullable(Type.Number({ description: 'p_design Holm-adjusted across every metric of every target of this run' })),
    verdict: CiMetricVerdictSchema,
  },
  { additionalProperties: false },
);

const Acceptance = Type.Object(
  {
    by: Type.Union([Type.Literal('trailer'), Type.Literal('label')]),
    source: Type.String({ description: 'the commit with the trailer, or the label / PERFFLOW_ACCEPT entry' }),
  },
  { additionalProperties: false },
);

/** How a target's comparison spent its time. */
export const CiDesignSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('sequential'), Type.Literal('fixed')], { description: 'sequential: interim looks at half and three quarters of the budget could stop a clear effect early; fixed: the whole budget' }),
    budget_ms: Type.Number({ minimum: 0, description: 'the measuring time budget' }),
    stopped_early: Type.Boolean(),
    look: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'the look of the pre-registered schedule that stopped it (1: half the budget, 2: three quarters)' }),
    stop_alpha: Nullable(Type.Number({ description: "the level of the design whose boundary a look had to cross to stop: alpha over the metrics the adjustment across targets was expected to count, so that a stopped target's result survives it" })),
    saved_ms: Type.Number({ minimum: 0, description: 'budget not spent because a look stopped the comparison' }),
  },
  { additionalProperties: false },
);

/** One target of a gate run. */
export const CiTargetSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('function'), Type.Literal('command'), Type.Literal('http'), Type.Literal('page'), Type.Null()]),
    outcome: Type.Union([Type.Literal('pass'), Type.Literal('fail'), Type.Literal('accepted'), Type.Literal('error'), Type.Literal('skipped')], {
      description: 'accepted: it would fail, and a perfflow-accept trailer or label names it; error: it could not be run (fails the build); skipped: nothing to compare',
    }),
    informational: Type.Boolean(),
    threshold: Type.Number(),
    accepted: Type.Union([Acceptance, Type.Null()]),
    reasons: Type.Array(Type.String(), { description: 'why, most important first' }),
    metrics: Type.Array(CiMetricSchema),
    behaviour: Type.Union([Type.Boolean(), Type.Null()], { description: 'true: unchanged; false: changed (fails unless accepted); null: not established or not compared' }),
    harness_edits: Type.Array(Type.String(), { description: 'harness files the change edits; measured through the base harness, reported' }),
    pairs: Type.Integer({ minimum: 0 }),
    elapsed_ms: Type.Number({ minimum: 0 }),
    design: Type.Union([CiDesignSchema, Type.Null()], { description: 'null for a target not compared' }),
    comparison_file: Type.Union([Type.String(), Type.Null()], { description: 'the full performance-comparison of the target, when written' }),
  },
  { additionalProperties: false },
);

/** The environment of a run, for telling runs on different machines apart. */
export const EnvironmentFingerprintSchema = Type.Object(
  {
    fingerprint: Type.String({ description: 'sha256 prefix of the stable machine facts (CPU, cores, memory, OS, Node, V8, cgroup limits)' }),
    cpu_model: Type.String(),
    cores: Type.Integer(),
    platform: Type.String(),
    node: Type.String(),
  },
  { additionalProperties: false },
);

/** The result of `perfflow ci`. */
export const CiResultSchema = Type.Object(
  {
    version: Type.Literal(1),
    status: Type.Union([Type.Literal('pass'), Type.Literal('fail'), Type.Literal('error')]),
    exit_code: Type.Union([Type.Literal(0), Type.Literal(1), Type.Literal(4)]),
    base: Type.Object({ commit: Type.String({ minLength: 1 }), ref: Type.String(), how: Type.String() }, { additionalProperties: false }),
    head: Type.Object({ commit: Type.String({ minLength: 1 }), ref: Type.String() }, { additionalProperties: false }),
    alpha: Type.Number(),
    adjustment: Type.String({ description: 'how the p-values were adjusted, and over how many metrics' }),
    targets: Type.Array(CiTargetSchema),
    environment: EnvironmentFingerprintSchema,
    report: Type.Union([Type.String(), Type.Null()], { description: 'the HTML report, relative to the project root' }),
    created_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false, $id: 'ci-result' },
);

/** One line of the history store: one metric of one target in one run. */
export const CiHistoryEntrySchema = Type.Object(
  {
    version: Type.Literal(1),
    recorded_at: Type.String({ format: 'date-time' }),
    commit: Type.String({ minLength: 1 }),
    base_commit: Type.String({ minLength: 1 }),
    target: Type.String({ minLength: 1 }),
    metric: Type.String(),
    unit: Type.String(),
    scale: Type.Union([Type.Literal('log'), Type.Literal('difference')]),
    estimate: Nullable(Type.Number({ description: 'the paired effect of this run: head / base, or head - base' })),
    ci95: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()]),
    noise_floor: Type.Number(),
    verdict: CiMetricVerdictSchema,
    environment: EnvironmentFingerprintSchema,
  },
  { additionalProperties: false, $id: 'ci-history-entry' },
);

export type CiMetric = Static<typeof CiMetricSchema>;
export type CiMetricVerdict = Static<typeof CiMetricVerdictSchema>;
export type CiTarget = Static<typeof CiTargetSchema>;
export type CiDesign = Static<typeof CiDesignSchema>;
export type CiResult = Static<typeof CiResultSchema>;
export type CiHistoryEntry = Static<typeof CiHistoryEntrySchema>;
export type EnvironmentFingerprint = Static<typeof EnvironmentFingerprintSchema>;
