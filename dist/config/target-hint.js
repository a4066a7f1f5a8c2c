import { InputError } from '../errors.js';
import { getTarget, loadConfig, missingTargetHelp } from './load.js';
/**
 * Tells `perfflow init` how to add a target that the config does not have yet.
 * @param projectRoot - the project root
 * @param name - the target name
 * @returns null when the target is configured, else the text of {@link missingTargetHelp}
 * @throws InputError `invalid-config` when the config exists but is malformed (fix that first)
 */
export function targetHint(projectRoot, name) {
    try {
        getTarget(loadConfig(projectRoot), name);
        return Promise.resolve(null);
    }
    catch (error) {
        if (error instanceof InputError && (error.code === 'unknown-target' || error.code === 'no-config'))
            return Promise.resolve(missingTargetHelp(name));
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
}
