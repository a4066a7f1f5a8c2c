import type { MeasureOverrides } from './measure-target.js';
/** The CLI options shared by `perfflow bench` and `perfflow baseline`. */
export declare const MEASURE_OPTIONS: {
    readonly duration: {
        readonly type: "string";
    };
    readonly warmup: {
        readonly type: "string";
    };
    readonly connections: {
        readonly type: "string";
    };
    readonly rate: {
        readonly type: "string";
    };
    readonly runs: {
        readonly type: "string";
    };
    readonly batches: {
        readonly type: "string";
    };
};
/**
 * Turns the measurement options of the CLI into overrides of the config.
 * @param values - parsed option values
 * @returns the overrides
 * @throws InputError `usage` naming the bad option
 */
export declare function overridesFromOptions(values: Record<string, string | boolean | string[] | undefined>): MeasureOverrides;
