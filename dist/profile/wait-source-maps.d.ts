import type { RecordedWaits } from './analyze-waits.js';
/**
 * The recorded waits with every frame of the user's code moved to its original source (the .ts
 * file and line of compiled TypeScript) where the script has a source map, as the CPU side names
 * functions. The recorder sees the compiled position: V8's structured call sites bypass Node's
 * own source-map support. A frame whose script has no map keeps its position; its function name is
 * V8's (a map names the identifier at a position, which at a call site is the callee, not the caller).
 * @param recorded - what each profiled process recorded
 * @returns the same records with mapped frames (new objects; the input is not changed)
 */
export declare function mapWaitFrames(recorded: RecordedWaits[]): Promise<RecordedWaits[]>;
