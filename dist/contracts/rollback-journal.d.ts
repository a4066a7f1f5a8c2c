import type { Static } from '@sinclair/typebox';
/**
 * `rollback-journal.json`: a rollback in progress. Written after the working tree is saved and
 * before anything is moved or restored; removed when the rollback is complete. Every operation it
 * lists is idempotent, so `perfflow resume` finishes a rollback that a crash interrupted.
 */
export declare const RollbackJournalSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    n: import("@sinclair/typebox").TInteger;
    at: import("@sinclair/typebox").TString;
    to_step: import("@sinclair/typebox").TString;
    saved_ref: import("@sinclair/typebox").TString;
    archive: import("@sinclair/typebox").TString;
    move: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    restore: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    reset_steps: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
    fresh_attempts: import("@sinclair/typebox").TBoolean;
}>;
export type RollbackJournal = Static<typeof RollbackJournalSchema>;
