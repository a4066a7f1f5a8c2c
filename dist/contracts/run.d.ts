import type { Static } from '@sinclair/typebox';
/** One failed try at a step. */
export declare const AttemptSchema: import("@sinclair/typebox").TObject<{
    n: import("@sinclair/typebox").TInteger;
    agent: import("@sinclair/typebox").TString;
    at: import("@sinclair/typebox").TString;
    outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
    transient: import("@sinclair/typebox").TBoolean;
    message: import("@sinclair/typebox").TString;
}>;
/** A step still to do: new, sent back by a later gate, reopened by resume, or reset by a rollback. */
export declare const PendingStepSchema: import("@sinclair/typebox").TObject<{
    feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"pending">;
}>;
/** A step whose last attempt failed; the recovery decides who tries again, and when. */
export declare const FailedStepSchema: import("@sinclair/typebox").TObject<{
    feedback: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    retry_not_before: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"failed">;
}>;
/** A step whose attempts (and fallback) are spent: a person decides. */
export declare const EscalatedStepSchema: import("@sinclair/typebox").TObject<{
    feedback: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"escalated">;
}>;
/** A step whose gate passed. */
export declare const PassedStepSchema: import("@sinclair/typebox").TObject<{
    passed_at: import("@sinclair/typebox").TString;
    feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"passed">;
}>;
/** A step whose gate a person overrode; the override itself is in `gates/<step>.json`. */
export declare const OverriddenStepSchema: import("@sinclair/typebox").TObject<{
    passed_at: import("@sinclair/typebox").TString;
    feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"overridden">;
}>;
/** Where one step of a run stands: a lifecycle discriminated by `status`. */
export declare const StepStateSchema: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
    feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"pending">;
}>, import("@sinclair/typebox").TObject<{
    feedback: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    retry_not_before: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"failed">;
}>, import("@sinclair/typebox").TObject<{
    feedback: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"escalated">;
}>, import("@sinclair/typebox").TObject<{
    passed_at: import("@sinclair/typebox").TString;
    feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"passed">;
}>, import("@sinclair/typebox").TObject<{
    passed_at: import("@sinclair/typebox").TString;
    feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    agent: import("@sinclair/typebox").TString;
    using_fallback: import("@sinclair/typebox").TBoolean;
    attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        n: import("@sinclair/typebox").TInteger;
        agent: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
        outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
        transient: import("@sinclair/typebox").TBoolean;
        message: import("@sinclair/typebox").TString;
    }>>;
    loops: import("@sinclair/typebox").TInteger;
    status: import("@sinclair/typebox").TLiteral<"overridden">;
}>]>;
/** The run's state machine, `run.json`. */
export declare const RunSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    workflow_id: import("@sinclair/typebox").TString;
    target: import("@sinclair/typebox").TString;
    status: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"active">, import("@sinclair/typebox").TLiteral<"needs-human">, import("@sinclair/typebox").TLiteral<"completed">]>;
    created_at: import("@sinclair/typebox").TString;
    updated_at: import("@sinclair/typebox").TString;
    workflow: import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
        name: import("@sinclair/typebox").TString;
    }>;
    base: import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        ref: import("@sinclair/typebox").TString;
        snapshot_commit: import("@sinclair/typebox").TString;
        snapshot_ref: import("@sinclair/typebox").TString;
    }>;
    harness: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        commit: import("@sinclair/typebox").TString;
        ref: import("@sinclair/typebox").TString;
        step: import("@sinclair/typebox").TString;
        at: import("@sinclair/typebox").TString;
    }>>;
    approvals: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        required: import("@sinclair/typebox").TBoolean;
        reason: import("@sinclair/typebox").TString;
        granted: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TObject<{
            by: import("@sinclair/typebox").TString;
            at: import("@sinclair/typebox").TString;
            via: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"terminal">, import("@sinclair/typebox").TLiteral<"claude-code">]>;
            note: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        }>>;
    }>>;
    step_order: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    steps: import("@sinclair/typebox").TRecord<import("@sinclair/typebox").TString, import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TObject<{
        feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        agent: import("@sinclair/typebox").TString;
        using_fallback: import("@sinclair/typebox").TBoolean;
        attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            agent: import("@sinclair/typebox").TString;
            at: import("@sinclair/typebox").TString;
            outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
            transient: import("@sinclair/typebox").TBoolean;
            message: import("@sinclair/typebox").TString;
        }>>;
        loops: import("@sinclair/typebox").TInteger;
        status: import("@sinclair/typebox").TLiteral<"pending">;
    }>, import("@sinclair/typebox").TObject<{
        feedback: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        retry_not_before: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        agent: import("@sinclair/typebox").TString;
        using_fallback: import("@sinclair/typebox").TBoolean;
        attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            agent: import("@sinclair/typebox").TString;
            at: import("@sinclair/typebox").TString;
            outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
            transient: import("@sinclair/typebox").TBoolean;
            message: import("@sinclair/typebox").TString;
        }>>;
        loops: import("@sinclair/typebox").TInteger;
        status: import("@sinclair/typebox").TLiteral<"failed">;
    }>, import("@sinclair/typebox").TObject<{
        feedback: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        passed_at: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        agent: import("@sinclair/typebox").TString;
        using_fallback: import("@sinclair/typebox").TBoolean;
        attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            agent: import("@sinclair/typebox").TString;
            at: import("@sinclair/typebox").TString;
            outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
            transient: import("@sinclair/typebox").TBoolean;
            message: import("@sinclair/typebox").TString;
        }>>;
        loops: import("@sinclair/typebox").TInteger;
        status: import("@sinclair/typebox").TLiteral<"escalated">;
    }>, import("@sinclair/typebox").TObject<{
        passed_at: import("@sinclair/typebox").TString;
        feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        agent: import("@sinclair/typebox").TString;
        using_fallback: import("@sinclair/typebox").TBoolean;
        attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            agent: import("@sinclair/typebox").TString;
            at: import("@sinclair/typebox").TString;
            outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
            transient: import("@sinclair/typebox").TBoolean;
            message: import("@sinclair/typebox").TString;
        }>>;
        loops: import("@sinclair/typebox").TInteger;
        status: import("@sinclair/typebox").TLiteral<"passed">;
    }>, import("@sinclair/typebox").TObject<{
        passed_at: import("@sinclair/typebox").TString;
        feedback: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        agent: import("@sinclair/typebox").TString;
        using_fallback: import("@sinclair/typebox").TBoolean;
        attempts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            n: import("@sinclair/typebox").TInteger;
            agent: import("@sinclair/typebox").TString;
            at: import("@sinclair/typebox").TString;
            outcome: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TLiteral<"gate-failed">, import("@sinclair/typebox").TLiteral<"error">]>;
            transient: import("@sinclair/typebox").TBoolean;
            message: import("@sinclair/typebox").TString;
        }>>;
        loops: import("@sinclair/typebox").TInteger;
        status: import("@sinclair/typebox").TLiteral<"overridden">;
    }>]>>;
    rollbacks: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        at: import("@sinclair/typebox").TString;
        to_step: import("@sinclair/typebox").TString;
        saved_ref: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
        restored_files: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        archived_to: import("@sinclair/typebox").TString;
    }>>;
}>;
export type Attempt = Static<typeof AttemptSchema>;
export type PendingStep = Static<typeof PendingStepSchema>;
export type FailedStep = Static<typeof FailedStepSchema>;
export type EscalatedStep = Static<typeof EscalatedStepSchema>;
export type PassedStep = Static<typeof PassedStepSchema>;
export type OverriddenStep = Static<typeof OverriddenStepSchema>;
export type StepState = Static<typeof StepStateSchema>;
export type StepStatus = StepState['status'];
export type Run = Static<typeof RunSchema>;
