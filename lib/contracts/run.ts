import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** One failed try at a step. */
export const AttemptSchema = Type.Object(
  {
    n: Type.Integer({ minimum: 1, description: 'attempt number with this agent' }),
    agent: Type.String(),
    at: Type.String({ format: 'date-time' }),
    outcome: Type.Union([Type.Literal('gate-failed'), Type.Literal('error')]),
    transient: Type.Boolean(),
    message: Type.String(),
  },
  { additionalProperties: false },
);

const passedAt = Type.String({ format: 'date-time' });
const lastPassedAt = Type.Optional(Type.String({ format: 'date-time', description: 'when it last passed, before a later gate or a changed artifact sent it back' }));
const feedback = Type.Array(Type.String(), { description: "what the step's agent should fix: the failed gate's reasons, or a later gate's that sent it back" });

/** What every step state carries, whatever its status. */
const stepFields = {
  agent: Type.String({ description: 'the agent that should do the step now (primary or fallback)' }),
  using_fallback: Type.Boolean(),
  attempts: Type.Array(AttemptSchema),
  loops: Type.Integer({ minimum: 0, description: 'times a later gate sent this step back (plan-rating -> planning)' }),
};

/** A step still to do: new, sent back by a later gate, reopened by resume, or reset by a rollback. */
export const PendingStepSchema = Type.Object(
  {
    status: Type.Literal('pending'),
    ...stepFields,
    feedback: Type.Optional(feedback),
    passed_at: lastPassedAt,
  },
  { additionalProperties: false },
);

/** A step whose last attempt failed; the recovery decides who tries again, and when. */
export const FailedStepSchema = Type.Object(
  {
    status: Type.Literal('failed'),
    ...stepFields,
    feedback,
    retry_not_before: Type.Optional(Type.String({ format: 'date-time', description: "a transient error's backoff: the retry starts no earlier" })),
    passed_at: lastPassedAt,
  },
  { additionalProperties: false },
);

/** A step whose attempts (and fallback) are spent: a person decides. */
export const EscalatedStepSchema = Type.Object(
  {
    status: Type.Literal('escalated'),
    ...stepFields,
    feedback,
    passed_at: lastPassedAt,
  },
  { additionalProperties: false },
);

/** A step whose gate passed. */
export const PassedStepSchema = Type.Object(
  { status: Type.Literal('passed'), ...stepFields, passed_at: passedAt, feedback: Type.Optional(feedback) },
  { additionalProperties: false },
);

/** A step whose gate a person overrode; the override itself is in `gates/<step>.json`. */
export const OverriddenStepSchema = Type.Object(
  { status: Type.Literal('overridden'), ...stepFields, passed_at: passedAt, feedback: Type.Optional(feedback) },
  { additionalProperties: false },
);

/** Where one step of a run stands: a lifecycle discriminated by `status`. */
export const StepStateSchema = Type.Union([PendingStepSchema, FailedStepSchema, EscalatedStepSchema, PassedStepSchema, OverriddenStepSchema]);

/** The run's state machine, `run.json`. */
export const RunSchema = Type.Object(
  {
    version: Type.Literal(1),
    run_id: Type.String(),
    workflow_id: Type.String(),
    target: Type.String(),
    status: Type.Union([Type.Literal('active'), Type.Literal('needs-human'), Type.Literal('completed')]),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    workflow: Type.Object(
      { path: Type.String(), sha256: Type.String(), name: Type.String() },
      { additionalProperties: false },
    ),
    base: Type.Object(
      {
        commit: Type.String({ description: 'the commit the comparison runs against' }),
        ref: Type.String({ description: 'what the user named as base' }),
        snapshot_commit: Type.String({ description: 'the working tree at init, including uncommitted and untracked files' }),
        snapshot_ref: Type.String(),
      },
      { additionalProperties: false },
    ),
    harness: Type.Optional(
      Type.Object(
        {
          commit: Type.String({ description: 'the working tree when the step passed, including uncommitted and untracked files' }),
          ref: Type.String(),
          step: Type.String({ description: 'the step whose gate pinned it (pin_harness in the workflow)' }),
          at: Type.String({ format: 'date-time' }),
        },
        { additionalProperties: false, description: 'the measuring harness validation uses: the config entry, task module and tests as they were when the baseline was measured' },
      ),
    ),
    approvals: Type.Optional(
      Type.Object(
        {
          required: Type.Boolean({ description: 'true when steps with an approval in the workflow wait for a person' }),
          reason: Type.String({ description: 'why: started from a Claude Code session, from a terminal, or skipped on purpose for headless use (and by whom)' }),
          granted: Type.Record(
            Type.String(),
            Type.Object(
              {
                by: Type.String(),
                at: Type.String({ format: 'date-time' }),
                via: Type.Union([Type.Literal('terminal'), Type.Literal('claude-code')], { description: "claude-code: typed in a Claude Code session, where the plugin's hook made Claude Code ask the person first" }),
                note: Type.Optional(Type.String()),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    step_order: Type.Array(Type.String(), { minItems: 1 }),
    steps: Type.Record(Type.String(), StepStateSchema),
    rollbacks: Type.Array(
      Type.Object(
        {
          at: Type.String({ format: 'date-time' }),
          to_step: Type.String(),
          saved_ref: Type.Union([Type.String(), Type.Null()]),
          restored_files: Type.Array(Type.String()),
          archived_to: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, $id: 'run' },
);

export type Attempt = Static<typeof AttemptSchema>;
export type PendingStep = Static<typeof PendingStepSchema>;
export type FailedStep = Static<typeof FailedStepSchema>;
export type EscalatedStep = Static<typeof EscalatedStepSchema>;
export type PassedStep = Static<typeof PassedStepSchema>;
export type OverriddenStep = Static<typeof OverriddenStepSchema>;
export type StepState = Static<typeof StepStateSchema>;
export type StepStatus = StepState['status'];
export type Run = Static<typeof RunSchema>;
