import { existsSync } from 'node:fs';
import { TargetError } from '../errors.js';
import { openFunctionHarness } from './function-harness.js';
/**
 * Prepares a function target for a paired comparison in one shared child process (benchmark use
 * only): the three arms' task modules, each from its own checkout, loaded side by side; every batch
 * goes through one call site. A metric `time/<task>` (ns per call) per task.
 * @param options - the three files, batch length
 * @returns the runner
 * @throws TargetError `module-failed` naming the side whose module is missing or does not load
 */
export async function openSharedProcessFunctionPair(options) {
    const files = options.files;
    for (const side of ['base', 'candidate']) {
        if (!existsSync(files[side]))
            throw new TargetError('module-failed', `${side} side: the task module ${options.fileText} does not exist at the ${side === 'base' ? 'base commit' : 'working tree'}`);
    }
    const harness = await openFunctionHarness(files);
    const iterations = {};
    const batchMs = options.batchMs ?? 1;
    const parts = options.parts ?? 5;
    const metrics = harness.tasks.map((task) => ({ name: `time/${task}`, unit: 'ns/op', direction: 'lower', scale: 'log', minimumFloor: 0.01, load: 'one call at a time' }));
    return {
        metrics,
        objective: metrics[0]?.name ?? 'time',
        behaviour: async () => (await harness.returns()).map((r) => ({ name: `return value of ${r.task}`, kind: 'function-return', status: r.equal ? 'passed' : 'failed', detail: r.equal ? 'deep-equal' : `base returned ${r.base}, the candidate ${r.candidate}` })),
        warmup: async () => {
            // Calibrate, warm every arm until the JIT has settled, then calibrate again: the first
            // calibration runs unoptimised code and would size batches for code several times slower than what is measured.
            for (let round = 0; round < 2; round += 1) {
                for (const task of harness.tasks)
                    iterations[task] = await harness.calibrate(task, batchMs);
                for (let i = 0; i < (options.warmupBatches ?? 10); i += 1) {
                    for (const task of harness.tasks) {
                        for (const arm of ['base', 'candidate', 'base-aa'])
                            await harness.batch(arm, task, iterations[task] ?? 1);
                    }
                }
            }
        },
        trial: async (arm) => {
            // A trial is the median of a few short batches: on a shared machine a batch that the OS
            // preempted is an outlier, and the median drops it where one long batch would absorb it.
            const values = {};
            for (const task of harness.tasks) {
                const n = iterations[task] ?? 1;
                const times = [];
                for (let i = 0; i < parts; i += 1)
                    times.push((await harness.batch(arm, task, n)) / n);
                times.sort((a, b) => a - b);
                values[`time/${task}`] = times[Math.floor(parts / 2)] ?? Number.NaN;
            }
            return values;
        },
        findings: () => [],
        settled: () => false,
        describe: () => ({ unit: `median of ${parts} batches of about ${batchMs} ms per trial, every arm in one process through one call site`, processes_per_side: null, iterations: { ...iterations } }),
        close: () => {
            harness.close();
            return Promise.resolve();
        },
    };
}
