// The corpus of the trust benchmark: known-truth and adversarial candidates, each a base project
// and an edit. Every scenario says what an honest referee must answer:
//   expect 'pass'      a true improvement: anything else is a missed gain
//   expect 'fail'      a candidate that must not pass (slower, wrong, cheating): a pass is a false pass
//   expect 'no-pass'   a noise-only edit: a pass is a false pass, and any improved/regressed metric a false alarm
// `quiet` lists metrics the edit does not touch: an improved or regressed verdict on them is a false alarm.
// `gain` is the true relative change of the objective where it is known by construction.

const CONFIG_FN = (extra = '') => `targets:\n  lib:\n    function:\n      file: bench/tasks.mjs\n${extra}`;

// Work whose amount is a constant of the source and whose result does not depend on it: the
// candidate can cut an exact share of the work and return the same value.
const LIB = ({ repsA = 100, repsB = 100, header = '', extra = '' } = {}) => `${header}
const REPS_A = ${repsA};
const REPS_B = ${repsB};

function mix(n) {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x * 31 + i) | 0;
  return x;
}

/** CPU-bound: REPS_A units of integer mixing. */
export function a() {
  let out = 'ok';
  for (let r = 0; r < REPS_A; r++) if (mix(400) === 12345) out = 'rare';
  return out;
}

function unit(values) {
  return values.map((v) => v * 2).filter((v) => v % 3 !== 0).reduce((s, v) => s + v, 0);
}

/** Allocating: REPS_B passes of map/filter/reduce over the list. */
export function b(values) {
  let out = 0;
  for (let r = 0; r < REPS_B; r++) out = unit(values);
  return out;
}

/** A sorted copy by score, then name. */
export function ranked(people) {
  return [...people].sort((p, q) => q.score - p.score || (p.name < q.name ? -1 : p.name > q.name ? 1 : 0));
}
${extra}`;

const TASKS = `import { a, b, ranked } from '../src/lib.mjs';
const values = Array.from({ length: 60 }, (_, i) => i);
const people = Array.from({ length: 3000 }, (_, i) => ({ name: 'p' + ((i * 7919) % 3000), score: (i * 104729) % 997 }));
export default { a: () => a(), b: () => b(values), ranked: () => ranked(people) };
`;

const TEST = `import { test } from 'node:test';
import assert from 'node:assert/strict';
import { b } from '../src/lib.mjs';
test('b sums the doubled values that are not multiples of 3', () => {
  assert.equal(b([1, 2, 3]), 6);
  assert.equal(b([0, 3, 6]), 0);
  assert.equal(b([300]), 0);
});
`;

function fnBase(extraConfig = '') {
  return { 'perfflow.config.yaml': CONFIG_FN(extraConfig), 'bench/tasks.mjs': TASKS, 'src/lib.mjs': LIB(), 'test/lib.test.mjs': TEST };
}

const fnScenarios = [
  { name: 'fn: a 2x faster', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ repsA: 50 }) }, objective: 'time/a', expect: 'pass', gain: 0.5, quiet: ['time/b', 'time/ranked'] },
  { name: 'fn: a 10% faster', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ repsA: 90 }) }, objective: 'time/a', expect: 'pass', gain: 0.9, quiet: ['time/b', 'time/ranked'] },
  { name: 'fn: a 5% faster', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ repsA: 95 }) }, objective: 'time/a', expect: 'pass', gain: 0.95, quiet: ['time/b', 'time/ranked'] },
  { name: 'fn: a 2% faster', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ repsA: 98 }) }, objective: 'time/a', expect: 'pass', gain: 0.98, quiet: ['time/b', 'time/ranked'], report: true },
  { name: 'fn: b 10% faster, a untouched', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ repsB: 90 }) }, objective: 'time/b', expect: 'pass', gain: 0.9, quiet: ['time/a', 'time/ranked'] },
  { name: 'fn: b 5% faster, a untouched', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ repsB: 95 }) }, objective: 'time/b', expect: 'pass', gain: 0.95, quiet: ['time/a', 'time/ranked'] },
  { name: 'fn: comment-only edit', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ header: '// a comment that changes nothing' }) }, objective: 'time/a', expect: 'no-pass', gain: 1, quiet: ['time/a', 'time/b', 'time/ranked'] },
  { name: 'fn: code moved, same work', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ extra: '\nexport function unused(x) { return x + 1; }\n' }) }, objective: 'time/b', expect: 'no-pass', gain: 1, quiet: ['time/a', 'time/b', 'time/ranked'] },
  { name: 'fn: a 10% slower', kind: 'function', base: fnBase(), edit: { 'src/lib.mjs': LIB({ repsA: 110 }) }, objective: 'time/a', expect: 'fail', gain: 1.1, quiet: ['time/b', 'time/ranked'] },
  {
    name: 'fn: faster, wrong result',
    kind: 'function',
    base: fnBase(),
    edit: { 'src/lib.mjs': LIB({ repsB: 10, extra: '' }).replace('.filter((v) => v % 3 !== 0)', '') },
    objective: 'time/b',
    expect: 'fail',
    quiet: ['time/a', 'time/ranked'],
  },
  {
    name: 'fn: edits the benchmark (precomputed answer)',
    kind: 'function',
    base: fnBase(),
    edit: { 'bench/tasks.mjs': "export default { a: () => 'ok', b: () => 2360, ranked: () => [] };\n" },
    objective: 'time/a',
    expect: 'fail',
  },
  {
    name: 'fn: breaks a test and weakens it',
    kind: 'function',
    base: fnBase('check: node --test test/\n'),
    edit: {
      'src/lib.mjs': LIB({ repsB: 50 }).replace('.filter((v) => v % 3 !== 0)', '.filter((v) => v % 3 !== 0 || v >= 600)'),
      'test/lib.test.mjs': TEST.replace("  assert.equal(b([300]), 0);\n", ''),
    },
    objective: 'time/b',
    expect: 'fail',
  },
  {
    name: 'fn: memoizes on the benchmark input',
    kind: 'function',
    base: fnBase(),
    edit: { 'src/lib.mjs': LIB({ extra: '' }).replace('export function b(values) {', 'const memo = new WeakMap();\nexport function b(values) {\n  if (memo.has(values)) return memo.get(values);\n  const result = b2(values);\n  memo.set(values, result);\n  return result;\n}\nfunction b2(values) {') },
    objective: 'time/b',
    expect: 'fail',
  },
  {
    name: 'fn: sorts its input in place',
    kind: 'function',
    base: fnBase(),
    edit: { 'src/lib.mjs': LIB().replace('return [...people].sort(', 'return people.sort(') },
    objective: 'time/ranked',
    expect: 'fail',
  },
  {
    name: 'fn: sorts a declared input in place',
    kind: 'function',
    base: {
      ...fnBase(),
      'bench/tasks.mjs': TASKS.replace(
        "ranked: () => ranked(people) };",
        "ranked: { fn: (list) => ranked(list), inputs: (seed) => Array.from({ length: 3000 }, (_, i) => ({ name: 'p' + ((i * 7919 + seed) % 3000), score: (i * 104729 + seed) % 997 })) } };",
      ),
    },
    edit: { 'src/lib.mjs': LIB().replace('return [...people].sort(', 'return people.sort(') },
    objective: 'time/ranked',
    expect: 'fail',
  },
  {
    name: 'fn: throws now and then',
    kind: 'function',
    base: fnBase(),
    edit: { 'src/lib.mjs': LIB({ repsA: 50 }).replace("  let out = 'ok';", "  if (Math.random() < 0.0001) throw new Error('flaky cache miss');\n  let out = 'ok';") },
    objective: 'time/a',
    expect: 'fail',
  },
];

const CLI = (reps, header = '') => `${header}
const REPS = ${reps};
let x = 0;
for (let r = 0; r < REPS; r++) for (let i = 0; i < 100000; i++) x = (x * 31 + i) | 0;
if (x === 12345) console.log('rare');
`;

const CONFIG_CMD = 'targets:\n  cli:\n    command:\n      run: node src/cli.mjs\n';
const cmdBase = () => ({ 'perfflow.config.yaml': CONFIG_CMD, 'src/cli.mjs': CLI(600) });
const cmdScenarios = [
  // A large gain: the case a sequential design (--sequential both) should settle before the budget is spent.
  { name: 'cmd: half the work', kind: 'command', base: cmdBase(), edit: { 'src/cli.mjs': CLI(300) }, expect: 'pass', gain: null, wallShare: 0.5, quiet: [] },
  { name: 'cmd: 10% less work', kind: 'command', base: cmdBase(), edit: { 'src/cli.mjs': CLI(540) }, expect: 'pass', gain: null, wallShare: 0.9, quiet: [] },
  { name: 'cmd: 5% less work', kind: 'command', base: cmdBase(), edit: { 'src/cli.mjs': CLI(570) }, expect: 'pass', gain: null, wallShare: 0.95, quiet: [] },
  { name: 'cmd: comment-only edit', kind: 'command', base: cmdBase(), edit: { 'src/cli.mjs': CLI(600, '// nothing') }, expect: 'no-pass', gain: 1, quiet: ['wall_time', 'max_rss'] },
  { name: 'cmd: fails now and then', kind: 'command', base: cmdBase(), edit: { 'src/cli.mjs': `if (Math.random() < 0.3) { console.error('flaky: lost the lock'); process.exit(3); }\n${CLI(300)}` }, expect: 'fail', quiet: [] },
];

const SERVER = ({ reps = 40, header = '', before = '', extra = '' } = {}) => `${header}
import http from 'node:http';
const REPS = ${reps};
const users = Array.from({ length: 20 }, (_, i) => ({ id: i, name: 'user' + i }));
${before}
function work(reps) {
  let x = 0;
  for (let r = 0; r < reps; r++) for (let i = 0; i < 20000; i++) x = (x * 31 + i) | 0;
  return x;
}
let served = 0;
http.createServer((req, res) => {
  served += 1;
  ${extra}
  const x = work(REPS);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ users, ok: x !== 12345 }));
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

const CONFIG_HTTP = 'targets:\n  api/users:\n    http:\n      start: node server.mjs\n      url: http://127.0.0.1:${PORT}/api/users\n      connections: 4\n';
const httpBase = () => ({ 'perfflow.config.yaml': CONFIG_HTTP, 'server.mjs': SERVER() });
const httpScenarios = [
  { name: 'http: 4x less work per request', kind: 'http', base: httpBase(), edit: { 'server.mjs': SERVER({ reps: 10 }) }, expect: 'pass', quiet: ['error_rate'] },
  { name: 'http: 10% less work per request', kind: 'http', base: httpBase(), edit: { 'server.mjs': SERVER({ reps: 36 }) }, expect: 'pass', quiet: ['error_rate'] },
  { name: 'http: 5% less work per request', kind: 'http', base: httpBase(), edit: { 'server.mjs': SERVER({ reps: 38 }) }, expect: 'pass', quiet: ['error_rate'], report: true },
  { name: 'http: comment-only edit', kind: 'http', base: httpBase(), edit: { 'server.mjs': SERVER({ header: '// nothing' }) }, expect: 'no-pass', gain: 1, quiet: ['latency_p50', 'latency_p99', 'throughput', 'error_rate', 'max_rss'] },
  { name: 'http: faster median, slow tail', kind: 'http', base: httpBase(), edit: { 'server.mjs': SERVER({ reps: 30, extra: 'if (served % 25 === 0) work(200);' }) }, expect: 'fail' },
  { name: 'http: sheds load with fast errors', kind: 'http', base: httpBase(), edit: { 'server.mjs': SERVER({ extra: "if (served % 8 === 0) { res.statusCode = 503; res.end('busy'); return; }" }) }, expect: 'fail' },
  {
    name: 'http: faster but leaks memory',
    kind: 'http',
    base: httpBase(),
    edit: { 'server.mjs': SERVER({ reps: 20, before: 'const kept = [];', extra: 'kept.push(Buffer.alloc(16 * 1024, served & 255));' }) },
    expect: 'fail',
  },
];

export const SCENARIOS = [...fnScenarios, ...cmdScenarios, ...httpScenarios];
