/**
 * Formats collapsed stacks, the flame-graph input of flamegraph.pl, speedscope and inferno: one
 * line per distinct stack, frames outermost first joined by ';', then a space and the sample count.
 * @param stacks - stack (already ';'-joined, frames free of ';') to samples
 * @returns the file text, heaviest stacks first
 */
export function formatCollapsedStacks(stacks) {
    return [...stacks.entries()]
        .filter(([stack, n]) => stack !== '' && n > 0)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([stack, n]) => `${stack} ${n}`)
        .join('\n')
        .concat('\n');
}
