import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** `checkpoint.json`: the last passing gate and what resuming from it needs. */
export const CheckpointSchema = Type.Object(
  {
    version: Type.Literal(1),
    run_id: Type.String(),
    step: Type.String({ description: 'the last step whose gate passed (or was overridden)' }),
    at: Type.String({ format: 'date-time' }),
    completed_steps: Type.Array(Type.String()),
    overridden_steps: Type.Array(Type.String(), { description: 'completed steps whose gate a person overrode' }),
    next_step: Type.Union([Type.String(), Type.Null()]),
    artifacts: Type.Array(
      Type.Object({ path: Type.String(), sha256: Type.String() }, { additionalProperties: false }),
    ),
    resume_command: Type.String(),
  },
  { additionalProperties: false, $id: 'checkpoint' },
);

export type Checkpoint = Static<typeof CheckpointSchema>;
