import { InputError } from '../errors.js';
const UNITS = { ms: 1, s: 1000, m: 60_000 };
/**
 * Parses a duration with a unit (`500ms`, `5s`, `1.5s`, `1m`) into milliseconds.
 * @param text - the duration
 * @param key - the config key or option, for the error message
 * @returns milliseconds, positive
 * @throws InputError `invalid-config` when the text is not a positive duration with a unit
 */
export function parseDuration(text, key) {
    const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m)$/.exec(text.trim());
    const value = match?.[1];
    const unit = match?.[2];
    const ms = value === undefined || unit === undefined ? Number.NaN : Number(value) * (UNITS[unit] ?? Number.NaN);
    if (!Number.isFinite(ms) || ms <= 0) {
        throw new InputError('invalid-config', `${key}: '${text}' is not a duration; write a positive number with a unit, e.g. 500ms, 5s or 1m`);
    }
    return ms;
}
