import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Resources } from '../contracts/baseline-metrics.js';
import { compiledFile } from './compiled-file.js';
import { readProcStat, scratchPrefix, trackTempDir } from './process-groups.js';

// Linux reports CPU time in clock ticks (USER_HZ, 100 on every mainstream distribution and not
// queryable from Node without spawning getconf) and RSS in pages (4 KiB on x86-64 and arm64 defaults).
const TICK_MS = 10;
const PAGE_BYTES = 4096;

/** One line written by the Node preload. */
interface NodeLine {
  t: number;
  heap_used: number;
  heap_total: number;
  gc_ms: number;
  gc_count: number;
  eld_mean_ms: number;
  eld_p99_ms: number;
  eld_max_ms: number;
  elu: number;
}

function isNodeLine(value: unknown): value is NodeLine {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['t', 'heap_used', 'heap_total', 'gc_ms', 'gc_count', 'eld_mean_ms', 'eld_p99_ms', 'eld_max_ms', 'elu'].every((k) => typeof v[k] === 'number');
}

/** A directory the Node preload writes into, and the NODE_OPTIONS entry that loads it. */
export interface NodeProbe {
  dir: string;
  /** `--import=<file URL of the preload>?out=<dir>` */
  nodeOption: string;
  /** Removes the directory. */
  dispose: () => void;
}

/**
 * Prepares the Node preload for a target: a fresh directory and the NODE_OPTIONS entry that loads
 * the preload (compiled next to this module) with that directory.
 * @returns the probe
 */
export function createNodeProbe(): NodeProbe {
  const dir = mkdtempSync(join(tmpdir(), scratchPrefix('node')));
  const preload = compiledFile('node-preload.js');
  const url = `${preload.href}?out=${encodeURIComponent(pathToFileURL(dir).pathname)}&owner=${String(process.pid)}`;
  const untrack = trackTempDir(dir);
  return {
    dir,
    nodeOption: `--import=${url}`,
    dispose: () => {
      untrack();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Summarises what the preload wrote between two wall-clock times. When several Node processes ran
 * (a wrapper such as npm and the server it started), the busiest one (highest event-loop
 * utilization) is the target.
 * @param dir - the probe directory
 * @param from - window start, ms since the epoch
 * @param to - window end
 * @returns the Node block, or null when no Node process reported
 */
export function readNodeResources(dir: string, from: number, to: number): Resources['node'] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.startsWith('node-') && f.endsWith('.jsonl'));
  } catch {
    return null; // no directory: the target is not Node
  }
  let best: { lines: NodeLine[]; before: NodeLine | undefined; elu: number } | undefined;
  for (const file of files) {
    const all: NodeLine[] = [];
    for (const text of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (text === '') continue;
      try {
        const parsed: unknown = JSON.parse(text);
        if (isNodeLine(parsed)) all.push(parsed);
      } catch {
        // a line cut by a kill: ignored
      }
    }
    const lines = all.filter((l) => l.t >= from && l.t <= to + 300);
    if (lines.length === 0) continue;
    const before = all.filter((l) => l.t < from).pop();
    const elu = lines.reduce((s, l) => s + l.elu, 0) / lines.length;
    if (best === undefined || elu > best.elu) best = { lines, before, elu };
  }
  if (best === undefined) return null;
  const { lines, before } = best;
  const last = lines[lines.length - 1] ?? lines[0];
  const first = before ?? lines[0];
  if (last === undefined || first === undefined) return null;
  const gcMs = Math.max(0, last.gc_ms - (before === undefined ? 0 : first.gc_ms));
  const mean = (f: (l: NodeLine) => number): number => lines.reduce((s, l) => s + f(l), 0) / lines.length;
  const windowMs = Math.max(1, to - from);
  return {
    processes: files.length,
    heap_used_bytes: { mean: mean((l) => l.heap_used), max: Math.max(...lines.map((l) => l.heap_used)) },
    heap_total_bytes_max: Math.max(...lines.map((l) => l.heap_total)),
    gc_ms: gcMs,
    gc_count: Math.max(0, last.gc_count - (before === undefined ? 0 : first.gc_count)),
    gc_percent: (gcMs / windowMs) * 100,
    event_loop_delay_ms: { mean: mean((l) => l.eld_mean_ms), p99: Math.max(...lines.map((l) => l.eld_p99_ms)), max: Math.max(...lines.map((l) => l.eld_max_ms)) },
    event_loop_utilization: best.elu,
  };
}

/** A running sampler of a process tree's CPU and RSS. */
export interface ResourceSampler {
  /** Stops sampling and summarises; `node` from the probe when one was given. */
  stop: () => Resources;
}

/**
 * Samples CPU and RSS of a process and all its descendants from /proc every `intervalMs`.
 * Descendants count because a target started through a wrapper (`npm start`, a shell script) does
 * its work in a child.
 * @param rootPid - the process started by perfflow
 * @param options - interval, the Node probe, and the proc mount (tests)
 * @returns the sampler
 */
export function sampleResources(rootPid: number, options: { intervalMs?: number; probe?: NodeProbe; procDir?: string } = {}): ResourceSampler {
  const intervalMs = options.intervalMs ?? 200;
  const procDir = options.procDir ?? '/proc';
  const startedAt = Date.now();
  const cpu: number[] = [];
  const rss: number[] = [];
  let last: { at: number; ticks: Map<number, number> } | undefined;

  const tree = (): { ticks: Map<number, number>; rssBytes: number } => {
    const stats = [];
    for (const name of safeList(procDir)) {
      if (!/^[0-9]+$/.test(name)) continue;
      const stat = readProcStat(Number(name), procDir);
      if (stat !== undefined) stats.push(stat);
    }
    const members = new Set([rootPid]);
    // Parents come before children in pid order often but not always: iterate to a fixed point.
    for (let changed = true; changed; ) {
      changed = false;
      for (const s of stats) {
        if (!members.has(s.pid) && members.has(s.ppid)) {
          members.add(s.pid);
          changed = true;
        }
      }
    }
    const ticks = new Map<number, number>();
    let rssBytes = 0;
    for (const s of stats) {
      if (!members.has(s.pid)) continue;
      ticks.set(s.pid, s.ticks);
      rssBytes += s.rssPages * PAGE_BYTES;
    }
    return { ticks, rssBytes };
  };

  const sample = (): void => {
    const now = Date.now();
    const current = tree();
    if (current.ticks.size === 0) return;
    rss.push(current.rssBytes);
    if (last !== undefined && now > last.at) {
      let delta = 0;
      for (const [pid, t] of current.ticks) delta += Math.max(0, t - (last.ticks.get(pid) ?? t));
      cpu.push(((delta * TICK_MS) / (now - last.at)) * 100);
    }
    last = { at: now, ticks: current.ticks };
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      const stoppedAt = Date.now();
      const avg = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
      return {
        samples: rss.length,
        interval_ms: intervalMs,
        cpu_percent: { mean: avg(cpu), max: cpu.length === 0 ? 0 : Math.max(...cpu) },
        rss_bytes: { mean: avg(rss), max: rss.length === 0 ? 0 : Math.max(...rss) },
        node: options.probe === undefined ? null : readNodeResources(options.probe.dir, startedAt, stoppedAt),
      };
    },
  };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return []; // no /proc (not Linux): no samples
  }
}
