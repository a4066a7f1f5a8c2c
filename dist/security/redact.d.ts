/**
 * Secret redaction for everything perfflow writes: logs, artifacts, reports, the feed.
 * Hand-written because it must know perfflow's own sources of secrets (the environment of the
 * process, auth headers of the target config) besides the common token shapes.
 */
/** The marker that replaces a secret. */
export declare const REDACTED = "[REDACTED]";
/**
 * Collects the values of environment variables whose names look secret (API keys, tokens ...), so
 * that they are removed wherever they appear, whatever their shape.
 * @param env - an environment
 * @returns values of at least 8 characters, longest first
 */
export declare function secretValuesFromEnv(env: NodeJS.ProcessEnv): string[];
/**
 * Removes secrets from a text: known values first, then token shapes and `key: value` forms of
 * auth headers and passwords.
 * @param text - any text
 * @param knownSecrets - exact values to remove (e.g. from {@link secretValuesFromEnv})
 * @returns the text with each secret replaced by {@link REDACTED}
 */
export declare function redactText(text: string, knownSecrets?: readonly string[]): string;
/**
 * Redacts every string inside a JSON-like value; keys that name secrets have their values replaced.
 * @param value - any JSON-serialisable value
 * @param knownSecrets - exact values to remove
 * @returns a redacted deep copy
 */
export declare function redactValue<T>(value: T, knownSecrets?: readonly string[]): T;
