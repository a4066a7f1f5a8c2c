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
    /** Measures one arm once. */
    trial: (arm: Arm, block: number) => Promise<Record<string, number>>;
    /** What the report says about the measurement unit. */
    describe: () => {
        unit: string;
        processes_per_side: number | null;
        iterations: Record<string, number>;
        invalid_trials?: number;
    };
    close: () => Promise<void>;
}
