import type { Static } from '@sinclair/typebox';
/** `feed/<run_id>/manifest.json`: what was published for a run, each file with its checksum. */
export declare const PublishManifestSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<1>;
    run_id: import("@sinclair/typebox").TString;
    target: import("@sinclair/typebox").TString;
    published_at: import("@sinclair/typebox").TString;
    validation_status: import("@sinclair/typebox").TString;
    overridden: import("@sinclair/typebox").TBoolean;
    condition: import("@sinclair/typebox").TString;
    files: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        path: import("@sinclair/typebox").TString;
        sha256: import("@sinclair/typebox").TString;
        bytes: import("@sinclair/typebox").TInteger;
        source_sha256: import("@sinclair/typebox").TString;
        redacted: import("@sinclair/typebox").TBoolean;
    }>>;
    report: import("@sinclair/typebox").TString;
    summary: import("@sinclair/typebox").TString;
}>;
export type PublishManifest = Static<typeof PublishManifestSchema>;
