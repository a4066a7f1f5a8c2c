import type { CommandSpec, PerfflowConfig, TargetConfig } from '../config/load.js';
/** Where the harness comes from. */
export interface HarnessSource {
    commit: string;
    /** How to name it to a person, e.g. `the base commit main (1a2b3c4d5e6f)`. */
    label: string;
}
/** One harness file (or config entry) the change edits. */
export interface HarnessEdit {
    path: string;
    /** `added` only for files the harness source lacks; `modified`, `deleted` otherwise. */
    status: 'added' | 'modified' | 'deleted';
    /** Why the file is part of the harness. */
    role: string;
}
/** The pinned harness of one comparison. */
export interface PinnedHarness {
    source: HarnessSource;
    /** The target as the harness source defines it (paths under the project root). */
    target: TargetConfig;
    check: CommandSpec | undefined;
    /** Harness files the change edits: modified or deleted (these fail the comparison closed). */
    edited: HarnessEdit[];
    /** Test files the change adds: reported; the harness source's tests still run in full on the candidate. */
    added: HarnessEdit[];
    /** Paths (relative to the root) the candidate's checkout gets back from the harness source before it is measured. */
    measureOverlay: string[];
    /** Paths the candidate's checkout gets back before the harness source's tests run on it. */
    testOverlay: string[];
    /** The harness source's package.json scripts, when the harness runs through npm, yarn or pnpm and they differ. */
    scripts: Record<string, unknown> | null;
}
/**
 * Tells whether a path is a test file or a test runner's settings.
 * @param path - repository-relative, `/`-separated
 * @returns the role, or null when it is not a test file
 */
export declare function testRole(path: string): string | null;
/**
 * The role a path plays in the harness of a target, or null when it is code under test.
 * @param path - repository-relative, `/`-separated
 * @param target - the pinned target
 * @param check - the pinned check command
 * @param root - the project root
 * @returns the role
 */
export declare function harnessRole(path: string, target: TargetConfig, check: CommandSpec | undefined, root: string): string | null;
/**
 * Pins the harness of a comparison and finds what the change edits in it.
 * @param options - the project, the harness source, the candidate's commit, the target name and the candidate's own config
 * @returns the pinned harness
 * @throws InputError `unpinned-harness` when the harness source lacks the config, the target or a function target's task module
 */
export declare function pinHarness(options: {
    projectRoot: string;
    source: HarnessSource;
    candidateCommit: string;
    targetName: string;
    /** The candidate's own config, or why it does not load (then the whole entry counts as edited). */
    candidateConfig: PerfflowConfig | {
        error: string;
    };
}): Promise<PinnedHarness>;
/**
 * Puts harness files of a checkout back to their content in the harness source.
 * @param tree - the checkout (a worktree of the project)
 * @param harness - the pinned harness
 * @param paths - repository-relative paths to restore (files the source lacks are removed)
 */
export declare function overlayHarness(tree: string, harness: PinnedHarness, paths: readonly string[]): Promise<void>;
/**
 * Harness paths that differ between the harness source and another commit (the base commit, when
 * the harness was pinned later, in a run).
 * @param root - the project
 * @param harness - the pinned harness
 * @param commit - the other commit
 * @returns paths to overlay for measuring and for testing
 */
export declare function harnessDifferences(root: string, harness: PinnedHarness, commit: string): Promise<{
    measure: string[];
    test: string[];
}>;
