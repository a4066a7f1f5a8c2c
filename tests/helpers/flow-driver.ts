// Plays the demo's recorded /performance session through the real CLI the way the /performance
// skill does: ask `perfflow next --json`, do what `step.id` (or a `rollback` step's commands) says,
// submit, repeat. Any perfflow invocation can be SIGKILLed, after a delay or at a chosen file write;
// the driver then runs `perfflow resume` and lets the `next` loop carry on (re-running the step).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineValues, fillPlaceholders, manifestFor, mapOptimizations } from '../../scripts/demo.mjs';
import type { RecordedOptimization, ReportLike } from '../../scripts/demo.mjs';
import { PERFFLOW_BIN } from './cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'users-api');
const RECORDING = join(EXAMPLE, '.perfflow-demo');
const PATCH = join(RECORDING, 'optimization.patch');

/** The example copy a crash test runs in, and what its user's files must stay. */
export interface CrashProject {
  /** The git repository (a copy of examples/users-api). */
  root: string;
  /** TMPDIR of every perfflow process: base worktrees, probes and profiles go here. */
  tmp: string;
  /** Scratch space of the test (the crash preload, files handed to `perfflow write --from`). */
  scratch: string;
  /** Files the user changed before the run (an edited README, an untracked note): path -> bytes. */
  userFiles: Map<string, Buffer>;
  /** src/ as committed: path -> text. */
  srcBase: Map<string, string>;
  /** src/ with the recorded optimization applied: path -> text. */
  srcPatched: Map<string, string>;
}

/**
 * Where to SIGKILL an invocation: after a delay (counted from the start, or from the moment the
 * `count`-th project process whose command line contains `process` appears, e.g. the target's
 * `server.js`), or at a write of a run file (by base name).
 */
export type KillAt =
  | { delayMs: number; after?: { process: string; count?: number } }
  /** `rename`: the temp file is complete, the rename not done; `half`: half its bytes are written. */
  | { write: string; stage: 'rename' | 'half'; nth?: number };

/** One perfflow invocation of the flow. */
export interface Invocation {
  step: string;
  /** What it is, e.g. `baseline`, `submit`, `write plan.json`, `rollback`. */
  label: string;
  args: string[];
  /** How many invocations with this step and label came before (0 for the first). */
  repeat: number;
}

/** How a CLI invocation ended. */
export interface CliOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the driver's SIGKILL ended it. */
  killed: boolean;
  /** For a kill at a write: what the process was writing when it killed itself. */
  crashMark: { file: string; stage: string; tmp: string } | null;
  ms: number;
}

/** A kill and what followed. */
export interface CrashRecord {
  invocation: Invocation;
  kill: KillAt;
  outcome: CliOutcome;
  /** Files named like an unfinished atomic write under .claude/context (runs and feed) right after the kill. */
  tempFilesAfterKill: string[];
  /** Project processes (servers, checks) alive right after the kill, before resume. */
  processesAfterKill: string[];
  /** Base worktrees left right after the kill, before resume. */
  worktreesAfterKill: string[];
  /** A `perfflow resume` killed by a kill point of its own before the one that finished. */
  interruptedResume: CliOutcome | null;
  resume: CliOutcome;
}

/** What the test decides and checks while the flow runs. */
export interface FlowHooks {
  /** Where to kill this invocation, or null to let it run. */
  killFor: (invocation: Invocation) => KillAt | null;
  /** Called after each kill and the `perfflow resume` that followed. */
  afterCrash: (crash: CrashRecord, state: FlowState) => Promise<void> | void;
  /** `--budget` of `perfflow validate` for the n-th validation run (0-based). */
  validateBudget: (n: number) => string;
}

/** What the driver knows about the run as it goes. */
export interface FlowState {
  runId: string;
  runDir: string;
  /** Whether src/ must be the patched version now (else exactly as committed). */
  expectPatched: boolean;
  /** Every invocation, in order, with how it ended. */
  log: { invocation: Invocation; code: number | null; killed: boolean; ms: number }[];
  crashes: CrashRecord[];
}

/** The CommonJS preload that kills the CLI at a chosen write (loaded with NODE_OPTIONS=--require). */
const CRASH_PRELOAD = String.raw`
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { syncBuiltinESMExports } = require('node:module');
const spec = JSON.parse(process.env.PERFFLOW_CRASH_AT || 'null');
const entry = process.argv[1] || '';
if (spec !== null && entry.endsWith(path.join('dist', 'cli', 'bin.js'))) {
  const TEMP = /^\.(.+)\.\d+\.[0-9a-f]{8}\.tmp$/;
  const target = (p) => { const m = TEMP.exec(path.basename(String(p))); return m !== null && m[1] === spec.write; };
  const nth = spec.nth || 1;
  let seen = 0;
  const die = (tmp) => {
    fs.writeFileSync(process.env.PERFFLOW_CRASH_MARK, JSON.stringify({ file: spec.write, stage: spec.stage, tmp: String(tmp) }));
    process.kill(process.pid, 'SIGKILL');
  };
  const { openSync, writeSync, renameSync } = fs;
  const open = new Map();
  fs.openSync = function (p, ...rest) {
    const fd = openSync.call(this, p, ...rest);
    if (spec.stage === 'half' && target(p)) open.set(fd, p);
    return fd;
  };
  fs.writeSync = function (fd, buffer, offset, length, ...rest) {
    if (open.has(fd) && typeof buffer !== 'string') {
      const tmp = open.get(fd);
      open.delete(fd);
      seen += 1;
      if (seen === nth) {
        const start = offset || 0;
        const all = length === undefined ? buffer.length - start : length;
        writeSync.call(this, fd, buffer, start, Math.max(1, Math.floor(all / 2)));
        fs.fsyncSync(fd);
        die(tmp);
      }
    }
    return writeSync.call(this, fd, buffer, offset, length, ...rest);
  };
  fs.renameSync = function (from, to) {
    if (spec.stage === 'rename' && target(from)) {
      seen += 1;
      if (seen === nth) die(from);
    }
    return renameSync.call(this, from, to);
  };
  syncBuiltinESMExports();
}
`;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function readTree(dir: string, rel = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const path = rel === '' ? name : `${rel}/${name}`;
    if (statSync(join(dir, path)).isDirectory()) for (const [k, v] of readTree(dir, path)) files.set(k, v);
    else files.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return files;
}

/**
 * Copies examples/users-api (without its recording) into a fresh git repository, commits it, then
 * makes the user's own uncommitted changes a run must never lose: an edited README and an untracked
 * note. Also works out src/ as the recorded patch leaves it, in a separate copy.
 * @returns the project
 */
export function makeCrashProject(): CrashProject {
  const base = mkdtempSync(join(tmpdir(), 'perfflow-crash-'));
  const root = join(base, 'users-api');
  const tmp = join(base, 'tmp');
  const scratch = join(base, 'scratch');
  mkdirSync(tmp);
  mkdirSync(scratch);
  const copy = (to: string): void => {
    cpSync(EXAMPLE, to, {
      recursive: true,
      filter: (source) => {
        const rel = relative(EXAMPLE, source).split('\\').join('/');
        return !(rel === '.perfflow-demo' || rel.startsWith('.perfflow-demo/') || rel.startsWith('node_modules') || rel.startsWith('.claude/context'));
      },
    });
  };
  copy(root);
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['add', '.']);
  git(root, ['-c', 'user.name=crash test', '-c', 'user.email=crash@perfflow.invalid', 'commit', '-q', '-m', 'users-api as shipped']);
  git(root, ['config', 'user.name', 'crash test']);
  git(root, ['config', 'user.email', 'crash@perfflow.invalid']);
  const readme = `${readFileSync(join(root, 'README.md'), 'utf8')}\n## My notes (uncommitted)\n\nThe users endpoint is slow on the staging box; try it after lunch.\n`;
  writeFileSync(join(root, 'README.md'), readme);
  writeFileSync(join(root, 'NOTES.local.md'), 'untracked: ask ops about the p99 alert\n\u00e9\u00e8 bytes that must survive \u2713\n');
  const userFiles = new Map(['README.md', 'NOTES.local.md'].map((f) => [f, readFileSync(join(root, f))] as const));

  const patched = join(scratch, 'patched');
  copy(patched);
  execFileSync('git', ['apply', PATCH], { cwd: patched });
  const result: CrashProject = { root, tmp, scratch, userFiles, srcBase: readTree(join(root, 'src')), srcPatched: readTree(join(patched, 'src')) };
  rmSync(patched, { recursive: true, force: true });
  writeFileSync(join(scratch, 'crash-preload.cjs'), CRASH_PRELOAD);
  return result;
}

/**
 * Runs the real CLI in the project, optionally killing it with SIGKILL after a delay or at a write.
 * ANTHROPIC_API_KEY is left out, so the rater is the structural one (no network).
 * @param project - the project
 * @param args - CLI arguments
 * @param kill - where to kill it, if anywhere
 * @returns how it ended
 */
export function runPerfflow(project: CrashProject, args: string[], kill: KillAt | null = null): Promise<CliOutcome> {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: project.tmp };
  delete env.ANTHROPIC_API_KEY;
  delete env.PERFFLOW_CRASH_AT;
  const mark = join(project.scratch, 'crash-mark.json');
  rmSync(mark, { force: true });
  if (kill !== null && 'write' in kill) {
    env.PERFFLOW_CRASH_AT = JSON.stringify(kill);
    env.PERFFLOW_CRASH_MARK = mark;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${join(project.scratch, 'crash-preload.cjs')}`.trim();
  }
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(PERFFLOW_BIN, args, { cwd: project.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let timer: NodeJS.Timeout | undefined;
    const fire = (ms: number): void => {
      timer = setTimeout(() => {
        sent = child.kill('SIGKILL');
      }, ms);
    };
    if (kill !== null && 'delayMs' in kill) {
      const after = kill.after;
      if (after === undefined) fire(kill.delayMs);
      else {
        // Polls /proc for the anchor process (a server lives for seconds, a check for about one).
        const seen = new Set<string>();
        const poll = (): void => {
          for (const line of projectProcesses(project)) if (line.split(' (cwd ')[0]?.includes(after.process) === true) seen.add(line.split(':')[0] ?? '');
          if (seen.size >= (after.count ?? 1)) fire(kill.delayMs);
          else timer = setTimeout(poll, 40);
        };
        poll();
      }
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      const crashMark = existsSync(mark) ? (JSON.parse(readFileSync(mark, 'utf8')) as CliOutcome['crashMark']) : null;
      const killed = signal === 'SIGKILL' && (sent || crashMark !== null);
      resolve({ code, signal, stdout, stderr, killed, crashMark, ms: performance.now() - started });
    });
  });
}

function json(outcome: CliOutcome, what: string): Record<string, unknown> {
  try {
    return JSON.parse(outcome.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`${what}: no JSON on stdout (exit ${String(outcome.code)}, signal ${String(outcome.signal)}): ${outcome.stderr.slice(-800)}`);
  }
}

/**
 * Atomic-write temp files anywhere under a directory.
 * @param dir - a directory
 * @returns their paths relative to it
 */
export function tempFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(entry.name)) found.push(relative(dir, full));
    }
  };
  walk(dir);
  return found;
}

/**
 * Which state the files under src/ are in.
 * @param project - the project
 * @returns `base`, `patched`, or `other` (with the files that match neither)
 */
export function srcState(project: CrashProject): { state: 'base' | 'patched' | 'other'; differing: string[] } {
  const now = readTree(join(project.root, 'src'));
  const same = (expected: Map<string, string>): string[] => {
    const names = new Set([...expected.keys(), ...now.keys()]);
    return [...names].filter((n) => expected.get(n) !== now.get(n));
  };
  const fromBase = same(project.srcBase);
  if (fromBase.length === 0) return { state: 'base', differing: [] };
  const fromPatched = same(project.srcPatched);
  if (fromPatched.length === 0) return { state: 'patched', differing: [] };
  return { state: 'other', differing: fromBase };
}

/**
 * The user's own uncommitted files that no longer hold the bytes they had before the run.
 * @param project - the project
 * @returns paths that changed or vanished
 */
export function damagedUserFiles(project: CrashProject): string[] {
  return [...project.userFiles].filter(([path, bytes]) => {
    const full = join(project.root, path);
    return !existsSync(full) || !readFileSync(full).equals(bytes);
  }).map(([path]) => path);
}

/**
 * Processes that belong to the project: their working directory or command line lies in the project
 * or in perfflow's temp dir (servers, base worktrees, checks). Read from /proc.
 * @param project - the project
 * @returns `pid: command line` of each
 */
export function projectProcesses(project: CrashProject): string[] {
  const found: string[] = [];
  const places = [project.root, project.tmp];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    let cwd = '';
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      cwd = readlinkSync(`/proc/${name}/cwd`);
    } catch {
      continue; // exited meanwhile, or a kernel thread
    }
    if (cmdline === '') continue;
    if (places.some((p) => cwd === p || cwd.startsWith(`${p}/`) || cmdline.includes(p))) found.push(`${name}: ${cmdline} (cwd ${cwd})`);
  }
  return found;
}

/**
 * Waits (up to `ms`) until no process of the project is left; a server whose owner was killed ends
 * itself on its own next tick.
 * @param project - the project
 * @param ms - how long to wait at most
 * @returns the processes still there
 */
export async function settledProcesses(project: CrashProject, ms = 4000): Promise<string[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left = projectProcesses(project);
    if (left.length === 0 || Date.now() >= until) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Git worktrees besides the main one, and base-worktree scratch dirs left in perfflow's temp dir.
 * @param project - the project
 * @returns what is left
 */
export function leftoverWorktrees(project: CrashProject): string[] {
  const listed = git(project.root, ['worktree', 'list', '--porcelain'])
    .split('\n')
    .filter((l) => l.startsWith('worktree '))
    .map((l) => l.slice('worktree '.length))
    .filter((p) => p !== project.root);
  const scratch = readdirSync(project.tmp).filter((n) => n.startsWith('perfflow-base-')).map((n) => join(project.tmp, n));
  return [...listed, ...scratch];
}

/**
 * sha256 of a file, or `missing`.
 * @param path - a file
 * @returns hex digest
 */
export function sha256Of(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'missing';
}

function readJsonFile(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/**
 * Drives a whole run of the recorded session through `perfflow next`, killing invocations where the
 * hooks say, resuming after each kill, until the run is done.
 * @param project - the project
 * @param hooks - kill points, checks after each crash, validation budgets
 * @param limits - measurement options that keep the run short
 * @returns the flow's state and log
 * @throws Error when a step fails in a way the flow cannot continue from
 */
export async function driveFlow(
  project: CrashProject,
  hooks: FlowHooks,
  limits: { baseline: string[]; profile: string[] } = { baseline: ['--duration', '3s', '--warmup', '500ms'], profile: ['--duration', '2s', '--skip-overhead', '--min-samples', '200'] },
): Promise<FlowState> {
  const init = await runPerfflow(project, ['init', '--target', 'api/users', '--json', '--no-confirm']);
  const started = json(init, 'perfflow init');
  const state: FlowState = { runId: String(started.run_id), runDir: String(started.run_dir), expectPatched: false, log: [], crashes: [] };
  const run = ['--run', state.runId, '--json'];
  const repeats = new Map<string, number>();
  let validations = 0;
  let rollbacksSeen = 0;

  /** Runs one invocation; returns null when it was killed (after resuming), else its outcome. */
  const invoke = async (step: string, label: string, args: string[], okCodes: number[] = [0]): Promise<CliOutcome | null> => {
    const key = `${step}|${label}`;
    const invocation: Invocation = { step, label, args: [...args, ...run], repeat: repeats.get(key) ?? 0 };
    repeats.set(key, invocation.repeat + 1);
    const kill = hooks.killFor(invocation);
    const outcome = await runPerfflow(project, invocation.args, kill);
    state.log.push({ invocation, code: outcome.code, killed: outcome.killed, ms: outcome.ms });
    if (kill !== null && outcome.killed) {
      const tempFilesAfterKill = tempFiles(join(project.root, '.claude', 'context'));
      const processesAfterKill = projectProcesses(project);
      const worktreesAfterKill = leftoverWorktrees(project);
      // resume is crash-safe too: a kill point for it (label `resume after <label>`, the killed
      // invocation's repeat) kills it once, then it runs again.
      const resumeInvocation: Invocation = { step, label: `resume after ${label}`, args: ['resume', ...run], repeat: invocation.repeat };
      const resumeKill = hooks.killFor(resumeInvocation);
      let interruptedResume: CliOutcome | null = null;
      let resume = await runPerfflow(project, resumeInvocation.args, resumeKill);
      if (resumeKill !== null && resume.killed) {
        interruptedResume = resume;
        resume = await runPerfflow(project, resumeInvocation.args);
      }
      if (resume.code !== 0) throw new Error(`perfflow resume after killing '${label}' of ${step} failed (exit ${String(resume.code)}): ${resume.stderr.slice(-800)}`);
      const crash: CrashRecord = { invocation, kill, outcome, tempFilesAfterKill, processesAfterKill, worktreesAfterKill, interruptedResume, resume };
      state.crashes.push(crash);
      syncRollbacks();
      await hooks.afterCrash(crash, state);
      return null;
    }
    if (outcome.code === null || !okCodes.includes(outcome.code)) {
      throw new Error(`perfflow ${invocation.args.join(' ')} exited ${String(outcome.code)} (signal ${String(outcome.signal)}): ${outcome.stderr.slice(-1500)}`);
    }
    return outcome;
  };
  /** A completed rollback restored src/: from then on it must be the committed version. */
  const syncRollbacks = (): void => {
    const current = readJsonFile(join(state.runDir, 'run.json')) as { rollbacks: unknown[] };
    if (current.rollbacks.length > rollbacksSeen) {
      rollbacksSeen = current.rollbacks.length;
      state.expectPatched = false;
    }
  };
  const writeOutput = async (step: string, name: string, text: string): Promise<boolean> => {
    const from = join(project.scratch, `${basename(name)}.in`);
    writeFileSync(from, text);
    return (await invoke(step, `write ${name}`, ['write', name, '--from', from])) !== null;
  };

  for (let turn = 0; turn < 120; turn += 1) {
    syncRollbacks();
    const next = json(await runPerfflow(project, ['next', ...run]), 'perfflow next') as {
      done: boolean;
      run_status: string;
      recovery: unknown;
      step: null | { kind: 'step' | 'rollback'; id: string; action: string | null; commands: string[] };
    };
    if (next.done) return state;
    if (next.run_status !== 'active' || next.step === null) throw new Error(`the run stopped: ${JSON.stringify(next).slice(0, 1500)}`);
    const step = next.step;
    if (step.kind === 'rollback') {
      for (const command of step.commands) {
        const words = command.split(' ').filter((w) => w !== '');
        if (words[0] !== 'perfflow') throw new Error(`unexpected rollback command ${command}`);
        const args = words.slice(1).filter((w, i, all) => w !== '--run' && all[i - 1] !== '--run');
        if ((await invoke(step.id, 'rollback', args)) === null) break;
      }
      continue;
    }
    const submit = (): Promise<CliOutcome | null> => invoke(step.id, 'submit', ['submit', step.id]);
    // Steps that do perfflow's work are known by their action, whatever a project's yaml calls them.
    switch (step.action ?? step.id) {
      case 'baseline': {
        // Exit 3: the measurement was not valid (too few samples on a busy machine); `next` asks again.
        const measured = await invoke(step.id, 'baseline', ['baseline', ...limits.baseline], [0, 3]);
        if (measured === null || measured.code === 3) break;
        await submit();
        break;
      }
      case 'planning': {
        const values = baselineValues(readJsonFile(join(state.runDir, 'baseline-metrics.json')));
        const plan = JSON.parse(fillPlaceholders(readFileSync(join(RECORDING, 'plan.json'), 'utf8'), values, true)) as Record<string, unknown>;
        const markdown = fillPlaceholders(readFileSync(join(RECORDING, 'plan.md'), 'utf8'), values, false);
        if (!(await writeOutput(step.id, `plan-${state.runId}.md`, markdown))) break;
        if (!(await writeOutput(step.id, `plan-${state.runId}.json`, `${JSON.stringify({ ...plan, workflow_id: state.runId }, null, 2)}\n`))) break;
        await submit();
        break;
      }
      case 'rate': {
        const planFile = join(state.runDir, `plan-${state.runId}.json`);
        const planId = String((readJsonFile(planFile) as { plan_id: unknown }).plan_id);
        // In a run, rate decides the rating gate itself: no submit follows.
        await invoke(step.id, 'rate', ['rate', planFile, '--plan-id', planId]);
        break;
      }
      case 'profile': {
        // Exit 3: too few samples on a busy machine; `next` asks for the profile again.
        const profiled = await invoke(step.id, 'profile', ['profile', ...limits.profile], [0, 3]);
        if (profiled === null || profiled.code === 3) break;
        await submit();
        break;
      }
      case 'optimization-planning': {
        const recorded = readJsonFile(join(RECORDING, 'optimization-plan.json')) as { optimizations: RecordedOptimization[]; order?: string[] };
        const report = readJsonFile(join(state.runDir, 'bottleneck-report.json')) as ReportLike;
        const mapped = mapOptimizations(recorded, report);
        if (!(await writeOutput(step.id, 'optimization-plan.json', `${JSON.stringify(mapped.plan, null, 2)}\n`))) break;
        await submit();
        break;
      }
      case 'implementation': {
        const src = srcState(project);
        if (src.state === 'base') {
          git(project.root, ['apply', PATCH]);
          state.expectPatched = true;
        } else if (src.state !== 'patched') {
          throw new Error(`src/ is neither as committed nor as patched before implementation: ${src.differing.join(', ')}`);
        }
        // A flow without the design step has no optimization-plan.json: the recorded ids stand.
        const designed = join(state.runDir, 'optimization-plan.json');
        const plan = readJsonFile(existsSync(designed) ? designed : join(RECORDING, 'optimization-plan.json')) as { optimizations: { id: string }[] };
        const manifest = manifestFor(readJsonFile(join(RECORDING, 'dev-manifest.json')) as { changes: { optimization_id: string }[] }, new Set(plan.optimizations.map((o) => o.id)), state.runId);
        if (!(await writeOutput(step.id, 'dev-manifest.json', `${JSON.stringify(manifest, null, 2)}\n`))) break;
        await submit();
        break;
      }
      case 'validate': {
        // Exit 1 (a gate said no) and 3 (inconclusive) are answers, not breakdowns: `next` says what follows.
        // A one-second validation is meant to be one block (inconclusive on purpose), not the default minimum of five.
        await invoke(step.id, 'validate', ['validate', '--budget', hooks.validateBudget(validations), ...(hooks.validateBudget(validations) === '1' ? ['--min-blocks', '1'] : [])], [0, 1, 3]);
        validations += 1;
        break;
      }
      case 'publish': {
        await invoke(step.id, 'publish', ['publish']);
        break;
      }
      default:
        throw new Error(`the flow driver does not know step '${step.id}' (action ${String(step.action)})`);
    }
  }
  throw new Error('the run did not finish in 120 turns of perfflow next');
}
