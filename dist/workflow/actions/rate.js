import { GateError } from '../../errors.js';
import { rateFile } from '../../rater/rate-file.js';
import { submitStep } from '../gate-decisions.js';
import { currentStepId } from '../run-view.js';
/**
 * `action: rate`: rates the plan, writes the step's rating output and decides the step's gate at
 * once: a plan below the minimum goes back to the planner with the rater's feedback (or to a
 * person), so a failing rating can never be asked again. Refused while another step is current.
 */
export const rateAction = {
    name: 'rate',
    run: async ({ handle, step }, options) => {
        const current = currentStepId(handle.run);
        if (current !== step.id || handle.run.status !== 'active') {
            const state = current === null ? `run ${handle.runId} has no step left` : `the step to do now is '${current}'${handle.run.status === 'active' ? '' : ` (run ${handle.run.status})`}`;
            throw new GateError('out-of-order', `a plan is rated in this run only at its rating step; ${state}: see perfflow next`);
        }
        const { rating, written } = await rateFile({ ...options, run: handle });
        return { rating, written, gate: await submitStep(handle, step.id) };
    },
};
