import type { CompareOptions } from '../../compare/compare-target.js';
import type { PerformanceComparison } from '../../contracts/performance-comparison.js';
import type { SubmitResult } from '../gate-decisions.js';
import type { StepAction } from './action.js';
/** What `perfflow validate` passes on: the measurement options of the command line. */
export type ValidateOptions = Pick<CompareOptions, 'budgetMs' | 'minBlocks' | 'seed' | 'objective' | 'sequential'> & {
    progress?: (message: string) => void;
    env?: NodeJS.ProcessEnv;
};
/** The comparison and the gate it decided. */
export interface ValidateResult {
    comparison: PerformanceComparison;
    gate: SubmitResult;
}
/**
 * `action: validate`: compares the run's base commit with the working tree (paired trials,
 * behaviour check), writes the step's benchmark-results and performance-comparison outputs, and
 * decides the step's gate.
 */
export declare const validateAction: StepAction<ValidateOptions, ValidateResult>;
