import { compareTarget } from '../../compare/compare-target.js';
import type { CompareOptions, ComparisonOutcome } from '../../compare/compare-target.js';
import { loadConfig } from '../../config/load.js';
import type { PerfflowConfig } from '../../config/load.js';
import type { PerformanceComparison } from '../../contracts/performance-comparison.js';
import { GateError, InputError, TargetError } from '../../errors.js';
import { captureEnvironment } from '../../measure/environment.js';
import { readRecovery } from '../../state/run-files.js';
import { writeArtifacts } from '../artifacts.js';
import { failStep, submitStep } from '../gate-decisions.js';
import type { SubmitResult } from '../gate-decisions.js';
import { assertCurrentStep } from './action.js';
import type { ActionContext, StepAction } from './action.js';

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

function candidateConfig(projectRoot: string): PerfflowConfig | { error: string } {
  try {
    return loadConfig(projectRoot);
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

/** A validation that failed for this code with a rollback policy is a result, not a reason to measure again. */
function assertNotFailedAlready(context: ActionContext): void {
  const { handle, step } = context;
  const recovery = readRecovery(handle.dir);
  if (handle.run.steps[step.id]?.status === 'failed' && recovery?.step === step.id && recovery.next_action === 'rollback') {
    // Measuring the same code again until it looks significant is exactly what a fixed budget forbids.
    throw new GateError(
      'gate-failed',
      `${step.id} already failed for this code (${recovery.error.reasons[0] ?? `see gates/${step.id}.json`}); roll back first (${recovery.options[0] ?? 'perfflow rollback'}) or override with documented risks`,
    );
  }
}

async function compare(context: ActionContext, options: ValidateOptions): Promise<ComparisonOutcome> {
  const { handle, step } = context;
  const pinned = handle.run.harness;
  try {
    return await compareTarget({
      projectRoot: handle.projectRoot,
      targetName: handle.run.target,
      // The candidate's config is only compared with the pinned one: a change that breaks it or
      // drops the target is an edit of the harness (a failed gate), not bad input.
      config: candidateConfig(handle.projectRoot),
      base: { commit: handle.run.base.commit, ref: handle.run.base.ref },
      harness: pinned === undefined ? undefined : { commit: pinned.commit, label: `the working tree when the ${pinned.step} gate passed (${pinned.commit.slice(0, 12)})` },
      budgetMs: options.budgetMs,
      minBlocks: options.minBlocks,
      seed: options.seed,
      objective: options.objective,
      sequential: options.sequential,
      environment: () => captureEnvironment(handle.projectRoot),
      progress: options.progress,
    });
  } catch (error) {
    // A side that cannot run is a failed attempt of this step: record it (errors.log,
    // recovery-state.json: fallback agent or a person), then report it (exit 4).
    if (error instanceof TargetError) await failStep(handle, step.id, `validation could not run the target: ${error.message}`);
    throw error;
  }
}

/**
 * `action: validate`: compares the run's base commit with the working tree (paired trials,
 * behaviour check), writes the step's benchmark-results and performance-comparison outputs, and
 * decides the step's gate.
 */
export const validateAction: StepAction<ValidateOptions, ValidateResult> = {
  name: 'validate',
  run: async (context, options) => {
    assertCurrentStep(context, 'validate');
    assertNotFailedAlready(context);
    const { comparison, results } = await compare(context, options);
    await writeArtifacts(context.scope, context.step, [
      { schema: 'benchmark-results', value: results },
      { schema: 'performance-comparison', value: comparison },
    ], options.env);
    return { comparison, gate: await submitStep(context.handle, context.step.id) };
  },
};
