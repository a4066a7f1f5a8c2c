/**
 * The default time budget of a comparison by target kind: enough for a 5% change to show on a quiet
 * machine (functions 10 s, commands 30 s; an http trial is a server process under load, a page trial a browser page load, so 60 s).
 * @param kind - the target kind
 * @returns milliseconds
 */
export function defaultBudgetMs(kind) {
    switch (kind) {
        case 'function':
            return 10_000;
        case 'command':
            return 30_000;
        case 'http':
        case 'page':
            return 60_000;
        default: {
            const never = kind;
            return never;
        }
    }
}
