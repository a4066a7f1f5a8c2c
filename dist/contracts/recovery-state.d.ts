import type { Static } from '@sinclair/typebox';
/** The same agent tries again: after a backoff for a transient error, at once (no backoff) to rework a rejected output. */
export declare const RetryRecoverySchema: import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"retry">;
    next_agent: import("@sinclair/typebox").TString;
    retry_not_before: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    return_to_step: import("@sinclair/typebox").TNull;
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
}>;
/** The step's fallback agent takes over. */
export declare const FallbackRecoverySchema: import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"fallback">;
    next_agent: import("@sinclair/typebox").TString;
    retry_not_before: import("@sinclair/typebox").TNull;
    return_to_step: import("@sinclair/typebox").TNull;
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
}>;
/** The run goes back to an earlier step (`return_to_step`), with the gate's feedback. */
export declare const ReturnRecoverySchema: import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"return-to-step">;
    next_agent: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    retry_not_before: import("@sinclair/typebox").TNull;
    return_to_step: import("@sinclair/typebox").TString;
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
}>;
/** The run rolls back to `return_to_step` before anything else, unless a person overrides the gate. */
export declare const RollbackRecoverySchema: import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"rollback">;
    next_agent: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    retry_not_before: import("@sinclair/typebox").TNull;
    return_to_step: import("@sinclair/typebox").TString;
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
}>;
/** A person decides. */
export declare const EscalateRecoverySchema: import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"escalate">;
    next_agent: import("@sinclair/typebox").TNull;
    retry_not_before: import("@sinclair/typebox").TNull;
    return_to_step: import("@sinclair/typebox").TNull;
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
}>;
/** Resolved by an override or a rollback; `retry_not_before` and `return_to_step` keep what was recommended before. */
export declare const ResolvedRecoverySchema: import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"none">;
    next_agent: import("@sinclair/typebox").TNull;
    retry_not_before: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    return_to_step: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
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
}>;
/** `recovery-state.json`: what failed, at which attempt, and what happens next, by `next_action`. */
export declare const RecoveryStateSchema: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"retry">;
    next_agent: import("@sinclair/typebox").TString;
    retry_not_before: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    return_to_step: import("@sinclair/typebox").TNull;
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
}>, import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"fallback">;
    next_agent: import("@sinclair/typebox").TString;
    retry_not_before: import("@sinclair/typebox").TNull;
    return_to_step: import("@sinclair/typebox").TNull;
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
}>, import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"return-to-step">;
    next_agent: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    retry_not_before: import("@sinclair/typebox").TNull;
    return_to_step: import("@sinclair/typebox").TString;
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
}>, import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"rollback">;
    next_agent: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    retry_not_before: import("@sinclair/typebox").TNull;
    return_to_step: import("@sinclair/typebox").TString;
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
}>, import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"escalate">;
    next_agent: import("@sinclair/typebox").TNull;
    retry_not_before: import("@sinclair/typebox").TNull;
    return_to_step: import("@sinclair/typebox").TNull;
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
}>, import("@sinclair/typebox").TObject<{
    last_checkpoint: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    explanation: import("@sinclair/typebox").TString;
    options: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_action: import("@sinclair/typebox").TLiteral<"none">;
    next_agent: import("@sinclair/typebox").TNull;
    retry_not_before: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    return_to_step: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
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
}>]>;
export type RecoveryState = Static<typeof RecoveryStateSchema>;
/** The action recovery recommends after a failure (`none`: resolved). */
export type NextAction = RecoveryState['next_action'];
