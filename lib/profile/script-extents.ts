import type { ProfileNode } from './cpu-profile.js';
import { functionEndLine } from './function-extent.js';
import type { FunctionLabel } from './function-label.js';
import type { SourceMapper } from './source-mapper.js';

/** Where a function's body lies in its script. */
export interface Extent {
  /** Absolute path of the script. */
  path: string;
  start: number;
  end: number;
  label: FunctionLabel;
}

/** Self ticks of a node at one original line, and the function charged for them. */
export interface LineTicks {
  line: number;
  ticks: number;
  /** The line does JSON work (`JSON.parse(` or `JSON.stringify(`). */
  json: boolean;
  /** Key of the function that holds the line. */
  owner: string;
}

const JSON_WORK = /JSON\.(parse|stringify)\s*\(/;

/**
 * Records the extent of a node's function in its script, once per function.
 * @param extents - extents by script path, added to
 * @param node - the profile node
 * @param path - absolute path of its script
 * @param label - its function
 * @param lines - the script's lines, or null when the script cannot be read
 */
export function addExtent(extents: Map<string, Extent[]>, node: ProfileNode, path: string, label: FunctionLabel, lines: readonly string[] | null): void {
  if (lines === null || node.callFrame.lineNumber < 0) return;
  const list = extents.get(path) ?? [];
  if (!list.some((e) => e.label.key === label.key)) {
    const start = node.callFrame.lineNumber;
    const moduleCode = node.callFrame.functionName === '' && start === 0 && node.callFrame.columnNumber === 0;
    list.push({ path, start, end: moduleCode ? lines.length - 1 : functionEndLine(lines, start, node.callFrame.columnNumber), label });
  }
  extents.set(path, list);
}

/**
 * The function with the smallest extent that spans a line.
 * @param extents - the extents of one script
 * @param line0 - 0-based line
 * @param except - key of a function to leave out
 * @returns its label, or null when no extent spans the line
 */
export function innermost(extents: readonly Extent[] | undefined, line0: number, except?: string): FunctionLabel | null {
  let best: Extent | null = null;
  for (const e of extents ?? []) {
    if (e.label.key === except || line0 < e.start || line0 > e.end) continue;
    if (best === null || e.end - e.start < best.end - best.start) best = e;
  }
  return best?.label ?? null;
}

/**
 * Names an anonymous function after the function that lexically holds it (e.g. a map callback):
 * `(anonymous in outer)`. Changes the labels in place.
 * @param extents - extents by script path
 */
export function nameAnonymousFunctions(extents: ReadonlyMap<string, readonly Extent[]>): void {
  for (const list of extents.values()) {
    for (const e of list) {
      if (e.label.function !== '(anonymous)') continue;
      const holder = innermost(list, e.start, e.label.key);
      if (holder !== null && holder.line <= e.label.line) e.label.function = `(anonymous in ${holder.function.replace(/^\(anonymous in (.*)\)$/, '$1')})`;
    }
  }
}

/**
 * A node's self ticks by original line, each charged to the function that holds the line.
 * @param node - the profile node
 * @param path - absolute path of its script, or null when the frame is no file
 * @param own - the node's function
 * @param extents - the extents of its script
 * @param callees - the extents of the functions it calls in other scripts
 * @param mapper - the source maps of the profiled scripts
 * @returns one entry per line V8 recorded ticks at
 */
export async function linesOf(node: ProfileNode, path: string | null, own: FunctionLabel, extents: readonly Extent[] | undefined, callees: readonly Extent[], mapper: SourceMapper): Promise<LineTicks[]> {
  if (path === null || node.positionTicks === undefined) return [];
  const text = mapper.lines(path);
  const out: LineTicks[] = [];
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
