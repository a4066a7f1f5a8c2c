import type { Static } from '@sinclair/typebox';
/** `dev-manifest.json`: what the developer changed, file by file, and why. */
export declare const DevManifestSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    summary: import("@sinclair/typebox").TString;
    changes: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        file: import("@sinclair/typebox").TString;
        optimization_id: import("@sinclair/typebox").TString;
        description: import("@sinclair/typebox").TString;
    }>>;
    tests_run: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    partial: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        skipped_optimizations: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>;
        reason: import("@sinclair/typebox").TString;
    }>>;
}>;
export type DevManifest = Static<typeof DevManifestSchema>;
