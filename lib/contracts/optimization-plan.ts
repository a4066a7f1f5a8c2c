import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** `optimization-plan.json`: the architect's optimizations, each tied to a bottleneck. */
export const OptimizationPlanSchema = Type.Object(
  {
    version: Type.Literal(1),
    summary: Type.String({ minLength: 1 }),
    optimizations: Type.Array(
      Type.Object(
        {
          id: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
          title: Type.String({ minLength: 1 }),
          addresses: Type.Array(Type.String({ minLength: 1 }), {
            minItems: 1,
            description: 'ids of the bottlenecks in bottleneck-report.json this optimization addresses',
          }),
          approach: Type.String({ minLength: 1 }),
          files: Type.Array(Type.String(), { description: 'files expected to change' }),
          expected_gain: Type.String({ description: 'the effect expected on the target metric, e.g. "p50 -30%"' }),
          risk: Type.String({ minLength: 1 }),
          behaviour_preserved_by: Type.String({ minLength: 1, description: 'how unchanged behaviour is ensured' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    order: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: false, $id: 'optimization-plan' },
);

export type OptimizationPlan = Static<typeof OptimizationPlanSchema>;
