// Page targets in headless Chromium, on this machine, in one run:
// 1. run-to-run spread: the fixture page (a planted 150 ms long task after first paint) loaded
//    BENCH_LOADS times (default 12), each in a fresh context: the coefficient of variation
//    (stddev / mean) of LCP and total blocking time per trial. With `--hog`, again with a process
//    spinning on one core beside the browser, to show what a busy machine does to the figures.
// 2. the A/A false-alarm rate of page comparisons: BENCH_AA comparisons (default 10) of the page
//    with itself through the paired engine (base, A/A copy and "candidate" all the same code, each
//    its own server and port, 5 blocks each); a false alarm is any metric called improved or
//    regressed. Goal <= 2%; with few comparisons the Wilson 95% interval says how little that shows.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { launchBrowser } = await import(`${root}dist/page/browser.js`);
const { loadPage } = await import(`${root}dist/page/load-page.js`);
const { startPageServer } = await import(`${root}dist/page/page-server.js`);
const { parseConfig } = await import(`${root}dist/config/load.js`);
const { openPagePair } = await import(`${root}dist/compare/page-pair.js`);
const { runPaired } = await import(`${root}dist/compare/run-paired.js`);
const { wilsonInterval } = await import(`${root}dist/profile/wilson.js`);

const loads = Number(process.env.BENCH_LOADS ?? 12);
const aaRuns = Number(process.env.BENCH_AA ?? 10);
// BENCH_AA=0 with BENCH_AB=n runs only the sensitivity check.
const hog = process.argv.includes('--hog');

const dir = mkdtempSync(join(tmpdir(), 'perfflow-page-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
// Stopped by hand (a long A/A run): the exit handlers still remove the copies.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
cpSync(join(root, 'tests/fixtures/page'), dir, { recursive: true });
writeFileSync(join(dir, 'page.json'), JSON.stringify({ orders: 42, blockMs: 150, chart: 'north 12 | south 30' }));
const config = `targets:\n  dash:\n    page:\n      start: node serve.mjs\n      url: http://127.0.0.1:\${PORT}/\n      ready: "#chart[data-ready]"\n      check: ["#summary", "#chart"]\n`;
const target = parseConfig(config, join(dir, 'perfflow.config.yaml'), dir).targets.dash;

const stats = (xs) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  const sorted = [...xs].sort((a, b) => a - b);
  return { mean, cv: sd / mean, median: sorted[Math.floor(xs.length / 2)] };
};

async function spread(label) {
  const browser = await launchBrowser();
  const server = await startPageServer(target, dir);
  try {
    await loadPage(browser, target, server.url);
    const lcp = [];
    const tbt = [];
    for (let i = 0; i < loads; i += 1) {
      const t = await loadPage(browser, target, server.url);
      lcp.push(t.lcpMs ?? NaN);
      tbt.push(t.tbtMs);
    }
    const l = stats(lcp);
    const b = stats(tbt);
    console.log(`${label.padEnd(22)} ${String(loads)} loads  LCP median ${l.median.toFixed(0)} ms, CV ${(l.cv * 100).toFixed(1)}%   TBT median ${b.median.toFixed(0)} ms, CV ${(b.cv * 100).toFixed(1)}%   (${browser.version})`);
  } finally {
    await server.stop();
    await browser.close();
  }
}

if (process.env.BENCH_LOADS !== '0') {
  console.log('1. run-to-run spread per trial (planted 150 ms long task: TBT should sit near 100 ms)');
  await spread('quiet');
}
if (hog && process.env.BENCH_LOADS !== '0') {
  const spinner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    await spread('one core hogged beside');
  } finally {
    spinner.kill('SIGKILL');
  }
}

const blocks = Number(process.env.BENCH_AA_BLOCKS ?? 5);
const log = process.env.BENCH_AA_LOG;
console.log(`\n2. A/A false alarms over ${String(aaRuns)} comparisons of the page with itself (${String(blocks)} blocks each)${log === undefined ? '' : `, one JSON line each in ${log}`}`);
// A false alarm is anything a user would read as "these differ": a metric called improved or
// regressed, or a failed behaviour check (the same page's DOM or errors read as changed).
let alarms = 0;
let objectiveAlarms = 0;
let behaviourAlarms = 0;
const started = Date.now();
for (let i = 0; i < aaRuns; i += 1) {
  const t0 = Date.now();
  const runner = await openPagePair({ target, cwd: { base: dir, 'base-aa': dir, candidate: dir } });
  try {
    const outcome = await runPaired(runner, { budgetMs: 1, minBlocks: blocks, seed: 1000 + i, resamples: 4000, alpha: 0.05 });
    const called = outcome.metrics.filter((m) => m.verdict === 'improved' || m.verdict === 'regressed');
    const behaviourFailed = outcome.behaviour.passed !== true;
    if (called.length > 0 || behaviourFailed) alarms += 1;
    if (called.some((m) => m.objective)) objectiveAlarms += 1;
    if (behaviourFailed) behaviourAlarms += 1;
    const what = [...called.map((m) => `${m.name} ${m.verdict}`), ...(behaviourFailed ? [`behaviour ${String(outcome.behaviour.passed)}`] : [])];
    console.log(`  #${String(i + 1)} objective ${outcome.objective}, status ${outcome.status}: ${what.length === 0 ? 'no difference called' : `FALSE ALARM on ${what.join(', ')}`} (${((Date.now() - t0) / 1000).toFixed(0)} s, load ${loadavg()[0].toFixed(1)})`);
    if (log !== undefined) {
      const metrics = Object.fromEntries(outcome.metrics.map((m) => [m.name, { verdict: m.verdict, effect: m.effect, ci: m.ci95, p: m.p_adjusted, floor: m.noise_floor }]));
      appendFileSync(log, `${JSON.stringify({ i, seed: 1000 + i, objective: outcome.objective, status: outcome.status, behaviour: outcome.behaviour.passed, blocks: outcome.schedule.blocks.length, values: outcome.schedule.blocks.map((b) => ({ order: b.order, values: b.values })), seconds: (Date.now() - t0) / 1000, load: loadavg()[0], metrics })}\n`);
    }
  } finally {
    await runner.close();
  }
}
if (aaRuns > 0) {
  const ci = wilsonInterval(alarms, aaRuns);
  const ciObjective = wilsonInterval(objectiveAlarms, aaRuns);
  console.log(`A/A comparisons with anything called different: ${String(alarms)} of ${String(aaRuns)} (${((alarms / aaRuns) * 100).toFixed(1)}%, Wilson 95% CI ${(ci.low * 100).toFixed(1)}% to ${(ci.high * 100).toFixed(1)}%); on the objective: ${String(objectiveAlarms)} (CI up to ${(ciObjective.high * 100).toFixed(1)}%); behaviour: ${String(behaviourAlarms)}; goal <= 2%`);
  console.log(`${((Date.now() - started) / 1000 / aaRuns).toFixed(1)} s per comparison`);
}

// 3. Sensitivity under the same conditions: BENCH_AB comparisons (default 0) whose candidate's
// planted task is BENCH_AB_DELTA ms longer (default 100): an A/A that calls nothing proves little if
// the same design could not see a real regression either.
const abRuns = Number(process.env.BENCH_AB ?? 0);
if (abRuns > 0) {
  const delta = Number(process.env.BENCH_AB_DELTA ?? 100);
  const slower = mkdtempSync(join(tmpdir(), 'perfflow-page-bench-slower-'));
  process.on('exit', () => rmSync(slower, { recursive: true, force: true }));
  cpSync(dir, slower, { recursive: true });
  writeFileSync(join(slower, 'page.json'), JSON.stringify({ orders: 42, blockMs: 150 + delta, chart: 'north 12 | south 30' }));
  console.log(`\n3. ${String(abRuns)} comparisons with a candidate whose long task is ${String(delta)} ms longer (${String(blocks)} blocks each)`);
  let caught = 0;
  for (let i = 0; i < abRuns; i += 1) {
    const t0 = Date.now();
    const runner = await openPagePair({ target, cwd: { base: dir, 'base-aa': dir, candidate: slower } });
    try {
      const outcome = await runPaired(runner, { budgetMs: 1, minBlocks: blocks, seed: 5000 + i, resamples: 4000, alpha: 0.05 });
      const tbt = outcome.metrics.find((m) => m.name === 'tbt');
      if (tbt?.verdict === 'regressed') caught += 1;
      console.log(`  #${String(i + 1)} tbt ${String(tbt?.verdict)}: ${tbt?.effect?.toFixed(0) ?? '?'} ms [${tbt?.ci95?.map((x) => x.toFixed(0)).join(', ') ?? '?'}], floor ${tbt?.noise_floor.toFixed(0) ?? '?'} ms (${((Date.now() - t0) / 1000).toFixed(0)} s, load ${loadavg()[0].toFixed(1)})`);
      if (log !== undefined) appendFileSync(log, `${JSON.stringify({ ab: i, delta, verdict: tbt?.verdict, effect: tbt?.effect, ci: tbt?.ci95, floor: tbt?.noise_floor, status: outcome.status, load: loadavg()[0] })}\n`);
    } finally {
      await runner.close();
    }
  }
  console.log(`a ${String(delta)} ms longer task called regressed on tbt in ${String(caught)} of ${String(abRuns)}`);
}
