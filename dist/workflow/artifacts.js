import { validateNamed } from '../contracts/validate.js';
import { InputError } from '../errors.js';
import { redactValue, secretValuesFromEnv } from '../security/redact.js';
import { readJsonFile, writeJsonAtomic } from '../state/atomic-file.js';
import { withLock } from '../state/lock.js';
import { pathInRun } from '../state/run-store.js';
import { templateValues } from './run-view.js';
import { declaredOutput } from './step-contracts.js';
import { expandTemplate } from './templates.js';
/**
 * Where an artifact of a schema lives, as seen from a step: the output the step itself (or else the
 * latest earlier step) declares with that schema, its path expanded.
 * @param scope - run directory, run and workflow
 * @param step - the step that reads or writes it
 * @param schema - the artifact's schema name
 * @returns the absolute path and the path relative to the run directory
 * @throws InputError `invalid-workflow` when no step up to `step` declares such an output
 */
export function artifactPath(scope, step, schema) {
    const declared = declaredOutput(scope.workflow, step, schema);
    if (declared === null) {
        throw new InputError('invalid-workflow', `step '${step.id}' needs a ${schema} file, but neither it nor an earlier step declares an output with schema ${schema} in the workflow`);
    }
    const relative = expandTemplate(declared.path, scope.templates ?? templateValues(scope.dir, scope.run, scope.workflow));
    return { path: pathInRun(scope.dir, relative), relative };
}
/**
 * Reads an artifact, checked against its schema.
 * @param scope - run directory, run and workflow
 * @param step - the step that reads it
 * @param schema - the artifact's schema name
 * @returns the artifact, typed
 * @throws InputError `invalid-file` when it is missing, not JSON or does not match its schema
 */
export function readArtifact(scope, step, schema) {
    const { path, relative } = artifactPath(scope, step, schema);
    return validateNamed(schema, readJsonFile(path, relative), relative);
}
/**
 * Writes outputs of a step: each checked against its schema, redacted (the secret values of the
 * environment and the usual token shapes), then written atomically, all under the run's lock.
 * @param scope - run directory, run and workflow
 * @param step - the step whose outputs they are (each must be declared by it)
 * @param writes - the artifacts
 * @param env - the environment whose secret values are removed (default: this process's)
 * @returns the absolute paths written, in order
 * @throws InputError when the step does not declare an output, or a value does not match its schema
 */
export async function writeArtifacts(scope, step, writes, env = process.env) {
    return withLock(scope.dir, () => writeArtifactsHeld(scope, step, writes, env));
}
/**
 * {@link writeArtifacts} for a caller that holds the run's lock already (e.g. profiling into the
 * run directory under the lock).
 * @param scope - run directory, run and workflow
 * @param step - the step whose outputs they are
 * @param writes - the artifacts
 * @param env - the environment whose secret values are removed
 * @returns the absolute paths written, in order
 */
export function writeArtifactsHeld(scope, step, writes, env = process.env) {
    const secrets = secretValuesFromEnv(env);
    // Every value is checked before the first file is written, so a bad one leaves no half-written set.
    const prepared = writes.map(({ schema, value }) => {
        if (!step.outputs.some((o) => o.schema === schema)) {
            throw new InputError('invalid-workflow', `step '${step.id}' writes a ${schema} file but does not declare it in its outputs`);
        }
        const { path, relative } = artifactPath(scope, step, schema);
        // Redacted first, so that what is checked against the schema is exactly what is written.
        return { path, value: validateNamed(schema, redactValue(value, secrets), relative) };
    });
    for (const { path, value } of prepared)
        writeJsonAtomic(path, value, 'as-is');
    return prepared.map((p) => p.path);
}
