/**
 * Checks that an id (run id, plan id, workflow id) is safe to use as one path segment.
 * @param kind - what the id names, for the message ("run id", "plan id")
 * @param id - the untrusted id
 * @returns the id, unchanged
 * @throws InputError `invalid-id` for separators, `..`, empty or over-long ids
 */
export declare function checkId(kind: string, id: string): string;
/**
 * Makes a run id that sorts by creation time and names the target: `20261124-102233-api-users-3f9a`.
 * @param target - the target name (any characters; reduced to a slug)
 * @param now - the creation time
 * @returns a fresh id that passes {@link checkId}
 */
export declare function newRunId(target: string, now: Date): string;
