// The `ci` section of perfflow.config.yaml: how `perfflow ci` judges each target.
import { InputError } from '../errors.js';
import { parseDuration } from './duration.js';
/** The history file when the config names none, relative to the project root. */
export const DEFAULT_HISTORY = '.perfflow/history.jsonl';
/** The threshold when neither the config nor the command line names one: 2%. */
export const DEFAULT_THRESHOLD = 0.02;
/**
 * Reads a percentage such as `5%` into a fraction.
 * @param text - the percentage (schema-checked)
 * @returns the fraction
 */
export function percent(text) {
    return Number(text.slice(0, -1)) / 100;
}
/** The longest budget a target may have, as for `--budget`: an hour. */
const MAX_BUDGET_MS = 3_600_000;
function budgetOf(text, key) {
    const ms = parseDuration(text, key);
    if (ms > MAX_BUDGET_MS)
        throw new InputError('invalid-config', `${key}: '${text}' is longer than an hour; a target's budget is at most 60m`);
    return ms;
}
/**
 * Reads the `ci` section of a schema-checked config.
 * @param section - the section as written, if any
 * @param targets - the config's targets (every target the section names must be one of them)
 * @param fileName - the config file's name, for messages
 * @returns the settings with defaults filled in
 * @throws InputError `invalid-config` for a target the section names that the config does not define, or a history path that leaves the project
 */
export function ciSettings(section, targets, fileName) {
    const threshold = section?.threshold === undefined ? DEFAULT_THRESHOLD : percent(section.threshold);
    const history = section?.history ?? DEFAULT_HISTORY;
    if (history !== 'off' && (history.startsWith('/') || history.split(/[\\/]/).includes('..'))) {
        throw new InputError('invalid-config', `${fileName}: ci.history '${history}' must be a path inside the project (relative, without ..), or off`);
    }
    const settings = {};
    for (const [name, entry] of Object.entries(section?.targets ?? {})) {
        if (!Object.hasOwn(targets, name)) {
            const known = Object.keys(targets).sort().join(', ');
            throw new InputError('invalid-config', `${fileName}: ci.targets names '${name}', which is not a target; known targets: ${known === '' ? '(none)' : known}`);
        }
        settings[name] = {
            threshold: entry.threshold === undefined ? threshold : percent(entry.threshold),
            informational: entry.informational ?? false,
            budget_ms: entry.budget === undefined ? null : budgetOf(entry.budget, `${fileName}: ci.targets.${name}.budget`),
        };
    }
    return { threshold, history: history === 'off' ? null : history, targets: settings };
}
/**
 * The settings of one target: its own entry, else the section's threshold.
 * @param settings - the ci settings
 * @param name - the target
 * @returns its threshold, whether it is informational and its budget
 */
export function targetCiSettings(settings, name) {
    return settings.targets[name] ?? { threshold: settings.threshold, informational: false, budget_ms: null };
}
