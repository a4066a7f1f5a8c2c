// Acknowledgements: a person marks a known, intended regression of a target as accepted, by a
// commit trailer `perfflow-accept: <target>` between base and head, or by a pull-request label
// `perfflow-accept:<target>` that the CI passes in PERFFLOW_ACCEPT.
import type { Acceptance } from './gate.js';

/** The prefix of a label (or PERFFLOW_ACCEPT entry) that accepts a target. */
export const ACCEPT_PREFIX = 'perfflow-accept:';

/**
 * Reads PERFFLOW_ACCEPT: labels separated by commas or newlines (the action passes every label of
 * the pull request); only those of the form `perfflow-accept:<target>` count, so an ordinary label
 * never accepts a target that happens to share its name.
 * @param value - the variable's value
 * @returns the accepted targets with the label that accepts each
 */
export function acceptedByLabels(value: string | undefined): Map<string, Acceptance> {
  const accepted = new Map<string, Acceptance>();
  for (const entry of (value ?? '').split(/[,\n]/)) {
    const label = entry.trim();
    if (!label.toLowerCase().startsWith(ACCEPT_PREFIX)) continue;
    const target = label.slice(ACCEPT_PREFIX.length).trim();
    if (target !== '' && !accepted.has(target)) accepted.set(target, { by: 'label', source: label });
  }
  return accepted;
}

/**
 * Combines the trailers and the labels: a trailer names the commit that accepted the target; a
 * label counts where no trailer does.
 * @param trailers - the `perfflow-accept` trailers between base and head
 * @param labels - from {@link acceptedByLabels}
 * @returns the accepted targets
 */
export function acceptances(trailers: readonly { target: string; commit: string }[], labels: Map<string, Acceptance>): Map<string, Acceptance> {
  const accepted = new Map<string, Acceptance>();
  for (const { target, commit } of trailers) if (!accepted.has(target)) accepted.set(target, { by: 'trailer', source: `commit ${commit.slice(0, 12)}` });
  for (const [target, acceptance] of labels) if (!accepted.has(target)) accepted.set(target, acceptance);
  return accepted;
}
