// The run-artifact API: every artifact of a run is written and read here, by its step and schema
// name. Where the file goes comes from the yaml (the output with that schema, its path template
// expanded), what it must look like from schemas/<name>.schema.json; a write is validated, has its
// secrets redacted, and is atomic under the run's lock; a read comes back typed.
import type { BaselineMetrics } from '../contracts/baseline-metrics.js';
import type { BenchmarkResults } from '../contracts/benchmark-results.js';
import type { BottleneckReport } from '../contracts/bottleneck-report.js';
import type { DevManifest } from '../contracts/dev-manifest.js';
import type { Judgement } from '../contracts/judgement.js';
import type { OptimizationPlan } from '../contracts/optimization-plan.js';
import type { PerformanceComparison } from '../contracts/performance-comparison.js';
import type { Plan } from '../contracts/plan.js';
import type { Rating } from '../contracts/rating.js';
import type { Run } from '../contracts/run.js';
import type { StepDefinition, Workflow } from '../contracts/workflow.js';
import { validateNamed } from '../contracts/validate.js';
import { InputError } from '../errors.js';
import { redactValue, secretValuesFromEnv } from '../security/redact.js';
import { readJsonFile, writeJsonAtomic } from '../state/atomic-file.js';
import { withLock } from '../state/lock.js';
import { pathInRun } from '../state/run-store.js';
import { templateValues } from './run-view.js';
import type { ArtifactSchema } from './step-contracts.js';
import { declaredOutput } from './step-contracts.js';
import { expandTemplate } from './templates.js';
import type { TemplateValues } from './templates.js';

/** The static type of each artifact schema. */
export interface ArtifactTypes {
  'baseline-metrics': BaselineMetrics;
  'bottleneck-report': BottleneckReport;
  plan: Plan;
  judgement: Judgement;
  rating: Rating;
  'optimization-plan': OptimizationPlan;
  'dev-manifest': DevManifest;
  'benchmark-results': BenchmarkResults;
  'performance-comparison': PerformanceComparison;
}

/** What locating an artifact needs: the run directory and state, and the workflow it runs. */
export interface ArtifactScope {
  dir: string;
  run: Run;
  workflow: Workflow;
  /** The placeholder values, when the caller has them already (default: the run's). */
  templates?: TemplateValues;
}

/**
 * Where an artifact of a schema lives, as seen from a step: the output the step itself (or else the
 * latest earlier step) declares with that schema, its path expanded.
 * @param scope - run directory, run and workflow
 * @param step - the step that reads or writes it
 * @param schema - the artifact's schema name
 * @returns the absolute path and the path relative to the run directory
 * @throws InputError `invalid-workflow` when no step up to `step` declares such an output
 */
export function artifactPath(scope: ArtifactScope, step: StepDefinition, schema: ArtifactSchema): { path: string; relative: string } {
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
export function readArtifact<K extends ArtifactSchema>(scope: ArtifactScope, step: StepDefinition, schema: K): ArtifactTypes[K] {
  const { path, relative } = artifactPath(scope, step, schema);
  return validateNamed<ArtifactTypes[K]>(schema, readJsonFile(path, relative), relative);
}

/** One artifact to write. */
export interface ArtifactWrite<K extends ArtifactSchema = ArtifactSchema> {
  schema: K;
  value: ArtifactTypes[K];
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
export async function writeArtifacts(scope: ArtifactScope, step: StepDefinition, writes: readonly ArtifactWrite[], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
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
export function writeArtifactsHeld(scope: ArtifactScope, step: StepDefinition, writes: readonly ArtifactWrite[], env: NodeJS.ProcessEnv = process.env): string[] {
  const secrets = secretValuesFromEnv(env);
  // Every value is checked before the first file is written, so a bad one leaves no half-written set.
  const prepared = writes.map(({ schema, value }) => {
    if (!step.outputs.some((o) => o.schema === schema)) {
      throw new InputError('invalid-workflow', `step '${step.id}' writes a ${schema} file but does not declare it in its outputs`);
    }
    const { path, relative } = artifactPath(scope, step, schema);
    // Redacted first, so that what is checked against the schema is exactly what is written.
    return { path, value: validateNamed<unknown>(schema, redactValue(value, secrets), relative) };
  });
  for (const { path, value } of prepared) writeJsonAtomic(path, value, 'as-is');
  return prepared.map((p) => p.path);
}
