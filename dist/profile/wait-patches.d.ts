/**
 * SQL with its literals replaced, whitespace collapsed and the length bounded: a label, never data.
 * @param text - the query's text
 * @returns its shape
 */
export declare function sqlShape(text: string): string;
/** Installs every operation's instrument (once, at preload time). */
export declare function patchOperations(): void;
