import { publishRun } from '../../publish/publish-run.js';
/**
 * `action: publish`: publishes the run's evidence to the project feed when the step's condition
 * holds (or an override stands in for it), then passes the step's gate.
 */
export const publishAction = {
    name: 'publish',
    run: ({ handle, workflow, step }, options) => publishRun(handle, workflow, step, options),
};
