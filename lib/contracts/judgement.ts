import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** One dimension as a judge scored it, with quotes from the plan that back the score. */
export const JudgedDimensionSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    score: Type.Number({ minimum: 0, maximum: 10 }),
    reasons: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    evidence: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'short verbatim quotes from the plan that justify the score' }),
  },
  { additionalProperties: false },
);

/** What every judge returns. */
export const JudgeOutputSchema = Type.Object(
  {
    dimensions: Type.Array(JudgedDimensionSchema, { minItems: 1 }),
    suggestions: Type.Array(Type.String({ minLength: 1 }), { description: 'concrete improvements, most important first' }),
  },
  { additionalProperties: false },
);

/** `plans/<plan_id>-judgement.json`: the rater agent's judgement, bound to the plan it read. */
export const JudgementSchema = Type.Object(
  {
    version: Type.Literal(1),
    judge: Type.String({ minLength: 1, description: 'who judged, e.g. perfflow:rater' }),
    dimensions: Type.Array(JudgedDimensionSchema, { minItems: 1 }),
    suggestions: Type.Array(Type.String({ minLength: 1 })),
    bound_to: Type.Optional(
      Type.Object(
        { file: Type.String(), sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }) },
        { additionalProperties: false, description: 'stamped by perfflow write: the plan file and its sha256 when the judgement was written' },
      ),
    ),
  },
  { additionalProperties: false, $id: 'judgement' },
);

export type JudgeOutput = Static<typeof JudgeOutputSchema>;
export type Judgement = Static<typeof JudgementSchema>;
export type JudgedDimension = Static<typeof JudgedDimensionSchema>;

