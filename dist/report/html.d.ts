/**
 * Safe-by-construction HTML: the `html` tag escapes every interpolated value unless it is already
 * {@link SafeHtml} (built by this tag or by {@link raw}). Hand-written because it is twenty lines
 * and the report must not pull a template engine into a plugin that Claude Code installs unbuilt.
 */
/** A fragment of HTML that is known to be safe to insert as is. */
export declare class SafeHtml {
    readonly value: string;
    constructor(value: string);
    toString(): string;
}
/**
 * Escapes text for HTML element content and quoted attribute values.
 * @param text - untrusted text
 * @returns the escaped text
 */
export declare function escapeHtml(text: string): string;
/** What an interpolation may be: text is escaped; arrays are joined; null/undefined/false vanish. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];
/**
 * Tagged template that escapes interpolations.
 * @param strings - the literal parts (trusted: written in the source)
 * @param values - the interpolated values (escaped)
 * @returns safe HTML
 */
export declare function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml;
/**
 * Marks a string produced by trusted code (e.g. a number formatted for an SVG attribute) as safe.
 * Never pass user text here.
 * @param trusted - markup written by perfflow
 * @returns the same markup as SafeHtml
 */
export declare function raw(trusted: string): SafeHtml;
