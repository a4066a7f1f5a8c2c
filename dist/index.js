// The public entry of the perfflow library: types and values exported by name.
export { InputError, GateError, InconclusiveError, TargetError, isKnownError } from './errors.js';
export { writeFileAtomic, writeJsonAtomic, readJsonFile } from './state/atomic-file.js';
export { withLock } from './state/lock.js';
export { checkId, newRunId } from './state/ids.js';
export { findProjectRoot, runsDir } from './state/project.js';
export { readRun, writeRun, listRuns, resolveRun, updateRun, runDir, pathInRun } from './state/run-store.js';
export { validateAgainst, schemaProblem } from './schemas/validate.js';
export { loadSchema, schemaLoaders } from './schemas/registry.js';
export { redactText, redactValue, secretValuesFromEnv, REDACTED } from './security/redact.js';
export { runCli } from './cli/main.js';
