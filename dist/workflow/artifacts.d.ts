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
import type { ArtifactSchema } from './step-contracts.js';
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
export declare function artifactPath(scope: ArtifactScope, step: StepDefinition, schema: ArtifactSchema): {
    path: string;
    relative: string;
};
/**
 * Reads an artifact, checked against its schema.
 * @param scope - run directory, run and workflow
 * @param step - the step that reads it
 * @param schema - the artifact's schema name
 * @returns the artifact, typed
 * @throws InputError `invalid-file` when it is missing, not JSON or does not match its schema
 */
export declare function readArtifact<K extends ArtifactSchema>(scope: ArtifactScope, step: StepDefinition, schema: K): ArtifactTypes[K];
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
export declare function writeArtifacts(scope: ArtifactScope, step: StepDefinition, writes: readonly ArtifactWrite[], env?: NodeJS.ProcessEnv): Promise<string[]>;
/**
 * {@link writeArtifacts} for a caller that holds the run's lock already (e.g. profiling into the
 * run directory under the lock).
 * @param scope - run directory, run and workflow
 * @param step - the step whose outputs they are
 * @param writes - the artifacts
 * @param env - the environment whose secret values are removed
 * @returns the absolute paths written, in order
 */
export declare function writeArtifactsHeld(scope: ArtifactScope, step: StepDefinition, writes: readonly ArtifactWrite[], env?: NodeJS.ProcessEnv): string[];
