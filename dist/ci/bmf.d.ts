import type { CiResult } from '../contracts/ci-result.js';
/** One BMF metric. */
export interface BmfMetric {
    value: number;
    lower_value?: number;
    upper_value?: number;
}
/** A BMF document: benchmark name -> measure name -> metric. */
export type Bmf = Record<string, Record<string, BmfMetric>>;
/**
 * A measure name within Bencher's limit: long names keep their start and a short hash of the whole.
 * @param name - the wanted name
 * @returns a name of at most 64 characters, the same for the same input
 */
export declare function measureName(name: string): string;
/**
 * The BMF export of a gate run: for every compared metric, `<metric>` (the head's median, in the
 * metric's unit) and `<metric>-change` (percent change against the base for ratio metrics, the
 * plain difference for rates, with the 95% interval as lower and upper value).
 * @param result - the gate's result
 * @returns the BMF document
 */
export declare function toBmf(result: CiResult): Bmf;
