// The sequential design on synthetic blocks (no measuring, an injected clock): false alarms of the
// objective under the least favourable null of the intersection-union test (the candidate equals
// the base, the A/A copy is far off, so the larger p is the candidate's against the base alone),
// counted as boundary crossings of the p-value, under the fixed budget, the sequential design and a
// naive rule that tests every look at 0.05; and, for true effects, how often each finds them and
// how many blocks the sequential design needs (of the fixed 40).
// Deterministic (seeded). Needs `npm run build` first (it imports dist/).
//
//   node bench/sequential.bench.mjs [--runs <n>] [--resamples <n>]
import { parseArgs } from 'node:util';
import { createRandom } from '../dist/compare/random.js';
import { runPaired } from '../dist/compare/run-paired.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '400' }, resamples: { type: 'string', default: '4000' } } });
const runs = Number(args.runs);
const resamples = Number(args.resamples);

const gauss = (random) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** 40 blocks of 30 ms of an injected clock: looks due after blocks 20 and 30. */
function synthetic(ratio, copy, noise, seed, sequential = true, guard = null) {
  let t = 0;
  const random = createRandom(seed);
  const runner = {
    metrics: [{ name: 'time', unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01 }, ...(guard === null ? [] : [{ name: 'guard', unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01 }])],
    objective: 'time',
    behaviour: async () => [],
    warmup: async () => undefined,
    trial: async (arm) => {
      t += 10;
      const time = 1000 * (arm === 'candidate' ? ratio : arm === 'base-aa' ? copy : 1) * Math.exp(noise * gauss(random));
      return guard === null ? { time } : { time, guard: 1000 * (arm === 'candidate' ? guard.ratio : 1) * Math.exp(guard.noise * gauss(random)) };
    },
    findings: () => [],
    settled: () => false,
    describe: () => ({ unit: 'synthetic', processes_per_side: null, iterations: {} }),
    close: async () => undefined,
  };
  return runPaired(runner, { budgetMs: 1200, seed, now: () => t, sequential, resamples, alpha: 0.05 });
}

let sequential = 0;
let naive = 0;
let fixed = 0;
for (let seed = 1; seed <= runs; seed += 1) {
  const o = await synthetic(1, 0.7, 0.2, seed);
  const looks = o.sequential.looks;
  const final = o.metrics[0].p_adjusted ?? 1;
  if (looks.some((l) => l.p !== null && l.p < l.nominal_alpha) || final < (o.sequential.final_alpha ?? 0)) sequential += 1;
  // The same blocks (the same seed draws the same values) under the fixed budget.
  const f = await synthetic(1, 0.7, 0.2, seed, false);
  const fixedP = f.metrics[0].p_adjusted ?? 1;
  if (fixedP < 0.05) fixed += 1;
  if (looks.some((l) => l.p !== null && l.p < 0.05) || (o.sequential.stopped_early ? false : final < 0.05) || fixedP < 0.05) naive += 1;
}
const rate = (n, of = runs) => `${n} of ${of} (${((100 * n) / of).toFixed(1)}%)`;
console.log(`A/A, least favourable null, ${resamples} resamples, p-value crossings: fixed budget ${rate(fixed)}; sequential ${rate(sequential)} (goal <= 5%); every look at 0.05 ${rate(naive)}`);
for (const [ratio, noise] of [[0.5, 0.2], [0.8, 0.2], [0.9, 0.2], [0.95, 0.2]]) {
  let blocks = 0;
  let foundSequential = 0;
  let foundFixed = 0;
  const n = Math.max(20, Math.floor(runs / 10));
  for (let seed = 1; seed <= n; seed += 1) {
    const o = await synthetic(ratio, 1, noise, 10_000 + seed);
    if (o.metrics[0].verdict === 'improved') foundSequential += 1;
    blocks += o.schedule.blocks.length;
    if ((await synthetic(ratio, 1, noise, 10_000 + seed, false)).metrics[0].verdict === 'improved') foundFixed += 1;
  }
  const mean = blocks / n;
  console.log(`true effect x${ratio}, noise ${noise}: improved fixed ${rate(foundFixed, n)}, sequential ${rate(foundSequential, n)}; sequential mean blocks ${mean.toFixed(1)} of 40 (${(100 - (100 * mean) / 40).toFixed(0)}% of the budget saved)`);
}
// An objective that halves beside a guard that regresses: how often each design lets it pass.
for (const [ratio, noise] of [[1.05, 0.1], [1.03, 0.05], [1.2, 0.3]]) {
  let passFixed = 0;
  let passSequential = 0;
  let early = 0;
  const n = Math.max(20, Math.floor(runs / 10));
  for (let seed = 1; seed <= n; seed += 1) {
    const o = await synthetic(0.5, 1, 0.05, 20_000 + seed, true, { ratio, noise });
    if (o.status === 'pass') passSequential += 1;
    if (o.sequential.stopped_early) early += 1;
    if ((await synthetic(0.5, 1, 0.05, 20_000 + seed, false, { ratio, noise })).status === 'pass') passFixed += 1;
  }
  console.log(`objective x0.5 with a guard x${ratio} (noise ${noise}): passed (a guard regression missed) fixed ${rate(passFixed, n)}, sequential ${rate(passSequential, n)}; stopped early ${rate(early, n)}`);
}
