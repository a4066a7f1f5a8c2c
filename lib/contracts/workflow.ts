import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** The checks a gate can run. Each name is implemented once in lib/workflow/checks.ts. */
export const CheckNameSchema = Type.Union([
  Type.Literal('outputs-exist'),
  Type.Literal('outputs-valid'),
  Type.Literal('measurement-valid'),
  Type.Literal('rating-passed'),
  Type.Literal('bottlenecks-found'),
  Type.Literal('optimizations-address-bottlenecks'),
  Type.Literal('manifest-files-changed'),
  Type.Literal('validation-passed'),
  Type.Literal('published'),
]);

/**
 * The work a step's perfflow command does, named in the yaml (`action: validate`). The engine runs
 * each action through one interface (lib/workflow/actions/) and finds its step by this name, so a
 * project's yaml may rename, reorder or drop steps without touching code.
 */
export const ActionNameSchema = Type.Union([
  Type.Literal('baseline', { description: 'measure the target: perfflow baseline' }),
  Type.Literal('profile', { description: 'profile the target under its load: perfflow profile' }),
  Type.Literal('rate', { description: 'rate the plan and decide this gate: perfflow rate' }),
  Type.Literal('validate', { description: 'paired comparison of base and working tree, behaviour check, and this gate: perfflow validate' }),
  Type.Literal('publish', { description: 'publish the evidence to the feed and pass this gate: perfflow publish' }),
]);

const ErrorKindSchema = Type.Union([
  Type.Literal('timeout'),
  Type.Literal('rate_limit'),
  Type.Literal('network'),
  Type.Literal('overloaded'),
  Type.Literal('server_error'),
]);

/** A retry policy: attempts, exponential backoff, and which error kinds count as transient. */
export const RetryPolicySchema = Type.Object(
  {
    max_attempts: Type.Integer({ minimum: 1, maximum: 10 }),
    backoff: Type.Object(
      {
        initial_ms: Type.Integer({ minimum: 0 }),
        factor: Type.Number({ minimum: 1 }),
        max_ms: Type.Integer({ minimum: 0 }),
      },
      { additionalProperties: false },
    ),
    on: Type.Array(ErrorKindSchema, { minItems: 1, description: 'transient error kinds that are retried' }),
  },
  { additionalProperties: false },
);

/** One output file of a step, relative to the run directory; `{{workflow_id}}` and `{{plan_id}}` expand. */
export const OutputSchema = Type.Object(
  {
    path: Type.String({ minLength: 1 }),
    schema: Type.Optional(Type.String({ description: 'name of a schema in schemas/ (without .schema.json)' })),
    description: Type.Optional(Type.String()),
    optional: Type.Optional(Type.Boolean({ description: 'the gate passes without it (checked when present)' })),
    written_by: Type.Optional(
      Type.Literal('agent', { description: "in a step whose perfflow command writes the other outputs, this one is the agent's (perfflow write accepts it)" }),
    ),
    binds: Type.Optional(
      Type.String({ description: 'an output of an earlier step this one is about: perfflow write stamps its path and sha256 into the written JSON as bound_to' }),
    ),
  },
  { additionalProperties: false },
);

/** One step of the workflow. */
export const StepDefinitionSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9-]*$' }),
    name: Type.String(),
    agent: Type.String({ minLength: 1 }),
    skill: Type.Optional(Type.String()),
    fallback_agent: Type.Optional(Type.String()),
    action: Type.Optional(ActionNameSchema),
    instructions: Type.String({ minLength: 1 }),
    commands: Type.Optional(Type.Array(Type.String(), { description: 'perfflow commands the agent runs for this step' })),
    inputs: Type.Array(Type.String(), { description: 'outputs of earlier steps this step reads' }),
    outputs: Type.Array(OutputSchema),
    condition: Type.Optional(Type.String({ description: "a predicate that must hold before the step may run, e.g. validation_status == 'pass'" })),
    policy: Type.Optional(Type.Union([Type.Literal('auto-on-pass'), Type.Literal('manual')])),
    gate: Type.Object(
      {
        checks: Type.Array(CheckNameSchema, { minItems: 1 }),
        minimum_score: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
        pass_when: Type.Optional(Type.String({ description: 'a predicate over the gate variables that must hold' })),
        on_fail: Type.Optional(
          Type.Object(
            {
              return_to: Type.Optional(Type.String({ description: 'send the run back to this earlier step (e.g. plan-rating -> planning)' })),
              max_loops: Type.Optional(Type.Integer({ minimum: 1, description: 'how often it may be sent back before a person decides' })),
              rollback_to: Type.Optional(Type.String({ description: 'recommend rolling back to this earlier step (e.g. validation -> implementation)' })),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    retry: Type.Optional(RetryPolicySchema),
    approval: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'what a person approves before this step may be submitted, in a run driven from Claude Code (e.g. the optimization design before implementation)',
      }),
    ),
    pin_harness: Type.Optional(
      Type.Boolean({ description: "when the gate passes, record the working tree as the measuring harness of the run (config entry, task module, tests) that validation measures and checks through" }),
    ),
  },
  { additionalProperties: false },
);

/** `.claude/workflows/performance-flow.yaml`. */
export const WorkflowSchema = Type.Object(
  {
    version: Type.Literal(1),
    name: Type.String({ minLength: 1 }),
    description: Type.String(),
    agents: Type.Array(Type.String(), { minItems: 1, description: 'every agent the flow may assign' }),
    defaults: Type.Object({ retry: RetryPolicySchema }, { additionalProperties: false }),
    steps: Type.Array(StepDefinitionSchema, { minItems: 1 }),
  },
  { additionalProperties: false, $id: 'workflow' },
);

export type CheckName = Static<typeof CheckNameSchema>;
export type ActionName = Static<typeof ActionNameSchema>;
export type RetryPolicy = Static<typeof RetryPolicySchema>;
export type StepDefinition = Static<typeof StepDefinitionSchema>;
export type Workflow = Static<typeof WorkflowSchema>;
