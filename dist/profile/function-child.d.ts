/** What the parent asks for. */
export interface FunctionProfileRequest {
    file: string;
    tasks: string[] | null;
    durationMs: number;
    overheadMs: number;
    warmupMs: number;
    intervalUs: number;
    profilePath: string;
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
} | {
    ok: false;
    message: string;
};
