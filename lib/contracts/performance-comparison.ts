import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

const Nullable = <T extends ReturnType<typeof Type.Number>>(schema: T) => Type.Union([schema, Type.Null()]);

const Verdict = Type.Union([Type.Literal('improved'), Type.Literal('regressed'), Type.Literal('unchanged'), Type.Literal('inconclusive')]);

/** One compared metric. */
export const ComparedMetricSchema = Type.Object(
  {
    name: Type.String(),
    unit: Type.String(),
    direction: Type.Union([Type.Literal('lower'), Type.Literal('higher')], { description: 'which way is better' }),
    scale: Type.Union([Type.Literal('log'), Type.Literal('difference')], { description: 'log: effect is a ratio; difference: effect is candidate minus base' }),
    objective: Type.Boolean(),
    base: Nullable(Type.Number({ description: 'median of the base trials' })),
    candidate: Nullable(Type.Number({ description: 'median of the candidate trials' })),
    effect: Nullable(Type.Number({ description: 'candidate / base (geometric mean of per-pair ratios), or the mean difference' })),
    ci95: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()]),
    ci95_each: Type.Union([Type.Tuple([Type.Tuple([Type.Number(), Type.Number()]), Type.Tuple([Type.Number(), Type.Number()])]), Type.Null()], {
      description: 'the 95% intervals of the candidate against the base alone and against its A/A copy alone; a verdict needs both to exclude no change',
    }),
    p: Nullable(Type.Number()),
    p_adjusted: Nullable(Type.Number({ description: 'the objective: the larger p of the two single-copy tests; guards: that, Holm-adjusted among the guards' })),
    noise_floor: Type.Number({ description: 'fraction for log metrics, amount for difference metrics' }),
    noise_floor_measured: Nullable(Type.Number()),
    pairs: Type.Integer({ minimum: 0 }),
    verdict: Verdict,
    role: Type.Union([Type.Literal('objective'), Type.Literal('guard')], { description: 'objective: must improve; guard: must not get worse beyond its tolerance' }),
    tolerance: Nullable(Type.Number({ description: 'guards: how much worse it may get (fraction for log metrics, amount for difference metrics); null for the objective or a guard that never fails' })),
    load: Type.Union([Type.String(), Type.Null()], { description: 'the load the figure was taken under' }),
  },
  { additionalProperties: false },
);

const HarnessEdit = Type.Object(
  {
    path: Type.String(),
    status: Type.Union([Type.Literal('added'), Type.Literal('modified'), Type.Literal('deleted')]),
    role: Type.String({ description: 'why the file is part of the harness' }),
  },
  { additionalProperties: false },
);

const SequentialLookSchema = Type.Object(
  {
    look: Type.Integer({ minimum: 1, description: 'number of the look in the pre-registered schedule' }),
    blocks: Type.Integer({ minimum: 0, description: 'complete blocks at the look' }),
    fraction: Type.Number({ description: 'information fraction: elapsed time / time budget' }),
    alpha_spent: Type.Number({ description: 'cumulative alpha spent up to this look (0 when the look was not taken)' }),
    nominal_alpha: Type.Number({ description: "the look's two-sided level in the design that stops (at stop_alpha): the objective's p must be below it to stop" }),
    p: Nullable(Type.Number({ description: "the objective's intersection-union p at the look" })),
    outcome: Type.Union([Type.Literal('continue'), Type.Literal('stop'), Type.Literal('skipped')], { description: 'skipped: the block count cannot reach the boundary, so the look was not taken and spent nothing' }),
    reason: Type.String(),
  },
  { additionalProperties: false },
);

const SequentialSchema = Type.Object(
  {
    spending: Type.String({ description: 'the alpha-spending function and how the boundaries are computed' }),
    alpha: Type.Number({ description: 'the overall two-sided level the design keeps' }),
    stop_alpha: Type.Optional(Type.Number({ description: 'the overall level of the design whose boundaries a look had to cross to stop: alpha, or less where the p is later compared with less (Holm across the targets of perfflow ci)' })),
    fractions: Type.Array(Type.Number(), { description: 'the pre-registered information fractions (shares of the time budget) of the interim looks' }),
    looks: Type.Array(SequentialLookSchema),
    final_alpha: Nullable(Type.Number({ description: 'the nominal level of the final analysis; null when a look stopped the comparison' })),
    final_fraction: Type.Optional(Nullable(Type.Number({ description: 'the information fraction of the final analysis; null when a look stopped the comparison' }))),
    stopped_early: Type.Boolean(),
    stopped_at: Type.Union([Type.Object({ block: Type.Integer({ minimum: 0 }), look: Type.Integer({ minimum: 1 }), reason: Type.String() }, { additionalProperties: false }), Type.Null()]),
  },
  { additionalProperties: false, description: 'the pre-registered group-sequential design (present only when the comparison ran with it) and its course' },
);

const Deployment = Type.Object(
  {
    url: Type.String({ description: 'scheme, host and path; credentials and the query left out' }),
    host: Type.String(),
    remote: Type.Boolean({ description: 'false for loopback (127.0.0.0/8, ::1, localhost)' }),
  },
  { additionalProperties: false },
);

const Deployments = Type.Object(
  {
    base: Deployment,
    candidate: Deployment,
    not_measured: Type.Array(Type.String(), { description: 'what a running deployment does not show from here (its memory, its CPU): left out, never estimated' }),
  },
  { additionalProperties: false, description: 'present when two running deployments were compared by URL (nothing started, nothing checked out)' },
);

const Commit = Type.Object(
  { commit: Type.String({ minLength: 1 }), ref: Type.Optional(Type.String()), dirty: Type.Boolean() },
  { additionalProperties: false },
);

/** `performance-comparison.json`: the verdict of a paired base-versus-candidate comparison. */
export const PerformanceComparisonSchema = Type.Object(
  {
    version: Type.Literal(2),
    target: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('function'), Type.Literal('command'), Type.Literal('http'), Type.Literal('page')]),
    validation_status: Type.Union([Type.Literal('pass'), Type.Literal('fail'), Type.Literal('inconclusive')]),
    status_reasons: Type.Array(Type.String()),
    objective: Type.Object(
      { metric: Type.String(), direction: Type.Union([Type.Literal('lower'), Type.Literal('higher')]) },
      { additionalProperties: false },
    ),
    metrics: Type.Array(ComparedMetricSchema, { minItems: 1 }),
    guards: Type.Array(
      Type.Object(
        {
          metric: Type.String(),
          change: Type.String({ description: 'the change with its 95% interval and floor, as people read it' }),
          tolerance: Nullable(Type.Number()),
          verdict: Verdict,
          outcome: Type.Union([Type.Literal('ok'), Type.Literal('within-tolerance'), Type.Literal('exceeded')], { description: 'exceeded fails the gate; within-tolerance is reported' }),
          load: Type.Union([Type.String(), Type.Null()]),
        },
        { additionalProperties: false },
      ),
      { description: 'every metric other than the objective, judged against its tolerance' },
    ),
    harness: Type.Object(
      {
        source: Type.Object({ commit: Type.String({ minLength: 1 }), label: Type.String() }, { additionalProperties: false, description: 'where the measuring harness was taken from' }),
        pinned: Type.Array(Type.String(), { description: 'what of the harness was pinned' }),
        edited: Type.Array(HarnessEdit, { description: 'harness files the change modified or deleted: the gate fails closed on them' }),
        added: Type.Array(HarnessEdit, { description: 'test files the change added: reported; the pinned tests still ran on the candidate' }),
        tests_on_candidate: Type.Union([Type.Literal('same'), Type.Literal('pinned-and-own'), Type.Literal('none')], {
          description: "same: the candidate's tests are the pinned ones; pinned-and-own: the pinned tests and the candidate's own both ran on the candidate; none: no check command",
        }),
      },
      { additionalProperties: false },
    ),
    noise_floor: Type.Object(
      {
        method: Type.String(),
        minimum: Type.Number(),
        objective: Type.Number({ description: 'the floor applied to the objective metric' }),
      },
      { additionalProperties: false },
    ),
    behaviour: Type.Object(
      {
        passed: Type.Union([Type.Boolean(), Type.Null()], { description: 'null: not established (a check fails on the base already)' }),
        checks: Type.Array(
          Type.Object(
            {
              name: Type.String(),
              kind: Type.Union([Type.Literal('check-command'), Type.Literal('http-response'), Type.Literal('function-return'), Type.Literal('candidate-error'), Type.Literal('call-history'), Type.Literal('page-dom')]),
              status: Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('base-failed')]),
              detail: Type.String(),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    design: Type.Object(
      {
        pairs: Type.Integer({ minimum: 0, description: 'complete blocks (base, candidate and A/A copy each measured once)' }),
        trials_per_side: Type.Integer({ minimum: 0 }),
        processes_per_side: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'null when trials share one process (function targets)' }),
        unit: Type.String(),
        iterations: Type.Record(Type.String(), Type.Integer()),
        invalid_trials: Type.Integer({ minimum: 0, description: 'trials dropped because the load generator saturated' }),
        time_budget_ms: Type.Number({ minimum: 0 }),
        elapsed_ms: Type.Number({ minimum: 0 }),
        stopped_by: Type.Union([Type.Literal('budget'), Type.Literal('max-blocks'), Type.Literal('settled'), Type.Literal('sequential')], {
          description: 'settled: the candidate failed too often for more trials to matter; sequential: an interim look of the pre-registered sequential design crossed its boundary',
        }),
        arms: Type.String({ description: 'where each arm ran from' }),
        order_seed: Type.Integer(),
        estimator: Type.String({ description: 'how the per-pair effects are summarised' }),
        bootstrap_resamples: Type.Integer({ minimum: 1 }),
        alpha: Type.Number(),
        sequential: Type.Optional(SequentialSchema),
      },
      { additionalProperties: false },
    ),
    environment: Type.Record(Type.String(), Type.Unknown()),
    base: Commit,
    candidate: Commit,
    base_dependencies: Type.Union([Type.Literal('none'), Type.Literal('linked'), Type.Literal('installed')]),
    deployments: Type.Optional(Deployments),
    created_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false, $id: 'performance-comparison' },
);

export type ComparedMetric = Static<typeof ComparedMetricSchema>;
export type PerformanceComparison = Static<typeof PerformanceComparisonSchema>;
