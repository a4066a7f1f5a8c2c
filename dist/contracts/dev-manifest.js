import { Type } from '@sinclair/typebox';
/** `dev-manifest.json`: what the developer changed, file by file, and why. */
export const DevManifestSchema = Type.Object({
    version: Type.Literal(1),
    run_id: Type.Optional(Type.String()),
    summary: Type.String({ minLength: 1 }),
    changes: Type.Array(Type.Object({
        file: Type.String({ minLength: 1, description: 'path relative to the project root' }),
        optimization_id: Type.String({ minLength: 1, description: 'the optimization in optimization-plan.json it implements' }),
        description: Type.String({ minLength: 1 }),
    }, { additionalProperties: false }), { minItems: 1 }),
    tests_run: Type.Optional(Type.Array(Type.String())),
    partial: Type.Optional(Type.Object({ skipped_optimizations: Type.Array(Type.String()), reason: Type.String() }, { additionalProperties: false, description: 'graceful degradation: optimizations left out and why' })),
}, { additionalProperties: false, $id: 'dev-manifest' });
