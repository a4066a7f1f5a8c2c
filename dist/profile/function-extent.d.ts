/**
 * The last line of a function whose definition starts at a known position of a script. V8 reports
 * where each function starts but not where it ends; the end is needed to tell a function's own
 * lines from those of functions inlined into it (the sampling profiler charges inlined code to the
 * caller, at the callee's source lines). Hand-written rather than a parser dependency: it only has
 * to find the matching brace, skipping strings, template literals and comments; an arrow function
 * with an expression body is taken to end on its line.
 * @param lines - the script's lines
 * @param line0 - 0-based line of the function's start (as in a profile call frame)
 * @param column - 0-based column of the function's start
 * @returns the 0-based last line, or line0 when the body cannot be found
 */
export declare function functionEndLine(lines: readonly string[], line0: number, column: number): number;
