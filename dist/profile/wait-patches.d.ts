/**
 * SQL with its literals replaced, whitespace collapsed and the length bounded: a label, never data.
 * @param text - the query's text
 * @returns its shape
 */
export declare function sqlShape(text: string): string;
/**
 * The URL an outgoing http.request names (a string, a URL or options), without its user and
 * password: the label is written to the report.
 */
export declare function whereOf(scheme: string, first: unknown): string;
/** Installs every operation's instrument (once, at preload time). */
export declare function patchOperations(): void;
