import { Type } from '@sinclair/typebox';
/** One rubric dimension as rated. */
export const RatedDimensionSchema = Type.Object({
    name: Type.String({ minLength: 1 }),
    score: Type.Number({ minimum: 0, maximum: 10 }),
    weight: Type.Number({ minimum: 0 }),
    ceiling: Type.Number({ minimum: 0, maximum: 10, description: 'the most the structural evidence allows for this dimension' }),
    reasons: Type.Array(Type.String()),
}, { additionalProperties: false });
/** A rater that took part (or tried to). */
export const RaterRecordSchema = Type.Object({
    kind: Type.Union([Type.Literal('structural'), Type.Literal('model'), Type.Literal('agent'), Type.Literal('claude-cli')], {
        description: 'model: the Messages API with a key; agent: the rater subagent in Claude Code; claude-cli: a headless claude -p with the user login',
    }),
    model: Type.Optional(Type.String({ description: 'the model, agent or command that judged' })),
    status: Type.Union([Type.Literal('ok'), Type.Literal('failed'), Type.Literal('skipped')]),
    score: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
    attempts: Type.Optional(Type.Integer({ minimum: 0 })),
    error: Type.Optional(Type.String({ description: 'why the rater failed (redacted)' })),
    fallback: Type.Optional(Type.Literal('structural', { description: 'the score used instead after a failure' })),
    detail: Type.Optional(Type.String()),
}, { additionalProperties: false });
/** A cap applied because a required part of the plan is missing. */
export const RatingCapSchema = Type.Object({
    requirement: Type.String(),
    cap: Type.Number({ minimum: 0, maximum: 10 }),
    reason: Type.String(),
}, { additionalProperties: false });
/** `plans/<plan_id>-rating.json`: the response-rater's verdict on one version of a plan. */
export const RatingSchema = Type.Object({
    version: Type.Literal(1),
    plan_id: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$' }),
    run_id: Type.Optional(Type.String()),
    plan_file: Type.String({ minLength: 1, description: 'the rated file, relative to the run directory (or as given, standalone)' }),
    plan_sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: "sha256 of the rated file's bytes; a changed plan needs a new rating" }),
    plan_format: Type.Union([Type.Literal('json'), Type.Literal('markdown'), Type.Literal('text')]),
    rubric: Type.Object({ name: Type.String(), version: Type.Integer(), sha256: Type.String() }, { additionalProperties: false }),
    score: Type.Number({ minimum: 0, maximum: 10 }),
    minimum: Type.Number({ minimum: 0, maximum: 10 }),
    passed: Type.Boolean(),
    attempt: Type.Integer({ minimum: 1 }),
    max_attempts: Type.Optional(Type.Integer({ minimum: 1 })),
    dimensions: Type.Array(RatedDimensionSchema, { minItems: 1 }),
    caps: Type.Array(RatingCapSchema),
    raters: Type.Array(RaterRecordSchema, { minItems: 1 }),
    feedback: Type.Array(Type.String(), { description: 'for the planner: weak dimensions and concrete improvements (empty when passed)' }),
    rated_at: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'rating' });
