// The `page` block of baseline-metrics.json: figures of a page target over its trials, each a
// spread (median, MAD, range) of the per-trial values.
import { Type } from '@sinclair/typebox';
/**
 * What perfflow measured of a page, trial by trial (each trial a fresh browser context). Built from
 * the spread schema of baseline-metrics.ts, which includes this block (a function, not a constant,
 * so that neither module needs the other evaluated first).
 * @param SpreadSchema - the spread schema
 * @returns the page block's schema
 */
export function pageMetricsSchema(SpreadSchema) {
    return Type.Object({
        url: Type.String(),
        browser: Type.String({ description: 'e.g. Chromium 156.0.8078.114' }),
        viewport: Type.Object({ width: Type.Integer(), height: Type.Integer() }, { additionalProperties: false }),
        throttle: Type.Object({
            cpu: Type.Number({ description: 'CPU slowdown factor (1 = none)' }),
            network: Type.String({ description: 'network preset name' }),
            description: Type.String({ description: 'the preset figures: latency and throughput' }),
        }, { additionalProperties: false }),
        ready: Type.Union([Type.String(), Type.Null()], { description: 'the ready selector; null: the load event' }),
        interaction: Type.Union([Type.String(), Type.Null()], { description: 'the scripted interaction, step by step' }),
        trials: Type.Integer({ minimum: 0 }),
        warmup: Type.Integer({ minimum: 0 }),
        definitions: Type.Record(Type.String(), Type.String(), { description: 'how each figure is defined' }),
        lcp_ms: SpreadSchema,
        fcp_ms: SpreadSchema,
        cls: SpreadSchema,
        tbt_ms: SpreadSchema,
        ready_ms: SpreadSchema,
        interaction_ms: Type.Union([SpreadSchema, Type.Null()]),
        js_heap_bytes: SpreadSchema,
        transfer_bytes: SpreadSchema,
        requests: SpreadSchema,
        long_tasks: Type.Integer({ minimum: 0, description: 'long tasks over all trials' }),
        page_errors: Type.Array(Type.String(), { description: 'distinct uncaught errors of the page, at most 5' }),
    }, { additionalProperties: false });
}
