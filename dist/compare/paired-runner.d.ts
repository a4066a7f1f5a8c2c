import type { Arm, MetricSpec } from './analyze.js';
import type { BehaviourCheck } from './status.js';
/** How a target is measured in a paired comparison, whatever its kind. */
export interface PairedRunner {
    metrics: MetricSpec[];
    /** The default objective metric. */
    objective: string;
    /** Behaviour checks that need both sides running (return values, http responses). */
    behaviour: () => Promise<BehaviourCheck[]>;
    /** Untimed runs of every arm before the measured blocks. */
    warmup: () => Promise<void>;
    /**
     * Measures one arm once. A failing trial of the candidate is counted by the runner and yields no
     * values; a failing base (or A/A copy) throws a TargetError naming the base side.
     */
    trial: (arm: Arm, block: number) => Promise<Record<string, number>>;
    /** Checks that need the measured trials: errors of the candidate, its call history. */
    findings: () => BehaviourCheck[];
    /** True once measuring on cannot change the outcome (the candidate does not load, or fails again and again). */
    settled: () => boolean;
    /** What the report says about the measurement unit. */
    describe: () => {
        unit: string;
        processes_per_side: number | null;
        iterations: Record<string, number>;
        invalid_trials?: number;
    };
    close: () => Promise<void>;
}
