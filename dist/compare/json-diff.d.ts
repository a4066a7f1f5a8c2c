/**
 * Compares two parsed JSON values structurally (object key order does not matter, array order does)
 * and lists the differences as JSON pointers, skipping the pointers in `ignore` and everything below
 * them. `*` as a pointer token matches any key or index.
 * @param base - the base's value
 * @param candidate - the candidate's value
 * @param ignore - JSON pointers of volatile fields, e.g. `/generatedAt`, `/items/*\/id`
 * @param limit - stop after this many differences (default 10)
 * @returns differences, e.g. `/users/0/name: "Ann" != "Anne"`; empty when equal
 */
export declare function jsonDifferences(base: unknown, candidate: unknown, ignore?: readonly string[], limit?: number): string[];
