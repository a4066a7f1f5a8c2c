import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { removeOrphanedWorktrees } from '../lib/git/worktree.js';
import { validateNamed } from '../lib/contracts/validate.js';
import { git, tempRepo } from './helpers/temp-repo.js';
import {
  damagedUserFiles,
  driveFlow,
  leftoverWorktrees,
  makeCrashProject,
  settledProcesses,
  srcState,
  tempFiles,
} from './helpers/flow-driver.js';
import type { CrashProject, CrashRecord, FlowState, Invocation, KillAt } from './helpers/flow-driver.js';

// One traversal of the whole /performance flow (the demo's recorded session, real measurements),
// with perfflow SIGKILLed at every kill point below. After each kill `perfflow resume` runs, the
// checks of `afterCrash` hold, and the `next`-driven loop carries on by doing the step again.
// The first validations get a one-second budget on purpose: one paired block is inconclusive, the
// gate fails and the workflow asks for a rollback, so killing a rollback is part of the same run.

const PLAN_ID = 'users-api-latency';
/** The example's server process: mid-measurement kills count from the moment it runs. */
const SERVER = { process: 'server.js' };

/** `<step>|<label>|<repeat>` -> where to kill it, and what the point is meant to prove. */
const KILL_POINTS: [string, KillAt, string][] = [
  ['baseline|baseline|0', { delayMs: 300 }, 'early: the CLI is starting, nothing measured yet'],
  ['baseline|baseline|1', { delayMs: 1200, after: SERVER }, 'mid-measurement: the server is under load'],
  ['baseline|baseline|2', { write: 'baseline-metrics.json', stage: 'half' }, 'mid-write of the measured baseline'],
  ['baseline|submit|0', { write: 'run.json', stage: 'rename' }, 'submit: gate record written, run.json not yet'],
  ['planning|write plan-@.md|0', { write: 'plan-@.md', stage: 'rename' }, 'mid-write of the Markdown plan'],
  ['planning|write plan-@.json|0', { write: 'plan-@.json', stage: 'half' }, 'half-written JSON plan'],
  ['planning|submit|0', { write: 'checkpoint.json', stage: 'rename' }, 'submit: run.json passed, checkpoint lagging'],
  ['plan-rating|rate|0', { write: `${PLAN_ID}-rating.json`, stage: 'rename' }, 'rating written to its temp file, not renamed'],
  ['plan-rating|rate|1', { write: 'plan-rating.json', stage: 'half' }, 'rate deciding its gate: half-written gate record'],
  ['analysis|profile|0', { delayMs: 0, after: SERVER }, 'early: the server is starting under the profiler'],
  ['analysis|profile|1', { delayMs: 1900, after: SERVER }, 'mid-measurement: the V8 profiler is sampling under load'],
  ['analysis|profile|2', { write: 'bottleneck-report.json', stage: 'rename' }, 'mid-write of the bottleneck report'],
  ['analysis|submit|0', { write: 'run.json', stage: 'half' }, 'submit: half-written run.json'],
  ['optimization-planning|write optimization-plan.json|0', { write: 'optimization-plan.json', stage: 'half' }, 'half-written optimization plan'],
  ['optimization-planning|submit|0', { write: 'optimization-planning.json', stage: 'rename' }, 'submit: gate record not renamed'],
  ['implementation|write dev-manifest.json|0', { write: 'dev-manifest.json', stage: 'rename' }, 'mid-write of the manifest, with the patch applied'],
  ['implementation|submit|0', { write: 'checkpoint.json', stage: 'half' }, 'submit: half-written checkpoint'],
  ['validation|validate|0', { delayMs: 0, after: { process: '--test', count: 1 } }, 'validate: base worktree made, behaviour check running'],
  ['validation|validate|1', { write: 'benchmark-results.json', stage: 'rename' }, 'validate: measured, results not renamed'],
  ['validation|validate|2', { write: 'recovery-state.json', stage: 'rename' }, 'validate: gate recorded as failed, recovery and run.json not'],
  ['validation|rollback|0', { write: 'rollback-journal.json', stage: 'rename' }, 'rollback: journal not written yet'],
  ['validation|rollback|1', { write: 'run.json', stage: 'rename' }, 'rollback: artifacts moved and code restored, run.json not updated'],
  ['validation|resume after rollback|1', { write: 'run.json', stage: 'rename' }, 'resume itself, finishing the interrupted rollback: run.json not renamed'],
  ['validation|validate|3', { delayMs: 600, after: { process: 'server.js', count: 5 } }, 'validate: mid-measurement of the paired blocks (third trial server)'],
  ['publish|publish|0', { write: 'baseline-metrics.json', stage: 'half' }, 'publish: early, copying the first artifact into the feed'],
  ['publish|publish|1', { write: 'report.html', stage: 'half' }, 'publish: half-written HTML report in the feed'],
  ['publish|publish|2', { write: 'feed.json', stage: 'rename' }, 'publish: feed item not renamed into feed.json'],
];

/** Which schema a JSON file of the run directory or the feed must match (by its path there). */
function schemaOf(rel: string): string | null {
  const rules: [RegExp, string][] = [
    [/^run\.json$/, 'run'],
    [/^checkpoint\.json$/, 'checkpoint'],
    [/^recovery-state\.json$/, 'recovery-state'],
    [/^gates\/[^/]+\.json$/, 'gate'],
    [/^baseline-metrics\.json$/, 'baseline-metrics'],
    [/^plan-[^/]+\.json$/, 'plan'],
    [/^plans\/[^/]+-rating\.json$/, 'rating'],
    [/^bottleneck-report\.json$/, 'bottleneck-report'],
    [/^optimization-plan\.json$/, 'optimization-plan'],
    [/^dev-manifest\.json$/, 'dev-manifest'],
    [/^benchmark-results\.json$/, 'benchmark-results'],
    [/^performance-comparison\.json$/, 'performance-comparison'],
    [/^rollback-journal\.json$/, 'rollback-journal'],
    [/^feed\.json$/, 'feed'],
    [/^manifest\.json$/, 'publish-manifest'],
  ];
  return rules.find(([pattern]) => pattern.test(rel))?.[1] ?? null;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

/**
 * Validates every JSON file of the run directory (archived attempts under history/ and renamed
 * `.attempt-n` copies included) and of the feed against its schema.
 * @returns the files checked, and any file no schema names
 */
function checkArtifacts(runDir: string, feedDir: string): { checked: string[]; unnamed: string[] } {
  const checked: string[] = [];
  const unnamed: string[] = [];
  const inRun = (file: string): string => relative(runDir, file).split('\\').join('/').replace(/^history\/[^/]+\//, '').replace(/\.attempt-\d+\.json$/, '.json');
  const inFeed = (file: string): string => relative(feedDir, file).split('\\').join('/').replace(/^[^/]+\/artifacts\//, '').replace(/^[^/]+\/manifest\.json$/, 'manifest.json');
  for (const [file, rel] of [...jsonFiles(runDir).map((f) => [f, inRun(f)] as const), ...jsonFiles(feedDir).map((f) => [f, inFeed(f)] as const)]) {
    const name = schemaOf(rel);
    if (name === null) {
      unnamed.push(rel);
      continue;
    }
    validateNamed(name, JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
    checked.push(rel);
  }
  return { checked, unnamed };
}

const projects: CrashProject[] = [];
afterAll(() => {
  for (const project of projects) rmSync(dirname(project.root), { recursive: true, force: true });
});

describe('crash anywhere: SIGKILL at any point of a whole run, then perfflow resume', () => {
  test('the run completes and is published after every kill, with valid artifacts, no process or worktree left, and the user files intact', async () => {
    const project = makeCrashProject();
    projects.push(project);
    const runIdOf = { value: '' };
    const points = new Map<string, { kill: KillAt; why: string }>();
    const keyOf = (inv: Invocation): string => `${inv.step}|${inv.label.replace(runIdOf.value, '@')}|${inv.repeat}`;
    const report: string[] = [];

    const afterCrash = async (crash: CrashRecord, state: FlowState): Promise<void> => {
      const where = `${keyOf(crash.invocation)} (${'delayMs' in crash.kill ? `${crash.kill.delayMs} ms${crash.kill.after === undefined ? '' : ` after ${crash.kill.after.process} #${crash.kill.after.count ?? 1}`}` : `${crash.kill.stage} ${crash.kill.write}`})`;
      const context = join(project.root, '.claude', 'context');
      // A kill at a write happened exactly there: the temp file of that write was left behind.
      if ('write' in crash.kill) {
        const file = crash.kill.write;
        expect({ where, mark: crash.outcome.crashMark?.file }).toEqual({ where, mark: file });
        expect({ where, left: crash.tempFilesAfterKill.some((f) => f.includes(`.${file}.`)) }).toEqual({ where, left: true });
      }
      expect({ where, resumeExit: crash.resume.code }).toEqual({ where, resumeExit: 0 });
      if (crash.interruptedResume !== null) {
        expect({ where, resumeKilledAt: crash.interruptedResume.crashMark?.file }).toEqual({ where, resumeKilledAt: 'run.json' });
        expect(JSON.parse(crash.resume.stdout)).toMatchObject({ next: { step: { id: 'implementation', kind: 'step' } } });
      }
      // No unfinished write survives resume, every state file and artifact matches its schema.
      expect({ where, temp: tempFiles(context) }).toEqual({ where, temp: [] });
      const { checked, unnamed } = checkArtifacts(state.runDir, join(context, 'feed'));
      expect({ where, unnamed }).toEqual({ where, unnamed: [] });
      expect(checked).toContain('run.json');
      // No server, check or other child of perfflow outlives it; no base worktree is left.
      expect({ where, processes: await settledProcesses(project) }).toEqual({ where, processes: [] });
      expect({ where, worktrees: leftoverWorktrees(project) }).toEqual({ where, worktrees: [] });
      expect({ where, scratch: readdirSync(project.tmp) }).toEqual({ where, scratch: [] });
      // The user's own uncommitted files are untouched; src/ is as committed or exactly as patched.
      expect({ where, damaged: damagedUserFiles(project) }).toEqual({ where, damaged: [] });
      expect({ where, src: srcState(project).state }).toEqual({ where, src: state.expectPatched ? 'patched' : 'base' });
      const next = JSON.parse(crash.resume.stdout) as { next: { run_status: string; step: { id: string; kind: string } | null } };
      expect({ where, status: next.next.run_status }).toEqual({ where, status: 'active' });
      // A failed gate is a decision: a crash before run.json recorded it must not buy a re-measurement.
      if (keyOf(crash.invocation) === 'validation|validate|2') expect({ where, next: next.next.step }).toMatchObject({ where, next: { id: 'validation', kind: 'rollback' } });
      report.push(
        `${where}: killed after ${Math.round(crash.outcome.ms)} ms; left ${crash.tempFilesAfterKill.length} temp file(s), ${crash.processesAfterKill.length} process(es), ${crash.worktreesAfterKill.length} worktree path(s); after resume none; ${checked.length} JSON files valid`,
      );
    };

    for (const [key, kill, why] of KILL_POINTS) points.set(key, { kill, why });
    const started = performance.now();
    const state = await driveFlow(project, {
      killFor: (inv) => {
        if (runIdOf.value === '') runIdOf.value = inv.args[inv.args.indexOf('--run') + 1] ?? '';
        const point = points.get(keyOf(inv));
        return point === undefined ? null : { ...point.kill, ...('write' in point.kill ? { write: point.kill.write.replace('@', runIdOf.value) } : {}) };
      },
      afterCrash,
      // Validations 0-2 get one block (inconclusive on purpose: the gate fails and asks for a
      // rollback); later ones enough paired blocks for a verdict (more if a busy machine made one
      // inconclusive, which the workflow answers with another rollback).
      validateBudget: (n) => (n < 3 ? '1' : n < 5 ? '30' : '45'),
    });
    const wallS = (performance.now() - started) / 1000;

    const resumeKey = (c: CrashRecord): string => keyOf({ ...c.invocation, label: `resume after ${c.invocation.label}` });
    const killedAt = new Set(state.crashes.flatMap((c) => [keyOf(c.invocation), ...(c.interruptedResume?.killed === true ? [resumeKey(c)] : [])]));
    const missed = KILL_POINTS.map(([key]) => key).filter((key) => !killedAt.has(key));
    process.stdout.write(`crash-anywhere: ${killedAt.size} kills in ${wallS.toFixed(1)} s; left in perfflow's temp dir: ${readdirSync(project.tmp).join(', ') || 'nothing'}\n${report.join('\n')}\n${state.log.map((l) => `${l.invocation.step} ${l.invocation.label} #${l.invocation.repeat}: ${l.killed ? 'KILLED' : `exit ${String(l.code)}`} ${Math.round(l.ms)} ms`).join('\n')}\n`);
    expect(missed).toEqual([]);
    expect(killedAt.size).toBeGreaterThanOrEqual(20);
    // The hard cases did arise: kills that left a half-done write, a live server or check, and a
    // base worktree behind (each gone after resume, checked above).
    expect(state.crashes.filter((c) => c.tempFilesAfterKill.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(state.crashes.filter((c) => c.processesAfterKill.some((p) => p.includes('server.js'))).length).toBeGreaterThanOrEqual(3);
    expect(state.crashes.filter((c) => c.processesAfterKill.some((p) => p.includes('--test'))).length).toBeGreaterThanOrEqual(1);
    expect(state.crashes.filter((c) => c.worktreesAfterKill.length > 0).length).toBeGreaterThanOrEqual(2);
    const killedSteps = new Set(state.crashes.map((c) => c.invocation.step));
    expect([...killedSteps].sort()).toEqual(['analysis', 'baseline', 'implementation', 'optimization-planning', 'plan-rating', 'planning', 'publish', 'validation']);

    // The run is complete and published once; everything is valid; nothing is left behind.
    const context = join(project.root, '.claude', 'context');
    const run = JSON.parse(readFileSync(join(state.runDir, 'run.json'), 'utf8')) as { status: string; rollbacks: unknown[] };
    expect(run.status).toBe('completed');
    expect(run.rollbacks.length).toBeGreaterThanOrEqual(1);
    const feed = JSON.parse(readFileSync(join(context, 'feed', 'feed.json'), 'utf8')) as { items: { id: string }[] };
    expect(feed.items.filter((i) => i.id === state.runId)).toHaveLength(1);
    expect(checkArtifacts(state.runDir, join(context, 'feed')).unnamed).toEqual([]);
    const comparison = JSON.parse(readFileSync(join(state.runDir, 'performance-comparison.json'), 'utf8')) as { validation_status: string };
    expect(comparison.validation_status).toBe('pass');
    expect(tempFiles(context)).toEqual([]);
    expect(await settledProcesses(project)).toEqual([]);
    expect(leftoverWorktrees(project)).toEqual([]);
    expect(readdirSync(project.tmp)).toEqual([]);
    expect(damagedUserFiles(project)).toEqual([]);
    expect(srcState(project).state).toBe('patched');
  }, 420_000);
});

describe('base worktrees left by a killed perfflow', () => {
  function checkout(repo: string, ownerPid: number): string {
    const scratch = mkdtempSync(join(tmpdir(), 'perfflow-base-'));
    writeFileSync(join(scratch, 'owner.json'), JSON.stringify({ pid: ownerPid, host: hostname(), project: repo }));
    git(repo, 'worktree', 'add', '--detach', '--force', join(scratch, 'tree'), 'HEAD');
    return scratch;
  }

  test('are removed when their owner is dead, and kept while it lives', () => {
    const repo = tempRepo({ 'a.txt': 'a\n' });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const orphan = checkout(repo, dead);
    const live = checkout(repo, process.pid);
    // Killed inside `git worktree add`: git leaves the checkout locked as "initializing".
    const cutShort = checkout(repo, dead);
    git(repo, 'worktree', 'lock', '--reason', 'initializing', join(cutShort, 'tree'));
    // A scratch dir whose checkout never got registered (killed between mkdtemp and worktree add).
    const unregistered = mkdtempSync(join(tmpdir(), 'perfflow-base-'));
    writeFileSync(join(unregistered, 'owner.json'), JSON.stringify({ pid: dead, host: hostname(), project: repo }));
    mkdirSync(join(unregistered, 'tree'));

    const removed = removeOrphanedWorktrees(repo);

    expect(removed.sort()).toEqual([join(orphan, 'tree'), join(cutShort, 'tree'), join(unregistered, 'tree')].sort());
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(cutShort)).toBe(false);
    expect(existsSync(unregistered)).toBe(false);
    expect(existsSync(join(live, 'tree', 'a.txt'))).toBe(true);
    const listed = git(repo, 'worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ')).map((l) => l.slice(9));
    expect(listed).toEqual([repo, join(live, 'tree')]);
    git(repo, 'worktree', 'remove', '--force', join(live, 'tree'));
    rmSync(live, { recursive: true, force: true });
    rmSync(repo, { recursive: true, force: true });
  });
});
