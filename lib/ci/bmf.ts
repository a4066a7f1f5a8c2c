// Bencher Metric Format (BMF) JSON: `{ "<benchmark>": { "<measure>": { value, lower_value?, upper_value? } } }`,
// so a gate run can feed a Bencher dashboard. Benchmarks are perfflow targets; each metric gives two
// measures: the head's median as measured in this run, and the paired change against the base with
// its 95% interval (the figure perfflow's verdicts rest on).
import { createHash } from 'node:crypto';
import type { CiResult } from '../contracts/ci-result.js';

/** One BMF metric. */
export interface BmfMetric {
  value: number;
  lower_value?: number;
  upper_value?: number;
}

/** A BMF document: benchmark name -> measure name -> metric. */
export type Bmf = Record<string, Record<string, BmfMetric>>;

/** Bencher identifies a measure by a name of at most 64 characters. */
const MAX_MEASURE = 64;

/**
 * A measure name within Bencher's limit: long names keep their start and a short hash of the whole.
 * @param name - the wanted name
 * @returns a name of at most 64 characters, the same for the same input
 */
export function measureName(name: string): string {
  if (name.length <= MAX_MEASURE) return name;
  return `${name.slice(0, MAX_MEASURE - 9)}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}

/**
 * The BMF export of a gate run: for every compared metric, `<metric>` (the head's median, in the
 * metric's unit) and `<metric>-change` (percent change against the base for ratio metrics, the
 * plain difference for rates, with the 95% interval as lower and upper value).
 * @param result - the gate's result
 * @returns the BMF document
 */
export function toBmf(result: CiResult): Bmf {
  const out: Bmf = {};
  for (const target of result.targets) {
    const measures: Record<string, BmfMetric> = {};
    for (const m of target.metrics) {
      if (m.head !== null && Number.isFinite(m.head)) measures[measureName(m.name)] = { value: m.head };
      if (m.effect === null || m.ci95 === null) continue;
      const toChange = (x: number): number => (m.scale === 'log' ? (x - 1) * 100 : x);
      measures[measureName(`${m.name}-change`)] = { value: toChange(m.effect), lower_value: toChange(m.ci95[0]), upper_value: toChange(m.ci95[1]) };
    }
    if (Object.keys(measures).length > 0) out[target.name] = measures;
  }
  return out;
}
