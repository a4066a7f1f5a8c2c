import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** The action recovery recommends after a failure. */
export const NextActionSchema = Type.Union([
  Type.Literal('retry'),
  Type.Literal('fallback'),
  Type.Literal('rollback'),
  Type.Literal('escalate'),
  Type.Literal('return-to-step'),
  Type.Literal('none'),
]);

/** `recovery-state.json`: what failed, at which attempt, and what happens next. */
export const RecoveryStateSchema = Type.Object(
  {
    version: Type.Literal(1),
    run_id: Type.String(),
    step: Type.String(),
    failed_at: Type.String({ format: 'date-time' }),
    agent: Type.String(),
    attempt: Type.Integer({ minimum: 1 }),
    max_attempts: Type.Integer({ minimum: 1 }),
    error: Type.Object(
      {
        kind: Type.Union([Type.Literal('gate-failed'), Type.Literal('error')]),
        transient: Type.Boolean(),
        message: Type.String(),
        reasons: Type.Array(Type.String()),
      },
      { additionalProperties: false },
    ),
    next_action: NextActionSchema,
    next_agent: Type.Union([Type.String(), Type.Null()]),
    retry_not_before: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    return_to_step: Type.Union([Type.String(), Type.Null()]),
    last_checkpoint: Type.Union([Type.String(), Type.Null()]),
    explanation: Type.String({ description: 'what a person needs to decide, in one paragraph' }),
    options: Type.Array(Type.String(), { description: 'commands that move the run on' }),
  },
  { additionalProperties: false, $id: 'recovery-state' },
);

export type NextAction = Static<typeof NextActionSchema>;
export type RecoveryState = Static<typeof RecoveryStateSchema>;
