import type { SampleCategory } from '../contracts/bottleneck-report.js';
import type { CpuProfile } from './cpu-profile.js';
import type { FrameContext } from './frame-kind.js';
import { labelText } from './function-label.js';
import type { FunctionLabel } from './function-label.js';
import { factsOf } from './node-facts.js';
import type { NodeFacts } from './node-facts.js';
import type { LineTicks } from './script-extents.js';
import { SourceMapper } from './source-mapper.js';

export type { FunctionLabel } from './function-label.js';

/** Everything the profile says about one function of the project or its dependencies. */
export interface FunctionStats extends FunctionLabel {
  /** Samples charged to it: its own code plus the builtins, native code and GC it caused. */
  self: number;
  /** Samples with it anywhere on the stack, recursion counted once. */
  total: number;
  /** How its self samples split by category (fractions of samples where a line of JSON work was split). */
  categories: Map<SampleCategory, number>;
  /** The nearest other function of the project or a dependency above it, by key. */
  callers: Map<string, number>;
  /** For a dependency: the nearest function of the user's own code above it, by key. */
  callSites: Map<string, number>;
  /** Self samples by stack (labels joined by '\n', outermost first). */
  stacks: Map<string, number>;
  /** Self ticks by original line. */
  lines: Map<number, number>;
  recursive: boolean;
}

/** The result of {@link analyzeProfiles}. */
export interface ProfileAnalysis {
  count: number;
  /** Samples that are not idle: the denominator of every share. */
  active: number;
  idle: number;
  durationMs: number;
  meanIntervalUs: number;
  processes: number;
  categories: Map<SampleCategory, number>;
  /** Active samples with no frame of the project or a dependency to charge. */
  unattributed: number;
  /** Every charged function, most self samples first. */
  functions: FunctionStats[];
  /** Labels of every function seen, by key (callers and call sites refer to these). */
  labels: Map<string, FunctionLabel>;
  /** Collapsed stacks (`a;b;c` -> samples) for flame graphs. */
  collapsed: Map<string, number>;
}

/** Running totals over the samples of every profile. */
interface Totals {
  count: number;
  idle: number;
  active: number;
  unattributed: number;
  durationUs: number;
  intervals: number;
  categories: Map<SampleCategory, number>;
  collapsed: Map<string, number>;
  functions: Map<string, FunctionStats>;
}

/** One active sample being charged: the node whose stack pays for it, its owner and its category. */
interface Charge {
  node: NodeFacts;
  owner: FunctionLabel;
  category: SampleCategory;
  /** Self ticks of the node's lines used to split the sample (0 when none are). */
  allTicks: number;
}

function statsOf(functions: Map<string, FunctionStats>, label: FunctionLabel): FunctionStats {
  let stats = functions.get(label.key);
  if (stats === undefined) {
    stats = { ...label, self: 0, total: 0, categories: new Map(), callers: new Map(), callSites: new Map(), stacks: new Map(), lines: new Map(), recursive: false };
    functions.set(label.key, stats);
  }
  return stats;
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function sumTicks(lines: readonly LineTicks[]): number {
  return lines.reduce((sum, l) => sum + l.ticks, 0);
}

/**
 * Analyses V8 CPU profiles: charges every active sample to the nearest function of the project (or
 * of a dependency, named with its package) on its stack, so time in builtins, native code, regular
 * expressions, JSON, crypto and Node internals lands on the code that asked for it; GC samples, which
 * V8 records without a stack, are charged to the stack sampled just before them. Frames are mapped
 * through source maps; recursion is merged (a function counts once per sample).
 * @param profiles - one profile per profiled process
 * @param context - the project root and perfflow's own paths (never charged)
 * @returns sample counts, categories and per-function statistics
 */
export async function analyzeProfiles(profiles: readonly CpuProfile[], context: FrameContext): Promise<ProfileAnalysis> {
  const mapper = new SourceMapper();
  const labels = new Map<string, FunctionLabel>();
  const totals: Totals = { count: 0, idle: 0, active: 0, unattributed: 0, durationUs: 0, intervals: 0, categories: new Map(), collapsed: new Map(), functions: new Map() };
  try {
    for (const profile of profiles) {
      const facts = await factsOf(profile, context, mapper, labels);
      addDuration(totals, profile.timeDeltas ?? []);
      tallySamples(totals, profile.samples ?? [], facts, labels);
    }
  } finally {
    mapper.close();
  }
  return analysisOf(totals, profiles.length, labels);
}

function addDuration(totals: Totals, deltas: readonly number[]): void {
  for (let i = 1; i < deltas.length; i += 1) totals.durationUs += Math.max(0, deltas[i] ?? 0);
  totals.intervals += Math.max(0, deltas.length - 1);
}

/** Counts a profile's samples and charges each active one. */
function tallySamples(totals: Totals, samples: readonly number[], facts: ReadonlyMap<number, NodeFacts>, labels: ReadonlyMap<string, FunctionLabel>): void {
  let previous: NodeFacts | null = null;
  for (const id of samples) {
    totals.count += 1;
    const node = facts.get(id);
    if (node === undefined) continue;
    if (node.kind === 'idle') {
      totals.idle += 1;
      continue;
    }
    totals.active += 1;
    bump(totals.collapsed, node.collapsed);
    let charged: NodeFacts | null = node;
    let category = node.category;
    if (node.kind === 'gc') {
      charged = previous;
      category = 'gc';
    } else if (node.owner !== null) {
      previous = node;
    }
    if (charged?.owner == null) {
      totals.unattributed += 1;
      bump(totals.categories, category);
      continue;
    }
    const ticks = category !== 'gc' && charged.ownerIsLeaf ? charged.lines : [];
    const charge: Charge = { node: charged, owner: charged.owner, category, allTicks: sumTicks(ticks) };
    for (const [key, lines] of partsByHolder(ticks, charge.owner.key)) chargePart(totals, charge, labels.get(key) ?? charge.owner, lines, labels);
  }
}

/** Splits a sample between the function and the functions V8 inlined into it, by the lines they hold. */
function partsByHolder(ticks: readonly LineTicks[], ownerKey: string): Map<string, LineTicks[]> {
  const parts = new Map<string, LineTicks[]>();
  for (const l of ticks) parts.set(l.owner, [...(parts.get(l.owner) ?? []), l]);
  if (parts.size === 0) parts.set(ownerKey, []);
  return parts;
}

/** Charges one function its part of a sample: self time, categories, lines, callers, stack and totals. */
function chargePart(totals: Totals, charge: Charge, label: FunctionLabel, lines: readonly LineTicks[], labels: ReadonlyMap<string, FunctionLabel>): void {
  const { node, owner, category, allTicks } = charge;
  const partTicks = sumTicks(lines);
  const weight = allTicks > 0 ? partTicks / allTicks : 1;
  const inlined = label.key !== owner.key;
  const stats = statsOf(totals.functions, label);
  stats.self += weight;
  const jsonShare = partTicks > 0 ? sumTicks(lines.filter((l) => l.json)) / partTicks : 0;
  chargeCategories(totals.categories, stats, weight, jsonShare, inlined ? (label.kind === 'dependency' ? 'dependency' : 'user') : category);
  for (const l of lines) bump(stats.lines, l.line, l.ticks / Math.max(1, allTicks));
  const caller = inlined ? owner.key : node.caller;
  const callSite = inlined ? (label.kind === 'dependency' ? (owner.kind === 'user' ? owner.key : node.callSite) : null) : node.callSite;
  if (caller !== null) bump(stats.callers, caller, weight);
  if (callSite !== null) bump(stats.callSites, callSite, weight);
  const suffix = category === owner.kind || inlined ? [] : [`[${category}]`];
  bump(stats.stacks, [...node.signature, ...(inlined ? [labelText(label)] : []), ...suffix].join('\n'), weight);
  for (const onStackKey of inlined ? [...node.keysOnStack, label.key] : node.keysOnStack) {
    const known = labels.get(onStackKey);
    if (known !== undefined) statsOf(totals.functions, known).total += weight;
  }
  for (const key of node.recursiveKeys) {
    const recursive = totals.functions.get(key);
    if (recursive !== undefined) recursive.recursive = true;
  }
}

/** Splits a part's weight between JSON work (its share of the lines) and the part's own category. */
function chargeCategories(categories: Map<SampleCategory, number>, stats: FunctionStats, weight: number, jsonShare: number, own: SampleCategory): void {
  if (jsonShare > 0) {
    bump(stats.categories, 'json', weight * jsonShare);
    bump(categories, 'json', weight * jsonShare);
  }
  if (jsonShare < 1) {
    bump(stats.categories, own, weight * (1 - jsonShare));
    bump(categories, own, weight * (1 - jsonShare));
  }
}

function analysisOf(totals: Totals, processes: number, labels: Map<string, FunctionLabel>): ProfileAnalysis {
  const ranked = [...totals.functions.values()].filter((f) => f.self > 0 || f.total > 0).sort((a, b) => b.self - a.self || b.total - a.total || a.key.localeCompare(b.key));
  return {
    count: totals.count,
    active: totals.active,
    idle: totals.idle,
    durationMs: totals.durationUs / 1000,
    meanIntervalUs: totals.intervals > 0 ? totals.durationUs / totals.intervals : 0,
    processes,
    categories: totals.categories,
    unattributed: totals.unattributed,
    functions: ranked,
    labels,
    collapsed: totals.collapsed,
  };
}
