// The order in which jest starts the test files. A fresh clone (CI) has no timing cache, so jest
// would start the files by size, and a long file begun last (a whole run killed at every step, or a
// Claude Code session through the whole workflow) leaves one core idle at the end while it
// finishes. The files that take over half a minute start first, longest first, from their
// durations in a full run; the others follow in jest's own order (by last duration when it has a
// cache, else by size).
import Sequencer from '@jest/test-sequencer';

/** Files taking over ~30 s, longest first (seconds of a full run on a 2-core machine, 2026-12-02). */
const LONGEST_FIRST = [
  'reliability-crash-anywhere', // ~200
  'plugin-claude-code-latest', // ~160
  'demo', // ~155
  'plugin-claude-code', // ~150
  'orders-api', // ~105
  'compare-http', // ~95
  'workflow-custom-flow', // ~95
  'compare-engine', // ~90
  'plugin-claude-code-guard', // ~85
  'compare-page', // ~70 (the Chromium and Artillery group)
  'page-measure', // ~65 (the Chromium and Artillery group)
  'validate-cli', // ~75
  'ci-cli', // ~65
  'bad-input-corpus', // ~65
  'flow-targets-cli', // ~60
  'profile-waits', // ~55
  'page-profile', // ~40 (the Chromium and Artillery group)
  'security-secrets-flow', // ~40
  'artillery-loopback', // ~35 (the Chromium and Artillery group)
  'remote-targets', // ~35
];

const rank = (path) => {
  const name = path.split(/[\\/]/).pop()?.replace(/\.test\.ts$/, '');
  const i = LONGEST_FIRST.indexOf(name ?? '');
  return i < 0 ? LONGEST_FIRST.length : i;
};

export default class LongestFirst extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    const known = ordered.filter((t) => rank(t.path) < LONGEST_FIRST.length).sort((a, b) => rank(a.path) - rank(b.path));
    return [...known, ...ordered.filter((t) => rank(t.path) === LONGEST_FIRST.length)];
  }
}
