import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

const Commit = Type.Object(
  { commit: Type.String({ minLength: 1 }), dirty: Type.Boolean() },
  { additionalProperties: false },
);

const ArmValues = Type.Record(Type.String(), Type.Number());

/** `benchmark-results.json`: the raw paired measurements behind a comparison, block by block. */
export const BenchmarkResultsSchema = Type.Object(
  {
    version: Type.Literal(1),
    target: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('function'), Type.Literal('command'), Type.Literal('http'), Type.Literal('page')]),
    base: Commit,
    candidate: Commit,
    started_at: Type.String({ format: 'date-time' }),
    finished_at: Type.String({ format: 'date-time' }),
    order_seed: Type.Integer({ description: 'seed of the random order of arms within each block' }),
    budget_ms: Type.Number({ minimum: 0 }),
    elapsed_ms: Type.Number({ minimum: 0 }),
    metrics: Type.Array(
      Type.Object(
        {
          name: Type.String(),
          unit: Type.String(),
          direction: Type.Union([Type.Literal('lower'), Type.Literal('higher')]),
          scale: Type.Union([Type.Literal('log'), Type.Literal('difference')]),
        },
        { additionalProperties: false },
      ),
    ),
    blocks: Type.Array(
      Type.Object(
        {
          index: Type.Integer({ minimum: 0 }),
          order: Type.Array(Type.Union([Type.Literal('base'), Type.Literal('candidate'), Type.Literal('base-aa')])),
          values: Type.Object(
            { base: ArmValues, candidate: ArmValues, 'base-aa': ArmValues },
            { additionalProperties: false, description: 'metric values of each arm; base-aa is the A/A copy of the base' },
          ),
        },
        { additionalProperties: false },
      ),
      { description: 'one block = every arm measured once, in the recorded random order' },
    ),
    environment: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false, $id: 'benchmark-results' },
);

export type BenchmarkResults = Static<typeof BenchmarkResultsSchema>;
