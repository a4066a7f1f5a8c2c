import { printComparison } from '../../compare/print-comparison.js';
import { performAction } from '../../workflow/actions/action.js';
import { validateAction } from '../../workflow/actions/validate.js';
import { openRun } from '../run-context.js';
import { exitCodeOf, measurementOptions, MEASUREMENT_OPTIONS } from './compare.js';
import { formatGate } from './submit.js';
export const command = {
    summary: "Validation step: compare the run's base commit with the working tree (paired trials, behaviour check), write benchmark-results.json and performance-comparison.json, and decide the gate.",
    usage: 'perfflow validate [--budget <seconds>] [--min-blocks 5] [--seed <n>] [--objective <metric>] [--sequential] [--run <id>] [--json]',
    options: { ...MEASUREMENT_OPTIONS },
    run: async (input) => {
        const options = { ...measurementOptions(input), progress: input.progress, env: input.env };
        const { comparison, gate } = await performAction(openRun(input), validateAction, options);
        const gateData = { gate: gate.record, recovery: gate.recovery, already_passed: gate.alreadyPassed };
        // A comparison that passes under a gate that failed (e.g. a harness check) is a failure.
        const exitCode = gate.record.decision === 'failed' && comparison.validation_status === 'pass' ? 1 : exitCodeOf(comparison.validation_status);
        return {
            exitCode,
            data: { comparison, ...gateData, run_status: gate.run.status },
            text: `${printComparison(comparison)}\n\n${formatGate(gateData)}`,
        };
    },
};
