import { existsSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { TargetError } from '../errors.js';
import { TrialFailures } from './failures.js';
import { runInWorker, spawnWorker } from './function-workers.js';
/** Calls shorter than this cannot be timed one at a time: the call-history check says so instead of guessing. */
const PROBE_MIN_NS = 5_000;
/** Per-call inputs are built before each batch; more than this many per batch would spend the budget building inputs. */
const MAX_DECLARED_CALLS = 10_000;
function isFailure(reply) {
    return 'kind' in reply;
}
function median(values) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
function sameValue(a, b) {
    if (a.bytes !== null && b.bytes !== null) {
        if (a.bytes === b.bytes)
            return true;
        return isDeepStrictEqual(deserialize(Buffer.from(a.bytes, 'base64')), deserialize(Buffer.from(b.bytes, 'base64')));
    }
    return a.bytes === b.bytes && a.text === b.text;
}
function shown(value) {
    return value.short ?? value.text;
}
/**
 * Compares the return values (and what calls leave of their inputs) of both sides.
 * @param base - the base's records
 * @param candidate - the candidate's records
 * @returns one check per task, and the error of a base that throws
 */
export function compareReturns(base, candidate) {
    const tasks = [...new Set(base.map((r) => r.task))];
    const checks = [];
    for (const task of tasks) {
        const problems = [];
        for (const b of base.filter((r) => r.task === task)) {
            if ('threw' in b)
                return { checks, baseError: `task '${task}' threw (${b.label}): ${b.threw}` };
            const c = candidate.find((r) => r.task === task && r.label === b.label);
            if (c === undefined) {
                problems.push(`${b.label}: the candidate's module has no task '${task}'`);
                continue;
            }
            if ('threw' in c) {
                problems.push(`${b.label}: the candidate threw: ${c.threw}; the base returned ${shown(b.value)}`);
                continue;
            }
            if (!sameValue(b.value, c.value))
                problems.push(`${b.label}: base returned ${shown(b.value)}, the candidate ${shown(c.value)}`);
            if (b.mutated !== c.mutated) {
                problems.push(`${b.label}: the ${c.mutated ? 'candidate' : 'base'} changes its input in place and the ${c.mutated ? 'base' : 'candidate'} does not`);
            }
            else if (b.inputAfter !== null && c.inputAfter !== null && !sameValue(b.inputAfter, c.inputAfter)) {
                problems.push(`${b.label}: both change their input in place, differently: base leaves ${shown(b.inputAfter)}, the candidate ${shown(c.inputAfter)}`);
            }
        }
        const name = `return value of ${task}`;
        checks.push(problems.length === 0
            ? { name, kind: 'function-return', status: 'passed', detail: 'deep-equal on base and candidate, inputs left alike' }
            : { name, kind: 'function-return', status: 'failed', detail: problems.slice(0, 3).join('; ') });
    }
    return { checks, baseError: null };
}
/**
 * The call-history check: on an input no earlier call has seen, does the candidate's first call do
 * work its repeated calls skip? Per process it takes the extra time of the candidate's first call
 * over its second, minus the same extra of the base (what any first call on a fresh input costs:
 * cold harness code, the base's own caches), as a share of the base's call. Honest code, faster or
 * not, leaves about nothing; memoization keyed on the benchmark's input or an input changed in place
 * leaves most of a call: the speedup the benchmark shows comes from repeating the same input.
 * When the A/A copy of the base was probed too, the candidate must stand out against it as well
 * (as for the metrics): on a loaded machine first calls are noisy, and an unchanged copy of the base
 * was measured to show the same "extra" in real libraries (underscore, moment) under a CPU hog.
 * @param task - the task
 * @param pairs - per block, the base's, the candidate's and (when probed) the A/A copy's probe medians (ns)
 * @returns the check, or null when no block has probes of both sides
 */
export function callHistoryCheck(task, pairs) {
    if (pairs.length === 0)
        return null;
    const name = `call history of ${task}`;
    const baseCall = median(pairs.map((p) => p.base.second)) ?? 0;
    if (baseCall < PROBE_MIN_NS) {
        return { name, kind: 'call-history', status: 'passed', detail: `not checked: one call takes ${(baseCall / 1000).toFixed(1)} µs, too short to time calls one by one` };
    }
    const against = (control) => {
        const extra = pairs.flatMap((p) => {
            const c = control(p);
            return c === undefined ? [] : [(p.candidate.first - p.candidate.second - (c.first - c.second)) / Math.max(1, c.second)];
        });
        return { typical: median(extra) ?? 0, clear: extra.filter((e) => e > 0.25).length, n: extra.length };
    };
    const stands = (r) => r.n === 0 || (r.typical > 0.5 && r.clear * 10 >= r.n * 7);
    const vsBase = against((p) => p.base);
    const vsCopy = against((p) => p.aa);
    const typical = vsBase.typical;
    const clear = vsBase.clear;
    if (stands(vsBase) && stands(vsCopy)) {
        return {
            name,
            kind: 'call-history',
            status: 'failed',
            detail: `the candidate's speed depends on what earlier calls left behind: on an input no call has seen, its first call does ${(typical * 100).toFixed(0)}% of the base's work more than its repeated calls (in ${clear} of ${pairs.length} processes); memoization keyed on the benchmark's input, or an input changed in place, reads as a speedup the real workload does not get`,
        };
    }
    return { name, kind: 'call-history', status: 'passed', detail: `first calls on fresh inputs cost no more than repeated calls, beyond the base's own difference (${pairs.length} processes)` };
}
/**
 * Prepares a function target for a paired comparison with the process as the unit: every trial is
 * a fresh Node process that loads one arm's (pinned) task module from that arm's own checkout, warms
 * each task, times `batches` batches of a calibrated size and exits. A metric `time/<task>` (ns per
 * call, the median batch) per task; the first task is the default objective. Each process also
 * probes first and repeated calls on fresh inputs (the call-history check), and every error a
 * candidate's task throws is counted (a behaviour change).
 * @param options - the arms' modules and checkouts, batch sizes
 * @returns the runner
 * @throws TargetError `module-failed` naming the base side when its module is missing or does not load
 */
export async function openFunctionPair(options) {
    for (const arm of ['base', 'candidate', 'base-aa']) {
        if (!existsSync(options.files[arm]))
            throw new TargetError('module-failed', `${arm === 'candidate' ? 'candidate' : 'base'} side: the task module ${options.fileText} does not exist`);
    }
    const batchMs = options.batchMs ?? 5;
    const batches = options.batches ?? 8;
    const warmupMs = options.warmupMs ?? 80;
    const probes = options.probes ?? 3;
    const url = (arm) => pathToFileURL(options.files[arm]).href;
    const calibrated = await runInWorker(options.cwd.base, { type: 'calibrate', url: url('base'), batchMs, warmupMs, maxCalls: 1 << 30 }, 120_000);
    if (isFailure(calibrated) || calibrated.type !== 'calibrated') {
        const why = isFailure(calibrated) ? calibrated.message : calibrated.type === 'error' ? calibrated.message : `answered '${calibrated.type}'`;
        throw new TargetError('module-failed', `base side: the task module ${options.fileText} cannot be measured: ${why}`);
    }
    const tasks = calibrated.tasks.map((t) => ({ name: t.name, n: t.declared ? Math.min(t.n, MAX_DECLARED_CALLS) : t.n }));
    const metrics = tasks.map((task) => ({
        name: `time/${task.name}`,
        unit: 'ns/op',
        direction: 'lower',
        scale: 'log',
        minimumFloor: 0.01,
        load: `one call at a time, ${task.n} calls per batch`,
    }));
    const failures = new TrialFailures(`the task module ${options.fileText}`, 'module-failed');
    const probesByArm = { base: [], candidate: [], 'base-aa': [] };
    let processes = 0;
    const trialTimeoutMs = 60_000 + tasks.length * (warmupMs + batches * batchMs * 20 + 5_000);
    return {
        metrics,
        objective: metrics[0]?.name ?? 'time',
        behaviour: async () => {
            const request = { type: 'returns', url: url('base'), seeds: [1, 2, 3, 4, 5] };
            const base = await runInWorker(options.cwd.base, request, 120_000);
            if (isFailure(base) || base.type !== 'returns') {
                throw new TargetError('module-failed', `base side: ${isFailure(base) ? base.message : base.type === 'error' ? base.message : 'no return values'}`);
            }
            const candidate = await runInWorker(options.cwd.candidate, { ...request, url: url('candidate') }, 120_000);
            if (isFailure(candidate) || candidate.type !== 'returns') {
                const why = isFailure(candidate) ? candidate.message : candidate.type === 'error' ? candidate.message : 'no return values';
                failures.failAtOnce(`the module does not load or run: ${why}`);
                return [];
            }
            const compared = compareReturns(base.records, candidate.records);
            if (compared.baseError !== null)
                throw new TargetError('module-failed', `base side: ${compared.baseError}`);
            return compared.checks;
        },
        warmup: () => Promise.resolve(),
        trial: async (arm, block) => {
            const worker = await spawnWorker(options.cwd[arm]);
            processes += 1;
            let reply;
            try {
                reply = await worker.run({ type: 'trial', url: url(arm), tasks, warmupMs, batches, probes }, trialTimeoutMs);
            }
            finally {
                worker.kill();
            }
            if (isFailure(reply) || reply.type !== 'trial') {
                failures.record(arm, isFailure(reply) ? `the process ${reply.kind === 'timed-out' ? `timed out (${reply.message})` : reply.message.replace(/^the process /, '')}` : reply.type === 'error' ? reply.message : `answered '${reply.type}'`);
                return {};
            }
            const values = {};
            const medians = new Map();
            let failed = null;
            for (const task of tasks) {
                const result = reply.tasks[task.name];
                if (result === undefined)
                    continue;
                if (result.errors > 0)
                    failed ??= `task '${task.name}' threw: ${result.error ?? 'an error'}`;
                // The mean over the batches, not their median: garbage collection is part of the work, and a
                // median of short batches would leave out the few that paid for it.
                const value = result.errors > 0 || result.ns.length === 0 ? undefined : result.ns.reduce((a, b) => a + b, 0) / result.ns.length;
                if (value !== undefined)
                    values[`time/${task.name}`] = value;
                const first = median(result.probe?.first ?? []);
                const second = median(result.probe?.second ?? []);
                if (first !== undefined && second !== undefined && second > 0)
                    medians.set(task.name, { first, second });
            }
            failures.record(arm, failed);
            probesByArm[arm][block] = medians;
            return values;
        },
        findings: () => {
            const checks = [...failures.checks()];
            for (const task of tasks) {
                const pairs = [];
                probesByArm.base.forEach((byTask, block) => {
                    const base = byTask.get(task.name);
                    const candidate = probesByArm.candidate[block]?.get(task.name);
                    if (base !== undefined && candidate !== undefined)
                        pairs.push({ base, candidate, aa: probesByArm['base-aa'][block]?.get(task.name) });
                });
                const check = callHistoryCheck(task.name, pairs);
                if (check !== null)
                    checks.push(check);
            }
            return checks;
        },
        settled: () => failures.settled(),
        describe: () => ({
            unit: `one fresh process per trial: each task warmed ${warmupMs} ms, then the mean of ${batches} batches of about ${batchMs} ms`,
            processes_per_side: Math.floor(processes / 3),
            iterations: Object.fromEntries(tasks.map((t) => [t.name, t.n])),
        }),
        close: () => Promise.resolve(),
    };
}
