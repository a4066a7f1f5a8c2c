/**
 * Formats collapsed stacks, the flame-graph input of flamegraph.pl, speedscope and inferno: one
 * line per distinct stack, frames outermost first joined by ';', then a space and the sample count.
 * @param stacks - stack (already ';'-joined, frames free of ';') to samples
 * @returns the file text, heaviest stacks first
 */
export declare function formatCollapsedStacks(stacks: Map<string, number>): string;
