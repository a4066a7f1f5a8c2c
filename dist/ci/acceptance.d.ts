import type { Acceptance } from './gate.js';
/** The prefix of a label (or PERFFLOW_ACCEPT entry) that accepts a target. */
export declare const ACCEPT_PREFIX = "perfflow-accept:";
/**
 * Reads PERFFLOW_ACCEPT: labels separated by commas or newlines (the action passes every label of
 * the pull request); only those of the form `perfflow-accept:<target>` count, so an ordinary label
 * never accepts a target that happens to share its name.
 * @param value - the variable's value
 * @returns the accepted targets with the label that accepts each
 */
export declare function acceptedByLabels(value: string | undefined): Map<string, Acceptance>;
/**
 * Combines the trailers and the labels: a trailer names the commit that accepted the target; a
 * label counts where no trailer does.
 * @param trailers - the `perfflow-accept` trailers between base and head
 * @param labels - from {@link acceptedByLabels}
 * @returns the accepted targets
 */
export declare function acceptances(trailers: readonly {
    target: string;
    commit: string;
}[], labels: Map<string, Acceptance>): Map<string, Acceptance>;
