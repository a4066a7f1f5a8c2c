import type { Static } from '@sinclair/typebox';
/** The action recovery recommends after a failure. */
export declare const NextActionSchema: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"retry">, import("@sinclair/typebox").TLiteral<"fallback">, import("@sinclair/typebox").TLiteral<"rollback">, import("@sinclair/typebox").TLiteral<"escalate">, import("@sinclair/typebox").TLiteral<"return-to-step">, import("@sinclair/typebox").TLiteral<"none">]>;
/** `recovery-state.json`: what failed, at which attempt, and what happens next. */
export declare const RecoveryStateSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    step: import("@sinclair/typebox").TString;
    failed_at: import("@sinclair/typebox").TString;
    agent: import("@sinclair/typebox").TString;
    attempt: import("@sinclair/typebox").TInteger;
    max_attempts: import("@sinclair/typebox").TInteger;
    error: import("@sinclair/typebox").TObject<{
        kind: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
        reasons: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    }>;
    next_action: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"retry">, import("@sinclair/typebox").TLiteral<"fallback">, import("@sinclair/typebox").TLiteral<"rollback">, import("@sinclair/typebox").TLiteral<"escalate">, import("@sinclair/typebox").TLiteral<"return-to-step">, import("@sinclair/typebox").TLiteral<"none">]>;
    next_agent: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    retry_not_before: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    return_to_step: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
}>;
export type NextAction = Static<typeof NextActionSchema>;
export type RecoveryState = Static<typeof RecoveryStateSchema>;
