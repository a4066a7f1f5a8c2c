import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** One check inside a gate decision. */
export const GateCheckSchema = Type.Object(
  { name: Type.String(), passed: Type.Boolean(), detail: Type.String() },
  { additionalProperties: false },
);

/** A manual override, with who, when, why and what it risks. */
export const OverrideSchema = Type.Object(
  {
    by: Type.String(),
    at: Type.String({ format: 'date-time' }),
    reason: Type.String({ minLength: 1 }),
    risks: Type.String({ minLength: 1 }),
    previous_decision: Type.Union([Type.Literal('failed'), Type.Literal('none')]),
    via: Type.Optional(
      Type.Union([Type.Literal('terminal'), Type.Literal('claude-code')], {
        description: "claude-code: the command ran in a Claude Code session, where the plugin's hook made Claude Code ask the person before it ran",
      }),
    ),
  },
  { additionalProperties: false },
);

/** `gates/<step>.json`: one gate decision. */
export const GateRecordSchema = Type.Object(
  {
    version: Type.Literal(1),
    run_id: Type.String(),
    step: Type.String(),
    decision: Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('overridden')]),
    at: Type.String({ format: 'date-time' }),
    by: Type.String({ description: 'who decided: perfflow (checks in code) or the user who overrode' }),
    attempt: Type.Integer({ minimum: 1 }),
    agent: Type.String(),
    checks: Type.Array(GateCheckSchema),
    reasons: Type.Array(Type.String(), { description: 'why the gate failed; empty when it passed' }),
    variables: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
    artifacts: Type.Array(
      Type.Object({ path: Type.String(), sha256: Type.String() }, { additionalProperties: false }),
    ),
    override: Type.Optional(OverrideSchema),
    upstream_overrides: Type.Array(
      Type.Object({ step: Type.String(), by: Type.String(), reason: Type.String() }, { additionalProperties: false }),
      { description: 'gates before this one that a person overrode: this decision stands on them' },
    ),
  },
  { additionalProperties: false, $id: 'gate' },
);

export type GateCheck = Static<typeof GateCheckSchema>;
export type GateRecord = Static<typeof GateRecordSchema>;
export type Override = Static<typeof OverrideSchema>;
