/**
 * Safe-by-construction HTML: the `html` tag escapes every interpolated value unless it is already
 * {@link SafeHtml} (built by this tag or by {@link raw}). Hand-written because it is twenty lines
 * and the report must not pull a template engine into a plugin that Claude Code installs unbuilt.
 */
/** A fragment of HTML that is known to be safe to insert as is. */
export class SafeHtml {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return this.value;
    }
}
/**
 * Escapes text for HTML element content and quoted attribute values.
 * @param text - untrusted text
 * @returns the escaped text
 */
export function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
function render(value) {
    if (value === null || value === undefined || value === false)
        return '';
    if (value instanceof SafeHtml)
        return value.value;
    if (Array.isArray(value))
        return value.map(render).join('');
    return escapeHtml(String(value));
}
/**
 * Tagged template that escapes interpolations.
 * @param strings - the literal parts (trusted: written in the source)
 * @param values - the interpolated values (escaped)
 * @returns safe HTML
 */
export function html(strings, ...values) {
    let out = strings[0] ?? '';
    values.forEach((value, i) => {
        out += render(value) + (strings[i + 1] ?? '');
    });
    return new SafeHtml(out);
}
/**
 * Marks a string produced by trusted code (e.g. a number formatted for an SVG attribute) as safe.
 * Never pass user text here.
 * @param trusted - markup written by perfflow
 * @returns the same markup as SafeHtml
 */
export function raw(trusted) {
    return new SafeHtml(trusted);
}
