import { Type } from '@sinclair/typebox';
/**
 * `rollback-journal.json`: a rollback in progress. Written after the working tree is saved and
 * before anything is moved or restored; removed when the rollback is complete. Every operation it
 * lists is idempotent, so `perfflow resume` finishes a rollback that a crash interrupted.
 */
export const RollbackJournalSchema = Type.Object({
    version: Type.Literal(1),
    run_id: Type.String(),
    n: Type.Integer({ minimum: 1 }),
    at: Type.String({ format: 'date-time' }),
    to_step: Type.String(),
    saved_ref: Type.String(),
    archive: Type.String({ description: 'run-relative directory receiving the reset steps\' artifacts' }),
    move: Type.Array(Type.String(), { description: 'run-relative files to move into the archive' }),
    restore: Type.Array(Type.String(), { description: 'project files to restore to their snapshot content' }),
    reset_steps: Type.Array(Type.String()),
    fresh_attempts: Type.Boolean({ description: 'a person intervened (the run was escalated): attempts start over' }),
}, { additionalProperties: false, $id: 'rollback-journal' });
