/** The global the recorder sets (wait-patches.ts), under a registered symbol both threads can name. */
export declare const ASYNC_MUTEX_HANDOFF = "perfflow.waits.async-mutex";
interface LoadResult {
    format?: string | null;
    source?: string | ArrayBuffer | ArrayBufferView | null;
    shortCircuit?: boolean;
}
type NextLoad = (url: string, context: object) => Promise<LoadResult>;
/**
 * Node's load hook: every module passes on unchanged but async-mutex's ES build, which gets one
 * statement appended.
 * @param url - the module's URL
 * @param context - Node's load context
 * @param nextLoad - the next hook in the chain
 * @returns the module's source and format
 */
export declare function load(url: string, context: object, nextLoad: NextLoad): Promise<LoadResult>;
export {};
