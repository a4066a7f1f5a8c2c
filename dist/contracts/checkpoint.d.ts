import type { Static } from '@sinclair/typebox';
/** `checkpoint.json`: the last passing gate and what resuming from it needs. */
export declare const CheckpointSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    step: import("@sinclair/typebox").TString;
    at: import("@sinclair/typebox").TString;
    completed_steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    overridden_steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    next_step: import("@sinclair/typebox").TUnion<[import("@sinclair/typebox").TString, import("@sinclair/typebox").TNull]>;
    artifacts: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
    }>>;
    resume_command: import("@sinclair/typebox").TString;
}>;
export type Checkpoint = Static<typeof CheckpointSchema>;
