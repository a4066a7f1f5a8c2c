import type { Static } from '@sinclair/typebox';
/** One check inside a gate decision. */
export declare const GateCheckSchema: import("@sinclair/typebox").TObject<{
    name: import("@sinclair/typebox").TString;
    passed: import("@sinclair/typebox").TBoolean;
    detail: import("@sinclair/typebox").TString;
}>;
/** A manual override, with who, when, why and what it risks. */
export declare const OverrideSchema: import("@sinclair/typebox").TObject<{
    by: import("@sinclair/typebox").TString;
    at: import("@sinclair/typebox").TString;
    reason: import("@sinclair/typebox").TString;
    risks: import("@sinclair/typebox").TString;
    previous_decision: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"failed">, import("@sinclair/typebox").TLiteral<"none">]>;
    via: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"terminal">, import("@sinclair/typebox").TLiteral<"claude-code">]>>;
}>;
/** A gate whose checks all passed. */
export declare const PassedGateSchema: import("@sinclair/typebox").TObject<{
    upstream_overrides: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        step: import("@sinclair/typebox").TString;
        by: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
    }>>;
    at: import("@sinclair/typebox").TString;
    by: import("@sinclair/typebox").TString;
    attempt: import("@sinclair/typebox").TInteger;
    agent: import("@sinclair/typebox").TString;
    checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        passed: import("@sinclair/typebox").TBoolean;
        detail: import("@sinclair/typebox").TString;
    }>>;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    variables: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>>;
    artifacts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
    }>>;
    decision: import("@sinclair/typebox").TLiteral<"passed">;
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    step: import("@sinclair/typebox").TString;
}>;
/** A gate whose checks said no: `reasons` says why. */
export declare const FailedGateSchema: import("@sinclair/typebox").TObject<{
    upstream_overrides: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        step: import("@sinclair/typebox").TString;
        by: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
    }>>;
    at: import("@sinclair/typebox").TString;
    by: import("@sinclair/typebox").TString;
    attempt: import("@sinclair/typebox").TInteger;
    agent: import("@sinclair/typebox").TString;
    checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        passed: import("@sinclair/typebox").TBoolean;
        detail: import("@sinclair/typebox").TString;
    }>>;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    variables: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>>;
    artifacts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
    }>>;
    decision: import("@sinclair/typebox").TLiteral<"failed">;
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    step: import("@sinclair/typebox").TString;
}>;
/** A gate a person overrode: the checks still ran, and the override says who, when, why and what it risks. */
export declare const OverriddenGateSchema: import("@sinclair/typebox").TObject<{
    override: import("@sinclair/typebox").TObject<{
        by: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
        risks: import("@sinclair/typebox").TString;
        previous_decision: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"failed">, import("@sinclair/typebox").TLiteral<"none">]>;
        via: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"terminal">, import("@sinclair/typebox").TLiteral<"claude-code">]>>;
    }>;
    upstream_overrides: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        step: import("@sinclair/typebox").TString;
        by: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
    }>>;
    at: import("@sinclair/typebox").TString;
    by: import("@sinclair/typebox").TString;
    attempt: import("@sinclair/typebox").TInteger;
    agent: import("@sinclair/typebox").TString;
    checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        passed: import("@sinclair/typebox").TBoolean;
        detail: import("@sinclair/typebox").TString;
    }>>;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    variables: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>>;
    artifacts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
    }>>;
    decision: import("@sinclair/typebox").TLiteral<"overridden">;
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    step: import("@sinclair/typebox").TString;
}>;
/** `gates/<step>.json`: one gate decision, discriminated by `decision`; only an overridden gate has an `override`. */
export declare const GateRecordSchema: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
    upstream_overrides: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        step: import("@sinclair/typebox").TString;
        by: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
    }>>;
    at: import("@sinclair/typebox").TString;
    by: import("@sinclair/typebox").TString;
    attempt: import("@sinclair/typebox").TInteger;
    agent: import("@sinclair/typebox").TString;
    checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        passed: import("@sinclair/typebox").TBoolean;
        detail: import("@sinclair/typebox").TString;
    }>>;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    variables: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>>;
    artifacts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
    }>>;
    decision: import("@sinclair/typebox").TLiteral<"passed">;
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    step: import("@sinclair/typebox").TString;
}>, import("@sinclair/typebox").TObject<{
    upstream_overrides: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        step: import("@sinclair/typebox").TString;
        by: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
    }>>;
    at: import("@sinclair/typebox").TString;
    by: import("@sinclair/typebox").TString;
    attempt: import("@sinclair/typebox").TInteger;
    agent: import("@sinclair/typebox").TString;
    checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        passed: import("@sinclair/typebox").TBoolean;
        detail: import("@sinclair/typebox").TString;
    }>>;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    variables: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>>;
    artifacts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
    }>>;
    decision: import("@sinclair/typebox").TLiteral<"failed">;
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    step: import("@sinclair/typebox").TString;
}>, import("@sinclair/typebox").TObject<{
    override: import("@sinclair/typebox").TObject<{
        by: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
        risks: import("@sinclair/typebox").TString;
        previous_decision: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"failed">, import("@sinclair/typebox").TLiteral<"none">]>;
        via: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"terminal">, import("@sinclair/typebox").TLiteral<"claude-code">]>>;
    }>;
    upstream_overrides: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        step: import("@sinclair/typebox").TString;
        by: import("@sinclair/typebox").TString;
        reason: import("@sinclair/typebox").TString;
    }>>;
    at: import("@sinclair/typebox").TString;
    by: import("@sinclair/typebox").TString;
    attempt: import("@sinclair/typebox").TInteger;
    agent: import("@sinclair/typebox").TString;
    checks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        name: import("@sinclair/typebox").TString;
        passed: import("@sinclair/typebox").TBoolean;
        detail: import("@sinclair/typebox").TString;
    }>>;
    reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    variables: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNumber, import("@sinclair/typebox").TBoolean, import("@sinclair/typebox").TNull]>>;
    artifacts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
    }>>;
    decision: import("@sinclair/typebox").TLiteral<"overridden">;
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    step: import("@sinclair/typebox").TString;
}>]>;
export type GateCheck = Static<typeof GateCheckSchema>;
export type PassedGate = Static<typeof PassedGateSchema>;
export type FailedGate = Static<typeof FailedGateSchema>;
/** A gate the checks decided, without a person. */
export type CheckedGate = PassedGate | FailedGate;
export type OverriddenGate = Static<typeof OverriddenGateSchema>;
export type GateRecord = Static<typeof GateRecordSchema>;
export type Override = Static<typeof OverrideSchema>;
