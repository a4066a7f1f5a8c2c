import { randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/**
 * Checks that an id (run id, plan id, workflow id) is safe to use as one path segment.
 * @param kind - what the id names, for the message ("run id", "plan id")
 * @param id - the untrusted id
 * @returns the id, unchanged
 * @throws InputError `invalid-id` for separators, `..`, empty or over-long ids
 */
export function checkId(kind, id) {
    if (!SAFE_ID.test(id) || id.includes('..')) {
        throw new InputError('invalid-id', `${kind} '${id.slice(0, 80)}' is not allowed: use 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit, without '/' or '..'`);
    }
    return id;
}
/**
 * Makes a run id that sorts by creation time and names the target: `20261124-102233-api-users-3f9a`.
 * @param target - the target name (any characters; reduced to a slug)
 * @param now - the creation time
 * @returns a fresh id that passes {@link checkId}
 */
export function newRunId(target, now) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const slug = target.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'target';
    return `${stamp}-${slug}-${randomBytes(2).toString('hex')}`;
}
