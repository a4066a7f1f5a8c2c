// The order in which jest starts the test files. A fresh clone (CI) has no timing cache, so jest
// would start the files by size, and a long file begun last (the Claude Code workflow runs a 125 s
// validation) leaves one core idle at the end while it finishes. The files that take over half a
// minute start first, longest first, from typical durations on a quiet 2-core machine; the others
// follow in jest's own order (by last duration when it has a cache, else by size).
import Sequencer from '@jest/test-sequencer';

/** Files taking over ~30 s, longest first (seconds measured on a quiet 2-core machine, 2026-12-02). */
const LONGEST_FIRST = [
  'plugin-claude-code', // ~245
  'reliability-crash-anywhere', // ~195
  'demo', // ~185
  'plugin-claude-code-latest', // ~145
  'compare-http', // ~110
  'compare-engine', // ~90
  'profile-waits', // ~85
  'orders-api', // ~85
  'workflow-custom-flow', // ~80
  'validate-cli', // ~70
  'plugin-claude-code-guard', // ~70
  'ci-cli', // ~55
  'bad-input-corpus', // ~50
  'flow-targets-cli', // ~47
  'security-secrets-flow', // ~38
  'remote-targets', // ~30
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
