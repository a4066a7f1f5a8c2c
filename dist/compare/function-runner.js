// The child process of a function comparison. It loads the base module, the candidate module and a
// second instance of the base module (the A/A copy), then runs batches on request from the parent.
// Every batch of every arm goes through the same two functions below (one call site): V8 optimises
// a call site for the functions it has seen, so separate loops per side would make identical code
// differ by tens of percent.
import { isDeepStrictEqual, inspect } from 'node:util';
import { isFunctionRunnerRequest } from './function-protocol.js';
const tasks = { base: new Map(), candidate: new Map(), 'base-aa': new Map() };
const asyncTasks = new Set();
let sink;
function reply(message) {
    process.send?.(message);
}
function isThenable(value) {
    return typeof value === 'object' && value !== null && typeof value.then === 'function';
}
function runSync(fn, n) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i += 1)
        sink = fn();
    return Number(process.hrtime.bigint() - start);
}
async function runAsync(fn, n) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i += 1)
        sink = await fn();
    return Number(process.hrtime.bigint() - start);
}
async function runBatch(fn, n) {
    return asyncTasks.has(fn) ? runAsync(fn, n) : runSync(fn, n);
}
async function loadSide(side, url) {
    const loaded = (await import(url));
    const exported = loaded.default;
    if (typeof exported !== 'object' || exported === null) {
        throw new Error('the module has no default export object of tasks ({ taskName: () => value })');
    }
    for (const [name, fn] of Object.entries(exported)) {
        if (typeof fn === 'function')
            tasks[side].set(name, fn);
    }
    if (tasks[side].size === 0)
        throw new Error('the default export holds no functions');
}
function lookup(side, name) {
    const fn = tasks[side].get(name);
    if (fn === undefined)
        throw new Error(`task '${name}' is missing`);
    return fn;
}
function describeValue(value) {
    return inspect(value, { depth: 4, breakLength: Infinity, maxArrayLength: 20, maxStringLength: 200 });
}
async function handle(message) {
    switch (message.type) {
        case 'load': {
            for (const side of ['base', 'candidate', 'base-aa']) {
                try {
                    await loadSide(side, message.urls[side]);
                }
                catch (error) {
                    reply({ type: 'error', side, message: error instanceof Error ? error.message : String(error) });
                    return;
                }
            }
            reply({ type: 'loaded', tasks: { base: [...tasks.base.keys()], candidate: [...tasks.candidate.keys()] } });
            return;
        }
        case 'returns': {
            const results = [];
            for (const name of message.tasks) {
                let side = 'base';
                try {
                    let base = lookup('base', name)();
                    if (isThenable(base)) {
                        asyncTasks.add(lookup('base', name)).add(lookup('base-aa', name));
                        base = await base;
                    }
                    side = 'candidate';
                    let candidate = lookup('candidate', name)();
                    if (isThenable(candidate)) {
                        asyncTasks.add(lookup('candidate', name));
                        candidate = await candidate;
                    }
                    results.push({ task: name, equal: isDeepStrictEqual(base, candidate), base: describeValue(base), candidate: describeValue(candidate) });
                }
                catch (error) {
                    reply({ type: 'error', side, message: `task '${name}' threw: ${error instanceof Error ? error.message : String(error)}` });
                    return;
                }
            }
            reply({ type: 'returns', results });
            return;
        }
        case 'calibrate': {
            const fn = lookup('base', message.task);
            let n = 1;
            for (;;) {
                const ns = await runBatch(fn, n);
                if (ns >= message.targetNs || n >= 1 << 30)
                    break;
                n *= ns < message.targetNs / 10 ? 10 : 2;
            }
            // Size the batch from the fastest of a few repeats: a repeat the OS preempted is slower,
            // never faster, so the minimum is the time of the code itself.
            let fastest = Number.POSITIVE_INFINITY;
            for (let i = 0; i < 7; i += 1)
                fastest = Math.min(fastest, await runBatch(fn, n));
            reply({ type: 'calibrated', n: Math.max(1, Math.round((n * message.targetNs) / Math.max(fastest, 1))) });
            return;
        }
        case 'batch': {
            try {
                reply({ type: 'batch', ns: await runBatch(lookup(message.arm, message.task), message.n) });
            }
            catch (error) {
                reply({ type: 'error', side: message.arm, message: `task '${message.task}' threw: ${error instanceof Error ? error.message : String(error)}` });
            }
            return;
        }
        default: {
            const never = message;
            return never;
        }
    }
}
process.on('message', (message) => {
    if (!isFunctionRunnerRequest(message))
        return;
    handle(message).catch((error) => {
        reply({ type: 'error', side: 'base', message: error instanceof Error ? error.message : String(error) });
    });
});
// Keeps `sink` observable so that no batch can be optimised away.
process.on('exit', () => {
    if (sink === Symbol.for('perfflow.never'))
        process.stderr.write('');
});
