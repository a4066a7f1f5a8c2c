import { parseDuration } from '../config/duration.js';
import { InputError } from '../errors.js';
/** The CLI options shared by `perfflow bench` and `perfflow baseline`. */
export const MEASURE_OPTIONS = {
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string' },
    rate: { type: 'string' },
    runs: { type: 'string' },
    batches: { type: 'string' },
};
function positiveInteger(value, option) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new InputError('usage', `--${option} must be a positive whole number, got '${value}'`);
    return n;
}
/**
 * Turns the measurement options of the CLI into overrides of the config.
 * @param values - parsed option values
 * @returns the overrides
 * @throws InputError `usage` naming the bad option
 */
export function overridesFromOptions(values) {
    const text = (name) => (typeof values[name] === 'string' ? values[name] : undefined);
    const duration = text('duration');
    const warmup = text('warmup');
    const rate = text('rate');
    const rateValue = rate === undefined ? undefined : Number(rate);
    if (rateValue !== undefined && !(rateValue > 0))
        throw new InputError('usage', `--rate must be a positive number of requests per second, got '${String(rate)}'`);
    const toMs = (v, option) => {
        if (v === undefined)
            return undefined;
        try {
            return parseDuration(v, `--${option}`);
        }
        catch (error) {
            throw new InputError('usage', `--${option} must be a duration with a unit (500ms, 5s, 1m), got '${v}'`, { cause: error });
        }
    };
    return {
        durationMs: toMs(duration, 'duration'),
        batchMs: toMs(duration, 'duration'),
        warmupMs: toMs(warmup, 'warmup'),
        connections: positiveInteger(text('connections'), 'connections'),
        rate: rateValue,
        runs: positiveInteger(text('runs'), 'runs'),
        batches: positiveInteger(text('batches'), 'batches'),
    };
}
