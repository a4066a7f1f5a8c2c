import { Type } from '@sinclair/typebox';
/** One check inside a gate decision. */
export const GateCheckSchema = Type.Object({ name: Type.String(), passed: Type.Boolean(), detail: Type.String() }, { additionalProperties: false });
/** A manual override, with who, when, why and what it risks. */
export const OverrideSchema = Type.Object({
    by: Type.String(),
    at: Type.String({ format: 'date-time' }),
    reason: Type.String({ minLength: 1 }),
    risks: Type.String({ minLength: 1 }),
    previous_decision: Type.Union([Type.Literal('failed'), Type.Literal('none')]),
    via: Type.Optional(Type.Union([Type.Literal('terminal'), Type.Literal('claude-code')], {
        description: "claude-code: the command ran in a Claude Code session, where the plugin's hook made Claude Code ask the person before it ran",
    })),
}, { additionalProperties: false });
const gateFields = {
    version: Type.Literal(1),
    run_id: Type.String(),
    step: Type.String(),
};
const decisionFields = {
    at: Type.String({ format: 'date-time' }),
    by: Type.String({ description: 'who decided: perfflow (checks in code) or the user who overrode' }),
    attempt: Type.Integer({ minimum: 1 }),
    agent: Type.String(),
    checks: Type.Array(GateCheckSchema),
    reasons: Type.Array(Type.String(), { description: 'why the gate failed; empty when it passed' }),
    variables: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
    artifacts: Type.Array(Type.Object({ path: Type.String(), sha256: Type.String() }, { additionalProperties: false })),
};
const upstreamOverrides = Type.Array(Type.Object({ step: Type.String(), by: Type.String(), reason: Type.String() }, { additionalProperties: false }), { description: 'gates before this one that a person overrode: this decision stands on them' });
/** A gate whose checks all passed. */
export const PassedGateSchema = Type.Object({ ...gateFields, decision: Type.Literal('passed'), ...decisionFields, upstream_overrides: upstreamOverrides }, { additionalProperties: false });
/** A gate whose checks said no: `reasons` says why. */
export const FailedGateSchema = Type.Object({ ...gateFields, decision: Type.Literal('failed'), ...decisionFields, upstream_overrides: upstreamOverrides }, { additionalProperties: false });
/** A gate a person overrode: the checks still ran, and the override says who, when, why and what it risks. */
export const OverriddenGateSchema = Type.Object({
    ...gateFields,
    decision: Type.Literal('overridden'),
    ...decisionFields,
    override: OverrideSchema,
    upstream_overrides: upstreamOverrides,
}, { additionalProperties: false });
/** `gates/<step>.json`: one gate decision, discriminated by `decision`; only an overridden gate has an `override`. */
export const GateRecordSchema = Type.Union([PassedGateSchema, FailedGateSchema, OverriddenGateSchema], { $id: 'gate' });
