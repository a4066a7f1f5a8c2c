/** What the parent asks for. */
export interface FunctionProfileRequest {
    file: string;
    tasks: string[] | null;
    durationMs: number;
    overheadMs: number;
    warmupMs: number;
    intervalUs: number;
    profilePath: string;
    /** Where to write the followed calls' waits (`<pid>.waits.json`), null for none. */
    waitsPath: string | null;
    /** Time spent following calls, ms. */
    waitsMs: number;
}
/** What the child answers. */
export type FunctionProfileReply = {
    ok: true;
    sunk: boolean;
    tasks: string[];
    unprofiled: {
        calls: number;
        ms: number;
    };
    profiled: {
        calls: number;
        ms: number;
    };
    sched: {
        on_cpu_ms: number;
        run_queue_ms: number;
    } | null;
} | {
    ok: false;
    message: string;
};
