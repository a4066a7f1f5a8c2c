// Reads the `flow:` (one flow) or `flows:` (several, weighted) of an http target into checked flow
// specs: every step names its request, every `{{name}}` it uses is captured by an earlier step.
import { InputError } from '../errors.js';
import type { FlowStepFile, HttpTargetFile } from '../contracts/config.js';
import { parseDuration } from './duration.js';
import type { CaptureSpec, FlowSpec, FlowStepSpec } from './target-config.js';

/** Values every flow iteration has without capturing them: the virtual user's number and its iteration. */
export const BUILTIN_FLOW_VALUES = ['vu', 'iteration'] as const;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * The names a text refers to as `{{name}}`.
 * @param text - a path, header value or body
 * @returns the names, in order
 */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Replaces every `{{name}}` of a text by its value.
 * @param text - a step's path, header value or body
 * @param values - captured and built-in values
 * @returns the text filled in (a name without a value is left as written; parsing refuses those)
 */
export function fillPlaceholders(text: string, values: ReadonlyMap<string, string>): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
}

function captureSpec(c: { json: string } | { header: string } | { cookie: string }): CaptureSpec {
  if ('json' in c) return { from: 'json', pointer: c.json };
  if ('header' in c) return { from: 'header', name: c.header.toLowerCase() };
  return { from: 'cookie', name: c.cookie };
}

function step(s: FlowStepFile, key: string, known: Set<string>, ctx: { hasStart: boolean; headers: Record<string, string> }): FlowStepSpec {
  const headers = { ...ctx.headers, ...s.headers };
  const where = `${key} (step '${s.name}')`;
  if ((s.path === undefined) === (s.url === undefined)) throw new InputError('invalid-config', `${where}: give exactly one of path (e.g. /login) or url`);
  const url = s.path ?? s.url ?? '';
  if (url.includes('${PORT}') && !ctx.hasStart) throw new InputError('invalid-config', `${where}: the url uses \${PORT} but the target has no start command; add one or write the real port`);
  const texts = [url, s.body ?? '', ...Object.values(headers)];
  for (const name of texts.flatMap(placeholdersOf)) {
    if (!known.has(name)) {
      throw new InputError('invalid-config', `${where}: {{${name}}} is not captured by an earlier step; capture it before, e.g. capture: { ${name}: { json: /${name} } }`);
    }
  }
  for (const name of Object.keys(s.capture ?? {})) {
    if ((BUILTIN_FLOW_VALUES as readonly string[]).includes(name)) throw new InputError('invalid-config', `${where}.capture.${name}: '${name}' is a built-in value; choose another name`);
    known.add(name);
  }
  const expect = s.expect === undefined ? [] : Array.isArray(s.expect) ? s.expect : [s.expect];
  return {
    name: s.name,
    method: s.method ?? (s.body === undefined ? 'GET' : 'POST'),
    url,
    headers,
    body: s.body,
    capture: Object.fromEntries(Object.entries(s.capture ?? {}).map(([name, c]) => [name, captureSpec(c)])),
    thinkMs: s.think === undefined ? 0 : parseDuration(s.think, `${where}.think`),
    expect,
    ignore: s.ignore ?? [],
  };
}

function flowSpec(name: string, weight: number, steps: FlowStepFile[], key: string, ctx: { hasStart: boolean; headers: Record<string, string> }): FlowSpec {
  const known = new Set<string>(BUILTIN_FLOW_VALUES);
  const seen = new Set<string>();
  const specs = steps.map((s, i) => {
    if (seen.has(s.name)) throw new InputError('invalid-config', `${key}[${String(i)}]: a second step named '${s.name}'; give every step of a flow its own name`);
    seen.add(s.name);
    return step(s, `${key}[${String(i)}]`, known, ctx);
  });
  return { name, weight, steps: specs };
}

/**
 * Reads an http target's flows, if it has any.
 * @param t - the target as written
 * @param key - its key, e.g. `targets['auth/flow'].http`
 * @returns the flows, or undefined for a single-request target
 * @throws InputError `invalid-config` naming the key and step of a bad flow
 */
export function parseFlows(t: HttpTargetFile, key: string): FlowSpec[] | undefined {
  if (t.flow === undefined && t.flows === undefined) return undefined;
  if (t.flow !== undefined && t.flows !== undefined) throw new InputError('invalid-config', `${key}: give either flow (one flow) or flows (several, weighted), not both`);
  for (const field of ['method', 'body'] as const) {
    if (t[field] !== undefined) throw new InputError('invalid-config', `${key}.${field} is for a single request; with a flow, set ${field} on each step`);
  }
  const ctx = { hasStart: t.start !== undefined, headers: t.headers ?? {} };
  if (t.flow !== undefined) return [flowSpec('flow', 1, t.flow, `${key}.flow`, ctx)];
  const names = new Set<string>();
  return (t.flows ?? []).map((f, i) => {
    if (names.has(f.name)) throw new InputError('invalid-config', `${key}.flows[${String(i)}]: a second flow named '${f.name}'; give every flow its own name`);
    names.add(f.name);
    return flowSpec(f.name, f.weight ?? 1, f.steps, `${key}.flows[${String(i)}].steps`, ctx);
  });
}
