// Module hooks (node:module `register`, run by Node on a loader thread of their own) that let the
// wait recorder see a library loaded as an ES module. A CommonJS library is patched when
// `Module._load` returns its exports (wait-patches.ts); an ES module never passes there, and its
// classes are reachable only from inside it. So the hook appends one statement to async-mutex's ES
// build that hands its Semaphore and withTimeout to the recorder in the program's thread; nothing
// else of the module changes. With the recorder's global absent (nothing recording) it does nothing.
//
// Written by hand: Node's own hooks API is the only way in, and no library wraps it for this.
/** The ES module entry of async-mutex (its package's `exports` "import" condition), as a URL's path. */
const ASYNC_MUTEX_ESM = /\/node_modules\/async-mutex\/index\.mjs$/;
/** The global the recorder sets (wait-patches.ts), under a registered symbol both threads can name. */
export const ASYNC_MUTEX_HANDOFF = 'perfflow.waits.async-mutex';
/**
 * The appended statement: hands the recorder Semaphore and withTimeout (by `typeof`, harmless if a
 * later version renames them) and assigns back the withTimeout it returns, so that the module's own
 * tryAcquire and its importers use the wrapped one (a function declaration is a mutable binding,
 * and an export is a live one). Any error is swallowed: the module must load as it would have.
 */
const HANDOFF = `\n;try { const handoff = globalThis[Symbol.for(${JSON.stringify(ASYNC_MUTEX_HANDOFF)})]; if (typeof handoff === 'function') { const wrapped = handoff({ Semaphore: typeof Semaphore === 'function' ? Semaphore : undefined, withTimeout: typeof withTimeout === 'function' ? withTimeout : undefined }); if (typeof wrapped === 'function' && typeof withTimeout === 'function') withTimeout = wrapped; } } catch {}\n`;
/**
 * Node's load hook: every module passes on unchanged but async-mutex's ES build, which gets one
 * statement appended.
 * @param url - the module's URL
 * @param context - Node's load context
 * @param nextLoad - the next hook in the chain
 * @returns the module's source and format
 */
export async function load(url, context, nextLoad) {
    const result = await nextLoad(url, context);
    if (!isAsyncMutexEsm(url) || result.format !== 'module' || result.source === null || result.source === undefined)
        return result;
    const { source } = result;
    const text = typeof source === 'string' ? source : Buffer.from(source instanceof ArrayBuffer ? new Uint8Array(source) : new Uint8Array(source.buffer, source.byteOffset, source.byteLength)).toString('utf8');
    return { ...result, source: text + HANDOFF };
}
/** Whether a URL is async-mutex's ES build, whatever its query (an instrumentation's `?iitm=true`, a cache-buster). */
function isAsyncMutexEsm(url) {
    try {
        return ASYNC_MUTEX_ESM.test(new URL(url).pathname);
    }
    catch {
        return false;
    }
}
