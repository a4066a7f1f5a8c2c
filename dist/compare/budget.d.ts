import type { TargetConfig } from '../config/load.js';
/**
 * The default time budget of a comparison by target kind: enough for a 5% change to show on a quiet
 * machine (functions 10 s, commands 30 s; an http trial is a server process under load, a page trial a browser page load, so 60 s).
 * @param kind - the target kind
 * @returns milliseconds
 */
export declare function defaultBudgetMs(kind: TargetConfig['kind']): number;
