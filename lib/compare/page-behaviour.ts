// The behaviour check of a page target: the rendered DOM of the `check` selectors, once the page is
// ready, must be the same on the candidate as on the base. A selector whose DOM differs between the
// two copies of the base is unstable (a clock, a random id): it cannot tell a change, and fails closed.
import type { BehaviourCheck } from './status.js';

/** Rendered DOM by selector, as one load of each arm saw it. */
export type DomSnapshot = Record<string, string>;

const SHOWN = 160;

/** Where two texts first differ, a short excerpt of each around it. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const from = Math.max(0, i - 40);
  const cut = (s: string): string => JSON.stringify(s.slice(from, from + SHOWN) + (s.length > from + SHOWN ? '…' : ''));
  return `base ${cut(a)}, candidate ${cut(b)}`;
}

/**
 * Compares the checked selectors' DOM: candidate against base, with the A/A copy of the base as the
 * proof that the selector renders the same on every load.
 * @param selectors - the target's `check` selectors
 * @param base - the base's DOM
 * @param copy - the A/A copy's DOM
 * @param candidate - the candidate's DOM
 * @returns one check per selector
 */
export function compareDom(selectors: readonly string[], base: DomSnapshot, copy: DomSnapshot, candidate: DomSnapshot): BehaviourCheck[] {
  return selectors.map((sel): BehaviourCheck => {
    const name = `rendered DOM of ${sel}`;
    const b = base[sel] ?? '(none)';
    const a = copy[sel] ?? '(none)';
    const c = candidate[sel] ?? '(none)';
    if (b !== a) {
      return { name, kind: 'page-dom', status: 'failed', detail: `unstable: two loads of the base render ${sel} differently (${firstDifference(b, a).replace('candidate', 'second load')}), so it cannot show a change; check a selector without clocks or random content` };
    }
    if (b === '(none)' && c === '(none)') return { name, kind: 'page-dom', status: 'base-failed', detail: `no element matches ${sel} on the base or the candidate; fix targets.<name>.page.check` };
    if (b === c) return { name, kind: 'page-dom', status: 'passed', detail: `${sel} renders the same (${String(b.length)} characters of normalised HTML)` };
    if (c === '(none)') return { name, kind: 'page-dom', status: 'failed', detail: `behaviour changed: ${sel} is missing on the candidate` };
    return { name, kind: 'page-dom', status: 'failed', detail: `behaviour changed: ${sel} renders differently: ${firstDifference(b, c)}` };
  });
}

/**
 * The DOM the candidate rendered in its measured trials that the base never rendered, by selector:
 * a change that shows only in some loads.
 * @param selectors - the checked selectors
 * @param base - every DOM the base (and its copy) rendered, by selector
 * @param candidate - every DOM the candidate rendered, by selector
 * @returns failed checks for selectors with a candidate DOM the base never showed, or that the base itself renders in several forms
 */
export function domSeenOnlyOnCandidate(selectors: readonly string[], base: Map<string, Set<string>>, candidate: Map<string, Set<string>>): BehaviourCheck[] {
  const out: BehaviourCheck[] = [];
  for (const sel of selectors) {
    const seen = base.get(sel) ?? new Set<string>();
    const only = [...(candidate.get(sel) ?? [])].filter((d) => !seen.has(d));
    const sample = [...seen][0];
    if (seen.size > 1 && sample !== undefined) {
      out.push({ name: `rendered DOM of ${sel} in the measured loads`, kind: 'page-dom', status: 'failed', detail: `unstable: the base rendered ${sel} in ${String(seen.size)} different forms over its loads, so it cannot show a change; check a selector without clocks or random content` });
    } else if (only.length > 0 && sample !== undefined) {
      out.push({ name: `rendered DOM of ${sel} in the measured loads`, kind: 'page-dom', status: 'failed', detail: `behaviour changed in some loads: ${sel} rendered ${String(only.length)} form(s) the base never did: ${firstDifference(sample, only[0] ?? '')}` });
    }
  }
  return out;
}
