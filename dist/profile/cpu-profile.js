import { readFileSync } from 'node:fs';
import { Type } from '@sinclair/typebox';
import { InputError } from '../errors.js';
import { validateAgainst } from '../contracts/validate.js';
/** The call frame of a V8 profile node (Chrome DevTools protocol `Runtime.CallFrame`). */
export const CallFrameSchema = Type.Object({
    functionName: Type.String(),
    scriptId: Type.String(),
    url: Type.String(),
    lineNumber: Type.Integer({ description: '0-based' }),
    columnNumber: Type.Integer({ description: '0-based' }),
});
/** A `.cpuprofile` as V8 writes it (`Profiler.Profile`): the call tree, the sampled node ids and their time deltas. */
export const CpuProfileSchema = Type.Object({
    nodes: Type.Array(Type.Object({
        id: Type.Integer(),
        callFrame: CallFrameSchema,
        hitCount: Type.Optional(Type.Integer()),
        children: Type.Optional(Type.Array(Type.Integer())),
        positionTicks: Type.Optional(Type.Array(Type.Object({ line: Type.Integer(), ticks: Type.Integer() }))),
    }), { minItems: 1 }),
    startTime: Type.Number(),
    endTime: Type.Number(),
    samples: Type.Optional(Type.Array(Type.Integer())),
    timeDeltas: Type.Optional(Type.Array(Type.Number())),
});
/**
 * Checks that a parsed value is a V8 CPU profile.
 * @param value - parsed JSON
 * @param label - how to name it in an error
 * @returns the profile, typed
 * @throws InputError `invalid-file` when it is not one
 */
export function asCpuProfile(value, label) {
    return validateAgainst(CpuProfileSchema, value, label);
}
/**
 * Reads a `.cpuprofile` file.
 * @param path - the file
 * @returns the profile
 * @throws InputError `invalid-file` when the file is missing, not JSON or not a profile
 */
export function readCpuProfile(path) {
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new InputError('invalid-file', `${path}: not a readable .cpuprofile (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    return asCpuProfile(parsed, path);
}
