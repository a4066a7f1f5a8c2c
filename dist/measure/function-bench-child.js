// The child process of a function baseline: loads the task module and runs tinybench batches, so a
// module that throws, hangs or crashes takes down this process, not perfflow, and the Node probe in
// NODE_OPTIONS sees only the benchmark. Settings arrive as one JSON argument; the results leave as one
// IPC message.
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
function reply(message) {
    return new Promise((resolve) => {
        if (process.send === undefined) {
            resolve();
            return;
        }
        process.send(message, () => {
            resolve();
        });
    });
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
async function runOnce(name, fn, settings, warmup) {
    const bench = new Bench({ time: warmup ? settings.warmupMs : settings.batchMs, warmup: false, throws: true, iterations: 10 });
    bench.add(name, fn);
    try {
        await bench.run();
    }
    catch (error) {
        throw new Error(`task '${name}' threw: ${messageOf(error)}`, { cause: error });
    }
    const result = bench.tasks[0]?.result;
    if (result === undefined)
        throw new Error(`task '${name}' produced no result`);
    switch (result.state) {
        case 'completed':
        case 'aborted-with-statistics':
            return { mean: result.latency.mean, p99: result.latency.p99, samples: result.latency.samplesCount };
        case 'errored':
            throw new Error(`task '${name}' threw: ${result.error.message}`);
        case 'aborted':
        case 'not-started':
        case 'started':
            throw new Error(`task '${name}' did not complete (${result.state})`);
        default: {
            const never = result;
            return never;
        }
    }
}
async function main() {
    const settings = JSON.parse(process.argv[2] ?? '{}');
    let loaded;
    try {
        loaded = (await import(pathToFileURL(settings.file).href));
    }
    catch (error) {
        await reply({ type: 'error', message: `the module could not be loaded: ${messageOf(error)}` });
        return;
    }
    const exported = loaded.default;
    if (typeof exported !== 'object' || exported === null) {
        await reply({ type: 'error', message: 'the module has no default export of tasks; write: export default { taskName: () => work() }' });
        return;
    }
    const tasks = Object.entries(exported).filter((entry) => typeof entry[1] === 'function');
    if (tasks.length === 0) {
        await reply({ type: 'error', message: 'the default export holds no functions; write: export default { taskName: () => work() }' });
        return;
    }
    await reply({ type: 'tasks', names: tasks.map(([n]) => n) });
    const results = {};
    try {
        for (const [name, fn] of tasks) {
            results[name] = [];
            if (settings.warmupMs > 0)
                await runOnce(name, fn, settings, true);
        }
        // Batches go round-robin over the tasks, so slow drift of the machine touches every task alike.
        for (let batch = 0; batch < settings.batches; batch += 1) {
            for (const [name, fn] of tasks) {
                results[name]?.push(await runOnce(name, fn, settings, false));
                await reply({ type: 'progress', task: name, batch });
                // A batch of a synchronous task holds the event loop; one timer turn lets the Node probe
                // (heap, GC, event loop) take its sample between batches.
                await new Promise((resolve) => setTimeout(resolve, 0));
            }
        }
    }
    catch (error) {
        await reply({ type: 'error', message: messageOf(error) });
        return;
    }
    await reply({ type: 'done', results });
}
function disconnect() {
    if (process.connected)
        process.disconnect();
}
main().then(disconnect, async (error) => {
    await reply({ type: 'error', message: messageOf(error) });
    disconnect();
});
