// The pull-request gate's sequential rule on synthetic targets (no measuring, an injected clock):
// three targets of two metrics each (an objective and a guard), each compared over at most 40
// blocks of 30 ms (looks due after blocks 20 and 30), then decided together by the real gate
// (`decideGate`: Holm across all six metrics, the design's p-values).
//
// 1. A/A, least favourable null of the intersection-union test (the candidate equals the base, the
//    A/A copy is far off, so the larger p is the candidate's against the base alone): how often
//    any metric of the run is significant after Holm (the family-wise error the gate claims to keep
//    at 5%), under the fixed budget and under the gate's sequential rule.
// 2. One target with a true effect beside two unchanged ones: how often the gate finds it under
//    the fixed budget, the gate's rule (stop only on the boundary at alpha / 6) and the engine's
//    default rule (stop on the 0.05 boundary), and the blocks each spends on it.
// Deterministic (seeded). Needs `npm run build` first (it imports dist/).
//
//   node bench/ci-sequential.bench.mjs [--runs <n, default 100>] [--effect-runs <n, default 12>]
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { decideGate } from '../dist/ci/gate.js';
import { CI_ALPHA, stopLevel } from '../dist/ci/run-ci.js';
import { createRandom } from '../dist/compare/random.js';
import { runPaired } from '../dist/compare/run-paired.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '100' }, 'effect-runs': { type: 'string', default: '12' } } });
const runs = Number(args.runs);
const effectRuns = Number(args['effect-runs']);
const TARGETS = 3;
const BLOCKS = 40;

const gauss = (random) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/**
 * One synthetic target compared: `time` (the objective, noise 0.2) at `ratio`, `guard` unchanged (noise 0.05).
 * design: 'fixed', 'gate' (stops on the boundary at the level `stopAlpha` gives) or 'default' (the 0.05 boundary).
 */
function compare(ratio, copy, seed, design, stopAlpha) {
  let t = 0;
  const random = createRandom(seed);
  const runner = {
    metrics: [
      { name: 'time', unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01 },
      { name: 'guard', unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01 },
    ],
    objective: 'time',
    behaviour: async () => [],
    warmup: async () => undefined,
    trial: async (arm) => {
      t += 10;
      const scale = arm === 'candidate' ? ratio : arm === 'base-aa' ? copy : 1;
      return { time: 1000 * scale * Math.exp(0.2 * gauss(random)), guard: 1000 * (arm === 'base-aa' ? copy : 1) * Math.exp(0.05 * gauss(random)) };
    },
    findings: () => [],
    settled: () => false,
    describe: () => ({ unit: 'synthetic', processes_per_side: null, iterations: {} }),
    close: async () => undefined,
  };
  return runPaired(runner, {
    budgetMs: BLOCKS * 30,
    seed,
    now: () => t,
    sequential: design !== 'fixed',
    ...(design === 'gate' ? { sequentialStopAlpha: stopAlpha } : {}),
    resamples: 4000,
    alpha: CI_ALPHA,
  });
}

/** The comparison as the gate reads it. */
function comparisonOf(name, outcome) {
  return {
    version: 2,
    target: name,
    kind: 'function',
    metrics: outcome.metrics,
    behaviour: { passed: true, checks: [] },
    harness: { edited: [] },
    design: { pairs: outcome.schedule.blocks.length, elapsed_ms: outcome.schedule.elapsedMs, time_budget_ms: BLOCKS * 30, ...(outcome.sequential === null ? {} : { sequential: outcome.sequential }) },
  };
}

/** A gate run over targets compared one after the other, as `runCi` does (the stop level counts the metrics before). */
async function gateRun(ratios, copy, seed, design) {
  const runsOut = [];
  let measured = 0;
  for (const [i, ratio] of ratios.entries()) {
    const outcome = await compare(ratio, copy, seed * 10 + i, design, stopLevel(CI_ALPHA, measured, ratios.length - i));
    measured += outcome.metrics.filter((m) => m.p !== null).length;
    runsOut.push({ outcome, run: { name: `t${i}`, settings: { threshold: 0.02, informational: false }, accepted: null, result: { kind: 'compared', comparison: comparisonOf(`t${i}`, outcome), comparisonFile: null } } });
  }
  return { gate: decideGate(runsOut.map((r) => r.run), CI_ALPHA), outcomes: runsOut.map((r) => r.outcome) };
}

/** The fixed-budget gate on the same data: a sequential run that did not stop analysed its blocks as the fixed one does (same blocks, same bootstrap stream), so only stopped targets are run again. */
async function fixedGate(outcomes, ratios, copy, seed) {
  const fixed = [];
  for (const [i, o] of outcomes.entries()) fixed.push(o.sequential?.stopped_early ? await compare(ratios[i], copy, seed * 10 + i, 'fixed') : { ...o, sequential: null });
  const gate = decideGate(fixed.map((o, i) => ({ name: `t${i}`, settings: { threshold: 0.02, informational: false }, accepted: null, result: { kind: 'compared', comparison: comparisonOf(`t${i}`, o), comparisonFile: null } })), CI_ALPHA);
  return { gate, outcomes: fixed };
}

const rate = (n, of) => `${n} of ${of} (${((100 * n) / of).toFixed(1)}%)`;
const started = performance.now();
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores; ${TARGETS} targets x 2 metrics, at most ${BLOCKS} blocks each, 4000 resamples`);

let fixedAlarms = 0;
let gateAlarms = 0;
let gateStops = 0;
const nullRatios = Array.from({ length: TARGETS }, () => 1);
for (let seed = 1; seed <= runs; seed += 1) {
  const sequential = await gateRun(nullRatios, 0.7, seed, 'gate');
  const significant = (gate) => gate.targets.some((t) => t.metrics.some((m) => m.p_holm !== null && m.p_holm < CI_ALPHA));
  if (significant(sequential.gate)) gateAlarms += 1;
  gateStops += sequential.outcomes.filter((o) => o.sequential?.stopped_early).length;
  if (significant((await fixedGate(sequential.outcomes, nullRatios, 0.7, seed)).gate)) fixedAlarms += 1;
}
console.log(`A/A, least favourable null, any of the ${TARGETS * 2} metrics significant after Holm (goal <= 5%): fixed budget ${rate(fixedAlarms, runs)}; gate's sequential rule ${rate(gateAlarms, runs)} (${gateStops} of ${runs * TARGETS} targets stopped early)`);

for (const ratio of [0.5, 0.8, 0.95, 1.25]) {
  const found = { fixed: 0, gate: 0, default: 0 };
  const blocks = { gate: 0, default: 0, others: 0 };
  const want = ratio < 1 ? 'improved' : 'regressed';
  for (let seed = 1; seed <= effectRuns; seed += 1) {
    const ratios = [ratio, ...Array.from({ length: TARGETS - 1 }, () => 1)];
    const runSeed = 1000 * ratio + seed;
    const sequential = await gateRun(ratios, 1, runSeed, 'gate');
    const results = { gate: sequential, default: await gateRun(ratios, 1, runSeed, 'default'), fixed: await fixedGate(sequential.outcomes, ratios, 1, runSeed) };
    for (const design of ['fixed', 'gate', 'default']) {
      const { gate, outcomes } = results[design];
      if (gate.targets[0]?.metrics[0]?.verdict === want) found[design] += 1;
      if (design !== 'fixed') blocks[design] += outcomes[0].schedule.blocks.length;
    }
    blocks.others += sequential.outcomes.slice(1).reduce((sum, o) => sum + o.schedule.blocks.length, 0) / (TARGETS - 1);
  }
  const mean = (n) => n / effectRuns;
  const saved = (n) => `${(100 - (100 * mean(n)) / BLOCKS).toFixed(0)}%`;
  console.log(
    `x${ratio} on one target (${want}) beside ${TARGETS - 1} unchanged: found after Holm fixed ${rate(found.fixed, effectRuns)}, gate's rule ${rate(found.gate, effectRuns)}, stop at the 0.05 boundary ${rate(found.default, effectRuns)}; ` +
      `blocks on that target: gate's rule ${mean(blocks.gate).toFixed(1)} of ${BLOCKS} (${saved(blocks.gate)} saved), 0.05 boundary ${mean(blocks.default).toFixed(1)} (${saved(blocks.default)} saved); unchanged targets ${mean(blocks.others).toFixed(1)}`,
  );
}
console.log(`wall time ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
