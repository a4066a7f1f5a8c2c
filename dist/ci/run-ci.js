// `perfflow ci`: every selected target compared between the base and HEAD with the paired engine,
// one after the other on this machine, then decided together by the gate.
import { join, relative } from 'node:path';
import { targetCiSettings } from '../config/ci-settings.js';
import { compareTarget } from '../compare/compare-target.js';
import { InputError, isKnownError } from '../errors.js';
import { writeJsonAtomic } from '../state/atomic-file.js';
import { fingerprintOf } from './fingerprint.js';
import { decideGate } from './gate.js';
/**
 * The one place `perfflow ci` calls the comparison engine: every option in one object, so an
 * engine option (a sequential design) reaches it through `options.engine` without new plumbing.
 * @param options - the gate's options
 * @param target - the target to compare
 * @returns both artifacts of the comparison
 */
export function compareForCi(options, target) {
    const compareOptions = {
        ...options.engine,
        projectRoot: options.projectRoot,
        targetName: target,
        config: options.config,
        base: { commit: options.base.commit, ref: options.base.ref },
        candidate: options.head,
        environment: options.environment,
        progress: (message) => {
            options.progress(`${target}: ${message}`);
        },
    };
    return compareTarget(compareOptions);
}
function fileName(target) {
    return `${target.replace(/[^A-Za-z0-9._-]+/g, '_')}.comparison.json`;
}
/**
 * Compares one target and turns what happened into the gate's input: a target that cannot be run
 * (or an error inside perfflow) is an `error`, which fails the build; a target the base does not
 * define yet is skipped.
 * @param options - the gate's options
 * @param target - the target
 * @returns its result
 * @throws InputError for bad input other than a target new in the head
 */
async function compareOne(options, target) {
    const targetKind = options.config.targets[target]?.kind ?? null;
    try {
        const { comparison } = await compareForCi(options, target);
        const file = join(options.outDir, fileName(target));
        writeJsonAtomic(file, comparison);
        return { kind: 'compared', comparison, comparisonFile: relative(options.projectRoot, file) };
    }
    catch (error) {
        if (error instanceof InputError && error.code === 'unpinned-harness') {
            return { kind: 'skipped', targetKind, reason: `new target: the base ${options.base.ref} does not define it, so there is nothing to compare it with yet` };
        }
        if (error instanceof InputError && error.code === 'no-change')
            return { kind: 'skipped', targetKind, reason: 'no change between the base and the head' };
        if (error instanceof InputError)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        return { kind: 'error', targetKind, message: isKnownError(error) ? message : `internal error: ${message}` };
    }
}
/**
 * Runs the gate: compares every target between the base and the head (HEAD of the checkout, never
 * its uncommitted files), adjusts every metric of every target together, and decides.
 * @param options - targets, base, head, thresholds, acceptances, engine options
 * @returns the result (the caller writes the summary, report, BMF and history)
 * @throws InputError for bad input (e.g. a config the engine refuses)
 */
export async function runCi(options) {
    const runs = [];
    for (const name of options.targets) {
        const settings = targetCiSettings(options.config.ci, name);
        const threshold = options.threshold ?? settings.threshold;
        options.progress(`comparing ${name} (${runs.length + 1}/${options.targets.length})`);
        runs.push({ name, settings: { ...settings, threshold }, accepted: options.accepted.get(name) ?? null, result: await compareOne(options, name) });
    }
    const decision = decideGate(runs);
    const environment = fingerprintOf(await options.environment());
    return {
        version: 1,
        ...decision,
        base: options.base,
        head: options.head,
        alpha: 0.05,
        environment,
        report: null,
        created_at: (options.clock ?? (() => new Date()))().toISOString(),
    };
}
