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
export function functionEndLine(lines, line0, column) {
    let parens = 0;
    let braces = 0;
    let inBody = false;
    let quote = null;
    let blockComment = false;
    const limit = Math.min(lines.length, line0 + 5000);
    for (let l = line0; l < limit; l += 1) {
        const text = lines[l] ?? '';
        for (let c = l === line0 ? Math.max(0, column) : 0; c < text.length; c += 1) {
            const ch = text[c];
            const next = text[c + 1];
            if (blockComment) {
                if (ch === '*' && next === '/') {
                    blockComment = false;
                    c += 1;
                }
                continue;
            }
            if (quote !== null) {
                if (ch === '\\')
                    c += 1;
                else if (ch === quote)
                    quote = null;
                continue;
            }
            if (ch === '/' && next === '/')
                break;
            if (ch === '/' && next === '*') {
                blockComment = true;
                c += 1;
                continue;
            }
            if (ch === '"' || ch === "'" || ch === '`') {
                quote = ch;
                continue;
            }
            if (!inBody) {
                if (ch === '(')
                    parens += 1;
                else if (ch === ')')
                    parens -= 1;
                else if (parens === 0 && ch === '=' && next === '>') {
                    const rest = text.slice(c + 2).trimStart();
                    if (rest !== '' && !rest.startsWith('{'))
                        return l;
                    c += 1;
                }
                else if (parens === 0 && ch === '{') {
                    inBody = true;
                    braces = 1;
                }
                continue;
            }
            if (ch === '{')
                braces += 1;
            else if (ch === '}') {
                braces -= 1;
                if (braces === 0)
                    return l;
            }
        }
    }
    return line0;
}
