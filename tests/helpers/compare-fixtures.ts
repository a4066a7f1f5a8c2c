/** A project with a function target and a command target, shared by the comparison tests. */
export const COMPARE_CONFIG = `targets:
  lib:
    function:
      file: tasks.mjs
  cli:
    command:
      run: node work.mjs
`;

/**
 * The function target's task module: the measuring harness, pinned from the base. It calls the code
 * under test in sum.mjs, which is what a change edits.
 */
export const TASK_MODULE = "import { sum } from './sum.mjs';\nexport default { sum: () => sum() };\n";

// sum of i % 7 for i < 200000: 28571 full cycles of 0..6 (21 each) plus 0 + 1 + 2.
/** sum.mjs computing the sum the slow way. */
export const SLOW_TASK = 'export function sum() { let s = 0; for (let i = 0; i < 200000; i++) s += i % 7; return s; }\n';
/** The same result, fast. */
export const FAST_TASK = 'export function sum() { return 28571 * 21 + 3; }\n';
/** Fast, but a different result. */
export const WRONG_TASK = 'export function sum() { return 28571 * 21 + 4; }\n';

/** The steps of the plugin workflow that come before validation. */
export const STEPS_BEFORE_VALIDATION = ['baseline', 'planning', 'plan-rating', 'analysis', 'optimization-planning', 'implementation'];
