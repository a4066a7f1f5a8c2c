// Writes the Artillery script of an http target: one scenario for the single request, or one per
// flow with its weight, captures and think times. Secrets never enter the script: a secret header
// value, body or body field is replaced by a reference to the Artillery process's environment
// (`{{ $processEnvironment.PERFFLOW_SECRET_n }}`) and its value is returned separately, for the
// environment of the child (locally) or a private dotenv file (AWS).
import { InputError } from '../../errors.js';
import type { CaptureSpec, FlowSpec, HttpTargetConfig } from '../../config/target-config.js';
import { placeholdersOf } from '../../config/parse-flows.js';
import { redactText } from '../../security/redact.js';

/** The name of the measured phase, which the runner watches for in Artillery's output. */
export const MEASURE_PHASE = 'perfflow-measure';

/** What {@link artilleryScript} produces: the script (no secret in it) and the secrets it refers to. */
export interface ArtilleryScript {
  script: Record<string, unknown>;
  /** Environment variables the script refers to, by name: the secret values. */
  secrets: Record<string, string>;
  /** Request names of the steps (`<flow>.<step>`), which metrics-by-endpoint reports per name. */
  stepNames: string[];
}

/** The load of one Artillery run. */
export interface ArtilleryRunShape {
  /** A concrete base URL (port filled in), whoever started the server. */
  url: string;
  /** Arrivals per second (requests, or flows for a flow target). */
  rate: number;
  durationMs: number;
  /** Connections the arrivals share in each worker (`config.http.pool`). */
  connections: number;
}

const SECRET_HEADER = /(authorization|cookie|api[-_]?key|token|secret|password|session|auth)/i;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Collects secrets and hands out the environment references that replace them. */
class SecretBox {
  readonly values: Record<string, string> = {};
  private readonly byValue = new Map<string, string>();

  ref(value: string): string {
    let name = this.byValue.get(value);
    if (name === undefined) {
      name = `PERFFLOW_SECRET_${String(this.byValue.size)}`;
      this.byValue.set(value, name);
      this.values[name] = value;
    }
    return `{{ $processEnvironment.${name} }}`;
  }
}

const isSecretText = (text: string): boolean => redactText(text) !== text;

/** A header value as the script holds it: as written, or a reference when it is (or holds) a secret. */
function headerValue(name: string, value: string, box: SecretBox): string {
  if (!SECRET_HEADER.test(name) && !isSecretText(value)) return value;
  if (placeholdersOf(value).length === 0) return box.ref(value);
  // `Bearer {{token}}`: the captured part stays a reference to Artillery's variable, an auth scheme
  // word is no secret, any other literal part is.
  const plain = (part: string): boolean => part === '' || part.startsWith('{{') || /^\s*(bearer|basic|token|digest)?\s*$/i.test(part);
  return value.split(/(\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\})/).map((part) => (plain(part) ? part : box.ref(part))).join('');
}

/** A body as the script holds it: secret string fields of a JSON body, or a whole secret body, become references. */
function bodyValue(body: string, box: SecretBox): string {
  if (!isSecretText(body)) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    if (placeholdersOf(body).length > 0) throw new InputError('invalid-config', 'a request body holds a secret and {{placeholders}} but is not JSON; engine artillery cannot keep the secret out of its script: make the body JSON, or use engine: builtin');
    return box.ref(body);
  }
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      const looksSecret = isSecretText(`${key}: ${value}`) || isSecretText(value);
      return looksSecret ? box.ref(JSON.stringify(value).slice(1, -1)) : value;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return JSON.stringify(walk(parsed, ''));
}

/**
 * A JSON pointer as the JSONPath Artillery's `capture.json` takes.
 * @param pointer - e.g. `/data/0/token`
 * @returns e.g. `$.data[0].token`
 */
export function jsonPathOf(pointer: string): string {
  if (pointer === '') return '$';
  const parts = pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return `$${parts.map((p) => (/^[0-9]+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p) ? `.${p}` : `['${p.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`)).join('')}`;
}

function capture(name: string, c: CaptureSpec, where: string): Record<string, string> {
  switch (c.from) {
    case 'json':
      return { json: jsonPathOf(c.pointer), as: name };
    case 'header':
      return { header: c.name, as: name };
    case 'cookie':
      throw new InputError('invalid-config', `${where}: engine artillery cannot capture the cookie '${c.name}' (Artillery keeps a virtual user's cookies itself and sends them back); remove the capture, or use engine: builtin`);
    default: {
      const never: never = c;
      return never;
    }
  }
}

/** One Artillery request: `{ get: { url, name, headers, body, capture } }`. */
function request(method: string, spec: { url: string; name: string; headers: Record<string, string>; body: string | undefined; capture?: Record<string, unknown>[] }, box: SecretBox, where: string): Record<string, unknown> {
  if (!METHODS.has(method)) throw new InputError('invalid-config', `${where}: engine artillery sends ${[...METHODS].join(', ')}, not ${method}; change the method, or use engine: builtin`);
  const headers = Object.fromEntries(Object.entries(spec.headers).map(([k, v]) => [k, headerValue(k, v, box)]));
  return {
    [method.toLowerCase()]: {
      url: spec.url,
      name: spec.name,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(spec.body === undefined ? {} : { body: bodyValue(spec.body, box) }),
      ...(spec.capture === undefined || spec.capture.length === 0 ? {} : { capture: spec.capture }),
    },
  };
}

function flowScenario(flow: FlowSpec, base: string, box: SecretBox, stepNames: string[]): Record<string, unknown> {
  const steps: Record<string, unknown>[] = [];
  for (const s of flow.steps) {
    const where = `flow '${flow.name}' step '${s.name}'`;
    const builtin = [s.url, s.body ?? '', ...Object.values(s.headers)].flatMap(placeholdersOf).find((n) => n === 'vu' || n === 'iteration');
    if (builtin !== undefined) throw new InputError('invalid-config', `${where}: {{${builtin}}} has no counterpart in Artillery (its virtual users run one iteration each); remove it, or use engine: builtin`);
    const name = `${flow.name}.${s.name}`;
    stepNames.push(name);
    const url = s.url.startsWith('/') ? new URL(s.url, base).href : s.url;
    const captures = Object.entries(s.capture).map(([n, c]) => capture(n, c, where));
    steps.push(request(s.method, { url, name, headers: s.headers, body: s.body, capture: captures }, box, where));
    if (s.thinkMs > 0) steps.push({ think: s.thinkMs / 1000 });
  }
  return { name: flow.name, weight: flow.weight, flow: steps };
}

/**
 * Builds the Artillery script of a target for one run: one measured phase at a constant arrival
 * rate, the requests or flows, per-request-name metrics, and no secret.
 * @param target - the target from the config
 * @param shape - the concrete url, rate, duration and connections of this run
 * @returns the script, the secrets it refers to and the step names
 * @throws InputError `invalid-config` for what Artillery cannot send or a secret it could not keep out
 */
export function artilleryScript(target: HttpTargetConfig, shape: ArtilleryRunShape): ArtilleryScript {
  const box = new SecretBox();
  const stepNames: string[] = [];
  const seconds = Math.max(1, Math.round(shape.durationMs / 1000));
  const arrivals = Number.isInteger(shape.rate) ? { arrivalRate: shape.rate } : { arrivalCount: Math.max(1, Math.round(shape.rate * seconds)) };
  const scenarios =
    target.flows === undefined
      ? [{ name: 'request', flow: [request(target.method, { url: shape.url, name: 'request', headers: target.headers, body: target.body }, box, 'the target')] }]
      : target.flows.map((f) => flowScenario(f, shape.url, box, stepNames));
  const script = {
    config: {
      target: new URL(shape.url).origin,
      phases: [{ name: MEASURE_PHASE, duration: seconds, ...arrivals }],
      http: { timeout: 10, pool: shape.connections },
      plugins: { 'metrics-by-endpoint': { useOnlyRequestNames: true } },
    },
    scenarios,
  };
  return { script, secrets: box.values, stepNames };
}
