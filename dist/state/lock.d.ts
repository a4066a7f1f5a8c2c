/** Options of {@link withLock}. */
export interface LockOptions {
    /** How long to wait for a busy lock before giving up, in ms (default: $PERFFLOW_LOCK_WAIT_MS, else 10 s). */
    waitMs?: number;
    /** Poll interval while waiting, in ms. */
    pollMs?: number;
    /** Injected sleep, for tests. */
    sleep?: (ms: number) => Promise<void>;
    /** Injected clock, for tests. */
    now?: () => number;
}
/**
 * Runs `fn` while holding the run's lock (`run.lock` in the run directory). Waits while another live
 * process holds it; takes over a lock left by a dead process.
 * @param dir - the run directory
 * @param fn - the work that changes the run
 * @param options - waiting policy
 * @returns what `fn` returns
 * @throws InputError `run-busy` when the lock stays busy past `waitMs`
 */
export declare function withLock<T>(dir: string, fn: () => Promise<T> | T, options?: LockOptions): Promise<T>;
