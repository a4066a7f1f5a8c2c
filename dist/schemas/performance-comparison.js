import { Type } from '@sinclair/typebox';
const Nullable = (schema) => Type.Union([schema, Type.Null()]);
/** One compared metric. */
export const ComparedMetricSchema = Type.Object({
    name: Type.String(),
    unit: Type.String(),
    direction: Type.Union([Type.Literal('lower'), Type.Literal('higher')], { description: 'which way is better' }),
    scale: Type.Union([Type.Literal('log'), Type.Literal('difference')], { description: 'log: effect is a ratio; difference: effect is candidate minus base' }),
    objective: Type.Boolean(),
    base: Nullable(Type.Number({ description: 'median of the base trials' })),
    candidate: Nullable(Type.Number({ description: 'median of the candidate trials' })),
    effect: Nullable(Type.Number({ description: 'candidate / base (geometric mean of per-pair ratios), or the mean difference' })),
    ci95: Type.Union([Type.Tuple([Type.Number(), Type.Number()]), Type.Null()]),
    p: Nullable(Type.Number()),
    p_adjusted: Nullable(Type.Number({ description: 'Holm-adjusted across the metrics' })),
    noise_floor: Type.Number({ description: 'fraction for log metrics, amount for difference metrics' }),
    noise_floor_measured: Nullable(Type.Number()),
    pairs: Type.Integer({ minimum: 0 }),
    verdict: Type.Union([Type.Literal('improved'), Type.Literal('regressed'), Type.Literal('unchanged'), Type.Literal('inconclusive')]),
}, { additionalProperties: false });
const Commit = Type.Object({ commit: Type.String({ minLength: 1 }), ref: Type.Optional(Type.String()), dirty: Type.Boolean() }, { additionalProperties: false });
/** `performance-comparison.json`: the verdict of a paired base-versus-candidate comparison. */
export const PerformanceComparisonSchema = Type.Object({
    version: Type.Literal(1),
    target: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('function'), Type.Literal('command'), Type.Literal('http')]),
    validation_status: Type.Union([Type.Literal('pass'), Type.Literal('fail'), Type.Literal('inconclusive')]),
    status_reasons: Type.Array(Type.String()),
    objective: Type.Object({ metric: Type.String(), direction: Type.Union([Type.Literal('lower'), Type.Literal('higher')]) }, { additionalProperties: false }),
    metrics: Type.Array(ComparedMetricSchema, { minItems: 1 }),
    noise_floor: Type.Object({
        method: Type.String(),
        minimum: Type.Number(),
        objective: Type.Number({ description: 'the floor applied to the objective metric' }),
    }, { additionalProperties: false }),
    behaviour: Type.Object({
        passed: Type.Union([Type.Boolean(), Type.Null()], { description: 'null: not established (a check fails on the base already)' }),
        checks: Type.Array(Type.Object({
            name: Type.String(),
            kind: Type.Union([Type.Literal('check-command'), Type.Literal('http-response'), Type.Literal('function-return')]),
            status: Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('base-failed')]),
            detail: Type.String(),
        }, { additionalProperties: false })),
    }, { additionalProperties: false }),
    design: Type.Object({
        pairs: Type.Integer({ minimum: 0, description: 'complete blocks (base, candidate and A/A copy each measured once)' }),
        trials_per_side: Type.Integer({ minimum: 0 }),
        processes_per_side: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'null when trials share one process (function targets)' }),
        unit: Type.String(),
        iterations: Type.Record(Type.String(), Type.Integer()),
        invalid_trials: Type.Integer({ minimum: 0, description: 'trials dropped because the load generator saturated' }),
        time_budget_ms: Type.Number({ minimum: 0 }),
        elapsed_ms: Type.Number({ minimum: 0 }),
        order_seed: Type.Integer(),
        estimator: Type.String({ description: 'how the per-pair effects are summarised' }),
        bootstrap_resamples: Type.Integer({ minimum: 1 }),
        alpha: Type.Number(),
    }, { additionalProperties: false }),
    environment: Type.Record(Type.String(), Type.Unknown()),
    base: Commit,
    candidate: Commit,
    base_dependencies: Type.Union([Type.Literal('none'), Type.Literal('linked'), Type.Literal('installed')]),
    created_at: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'performance-comparison' });
