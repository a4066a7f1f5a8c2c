import type { SampleCategory } from '../contracts/bottleneck-report.js';
import type { CpuProfile, ProfileNode } from './cpu-profile.js';
import { classifyFrame, displayPath } from './frame-kind.js';
import type { FrameContext, FrameKind } from './frame-kind.js';
import { functionEndLine } from './function-extent.js';
import { SourceMapper } from './source-mapper.js';

/** A function as the report names it (after source maps). */
export interface FunctionLabel {
  /** Identity: function, file, line and column of the original source. */
  key: string;
  function: string;
  file: string;
  /** 1-based; 0 when unknown. */
  line: number;
  package?: string;
  kind: FrameKind;
}

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

interface NodeFacts {
  kind: FrameKind;
  label: FunctionLabel | null;
  hint: SampleCategory | null;
  /** Where the sample is charged, null when no frame qualifies. */
  owner: FunctionLabel | null;
  ownerIsLeaf: boolean;
  category: SampleCategory;
  caller: string | null;
  callSite: string | null;
  keysOnStack: string[];
  recursiveKeys: string[];
  signature: string[];
  collapsed: string;
  /** For a leaf that is its owner: self ticks by original line, and which lines do JSON work. */
  lines: { line: number; ticks: number; json: boolean; owner: string }[];
}

const CATEGORY_PRIORITY: readonly SampleCategory[] = ['sync-io', 'crypto', 'regex', 'json', 'node', 'native'];

function hintOf(kind: FrameKind, functionName: string, url: string): SampleCategory | null {
  switch (kind) {
    case 'regex':
      return 'regex';
    case 'native':
      return functionName === 'parse' || functionName === 'stringify' ? 'json' : 'native';
    case 'node':
      if (/crypto/.test(url)) return 'crypto';
      if (/^node:(internal\/)?(fs|child_process)/.test(url) && /Sync$/.test(functionName)) return 'sync-io';
      return 'node';
    case 'gc':
      return 'gc';
    case 'program':
      return 'program';
    case 'user':
    case 'dependency':
    case 'idle':
    case 'root':
    case 'harness':
      return null;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function labelText(label: FunctionLabel): string {
  const where = label.line > 0 ? `${label.file}:${label.line}` : label.file;
  return `${label.function} (${where})`;
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

const JSON_WORK = /JSON\.(parse|stringify)\s*\(/;

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
  const functions = new Map<string, FunctionStats>();
  const categories = new Map<SampleCategory, number>();
  const collapsed = new Map<string, number>();
  let count = 0;
  let idle = 0;
  let active = 0;
  let unattributed = 0;
  let durationUs = 0;
  let intervals = 0;
  try {
    for (const profile of profiles) {
      const facts = await factsOf(profile, context, mapper, labels);
      const samples = profile.samples ?? [];
      const deltas = profile.timeDeltas ?? [];
      for (let i = 1; i < deltas.length; i += 1) durationUs += Math.max(0, deltas[i] ?? 0);
      intervals += Math.max(0, deltas.length - 1);
      let previous: NodeFacts | null = null;
      for (const id of samples) {
        count += 1;
        const node = facts.get(id);
        if (node === undefined) continue;
        if (node.kind === 'idle') {
          idle += 1;
          continue;
        }
        active += 1;
        bump(collapsed, node.collapsed);
        let charged: NodeFacts | null = node;
        let category = node.category;
        if (node.kind === 'gc') {
          charged = previous;
          category = 'gc';
        } else if (node.owner !== null) {
          previous = node;
        }
        if (charged?.owner == null) {
          unattributed += 1;
          bump(categories, category);
          continue;
        }
        const owner = charged.owner;
        const ticks = category !== 'gc' && charged.ownerIsLeaf ? charged.lines : [];
        const allTicks = ticks.reduce((sum, l) => sum + l.ticks, 0);
        // Split the sample between the function and the functions V8 inlined into it, by line ticks.
        const parts = new Map<string, NodeFacts['lines']>();
        for (const l of ticks) parts.set(l.owner, [...(parts.get(l.owner) ?? []), l]);
        if (parts.size === 0) parts.set(owner.key, []);
        for (const [key, lines] of parts) {
          const label = labels.get(key) ?? owner;
          const weight = allTicks > 0 ? lines.reduce((sum, l) => sum + l.ticks, 0) / allTicks : 1;
          const inlined = label.key !== owner.key;
          const stats = statsOf(functions, label);
          stats.self += weight;
          const partTicks = lines.reduce((sum, l) => sum + l.ticks, 0);
          const jsonShare = partTicks > 0 ? lines.filter((l) => l.json).reduce((sum, l) => sum + l.ticks, 0) / partTicks : 0;
          if (jsonShare > 0) {
            bump(stats.categories, 'json', weight * jsonShare);
            bump(categories, 'json', weight * jsonShare);
          }
          if (jsonShare < 1) {
            const own = inlined ? (label.kind === 'dependency' ? 'dependency' : 'user') : category;
            bump(stats.categories, own, weight * (1 - jsonShare));
            bump(categories, own, weight * (1 - jsonShare));
          }
          for (const l of lines) bump(stats.lines, l.line, l.ticks / Math.max(1, allTicks));
          const caller = inlined ? owner.key : charged.caller;
          const callSite = inlined ? (label.kind === 'dependency' ? (owner.kind === 'user' ? owner.key : charged.callSite) : null) : charged.callSite;
          if (caller !== null) bump(stats.callers, caller, weight);
          if (callSite !== null) bump(stats.callSites, callSite, weight);
          const suffix = category === owner.kind || inlined ? [] : [`[${category}]`];
          bump(stats.stacks, [...charged.signature, ...(inlined ? [labelText(label)] : []), ...suffix].join('\n'), weight);
          for (const onStackKey of inlined ? [...charged.keysOnStack, label.key] : charged.keysOnStack) {
            const known = labels.get(onStackKey);
            if (known !== undefined) statsOf(functions, known).total += weight;
          }
          for (const key of charged.recursiveKeys) {
            const recursive = functions.get(key);
            if (recursive !== undefined) recursive.recursive = true;
          }
        }
      }
    }
  } finally {
    mapper.close();
  }
  const ranked = [...functions.values()].filter((f) => f.self > 0 || f.total > 0).sort((a, b) => b.self - a.self || b.total - a.total || a.key.localeCompare(b.key));
  return {
    count,
    active,
    idle,
    durationMs: durationUs / 1000,
    meanIntervalUs: intervals > 0 ? durationUs / intervals : 0,
    processes: profiles.length,
    categories,
    unattributed,
    functions: ranked,
    labels,
    collapsed,
  };
}

async function labelOf(node: ProfileNode, kind: FrameKind, path: string | null, pkg: string | undefined, context: FrameContext, mapper: SourceMapper): Promise<FunctionLabel> {
  const frame = node.callFrame;
  let file = path === null ? frame.url : displayPath(path, context.projectRoot);
  let line = frame.lineNumber >= 0 ? frame.lineNumber + 1 : 0;
  let name = frame.functionName;
  let column = frame.columnNumber;
  if (path !== null && frame.lineNumber >= 0) {
    const original = await mapper.original(path, frame.lineNumber + 1, Math.max(0, frame.columnNumber));
    if (original !== null) {
      file = displayPath(original.path, context.projectRoot);
      line = original.line;
      column = 0;
      if (name === '' && original.name !== null) name = original.name;
    }
  }
  if (name === '') name = frame.lineNumber === 0 && frame.columnNumber === 0 ? '(top level)' : '(anonymous)';
  const label: FunctionLabel = { key: `${name}@${file}:${line}:${column}`, function: name, file, line, kind };
  if (pkg !== undefined) label.package = pkg;
  return label;
}

interface Extent {
  /** Absolute path of the script. */
  path: string;
  start: number;
  end: number;
  label: FunctionLabel;
}

function innermost(extents: readonly Extent[] | undefined, line0: number, except?: string): FunctionLabel | null {
  let best: Extent | null = null;
  for (const e of extents ?? []) {
    if (e.label.key === except || line0 < e.start || line0 > e.end) continue;
    if (best === null || e.end - e.start < best.end - best.start) best = e;
  }
  return best?.label ?? null;
}

async function linesOf(node: ProfileNode, path: string | null, own: FunctionLabel, extents: readonly Extent[] | undefined, callees: readonly Extent[], mapper: SourceMapper): Promise<NodeFacts['lines']> {
  if (path === null || node.positionTicks === undefined) return [];
  const text = mapper.lines(path);
  const out: NodeFacts['lines'] = [];
  for (const { line, ticks } of node.positionTicks) {
    const source = text?.[line - 1] ?? '';
    // A line held by another function is code V8 inlined into this one: charge the function that holds it.
    // V8 gives the lines of code inlined from another script without naming the script: a line that is
    // no code of this function (outside it, blank or a comment) is charged to a callee from another
    // script whose body spans it.
    const mine = extents?.find((e) => e.label.key === own.key);
    const notMine = mine === undefined || line - 1 < mine.start || line - 1 > mine.end || /^\s*(\/\/.*)?$/.test(source);
    const foreign = notMine ? innermost(callees, line - 1) : null;
    const holder = foreign ?? innermost(extents, line - 1) ?? own;
    const script = foreign === null ? path : (callees.find((e) => e.label.key === foreign.key)?.path ?? path);
    const scriptLine = script === path ? source : (mapper.lines(script)?.[line - 1] ?? '');
    const original = await mapper.original(script, line, Math.max(0, scriptLine.search(/\S/)));
    out.push({ line: original?.line ?? line, ticks, json: JSON_WORK.test(scriptLine), owner: holder.key });
  }
  return out;
}

async function factsOf(profile: CpuProfile, context: FrameContext, mapper: SourceMapper, labels: Map<string, FunctionLabel>): Promise<Map<number, NodeFacts>> {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const classes = new Map<number, { label: FunctionLabel | null; hint: SampleCategory | null; kind: FrameKind; path: string | null }>();
  const extents = new Map<string, Extent[]>();
  for (const node of profile.nodes) {
    const cls = classifyFrame(node.callFrame, context);
    let label: FunctionLabel | null = null;
    if (cls.kind === 'user' || cls.kind === 'dependency') {
      label = await labelOf(node, cls.kind, cls.path, cls.package, context, mapper);
      const known = labels.get(label.key);
      if (known === undefined) labels.set(label.key, label);
      else label = known;
      const lines = cls.path === null ? null : mapper.lines(cls.path);
      if (cls.path !== null && lines !== null && node.callFrame.lineNumber >= 0) {
        const list = extents.get(cls.path) ?? [];
        if (!list.some((e) => e.label.key === label?.key)) {
          const start = node.callFrame.lineNumber;
          const moduleCode = node.callFrame.functionName === '' && start === 0 && node.callFrame.columnNumber === 0;
          list.push({ path: cls.path, start, end: moduleCode ? lines.length - 1 : functionEndLine(lines, start, node.callFrame.columnNumber), label });
        }
        extents.set(cls.path, list);
      }
    }
    classes.set(node.id, { label, hint: hintOf(cls.kind, node.callFrame.functionName, node.callFrame.url), kind: cls.kind, path: cls.path });
  }
  // Name an anonymous function after the function that lexically holds it (e.g. a map callback).
  for (const list of extents.values()) {
    for (const e of list) {
      if (e.label.function !== '(anonymous)') continue;
      const holder = innermost(list, e.start, e.label.key);
      if (holder !== null && holder.line <= e.label.line) e.label.function = `(anonymous in ${holder.function.replace(/^\(anonymous in (.*)\)$/, '$1')})`;
    }
  }
  const own = new Map<number, { label: FunctionLabel | null; hint: SampleCategory | null; kind: FrameKind; lines: NodeFacts['lines']; text: string }>();
  for (const node of profile.nodes) {
    const cls = classes.get(node.id);
    if (cls === undefined) continue;
    const callees = (node.children ?? []).flatMap((id) => {
      const child = classes.get(id);
      if (child?.label == null || child.path === null || child.path === cls.path) return [];
      return (extents.get(child.path) ?? []).filter((e) => e.label.key === child.label?.key);
    });
    const lines = cls.label === null ? [] : await linesOf(node, cls.path, cls.label, cls.path === null ? undefined : extents.get(cls.path), callees, mapper);
    const name = node.callFrame.functionName === '' ? '(anonymous)' : node.callFrame.functionName;
    const text = (cls.label === null ? name : labelText(cls.label)).replace(/;/g, ',');
    own.set(node.id, { label: cls.label, hint: cls.hint, kind: cls.kind, lines, text });
  }
  const facts = new Map<number, NodeFacts>();
  for (const node of profile.nodes) {
    const chain: number[] = [];
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) chain.push(id);
    // chain: leaf first, root last.
    const mine = own.get(node.id);
    if (mine === undefined) continue;
    let ownerAt = -1;
    for (let i = 0; i < chain.length; i += 1) {
      const f = own.get(chain[i] ?? -1);
      if (f?.label != null) {
        ownerAt = i;
        break;
      }
    }
    const owner = ownerAt === -1 ? null : (own.get(chain[ownerAt] ?? -1)?.label ?? null);
    let category: SampleCategory;
    if (mine.kind === 'gc') category = 'gc';
    else if (mine.kind === 'program') category = 'program';
    else if (ownerAt === 0 && owner !== null) category = owner.kind === 'dependency' ? 'dependency' : 'user';
    else {
      const seen = new Set<SampleCategory>();
      const end = ownerAt === -1 ? chain.length : ownerAt;
      for (let i = 0; i < end; i += 1) {
        const hint = own.get(chain[i] ?? -1)?.hint;
        if (hint != null) seen.add(hint);
      }
      category = CATEGORY_PRIORITY.find((c) => seen.has(c)) ?? 'native';
    }
    let caller: string | null = null;
    let callSite: string | null = null;
    if (owner !== null) {
      for (let i = ownerAt + 1; i < chain.length; i += 1) {
        const above = own.get(chain[i] ?? -1)?.label;
        if (above == null || above.key === owner.key) continue;
        caller ??= above.key;
        if (owner.kind === 'dependency' && above.kind === 'user') {
          callSite = above.key;
          break;
        }
        if (owner.kind !== 'dependency') break;
      }
    }
    const keys: string[] = [];
    const signature: string[] = [];
    const repeated = new Set<string>();
    const start = ownerAt === -1 ? chain.length - 1 : ownerAt;
    let lastKey: string | null = null;
    for (let i = chain.length - 1; i >= start && i >= 0; i -= 1) {
      const label = own.get(chain[i] ?? -1)?.label;
      if (label == null) continue;
      if (keys.includes(label.key)) repeated.add(label.key);
      else keys.push(label.key);
      if (label.key !== lastKey) signature.push(labelText(label));
      lastKey = label.key;
    }
    const path: string[] = [];
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const f = own.get(chain[i] ?? -1);
      if (f !== undefined && f.kind !== 'root') path.push(f.text);
    }
    facts.set(node.id, {
      kind: mine.kind,
      label: mine.label,
      hint: mine.kind === 'idle' ? null : mine.hint,
      owner,
      ownerIsLeaf: ownerAt === 0,
      category,
      caller,
      callSite,
      keysOnStack: keys,
      recursiveKeys: [...repeated],
      signature,
      collapsed: path.join(';'),
      lines: mine.lines,
    });
  }
  return facts;
}
