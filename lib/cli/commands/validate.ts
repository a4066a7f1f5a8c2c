import { loadConfig } from '../../config/load.js';
import type { PerfflowConfig } from '../../config/load.js';
import { compareTarget } from '../../compare/compare-target.js';
import { printComparison } from '../../compare/print-comparison.js';
import { GateError, InputError, TargetError } from '../../errors.js';
import { captureEnvironment } from '../../measure/environment.js';
import { writeJsonAtomic } from '../../state/atomic-file.js';
import { withLock } from '../../state/lock.js';
import { pathInRun } from '../../state/run-store.js';
import { readRecovery } from '../../state/run-files.js';
import { currentStepId, failStep, submitStep } from '../../workflow/engine.js';
import type { Command } from '../command.js';
import { openRun } from '../run-context.js';
import { exitCodeOf, measurementOptions, MEASUREMENT_OPTIONS } from './compare.js';
import { formatGate } from './submit.js';

const STEP = 'validation';

function candidateConfig(projectRoot: string): PerfflowConfig | { error: string } {
  try {
    return loadConfig(projectRoot);
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

export const command: Command = {
  summary: "Validation step: compare the run's base commit with the working tree (paired trials, behaviour check), write benchmark-results.json and performance-comparison.json, and decide the gate.",
  usage: 'perfflow validate [--budget <seconds>] [--min-blocks 5] [--seed <n>] [--objective <metric>] [--run <id>] [--json]',
  options: { ...MEASUREMENT_OPTIONS },
  run: async (input) => {
    const handle = openRun(input);
    const current = currentStepId(handle.run);
    if (current !== STEP) {
      throw new GateError(
        'out-of-order',
        current === null
          ? `run ${handle.runId} has passed every step; start a new run to validate again`
          : handle.run.step_order.indexOf(current) < handle.run.step_order.indexOf(STEP)
            ? `the step to do now is '${current}', not validation; finish it first (perfflow next)`
            : `validation has already been decided for run ${handle.runId}; roll back (perfflow rollback --to validation) to validate again`,
      );
    }
    const recovery = readRecovery(handle.dir);
    if (handle.run.steps[STEP]?.status === 'failed' && recovery?.step === STEP && recovery.next_action === 'rollback') {
      // Measuring the same code again until it looks significant is exactly what a fixed budget forbids.
      throw new GateError(
        'gate-failed',
        `validation already failed for this code (${recovery.error.reasons[0] ?? 'see gates/validation.json'}); roll back first (${recovery.options[0] ?? 'perfflow rollback'}) or override with documented risks`,
      );
    }
    // The candidate's config is only compared with the pinned one: a change that breaks it or
    // drops the target is an edit of the harness (a failed gate), not bad input.
    const config = candidateConfig(handle.projectRoot);
    const pinned = handle.run.harness;
    let compared: Awaited<ReturnType<typeof compareTarget>>;
    try {
      compared = await compareTarget({
        projectRoot: handle.projectRoot,
        targetName: handle.run.target,
        config,
        base: { commit: handle.run.base.commit, ref: handle.run.base.ref },
        harness: pinned === undefined ? undefined : { commit: pinned.commit, label: `the working tree when the ${pinned.step} gate passed (${pinned.commit.slice(0, 12)})` },
        ...measurementOptions(input),
        environment: () => captureEnvironment(handle.projectRoot),
        progress: input.progress,
      });
    } catch (error) {
      // A side that cannot run is a failed attempt of this step: record it (errors.log,
      // recovery-state.json: fallback agent or a person), then report it as exit 4.
      if (error instanceof TargetError) await failStep(handle, STEP, `validation could not run the target: ${error.message}`);
      throw error;
    }
    const { comparison, results } = compared;
    await withLock(handle.dir, () => {
      writeJsonAtomic(pathInRun(handle.dir, 'benchmark-results.json'), results);
      writeJsonAtomic(pathInRun(handle.dir, 'performance-comparison.json'), comparison);
    });
    const gate = await submitStep(handle, STEP);
    const gateData = { gate: gate.record, recovery: gate.recovery, already_passed: gate.alreadyPassed };
    const exitCode = gate.record.decision === 'failed' && comparison.validation_status === 'pass' ? 1 : exitCodeOf(comparison.validation_status);
    return {
      exitCode,
      data: { comparison, ...gateData, run_status: gate.run.status },
      text: `${printComparison(comparison)}\n\n${formatGate(gateData)}`,
    };
  },
};
