// One process of a function comparison. The process is the unit: every trial of every arm is a
// fresh Node process that loads that arm's task module from that arm's own checkout, warms it,
// measures it and exits, so base, candidate and the A/A copy never share a heap, a garbage
// collector, a module cache or JIT state. (Arms loaded side by side into one process measured
// 5 of 23 comment-only edits of real libraries as significant changes: a module instance's JIT
// decisions persist for the life of the process, so blocks within one process cannot see them.)
// The parent sends one request over IPC and gets one reply; then this process exits.
import { serialize } from 'node:v8';
import { inspect } from 'node:util';
import { isFunctionWorkerRequest } from './function-worker-protocol.js';
/** Keeps results observable so that no loop can be optimised away. */
let sink;
function now() {
    return process.hrtime.bigint();
}
function messageOf(error) {
    if (error instanceof Error)
        return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
    return inspect(error, { depth: 2, breakLength: Infinity });
}
function isThenable(value) {
    return typeof value === 'object' && value !== null && typeof value.then === 'function';
}
async function loadTasks(url) {
    const loaded = (await import(url));
    const exported = loaded.default;
    if (typeof exported !== 'object' || exported === null) {
        throw new Error('the module has no default export object of tasks ({ taskName: () => value } or { taskName: { fn, inputs } })');
    }
    const tasks = [];
    for (const [name, value] of Object.entries(exported)) {
        if (typeof value === 'function') {
            tasks.push({ name, fn: value, inputs: undefined });
            continue;
        }
        if (typeof value === 'object' && value !== null && typeof value.fn === 'function') {
            const { fn, inputs } = value;
            if (inputs !== undefined && typeof inputs !== 'function')
                throw new Error(`task '${name}': inputs must be a function (seed) => input`);
            tasks.push({ name, fn, inputs: inputs });
        }
    }
    if (tasks.length === 0)
        throw new Error('the default export holds no tasks (functions, or objects with a function fn)');
    return tasks;
}
/**
 * Runs `n` calls of a task and returns the elapsed nanoseconds. With declared inputs, the `n`
 * inputs are built first (untimed) from consecutive seeds, so no call sees an input another call saw.
 */
async function batch(task, n, seeds, isAsync) {
    if (task.inputs === undefined) {
        const fn = task.fn;
        const start = now();
        if (isAsync)
            for (let i = 0; i < n; i += 1)
                sink = await fn();
        else
            for (let i = 0; i < n; i += 1)
                sink = fn();
        return Number(now() - start);
    }
    const make = task.inputs;
    const inputs = new Array(n);
    for (let i = 0; i < n; i += 1)
        inputs[i] = make(seeds.next++);
    const fn = task.fn;
    const start = now();
    if (isAsync)
        for (let i = 0; i < n; i += 1)
            sink = await fn(inputs[i]);
    else
        for (let i = 0; i < n; i += 1)
            sink = fn(inputs[i]);
    return Number(now() - start);
}
async function detectAsync(task, seeds) {
    const result = task.inputs === undefined ? task.fn() : task.fn(task.inputs(seeds.next++));
    if (isThenable(result)) {
        sink = await result;
        return true;
    }
    sink = result;
    return false;
}
async function timeOneCall(call) {
    const start = now();
    const result = call();
    if (isThenable(result))
        sink = await result;
    else
        sink = result;
    return Number(now() - start);
}
/**
 * The call-history probe: on inputs no call has seen, the first call and a second call with the
 * same input. Code whose speed comes from what earlier calls left behind (a cache keyed on the
 * input, an input sorted in place) is slow the first time and fast the second; honest code is not.
 * Plain tasks get a fresh input by importing a fresh instance of the task module (its module-level
 * data is built anew, the code under test stays warm); declared inputs get a seed not used before.
 */
async function probe(url, task, count) {
    const first = [];
    const second = [];
    for (let k = 0; k < count; k += 1) {
        let call;
        if (task.inputs === undefined) {
            const fresh = await loadTasks(`${url}${url.includes('?') ? '&' : '?'}perfflow-fresh=${k + 1}`);
            const same = fresh.find((t) => t.name === task.name);
            if (same === undefined)
                break;
            call = () => same.fn();
        }
        else {
            const input = task.inputs(1_000_000_007 + k);
            call = () => task.fn(input);
        }
        first.push(await timeOneCall(call));
        second.push(await timeOneCall(call));
    }
    return { first, second };
}
async function trial(request) {
    const tasks = await loadTasks(request.url);
    const out = {};
    for (const { name, n } of request.tasks) {
        const task = tasks.find((t) => t.name === name);
        if (task === undefined) {
            out[name] = { ns: [], errors: 1, error: `task '${name}' is missing from the module` };
            continue;
        }
        const seeds = { next: 1 };
        const result = { ns: [], errors: 0 };
        try {
            const isAsync = await detectAsync(task, seeds);
            const warmUntil = performance.now() + request.warmupMs;
            let warmBatches = 0;
            while (warmBatches < 3 || performance.now() < warmUntil) {
                await batch(task, n, seeds, isAsync);
                warmBatches += 1;
            }
            for (let b = 0; b < request.batches; b += 1) {
                try {
                    result.ns.push((await batch(task, n, seeds, isAsync)) / n);
                }
                catch (error) {
                    result.errors += 1;
                    result.error ??= messageOf(error);
                }
            }
            if (request.probes > 0)
                result.probe = await probe(request.url, task, request.probes);
        }
        catch (error) {
            result.errors += 1;
            result.error ??= messageOf(error);
        }
        out[name] = result;
    }
    return out;
}
async function calibrate(request) {
    const tasks = await loadTasks(request.url);
    const targetNs = request.batchMs * 1e6;
    const out = [];
    for (const task of tasks) {
        const seeds = { next: 1 };
        const isAsync = await detectAsync(task, seeds);
        // Grow the batch until it lasts the target time, warm the code at that size, then size the
        // batch from the fastest of a few repeats (a preempted repeat is slower, never faster).
        let n = 1;
        for (;;) {
            const ns = await batch(task, n, seeds, isAsync);
            if (ns >= targetNs || n >= request.maxCalls)
                break;
            n = Math.min(request.maxCalls, n * (ns < targetNs / 10 ? 10 : 2));
        }
        const warmUntil = performance.now() + request.warmupMs;
        while (performance.now() < warmUntil)
            await batch(task, n, seeds, isAsync);
        let fastest = Number.POSITIVE_INFINITY;
        for (let i = 0; i < 5; i += 1)
            fastest = Math.min(fastest, await batch(task, n, seeds, isAsync));
        out.push({ name: task.name, n: Math.max(1, Math.min(request.maxCalls, Math.round((n * targetNs) / Math.max(fastest, 1)))), declared: task.inputs !== undefined });
    }
    return out;
}
function record(value) {
    const text = inspect(value, { depth: 4, breakLength: Infinity, maxArrayLength: 20, maxStringLength: 200 });
    try {
        return { bytes: serialize(value).toString('base64'), text };
    }
    catch {
        // Not structured-cloneable (functions, symbols...): compare the full inspection instead.
        return { bytes: null, text: inspect(value, { depth: Infinity, breakLength: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity, sorted: true }), short: text };
    }
}
async function returns(request) {
    const tasks = await loadTasks(request.url);
    const out = [];
    for (const task of tasks) {
        // Plain tasks: a first and a second call, so a result that depends on what an earlier call
        // left behind shows. Declared inputs: a few seeds, each input inspected before and after the call.
        const cases = task.inputs === undefined ? [null, null] : request.seeds;
        for (let i = 0; i < cases.length; i += 1) {
            const seed = cases[i] ?? null;
            const label = seed === null ? `call ${i + 1}` : `input seed ${seed}`;
            try {
                const input = seed === null || task.inputs === undefined ? undefined : task.inputs(seed);
                const before = input === undefined ? null : record(input);
                let value = seed === null ? task.fn() : task.fn(input);
                if (isThenable(value))
                    value = await value;
                const after = input === undefined ? null : record(input);
                const mutated = before !== null && after !== null && (before.bytes ?? before.text) !== (after.bytes ?? after.text);
                out.push({ task: task.name, label, value: record(value), mutated, inputAfter: mutated ? after : null });
            }
            catch (error) {
                out.push({ task: task.name, label, threw: messageOf(error) });
            }
        }
    }
    return out;
}
async function handle(request) {
    switch (request.type) {
        case 'calibrate':
            return { type: 'calibrated', tasks: await calibrate(request) };
        case 'trial':
            return { type: 'trial', tasks: await trial(request) };
        case 'returns':
            return { type: 'returns', records: await returns(request) };
        default: {
            const never = request;
            return never;
        }
    }
}
function send(message) {
    process.send?.(message, () => {
        process.exit(0);
    });
}
process.on('message', (message) => {
    if (!isFunctionWorkerRequest(message))
        return;
    handle(message).then(send, (error) => {
        send({ type: 'error', message: messageOf(error) });
    });
});
// perfflow gone (even SIGKILLed): the IPC channel closes and this process has nobody to answer.
process.on('disconnect', () => {
    process.exit(1);
});
process.send?.({ type: 'ready' });
// Keeps `sink` observable so that no batch can be optimised away.
process.on('exit', () => {
    if (sink === Symbol.for('perfflow.never'))
        process.stderr.write('');
});
