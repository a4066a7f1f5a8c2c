import type { SampleCategory } from '../contracts/bottleneck-report.js';
import type { CpuProfile, ProfileNode } from './cpu-profile.js';
import { classifyFrame } from './frame-kind.js';
import type { FrameContext, FrameKind } from './frame-kind.js';
import { labelOf, labelText } from './function-label.js';
import type { FunctionLabel } from './function-label.js';
import { addExtent, linesOf, nameAnonymousFunctions } from './script-extents.js';
import type { Extent, LineTicks } from './script-extents.js';
import type { SourceMapper } from './source-mapper.js';

/** What a sample of one profile node is charged to, worked out once per node. */
export interface NodeFacts {
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
  lines: LineTicks[];
}

/** What a node's own frame says, before its stack is looked at. */
interface FrameFacts {
  label: FunctionLabel | null;
  hint: SampleCategory | null;
  kind: FrameKind;
  /** Absolute path of the script, null when the frame is no file. */
  path: string | null;
}

/** A node's frame with its line ticks and its text in collapsed stacks. */
interface OwnFacts {
  label: FunctionLabel | null;
  hint: SampleCategory | null;
  kind: FrameKind;
  lines: LineTicks[];
  text: string;
}

/** The frames of a node's stack, leaf first, root last. */
type Stack = readonly (OwnFacts | undefined)[];

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

function parentsOf(nodes: readonly ProfileNode[]): Map<number, number> {
  const parent = new Map<number, number>();
  for (const node of nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  return parent;
}

/** Classifies every frame and labels the functions of the project and its dependencies (one label per function across profiles). */
async function classifyNodes(nodes: readonly ProfileNode[], context: FrameContext, mapper: SourceMapper, labels: Map<string, FunctionLabel>): Promise<{ frames: Map<number, FrameFacts>; extents: Map<string, Extent[]> }> {
  const frames = new Map<number, FrameFacts>();
  const extents = new Map<string, Extent[]>();
  for (const node of nodes) {
    const cls = classifyFrame(node.callFrame, context);
    let label: FunctionLabel | null = null;
    if (cls.kind === 'user' || cls.kind === 'dependency') {
      label = await labelOf(node, cls.kind, cls.path, cls.package, context, mapper);
      const known = labels.get(label.key);
      if (known === undefined) labels.set(label.key, label);
      else label = known;
      if (cls.path !== null) addExtent(extents, node, cls.path, label, mapper.lines(cls.path));
    }
    frames.set(node.id, { label, hint: hintOf(cls.kind, node.callFrame.functionName, node.callFrame.url), kind: cls.kind, path: cls.path });
  }
  return { frames, extents };
}

/** The extents of the functions a node calls in other scripts (V8 may have inlined them into it). */
function calleeExtents(node: ProfileNode, frame: FrameFacts, frames: ReadonlyMap<number, FrameFacts>, extents: ReadonlyMap<string, readonly Extent[]>): Extent[] {
  return (node.children ?? []).flatMap((id) => {
    const child = frames.get(id);
    if (child?.label == null || child.path === null || child.path === frame.path) return [];
    return (extents.get(child.path) ?? []).filter((e) => e.label.key === child.label?.key);
  });
}

async function ownFactsOf(nodes: readonly ProfileNode[], frames: ReadonlyMap<number, FrameFacts>, extents: ReadonlyMap<string, readonly Extent[]>, mapper: SourceMapper): Promise<Map<number, OwnFacts>> {
  const own = new Map<number, OwnFacts>();
  for (const node of nodes) {
    const frame = frames.get(node.id);
    if (frame === undefined) continue;
    const callees = calleeExtents(node, frame, frames, extents);
    const lines = frame.label === null ? [] : await linesOf(node, frame.path, frame.label, frame.path === null ? undefined : extents.get(frame.path), callees, mapper);
    const name = node.callFrame.functionName === '' ? '(anonymous)' : node.callFrame.functionName;
    const text = (frame.label === null ? name : labelText(frame.label)).replace(/;/g, ',');
    own.set(node.id, { label: frame.label, hint: frame.hint, kind: frame.kind, lines, text });
  }
  return own;
}

function categoryOf(mine: OwnFacts, stack: Stack, ownerAt: number, owner: FunctionLabel | null): SampleCategory {
  if (mine.kind === 'gc') return 'gc';
  if (mine.kind === 'program') return 'program';
  if (ownerAt === 0 && owner !== null) return owner.kind === 'dependency' ? 'dependency' : 'user';
  // Builtins, native code and Node internals between the leaf and the owner: the most telling one names the category.
  const seen = new Set<SampleCategory>();
  const end = ownerAt === -1 ? stack.length : ownerAt;
  for (let i = 0; i < end; i += 1) {
    const hint = stack[i]?.hint;
    if (hint != null) seen.add(hint);
  }
  return CATEGORY_PRIORITY.find((c) => seen.has(c)) ?? 'native';
}

/** The nearest other charged function above the owner and, for a dependency, the nearest user function above it. */
function callersOf(stack: Stack, ownerAt: number, owner: FunctionLabel | null): { caller: string | null; callSite: string | null } {
  let caller: string | null = null;
  let callSite: string | null = null;
  if (owner === null) return { caller, callSite };
  for (let i = ownerAt + 1; i < stack.length; i += 1) {
    const above = stack[i]?.label;
    if (above == null || above.key === owner.key) continue;
    caller ??= above.key;
    if (owner.kind === 'dependency' && above.kind === 'user') {
      callSite = above.key;
      break;
    }
    if (owner.kind !== 'dependency') break;
  }
  return { caller, callSite };
}

/** The functions from the root down to the owner: each once, those met twice (recursion), and the stack's text. */
function keysOf(stack: Stack, ownerAt: number): { keys: string[]; recursiveKeys: string[]; signature: string[] } {
  const keys: string[] = [];
  const signature: string[] = [];
  const repeated = new Set<string>();
  const start = ownerAt === -1 ? stack.length - 1 : ownerAt;
  let lastKey: string | null = null;
  for (let i = stack.length - 1; i >= start && i >= 0; i -= 1) {
    const label = stack[i]?.label;
    if (label == null) continue;
    if (keys.includes(label.key)) repeated.add(label.key);
    else keys.push(label.key);
    if (label.key !== lastKey) signature.push(labelText(label));
    lastKey = label.key;
  }
  return { keys, recursiveKeys: [...repeated], signature };
}

/** The whole stack, root first, as a collapsed-stack line. */
function collapsedPath(stack: Stack): string {
  const path: string[] = [];
  for (let i = stack.length - 1; i >= 0; i -= 1) {
    const f = stack[i];
    if (f !== undefined && f.kind !== 'root') path.push(f.text);
  }
  return path.join(';');
}

function stackFactsOf(mine: OwnFacts, stack: Stack): NodeFacts {
  const ownerAt = stack.findIndex((f) => f?.label != null);
  const owner = ownerAt === -1 ? null : (stack[ownerAt]?.label ?? null);
  const { caller, callSite } = callersOf(stack, ownerAt, owner);
  const { keys, recursiveKeys, signature } = keysOf(stack, ownerAt);
  return {
    kind: mine.kind,
    label: mine.label,
    hint: mine.kind === 'idle' ? null : mine.hint,
    owner,
    ownerIsLeaf: ownerAt === 0,
    category: categoryOf(mine, stack, ownerAt, owner),
    caller,
    callSite,
    keysOnStack: keys,
    recursiveKeys,
    signature,
    collapsed: collapsedPath(stack),
    lines: mine.lines,
  };
}

/**
 * Works out, for every node of a profile, which function its samples are charged to, in which
 * category, who called it, and its stack as flame graphs and reports show it.
 * @param profile - one V8 CPU profile
 * @param context - the project root and perfflow's own paths (never charged)
 * @param mapper - the source maps of the profiled scripts
 * @param labels - the labels of every function seen so far, by key; new ones are added
 * @returns the facts by node id
 */
export async function factsOf(profile: CpuProfile, context: FrameContext, mapper: SourceMapper, labels: Map<string, FunctionLabel>): Promise<Map<number, NodeFacts>> {
  const parent = parentsOf(profile.nodes);
  const { frames, extents } = await classifyNodes(profile.nodes, context, mapper, labels);
  nameAnonymousFunctions(extents);
  const own = await ownFactsOf(profile.nodes, frames, extents, mapper);
  const facts = new Map<number, NodeFacts>();
  for (const node of profile.nodes) {
    const mine = own.get(node.id);
    if (mine === undefined) continue;
    const stack: (OwnFacts | undefined)[] = [];
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) stack.push(own.get(id));
    facts.set(node.id, stackFactsOf(mine, stack));
  }
  return facts;
}
