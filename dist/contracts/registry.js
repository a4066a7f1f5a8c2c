import { InputError } from '../errors.js';
/**
 * Every artifact schema by name, loaded lazily. The name is what `performance-flow.yaml` puts in an
 * output's `schema:` and what `schemas/<name>.schema.json` is called.
 */
export const schemaLoaders = {
    run: async () => (await import('./run.js')).RunSchema,
    gate: async () => (await import('./gate.js')).GateRecordSchema,
    checkpoint: async () => (await import('./checkpoint.js')).CheckpointSchema,
    'recovery-state': async () => (await import('./recovery-state.js')).RecoveryStateSchema,
    workflow: async () => (await import('./workflow.js')).WorkflowSchema,
    'dev-manifest': async () => (await import('./dev-manifest.js')).DevManifestSchema,
    'optimization-plan': async () => (await import('./optimization-plan.js')).OptimizationPlanSchema,
    'rollback-journal': async () => (await import('./rollback-journal.js')).RollbackJournalSchema,
    'bottleneck-report': async () => (await import('./bottleneck-report.js')).BottleneckReportSchema,
    plan: async () => (await import('./plan.js')).PlanSchema,
    rating: async () => (await import('./rating.js')).RatingSchema,
    judgement: async () => (await import('./judgement.js')).JudgementSchema,
    feed: async () => (await import('./feed.js')).FeedSchema,
    'publish-manifest': async () => (await import('./publish-manifest.js')).PublishManifestSchema,
    'benchmark-results': async () => (await import('./benchmark-results.js')).BenchmarkResultsSchema,
    'performance-comparison': async () => (await import('./performance-comparison.js')).PerformanceComparisonSchema,
    config: async () => (await import('./config.js')).ConfigSchema,
    'baseline-metrics': async () => (await import('./baseline-metrics.js')).BaselineMetricsSchema,
    'ci-result': async () => (await import('./ci-result.js')).CiResultSchema,
    'ci-history-entry': async () => (await import('./ci-result.js')).CiHistoryEntrySchema,
};
/**
 * Loads a schema by name.
 * @param name - a key of {@link schemaLoaders}
 * @returns the schema
 * @throws InputError `invalid-workflow` for an unknown name
 */
export async function loadSchema(name) {
    const loader = schemaLoaders[name];
    if (loader === undefined) {
        throw new InputError('invalid-workflow', `unknown schema '${name}'; known schemas: ${Object.keys(schemaLoaders).sort().join(', ')}`);
    }
    return loader();
}
