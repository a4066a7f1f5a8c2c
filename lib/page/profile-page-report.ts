import type { BottleneckReport, Finding, Site } from '../contracts/bottleneck-report.js';
import type { LongTask, PageProfile } from '../contracts/page-profile.js';
import { InconclusiveError } from '../errors.js';
import { analyzeProfiles } from '../profile/analyze-profiles.js';
import type { ProfileAnalysis } from '../profile/analyze-profiles.js';
import { buildBottleneckReport } from '../profile/build-report.js';
import type { CpuProfile } from '../profile/cpu-profile.js';
import { dominantWork, WORK_NAMES } from './main-thread.js';
import { forcedLayoutFinding, mainThreadSummary } from './profile-main-thread.js';
import { acrossTrials, pageResources, resourceFindings } from './profile-resources.js';
import { bytesBySource, onlyWithin, withFileUrls } from './profile-scripts.js';
import type { TrialRecording } from './profile-trial.js';

/** Long tasks whose functions are named one by one in the report (the longest). */
const NAMED_TASKS = 8;
/** A long task's own 50 ms are not blocking; the rest is (as total blocking time counts it). */
const LONG_TASK_MS = 50;
/** Median blocking per trial from which the long-task finding is significant. */
const SIGNIFICANT_BLOCKING_MS = 50;

/** What {@link buildPageReport} needs. */
export interface PageReportInput {
  target: string;
  /** The page URL with its port. */
  url: string;
  projectRoot: string;
  trials: readonly TrialRecording[];
  /** Served script URL -> the project file it was read from. */
  files: ReadonlyMap<string, string>;
  throttle: PageProfile['throttle'];
  intervalUs: number;
  minActive: number;
  artifacts: BottleneckReport['files'];
  notes: string[];
  now: Date;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function topFunctions(analysis: ProfileAnalysis, limit: number): LongTask['functions'] {
  return analysis.functions.slice(0, limit).flatMap((f) => (analysis.active > 0 && f.self > 0 ? [{ function: f.function, file: f.file, line: f.line, share: Math.round((f.self / analysis.active) * 1000) / 1000 }] : []));
}

/** Each of the longest tasks with the functions that ran in it. */
async function namedLongTasks(profiles: readonly CpuProfile[], trials: readonly TrialRecording[], projectRoot: string): Promise<LongTask[]> {
  const all = trials.flatMap((trial, index) => trial.longTasks.map((task) => ({ trial, index, task })));
  const longest = all.sort((a, b) => b.task.durationUs - a.task.durationUs).slice(0, NAMED_TASKS);
  const out: LongTask[] = [];
  for (const { trial, index, task } of longest) {
    const profile = profiles[index];
    if (profile === undefined) continue;
    const analysis = await analyzeProfiles([onlyWithin(profile, [task])], { projectRoot, harnessPrefixes: [] });
    const durationMs = task.durationUs / 1000;
    const work = task.work === undefined ? null : dominantWork(task.work);
    out.push({
      trial: index + 1,
      start_ms: Math.round((task.startUs - trial.navigationStartUs) / 100) / 10,
      duration_ms: Math.round(durationMs * 10) / 10,
      blocking_ms: Math.round(Math.max(0, durationMs - LONG_TASK_MS) * 10) / 10,
      phase: trial.interactionStartUs !== null && task.startUs >= trial.interactionStartUs ? 'interaction' : 'load',
      samples: analysis.active,
      functions: topFunctions(analysis, 3),
      ...(work === null ? {} : { work: { kind: work.kind, share: Math.round(work.share * 1000) / 1000 } }),
    });
  }
  return out;
}

function longTaskFinding(trials: readonly TrialRecording[], tasks: readonly LongTask[], report: BottleneckReport): Finding {
  const blocking = acrossTrials(trials.map((t) => t.longTasks.reduce((sum, task) => sum + Math.max(0, task.durationUs / 1000 - LONG_TASK_MS), 0)));
  const count = acrossTrials(trials.map((t) => t.longTasks.length));
  const longest = tasks[0];
  const sites: Site[] = report.bottlenecks.slice(0, 3).map((b) => ({ function: b.function, file: b.file, line: b.line, share: b.self_share }));
  // A task where no function of the page holds a quarter of the samples was the browser's own work.
  const ranCode = (t: LongTask): boolean => (t.functions[0]?.share ?? 0) >= 0.25;
  const what = (t: LongTask): string => {
    const top = t.functions[0];
    if (top !== undefined && ranCode(t)) return `ran mostly ${top.function} (${top.file}:${top.line}) ${pct(top.share)}`;
    const work = t.work === undefined || t.work.kind === 'script' || t.work.kind === 'other' ? null : t.work;
    return work === null ? "was mostly the browser's own work (parsing, style, layout, paint or GC), no function of the page" : `was mostly the browser's own work, ${WORK_NAMES[work.kind]} ${pct(work.share)}, no function of the page`;
  };
  const longestCode = longest === undefined || ranCode(longest) ? undefined : tasks.find(ranCode);
  return {
    kind: 'long-task',
    measured: true,
    significant: blocking.median >= SIGNIFICANT_BLOCKING_MS,
    summary:
      longest === undefined
        ? 'no main-thread task of 50 ms or more in any trial'
        : `${count.median} long task(s) per trial blocked the main thread ${blocking.median.toFixed(0)} ms (trials ${blocking.low.toFixed(0)}-${blocking.high.toFixed(0)} ms); the longest, ${longest.duration_ms.toFixed(0)} ms during ${longest.phase}, ${what(longest)}${longestCode === undefined ? '' : `; the longest running the page's code, ${longestCode.duration_ms.toFixed(0)} ms during ${longestCode.phase}, ${what(longestCode)}`}`,
    share: null,
    share_interval: null,
    metrics: { blocking_ms: blocking.median, blocking_ms_low: blocking.low, blocking_ms_high: blocking.high, long_tasks: count.median },
    call_sites: sites,
  };
}

function timing(values: readonly (number | null)[]): PageProfile['fcp_ms'] {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : acrossTrials(known);
}

/**
 * The bottleneck report of a page: the functions of the page's scripts ranked by their share of
 * the samples inside long tasks (main-thread blocking), or of every busy sample when no task was
 * long, mapped through the scripts' source maps; each long task with the functions that ran in
 * it; the heaviest resources; and the long-task, oversized-bundle and render-blocking findings.
 * @param input - the recorded trials and what is known around them
 * @returns the report and the analysis it ranks
 * @throws InconclusiveError `too-few-samples` when the main thread was sampled too rarely to rank
 */
export async function buildPageReport(input: PageReportInput): Promise<{ report: BottleneckReport; analysis: ProfileAnalysis }> {
  const origin = new URL(input.url).origin;
  const profiles = input.trials.map((t) => withFileUrls(t.profile, origin, input.files));
  const context = { projectRoot: input.projectRoot, harnessPrefixes: [] };
  let analysis = await analyzeProfiles(profiles.map((p, i) => onlyWithin(p, input.trials[i]?.longTasks ?? [])), context);
  let rankedBy: PageProfile['ranked_by'] = 'long-task-samples';
  if (analysis.active < input.minActive) {
    analysis = await analyzeProfiles(profiles, context);
    rankedBy = 'main-thread-samples';
  }
  if (analysis.active < input.minActive) {
    throw new InconclusiveError('too-few-samples', `only ${analysis.active} busy main-thread samples of ${input.target} over ${input.trials.length} page loads; ranking needs at least ${input.minActive}: profile more trials (--trials ${input.trials.length * 2}) or sample more often (--interval-us ${Math.max(50, Math.floor(input.intervalUs / 2))})`);
  }
  const notes = [
    ...input.notes,
    rankedBy === 'long-task-samples'
      ? 'shares are fractions of the main-thread samples inside long tasks (tasks of 50 ms or more), where the page cannot answer input; builtins, native code and GC are charged to the nearest function of the page'
      : 'no task of 50 ms or more left enough samples, so shares are fractions of every busy main-thread sample over the page loads',
  ];
  const base = buildBottleneckReport({
    target: input.target,
    kind: 'page',
    analysis,
    intervalUs: input.intervalUs,
    minActive: input.minActive,
    eventLoop: null,
    overhead: { method: 'not measured: the page is profiled in every trial, there is no unprofiled run of the same load to compare with', unprofiled_rate: null, profiled_rate: null, unit: 'page loads', overhead: null },
    files: input.artifacts,
    load: { url: input.url, trials: input.trials.length, cpu_throttle: input.throttle.cpu, network: input.throttle.network },
    notes,
    now: input.now,
  });
  const tasks = await namedLongTasks(profiles, input.trials, input.projectRoot);
  const sources = new Map<string, Awaited<ReturnType<typeof bytesBySource>>>();
  for (const [url, path] of input.files) sources.set(url, await bytesBySource(path, input.projectRoot));
  const resources = pageResources(input.trials, origin, sources);
  const mainThread = await mainThreadSummary(input.trials, input.files, origin, input.projectRoot);
  const page: PageProfile = {
    url: input.url,
    trials: input.trials.length,
    throttle: input.throttle,
    ranked_by: rankedBy,
    fcp_ms: timing(input.trials.map((t) => t.timings.fcp)),
    lcp_ms: timing(input.trials.map((t) => t.timings.lcp)),
    blocking_ms: acrossTrials(input.trials.map((t) => t.longTasks.reduce((sum, task) => sum + Math.max(0, task.durationUs / 1000 - LONG_TASK_MS), 0))),
    long_task_count: acrossTrials(input.trials.map((t) => t.longTasks.length)),
    transfer_bytes: acrossTrials(input.trials.map((t) => t.timings.documentTransfer + t.timings.resources.reduce((sum, r) => sum + r.transferSize, 0))),
    long_tasks: tasks,
    resources: resources.slice(0, 15),
    main_thread: mainThread,
  };
  // A page has no event loop of its own to measure here (its long tasks are what blocks it), and the browser's threads are not followed for their wait for a CPU.
  const findings = [longTaskFinding(input.trials, tasks, base), forcedLayoutFinding(mainThread), ...resourceFindings(resources), ...base.findings.filter((f) => f.kind !== 'event-loop-delay' && f.kind !== 'cpu-contention')];
  return { report: { ...base, findings, page }, analysis };
}
