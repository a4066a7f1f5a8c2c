/** Messages between a function comparison and one of its worker processes (lib/compare/function-worker.ts). */
export type FunctionWorkerRequest =
  /** Load the module, warm each task and size its batch to about `batchMs`. */
  | { type: 'calibrate'; url: string; batchMs: number; warmupMs: number; maxCalls: number }
  /** One trial: warm each task, then time `batches` batches of `n` calls; `probes` call-history probes per task. */
  | { type: 'trial'; url: string; tasks: { name: string; n: number }[]; warmupMs: number; batches: number; probes: number }
  /** The return values (and, for declared inputs, the inputs after the call) of every task. */
  | { type: 'returns'; url: string; seeds: number[] };

/** First and second call on inputs no call has seen, ns each. */
export interface CallProbe {
  first: number[];
  second: number[];
}

/** One task in one trial. */
export interface TaskTrial {
  /** ns per call of every batch that completed. */
  ns: number[];
  /** Batches (or the warm-up) that threw. */
  errors: number;
  /** The first error's message. */
  error?: string;
  probe?: CallProbe;
}

/** A value as recorded for comparison: structured-clone bytes where possible, else a full inspection. */
export interface RecordedValue {
  /** base64 of v8.serialize, or null when the value cannot be cloned. */
  bytes: string | null;
  /** What a person reads (short), or the full inspection when `bytes` is null. */
  text: string;
  /** A short form when `text` is the full inspection. */
  short?: string;
}

/** One call of the behaviour check. */
export type ReturnRecord =
  | { task: string; label: string; value: RecordedValue; mutated: boolean; inputAfter: RecordedValue | null }
  | { task: string; label: string; threw: string };

/** Replies of a worker. */
export type FunctionWorkerReply =
  | { type: 'ready' }
  | { type: 'calibrated'; tasks: { name: string; n: number; declared: boolean }[] }
  | { type: 'trial'; tasks: Record<string, TaskTrial> }
  | { type: 'returns'; records: ReturnRecord[] }
  | { type: 'error'; message: string };

const REQUEST_TYPES = new Set(['calibrate', 'trial', 'returns']);
const REPLY_TYPES = new Set(['ready', 'calibrated', 'trial', 'returns', 'error']);

/**
 * Tells whether an IPC message is a request (the parent is trusted; this guards against stray messages).
 * @param value - a received message
 * @returns true for a request
 */
export function isFunctionWorkerRequest(value: unknown): value is FunctionWorkerRequest {
  return typeof value === 'object' && value !== null && REQUEST_TYPES.has(String((value as { type?: unknown }).type));
}

/**
 * Tells whether an IPC message is a reply of a worker.
 * @param value - a received message
 * @returns true for a reply
 */
export function isFunctionWorkerReply(value: unknown): value is FunctionWorkerReply {
  return typeof value === 'object' && value !== null && REPLY_TYPES.has(String((value as { type?: unknown }).type));
}
