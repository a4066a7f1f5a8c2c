/**
 * Escapes one key for a JSON pointer (RFC 6901).
 * @param key - an object key or array index
 * @returns the escaped token
 */
function escapeToken(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function ignored(pointer, ignore) {
    return ignore.some((p) => {
        if (p === pointer || pointer.startsWith(`${p}/`))
            return true;
        // `*` as a whole token matches any key or index, e.g. /users/*/updatedAt.
        if (!p.includes('*'))
            return false;
        const want = p.split('/');
        const have = pointer.split('/');
        return have.length >= want.length && want.every((token, i) => token === '*' || token === have[i]);
    });
}
function describe(value) {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
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
export function jsonDifferences(base, candidate, ignore = [], limit = 10) {
    const out = [];
    const walk = (a, b, pointer) => {
        if (out.length >= limit || ignored(pointer, ignore))
            return;
        if (Array.isArray(a) && Array.isArray(b)) {
            if (a.length !== b.length)
                out.push(`${pointer || '/'}: array of ${a.length} != array of ${b.length}`);
            for (let i = 0; i < Math.min(a.length, b.length); i += 1)
                walk(a[i], b[i], `${pointer}/${i}`);
            return;
        }
        if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
            const ra = a;
            const rb = b;
            const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort();
            for (const key of keys) {
                const child = `${pointer}/${escapeToken(key)}`;
                if (!(key in rb)) {
                    if (!ignored(child, ignore))
                        out.push(`${child}: missing in the candidate`);
                }
                else if (!(key in ra)) {
                    if (!ignored(child, ignore))
                        out.push(`${child}: only in the candidate`);
                }
                else
                    walk(ra[key], rb[key], child);
                if (out.length >= limit)
                    return;
            }
            return;
        }
        if (!Object.is(a, b))
            out.push(`${pointer || '/'}: ${describe(a)} != ${describe(b)}`);
    };
    walk(base, candidate, '');
    return out;
}
