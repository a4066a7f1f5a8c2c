import type { Static } from '@sinclair/typebox';
/** The call frame of a V8 profile node (Chrome DevTools protocol `Runtime.CallFrame`). */
export declare const CallFrameSchema: import("@sinclair/typebox").TObject<{
    functionName: import("@sinclair/typebox").TString;
    scriptId: import("@sinclair/typebox").TString;
    url: import("@sinclair/typebox").TString;
    lineNumber: import("@sinclair/typebox").TInteger;
    columnNumber: import("@sinclair/typebox").TInteger;
}>;
/** A `.cpuprofile` as V8 writes it (`Profiler.Profile`): the call tree, the sampled node ids and their time deltas. */
export declare const CpuProfileSchema: import("@sinclair/typebox").TObject<{
    nodes: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        id: import("@sinclair/typebox").TInteger;
        callFrame: import("@sinclair/typebox").TObject<{
            functionName: import("@sinclair/typebox").TString;
            scriptId: import("@sinclair/typebox").TString;
            url: import("@sinclair/typebox").TString;
            lineNumber: import("@sinclair/typebox").TInteger;
            columnNumber: import("@sinclair/typebox").TInteger;
        }>;
        hitCount: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        children: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TInteger>>;
        positionTicks: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            line: import("@sinclair/typebox").TInteger;
            ticks: import("@sinclair/typebox").TInteger;
        }>>>;
    }>>;
    startTime: import("@sinclair/typebox").TNumber;
    endTime: import("@sinclair/typebox").TNumber;
    samples: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TInteger>>;
    timeDeltas: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TNumber>>;
}>;
/** A V8 CPU profile. */
export type CpuProfile = Static<typeof CpuProfileSchema>;
/** One node of its call tree. */
export type ProfileNode = CpuProfile['nodes'][number];
/** A call frame. */
export type CallFrame = Static<typeof CallFrameSchema>;
/**
 * Checks that a parsed value is a V8 CPU profile.
 * @param value - parsed JSON
 * @param label - how to name it in an error
 * @returns the profile, typed
 * @throws InputError `invalid-file` when it is not one
 */
export declare function asCpuProfile(value: unknown, label: string): CpuProfile;
/**
 * Reads a `.cpuprofile` file.
 * @param path - the file
 * @returns the profile
 * @throws InputError `invalid-file` when the file is missing, not JSON or not a profile
 */
export declare function readCpuProfile(path: string): CpuProfile;
