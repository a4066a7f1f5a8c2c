import type { FlowSpec, FlowStepSpec } from '../config/target-config.js';
import type { FlowLoadSummary } from './load-result.js';
import type { Tally } from './load-tally.js';
import type { StepOutcome } from './load-flow-step.js';
/** The counts of one step. */
export interface StepTally {
    readonly flow: string;
    readonly step: FlowStepSpec;
    readonly tally: Tally;
    unexpectedStatus: number;
    captureFailures: number;
}
/** The counts of one flow and its steps. */
export interface FlowTally {
    readonly flow: FlowSpec;
    started: number;
    completed: number;
    failed: number;
    readonly steps: StepTally[];
}
/**
 * Empty tallies for every flow and step.
 * @param flows - the target's flows
 * @returns one tally per flow
 */
export declare function newFlowTallies(flows: readonly FlowSpec[]): FlowTally[];
/**
 * Counts one step's outcome (only for iterations of the measured window).
 * @param s - the step's tally
 * @param outcome - how the step ended
 */
export declare function countStep(s: StepTally, outcome: StepOutcome): void;
/**
 * The per-flow and per-step figures, and frees the step recorders.
 * @param tallies - the run's flow tallies
 * @returns the summary
 */
export declare function flowSummary(tallies: readonly FlowTally[]): FlowLoadSummary;
/**
 * The order in which iterations choose their flow: smooth weighted round robin, so that any stretch
 * of iterations mixes the flows in proportion to their weights (the same order in every arm of a
 * comparison, unlike a random draw).
 * @param flows - the flows
 * @returns flow indexes, one cycle of length sum(weights)
 */
export declare function flowCycle(flows: readonly FlowSpec[]): number[];
