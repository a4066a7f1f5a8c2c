import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** One goal of a plan, with a target that a measurement can confirm or refute. */
export const PlanGoalSchema = Type.Object(
  {
    description: Type.String({ minLength: 1 }),
    metric: Type.String({ minLength: 1, description: 'the measured metric, e.g. latency_p99' }),
    baseline: Type.Optional(Type.Number({ description: 'the value measured by the baseline step' })),
    target: Type.Number({ description: 'the value to reach' }),
    unit: Type.String({ minLength: 1, description: 'e.g. ms, req/s, %' }),
    direction: Type.Optional(Type.Union([Type.Literal('lower'), Type.Literal('higher')])),
  },
  { additionalProperties: false },
);

/** A risk with the way it is kept in check. */
export const PlanRiskSchema = Type.Object(
  {
    risk: Type.String({ minLength: 1 }),
    likelihood: Type.Optional(Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')])),
    impact: Type.Optional(Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')])),
    mitigation: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);

/** `plan-<workflow_id>.json`: the planner's plan, as the response-rater reads it. */
export const PlanSchema = Type.Object(
  {
    version: Type.Literal(1),
    plan_id: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$' }),
    workflow_id: Type.Optional(Type.String()),
    target: Type.Optional(Type.String()),
    summary: Type.String({ minLength: 1 }),
    goals: Type.Array(PlanGoalSchema, { minItems: 1 }),
    strategy: Type.Optional(Type.String({ description: 'how the analysis and optimization will proceed' })),
    bottlenecks_referenced: Type.Array(
      Type.Object(
        {
          id: Type.Optional(Type.String()),
          description: Type.String({ minLength: 1 }),
          evidence: Type.Optional(Type.String({ description: 'what in the baseline or profile points at it' })),
        },
        { additionalProperties: false },
      ),
      { description: 'suspected or known bottlenecks the plan works on' },
    ),
    risks: Type.Array(PlanRiskSchema, { minItems: 1 }),
    agent_assignments: Type.Array(
      Type.Object(
        {
          agent: Type.String({ minLength: 1 }),
          tasks: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, description: 'every agent of the flow with what it does' },
    ),
    integration: Type.Optional(Type.String({ description: 'how the steps hand over to each other and to the existing code' })),
    validation: Type.Object(
      { steps: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }) },
      { additionalProperties: false },
    ),
    rollback: Type.Object(
      { steps: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false, $id: 'plan' },
);

export type PlanGoal = Static<typeof PlanGoalSchema>;
export type PlanRisk = Static<typeof PlanRiskSchema>;
export type Plan = Static<typeof PlanSchema>;
