/** Messages between a function comparison and its child process (lib/compare/function-runner.ts). */
export type FunctionRunnerRequest = {
    type: 'load';
    urls: {
        base: string;
        candidate: string;
        'base-aa': string;
    };
} | {
    type: 'returns';
    tasks: string[];
} | {
    type: 'calibrate';
    task: string;
    targetNs: number;
} | {
    type: 'batch';
    arm: 'base' | 'candidate' | 'base-aa';
    task: string;
    n: number;
};
/** Replies of the child process. */
export type FunctionRunnerReply = {
    type: 'loaded';
    tasks: {
        base: string[];
        candidate: string[];
    };
} | {
    type: 'returns';
    results: {
        task: string;
        equal: boolean;
        base: string;
        candidate: string;
    }[];
} | {
    type: 'calibrated';
    n: number;
} | {
    type: 'batch';
    ns: number;
} | {
    type: 'error';
    side: 'base' | 'candidate' | 'base-aa';
    message: string;
};
/**
 * Tells whether an IPC message is a request (the parent is trusted; this guards against stray messages).
 * @param value - a received message
 * @returns true for a request
 */
export declare function isFunctionRunnerRequest(value: unknown): value is FunctionRunnerRequest;
/**
 * Tells whether an IPC message is a reply of the child.
 * @param value - a received message
 * @returns true for a reply
 */
export declare function isFunctionRunnerReply(value: unknown): value is FunctionRunnerReply;
