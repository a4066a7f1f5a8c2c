import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

// Every variant of recovery-state.json has every field, so the file's shape does not change with
// the action; only the fields the action needs hold a value, the others are null.

const failureFields = {
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
};

const outcomeFields = {
  last_checkpoint: Type.Union([Type.String(), Type.Null()]),
  explanation: Type.String({ description: 'what a person needs to decide, in one paragraph' }),
  options: Type.Array(Type.String(), { description: 'commands that move the run on' }),
};

const time = Type.String({ format: 'date-time' });
const timeOrNull = Type.Union([time, Type.Null()]);
const stringOrNull = Type.Union([Type.String(), Type.Null()]);

/** The same agent tries again: after a backoff for a transient error, at once (no backoff) to rework a rejected output. */
export const RetryRecoverySchema = Type.Object(
  { ...failureFields, next_action: Type.Literal('retry'), next_agent: Type.String(), retry_not_before: timeOrNull, return_to_step: Type.Null(), ...outcomeFields },
  { additionalProperties: false },
);

/** The step's fallback agent takes over. */
export const FallbackRecoverySchema = Type.Object(
  { ...failureFields, next_action: Type.Literal('fallback'), next_agent: Type.String(), retry_not_before: Type.Null(), return_to_step: Type.Null(), ...outcomeFields },
  { additionalProperties: false },
);

/** The run goes back to an earlier step (`return_to_step`), with the gate's feedback. */
export const ReturnRecoverySchema = Type.Object(
  { ...failureFields, next_action: Type.Literal('return-to-step'), next_agent: stringOrNull, retry_not_before: Type.Null(), return_to_step: Type.String(), ...outcomeFields },
  { additionalProperties: false },
);

/** The run rolls back to `return_to_step` before anything else, unless a person overrides the gate. */
export const RollbackRecoverySchema = Type.Object(
  { ...failureFields, next_action: Type.Literal('rollback'), next_agent: stringOrNull, retry_not_before: Type.Null(), return_to_step: Type.String(), ...outcomeFields },
  { additionalProperties: false },
);

/** A person decides. */
export const EscalateRecoverySchema = Type.Object(
  { ...failureFields, next_action: Type.Literal('escalate'), next_agent: Type.Null(), retry_not_before: Type.Null(), return_to_step: Type.Null(), ...outcomeFields },
  { additionalProperties: false },
);

/** Resolved by an override or a rollback; `retry_not_before` and `return_to_step` keep what was recommended before. */
export const ResolvedRecoverySchema = Type.Object(
  { ...failureFields, next_action: Type.Literal('none'), next_agent: Type.Null(), retry_not_before: timeOrNull, return_to_step: stringOrNull, ...outcomeFields },
  { additionalProperties: false },
);

/** `recovery-state.json`: what failed, at which attempt, and what happens next, by `next_action`. */
export const RecoveryStateSchema = Type.Union(
  [RetryRecoverySchema, FallbackRecoverySchema, ReturnRecoverySchema, RollbackRecoverySchema, EscalateRecoverySchema, ResolvedRecoverySchema],
  { $id: 'recovery-state' },
);

export type RecoveryState = Static<typeof RecoveryStateSchema>;
/** The action recovery recommends after a failure (`none`: resolved). */
export type NextAction = RecoveryState['next_action'];
