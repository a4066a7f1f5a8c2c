// The measuring harness of a comparison is pinned: the target's entry in perfflow.config.yaml, a
// function target's task module (and the files beside it), the check command's test files and
// test-runner settings, and the package.json scripts the harness runs through npm. They come from
// the harness source (the base commit, or in a run the working tree as it was when the baseline
// was measured), so the candidate's code is measured and checked by the same benchmark and tests as
// the base's. A change that edits them is named, and the comparison fails closed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseConfig, CONFIG_FILES } from '../config/load.js';
import type { CommandSpec, PerfflowConfig, TargetConfig } from '../config/load.js';
import { InputError } from '../errors.js';
import { git, gitBytes } from '../git/git.js';
import { restoreFromSnapshot } from '../git/snapshot.js';

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

const TEST_DIRS = /(^|\/)(test|tests|__tests__|spec|specs|e2e|__mocks__|__fixtures__|fixtures)\//;
const TEST_FILES = /(^|\/)([^/]+\.(test|spec)\.[A-Za-z0-9]+|[^/]+_(test|spec)\.[A-Za-z0-9]+|test_[^/]+\.py|conftest\.py)$/;
const RUNNER_CONFIG = /(^|\/)(jest\.config|jest\.setup|vitest\.config|vitest\.workspace|vitest\.setup|ava\.config|playwright\.config|cypress\.config|karma\.conf|setupTests|\.mocharc|\.taprc|\.nycrc|\.c8rc|pytest\.ini|tox\.ini)([./][^/]*)?$/;
const CHECK_NAMED = 'named by the check command';
const PACKAGE_RUNNERS = new Set(['npm', 'npx', 'yarn', 'pnpm', 'bun']);

/**
 * Tells whether a path is a test file or a test runner's settings.
 * @param path - repository-relative, `/`-separated
 * @returns the role, or null when it is not a test file
 */
export function testRole(path: string): string | null {
  if (RUNNER_CONFIG.test(path)) return 'test runner settings';
  if (TEST_DIRS.test(path) || TEST_FILES.test(path)) return 'test file';
  return null;
}

function programOf(spec: CommandSpec | undefined): string {
  const first = spec?.argv[0] ?? '';
  return first.slice(first.lastIndexOf('/') + 1);
}

/** Project paths that the words of a command name (e.g. `node check.mjs` → `check.mjs`). */
function pathsInCommand(spec: CommandSpec | undefined, cwd: string, root: string): string[] {
  if (spec === undefined) return [];
  const out: string[] = [];
  for (const word of spec.argv.slice(1)) {
    if (word.startsWith('-') || word.includes('${') || !/[./]/.test(word) || /^[a-z]+:\/\//.test(word)) continue;
    const rel = relative(root, join(cwd, word)).split('\\').join('/');
    if (rel !== '' && !rel.startsWith('..')) out.push(rel.replace(/\/$/, ''));
  }
  return out;
}

function commandsOf(target: TargetConfig, check: CommandSpec | undefined): (CommandSpec | undefined)[] {
  return [target.kind === 'http' ? target.start : target.kind === 'command' ? target.run : undefined, check];
}

/**
 * The role a path plays in the harness of a target, or null when it is code under test.
 * @param path - repository-relative, `/`-separated
 * @param target - the pinned target
 * @param check - the pinned check command
 * @param root - the project root
 * @returns the role
 */
export function harnessRole(path: string, target: TargetConfig, check: CommandSpec | undefined, root: string): string | null {
  if (target.kind === 'function') {
    const module = relative(root, target.file).split('\\').join('/');
    if (path === module) return "the function target's task module";
    const dir = dirname(module);
    if (dir !== '.' && path.startsWith(`${dir}/`)) return `beside the task module in ${dir}/`;
  }
  const test = testRole(path);
  if (test !== null) return test;
  // Files the check command names are tests (`node check.mjs`); files the server or measured
  // command names are the code under test (`node server.js`), which the change may edit.
  for (const named of pathsInCommand(check, root, root)) {
    if (path === named || path.startsWith(`${named}/`)) return CHECK_NAMED;
  }
  return null;
}

async function readAt(root: string, commit: string, path: string): Promise<string | null> {
  try {
    return (await gitBytes(['cat-file', 'blob', `${commit}:${path}`], { cwd: root })).toString('utf8');
  } catch {
    return null; // not in that commit
  }
}

async function configAt(root: string, commit: string): Promise<PerfflowConfig | null> {
  for (const name of CONFIG_FILES) {
    const text = await readAt(root, commit, name);
    if (text !== null) return parseConfig(text, join(root, name), root);
  }
  return null;
}

async function changedPaths(root: string, from: string, to: string): Promise<{ path: string; status: 'added' | 'modified' | 'deleted' }[]> {
  const out = await git(['diff', '--name-status', '--no-renames', '-z', from, to, '--'], { cwd: root });
  const parts = out.split('\0').filter((p) => p !== '');
  const files: { path: string; status: 'added' | 'modified' | 'deleted' }[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const letter = (parts[i] ?? 'M').charAt(0);
    files.push({ path: parts[i + 1] ?? '', status: letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified' });
  }
  return files;
}

function usesPackageScripts(target: TargetConfig, check: CommandSpec | undefined): boolean {
  return commandsOf(target, check).some((spec) => PACKAGE_RUNNERS.has(programOf(spec)));
}

function scriptsOf(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const scripts = (value as { scripts?: unknown }).scripts;
    return typeof scripts === 'object' && scripts !== null ? (scripts as Record<string, unknown>) : {};
  } catch {
    return null; // not JSON: npm could not run it either; nothing to pin
  }
}

/**
 * Pins the harness of a comparison and finds what the change edits in it.
 * @param options - the project, the harness source, the candidate's commit, the target name and the candidate's own config
 * @returns the pinned harness
 * @throws InputError `unpinned-harness` when the harness source lacks the config, the target or a function target's task module
 */
export async function pinHarness(options: {
  projectRoot: string;
  source: HarnessSource;
  candidateCommit: string;
  targetName: string;
  /** The candidate's own config, or why it does not load (then the whole entry counts as edited). */
  candidateConfig: PerfflowConfig | { error: string };
}): Promise<PinnedHarness> {
  const { projectRoot: root, source } = options;
  const pinned = await configAt(root, source.commit);
  const fix = 'commit it first (or, in a run, let the baseline step pass with it in place), so that the change cannot be measured by a benchmark of its own';
  if (pinned === null) throw new InputError('unpinned-harness', `perfflow.config.yaml is not in ${source.label}: the harness cannot be pinned; ${fix}`);
  const target = Object.hasOwn(pinned.targets, options.targetName) ? pinned.targets[options.targetName] : undefined;
  if (target === undefined) throw new InputError('unpinned-harness', `target '${options.targetName}' is not in the perfflow.config.yaml of ${source.label}: the harness cannot be pinned; ${fix}`);
  if (target.kind === 'function') {
    const module = relative(root, target.file).split('\\').join('/');
    if ((await readAt(root, source.commit, module)) === null) {
      throw new InputError('unpinned-harness', `the task module ${target.fileText} is not in ${source.label}: the harness cannot be pinned; ${fix}`);
    }
  }
  const edited: HarnessEdit[] = [];
  const added: HarnessEdit[] = [];
  const own = options.candidateConfig;
  if ('error' in own) {
    edited.push({ path: relative(root, pinned.file), status: 'modified', role: `the target as measured (the change leaves it unreadable: ${own.error})` });
  } else {
    const configName = relative(root, own.file);
    const ownEntry = own.raw.targets[options.targetName];
    if (!isDeepStrictEqual(ownEntry, pinned.raw.targets[options.targetName])) {
      edited.push({ path: `${configName} targets['${options.targetName}']`, status: ownEntry === undefined ? 'deleted' : 'modified', role: 'the target as measured' });
    }
    if (!isDeepStrictEqual(own.raw.check, pinned.raw.check)) {
      edited.push({ path: `${configName} check`, status: own.raw.check === undefined ? 'deleted' : 'modified', role: 'the behaviour check' });
    }
  }
  const measureOverlay: string[] = [];
  const testOverlay: string[] = [];
  for (const change of await changedPaths(root, source.commit, options.candidateCommit)) {
    if (CONFIG_FILES.some((name) => name === change.path)) continue; // compared entry by entry above
    const role = harnessRole(change.path, target, pinned.check, root);
    if (role === null) continue;
    const isTest = testRole(change.path) !== null || role === CHECK_NAMED;
    if (change.status === 'added' && isTest) added.push({ ...change, role });
    else edited.push({ ...change, role });
    if (isTest) testOverlay.push(change.path);
    else measureOverlay.push(change.path);
  }
  let scripts: Record<string, unknown> | null = null;
  if (usesPackageScripts(target, pinned.check)) {
    const theirs = scriptsOf(await readAt(root, source.commit, 'package.json'));
    const ours = scriptsOf(await readAt(root, options.candidateCommit, 'package.json'));
    if (theirs !== null && !isDeepStrictEqual(theirs, ours ?? {})) {
      scripts = theirs;
      edited.push({ path: 'package.json scripts', status: 'modified', role: 'the npm scripts the harness runs' });
    }
  }
  return { source, target, check: pinned.check, edited, added, measureOverlay, testOverlay, scripts };
}

/**
 * Puts harness files of a checkout back to their content in the harness source.
 * @param tree - the checkout (a worktree of the project)
 * @param harness - the pinned harness
 * @param paths - repository-relative paths to restore (files the source lacks are removed)
 */
export async function overlayHarness(tree: string, harness: PinnedHarness, paths: readonly string[]): Promise<void> {
  await restoreFromSnapshot(tree, harness.source.commit, paths);
  if (harness.scripts !== null) {
    const file = join(tree, 'package.json');
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!isDeepStrictEqual(parsed.scripts, harness.scripts)) writeFileSync(file, `${JSON.stringify({ ...parsed, scripts: harness.scripts }, null, 2)}\n`);
  }
}

/**
 * Harness paths that differ between the harness source and another commit (the base commit, when
 * the harness was pinned later, in a run).
 * @param root - the project
 * @param harness - the pinned harness
 * @param commit - the other commit
 * @returns paths to overlay for measuring and for testing
 */
export async function harnessDifferences(root: string, harness: PinnedHarness, commit: string): Promise<{ measure: string[]; test: string[] }> {
  if (commit === harness.source.commit) return { measure: [], test: [] };
  const measure: string[] = [];
  const test: string[] = [];
  for (const change of await changedPaths(root, commit, harness.source.commit)) {
    const role = harnessRole(change.path, harness.target, harness.check, root);
    if (role === null) continue;
    (testRole(change.path) === null && role !== CHECK_NAMED ? measure : test).push(change.path);
  }
  return { measure, test };
}
