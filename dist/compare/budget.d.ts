import type { TargetConfig } from '../config/load.js';
/**
 * The default time budget of a comparison by target kind: enough for a 5% change to show on a quiet
 * machine (functions 10 s, commands 30 s; an http trial is a server process under load, a page trial a browser page load, so 60 s).
 * @param kind - the target kind
 * @returns milliseconds
 */
export declare function defaultBudgetMs(kind: TargetConfig['kind']): number;
/**
 * The default time budget of one target in `perfflow ci`: a pull request's runner is shared, and
 * the gate is there to catch a 5% regression on it. With a CPU hog beside it on the 2-core
 * development machine (bench/ci-noise.bench.mjs, docs/ci.md), the budgets of {@link defaultBudgetMs}
 * caught a planted 5% regression in 0 of 20 pull requests for a function target and 7 of 20 for a
 * command target (5 and 28 blocks: too few for a p that survives the adjustment across targets);
 * 60 s caught the function's in 20 of 20 and the command's in 17 of 20, so a command gets 90 s
 * (docs/ci.md, "Noise and cost"). The sequential design stops a clear change sooner, and a target's
 * own `ci.targets.<name>.budget` or `--budget` replaces this.
 * @param kind - the target kind
 * @returns milliseconds
 */
export declare function ciBudgetMs(kind: TargetConfig['kind']): number;
