/**
 * Secret redaction for everything perfflow writes: logs, artifacts, reports, the feed.
 * Hand-written because it must know perfflow's own sources of secrets (the environment of the
 * process, auth headers of the target config) besides the common token shapes.
 */

const SECRET_ENV_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|COOKIE|SESSION)/i;

const PATTERNS: readonly RegExp[] = [
  /sk-ant-[A-Za-z0-9_-]{8,}/g,
  /sk-[A-Za-z0-9]{20,}/g,
  /gh[pousr]_[A-Za-z0-9]{20,}/g,
  /xox[abpr]-[A-Za-z0-9-]{10,}/g,
  /AKIA[0-9A-Z]{16}/g,
  /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  /(\b(?:bearer|basic|token)\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  /((?:authorization|proxy-authorization|x-api-key|api-key|apikey|cookie|set-cookie)["']?\s*[:=]\s*["']?)[^"'\s,;}{]{4,}/gi,
  /((?:password|passwd|secret|token|api_key|access_key)["']?\s*[:=]\s*["']?)[^"'\s,;}{]{4,}/gi,
];

/** The marker that replaces a secret. */
export const REDACTED = '[REDACTED]';

/**
 * Collects the values of environment variables whose names look secret (API keys, tokens ...), so
 * that they are removed wherever they appear, whatever their shape.
 * @param env - an environment
 * @returns values of at least 8 characters, longest first
 */
export function secretValuesFromEnv(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_ENV_NAME.test(name) && typeof value === 'string' && value.length >= 8)
    .map(([, value]) => value as string)
    .sort((a, b) => b.length - a.length);
}

/**
 * Removes secrets from a text: known values first, then token shapes and `key: value` forms of
 * auth headers and passwords.
 * @param text - any text
 * @param knownSecrets - exact values to remove (e.g. from {@link secretValuesFromEnv})
 * @returns the text with each secret replaced by {@link REDACTED}
 */
export function redactText(text: string, knownSecrets: readonly string[] = secretValuesFromEnv(process.env)): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  for (const pattern of PATTERNS) {
    out = out.replace(pattern, (match: string, prefix: unknown) =>
      typeof prefix === 'string' && prefix.length > 0 && match.startsWith(prefix) ? `${prefix}${REDACTED}` : REDACTED,
    );
  }
  return out;
}

/**
 * Redacts every string inside a JSON-like value; keys that name secrets have their values replaced.
 * @param value - any JSON-serialisable value
 * @param knownSecrets - exact values to remove
 * @returns a redacted deep copy
 */
export function redactValue<T>(value: T, knownSecrets: readonly string[] = secretValuesFromEnv(process.env)): T {
  const walk = (node: unknown, key: string | null): unknown => {
    if (typeof node === 'string') {
      if (key !== null && /^(authorization|proxy-authorization|x-api-key|api[-_]?key|cookie|set-cookie|password|secret|token)$/i.test(key)) {
        return REDACTED;
      }
      return redactText(node, knownSecrets);
    }
    if (Array.isArray(node)) return node.map((item) => walk(item, null));
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    }
    return node;
  };
  return walk(value, null) as T;
}
